// Record a partnership stage judgement: the stage, the date it was judged, and why.
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { stageJudgementFields } from '../../../../api/schemas/sites'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { DateField, SelectField, TextAreaField } from '../../components/fields'
import { showApiError } from '../../components/forms'
import { FormRootError, QueryState } from '../../components/Status'
import { useRememberedDate } from '../../lib/rememberedDate'

type Input = z.input<typeof stageJudgementFields>
type Output = z.output<typeof stageJudgementFields>

interface FormProps {
  siteId: string
  stageOptions: { value: string; label: string }[]
  onDone: () => void
  onCancel: () => void
}

/** Waits for the site (the site page has it already): its start date is the earliest accepted. */
export function StageForm(props: FormProps) {
  const site = useApiQuery('sites.get', { id: props.siteId })
  return (
    <QueryState query={site}>
      {(data) => <StageFormBody {...props} siteStartDate={data.site.startDate} />}
    </QueryState>
  )
}

function StageFormBody(props: FormProps & { siteStartDate: string }) {
  const record = useApiMutation('siteStages.record')
  const judged = useRememberedDate('stage', { earliest: props.siteStartDate })
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(stageJudgementFields),
    defaultValues: { stage: '', judgedOn: judged.date, reason: '' }
  })
  const errors = form.formState.errors
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await record.mutateAsync({ ...values, siteId: props.siteId })
      judged.remember(values.judgedOn)
      props.onDone()
    } catch (error) {
      showApiError(error, form, ['stage', 'judgedOn', 'reason'])
    }
  })
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormRootError message={errors.root?.message} />
      <SelectField
        label="Stage"
        required
        placeholder="Choose a stage"
        options={props.stageOptions}
        registration={form.register('stage')}
        error={errors.stage?.message}
      />
      <DateField
        label="Date judged"
        required
        hint={judged.hint}
        control={form.control}
        name="judgedOn"
        error={errors.judgedOn?.message}
      />
      <TextAreaField
        label="Reason"
        hint="What you saw that makes you judge the partnership to be at this stage"
        registration={form.register('reason')}
        error={errors.reason?.message}
      />
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          Record stage
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
