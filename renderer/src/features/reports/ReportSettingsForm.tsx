// A report's settings, summary and next steps, saved with the report.
import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect } from 'react'
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form'
import type { z } from 'zod'
import type { ApiOutput } from '../../../../api/contract'
import {
  PROGRAMME_ONLY_SECTIONS,
  REPORT_SECTIONS,
  reportFields,
  type ReportSectionKey
} from '../../../../api/schemas/reports'
import { useApiMutation } from '../../api/hooks'
import { TextAreaField, TextField } from '../../components/fields'
import { fieldsOf, showApiError } from '../../components/forms'
import { FormRootError } from '../../components/Status'
import { PeriodFields } from './PeriodFields'

type Input = z.input<typeof reportFields>
type Output = z.output<typeof reportFields>
type Report = ApiOutput<'reports.get'>

// The id and the two switches cannot be wrong in a way the person can mend: the form's problem.
const FIELDS = fieldsOf(reportFields, ['id', 'confidential', 'anonymised'])

function valuesOf(report: Report): Input {
  const { id, title, periodFrom, periodTo, summary, nextSteps, leftOut, siteIds } = report
  const { confidential, anonymised } = report
  return {
    id,
    title,
    periodFrom,
    periodTo,
    summary,
    nextSteps,
    leftOut,
    siteIds,
    confidential,
    anonymised
  }
}

/** Saves the form's changes; resolves true once saved, false when they were refused. */
export type SaveReport = () => Promise<boolean>

/** The settings form's state, its save, and the save handed to "Save and export". */
function useReportSettings(
  report: Report,
  onDirty: (dirty: boolean) => void,
  onSaver?: (save: SaveReport) => void
) {
  const save = useApiMutation('reports.update')
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(reportFields),
    values: valuesOf(report)
  })
  const { isDirty } = form.formState
  useEffect(() => onDirty(isDirty), [isDirty, onDirty])
  const saveValues = async (values: Output): Promise<boolean> => {
    try {
      await save.mutateAsync(values)
      form.reset(values)
      return true
    } catch (error) {
      showApiError(error, form, FIELDS)
      return false
    }
  }
  useEffect(() => {
    onSaver?.(async () => {
      let saved = false
      await form.handleSubmit(async (values) => {
        saved = await saveValues(values)
      })()
      return saved
    })
  })
  return { form, onSubmit: form.handleSubmit(saveValues) }
}

export function ReportSettingsForm(props: {
  report: Report
  onDirty: (dirty: boolean) => void
  /** Given the form's save, for "Save and export" beside the preview. */
  onSaver?: (save: SaveReport) => void
}) {
  const { report } = props
  const { form, onSubmit } = useReportSettings(report, props.onDirty, props.onSaver)
  const { errors, isDirty } = form.formState
  return (
    <form onSubmit={onSubmit} noValidate className="report-settings">
      <FormRootError message={errors.root?.message} />
      <TextField
        label="Title"
        required
        registration={form.register('title')}
        error={errors.title?.message}
      />
      <div className="field-row">
        <PeriodFields control={form.control} errors={errors} />
      </div>
      <div className="report-switches">
        <label className="checkbox">
          <input type="checkbox" {...form.register('anonymised')} /> Anonymise: sites by invented
          names, people by role, organisations by sector
        </label>
        <label className="checkbox">
          <input type="checkbox" {...form.register('confidential')} /> Mark every page
          &ldquo;Confidential&rdquo;
        </label>
      </div>
      <SectionChoices form={form} report={report} />
      <TextAreaField
        label="Summary"
        hint="What the commissioners should take from this period, in your words. Blank lines start new paragraphs."
        rows={6}
        registration={form.register('summary')}
        error={errors.summary?.message}
      />
      <TextAreaField
        label="Next steps"
        rows={4}
        registration={form.register('nextSteps')}
        error={errors.nextSteps?.message}
      />
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting || !isDirty}>
          {isDirty ? 'Save report' : 'Saved'}
        </button>
        {isDirty ? (
          <button
            type="button"
            className="button-secondary"
            onClick={() => form.reset(valuesOf(report))}
          >
            Undo changes
          </button>
        ) : null}
      </div>
    </form>
  )
}

function toggle<T extends string>(list: T[], item: T, on: boolean): T[] {
  return on ? [...list, item] : list.filter((x) => x !== item)
}

/** Which sections the report includes and, for a programme report, which sites. */
function SectionChoices({
  form,
  report
}: {
  form: UseFormReturn<Input, unknown, Output>
  report: Report
}) {
  const leftOut = useWatch({ control: form.control, name: 'leftOut' }) ?? []
  const siteIds = useWatch({ control: form.control, name: 'siteIds' }) ?? []
  const sections = (Object.keys(REPORT_SECTIONS) as ReportSectionKey[]).filter(
    (k) => report.scope === 'programme' || !PROGRAMME_ONLY_SECTIONS.includes(k)
  )
  return (
    <>
      <fieldset className="checkbox-fieldset">
        <legend>Sections to include</legend>
        {sections.map((key) => (
          <label key={key} className="checkbox">
            <input
              type="checkbox"
              checked={!leftOut.includes(key)}
              onChange={(e) =>
                form.setValue('leftOut', toggle(leftOut, key, !e.target.checked), {
                  shouldDirty: true
                })
              }
            />{' '}
            {REPORT_SECTIONS[key]}
          </label>
        ))}
      </fieldset>
      {report.scope === 'programme' ? (
        <fieldset className="checkbox-fieldset">
          <legend>Sites (none ticked means every site)</legend>
          {report.sites.map((site) => (
            <label key={site.id} className="checkbox">
              <input
                type="checkbox"
                checked={siteIds.includes(site.id)}
                onChange={(e) =>
                  form.setValue('siteIds', toggle(siteIds, site.id, e.target.checked), {
                    shouldDirty: true
                  })
                }
              />{' '}
              {site.name}
            </label>
          ))}
        </fieldset>
      ) : null}
    </>
  )
}
