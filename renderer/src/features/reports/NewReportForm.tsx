// Starts a report for a period; the report page then takes its summary, sections and export.
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { useNavigate } from 'react-router'
import type { z } from 'zod'
import { createReport } from '../../../../api/schemas/reports'
import { useApiMutation } from '../../api/hooks'
import { TextField } from '../../components/fields'
import { showApiError } from '../../components/forms'
import { FormRootError } from '../../components/Status'
import { todayIso } from '../../lib/dates'
import { PeriodFields } from './PeriodFields'

type Input = z.input<typeof createReport>
type Output = z.output<typeof createReport>

export function NewReportForm(props: { programmeId: string; siteId?: string; from: string }) {
  const create = useApiMutation('reports.create')
  const navigate = useNavigate()
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(createReport),
    defaultValues: {
      programmeId: props.programmeId,
      siteId: props.siteId,
      title: '',
      periodFrom: props.from,
      periodTo: todayIso()
    }
  })
  const errors = form.formState.errors
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const { id } = await create.mutateAsync(values)
      await navigate(`/programmes/${props.programmeId}/reports/${id}`)
    } catch (error) {
      showApiError(error, form, ['title', 'periodFrom', 'periodTo'])
    }
  })
  return (
    <form onSubmit={onSubmit} noValidate className="new-report">
      <FormRootError message={errors.root?.message} />
      <div className="field-row">
        <PeriodFields control={form.control} errors={errors} />
        <TextField
          label="Title"
          hint={`Left empty, the report is named after the ${props.siteId ? 'site' : 'programme'} and period`}
          registration={form.register('title')}
          error={errors.title?.message}
        />
      </div>
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          {props.siteId ? 'Start a site report' : 'Start a programme report'}
        </button>
      </div>
    </form>
  )
}
