// The consultant's side: choose cycles (sites incl. the team level, dates, statuses) and export them
// as a review pack file for the learning partner. Shows which cycles the choice holds as it changes.
import './review.css'
import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import type { z } from 'zod'
import { exportPackInput, TEAM_LEVEL } from '../../../../api/schemas/reviewPacks'
import { REFLECTION_STATUSES } from '../../../../domain/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { DateField, TextField } from '../../components/fields'
import { fieldsOf, showApiError } from '../../components/forms'
import { FormRootError } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { downloadText } from '../../lib/files'
import { rememberAuthor, rememberedAuthor } from './ReviewComments'

type Input = z.input<typeof exportPackInput>
type Output = z.output<typeof exportPackInput>
// The programme is the page's, not a field: a problem with it is the form's.
const FIELDS = fieldsOf(exportPackInput, ['programmeId'])

export function ExportPackForm(props: { programmeId: string; onExported?: () => void }) {
  const overview = useApiQuery('programmes.overview', { id: props.programmeId })
  const { form, onSubmit, done } = useExportPackForm(props)
  const errors = form.formState.errors
  const siteOptions = [
    ...(overview.data?.sites ?? []).map((s) => ({ value: s.id, label: s.name })),
    { value: TEAM_LEVEL, label: 'Team level (across sites)' }
  ]
  const statusOptions = Object.entries(REFLECTION_STATUSES).map(([value, label]) => ({
    value,
    label
  }))
  return (
    <form onSubmit={onSubmit} noValidate className="review-export-form">
      <FormRootError message={errors.root?.message} />
      <Controller
        control={form.control}
        name="siteIds"
        render={({ field }) => (
          <CheckboxGroup
            legend="Sites"
            hint="Tick none for every site and the team level"
            options={siteOptions}
            value={field.value ?? []}
            onChange={field.onChange}
            error={errors.siteIds?.message}
          />
        )}
      />
      <div className="field-row">
        <DateField label="From" control={form.control} name="from" error={errors.from?.message} />
        <DateField label="To" control={form.control} name="to" error={errors.to?.message} />
      </div>
      <Controller
        control={form.control}
        name="statuses"
        render={({ field }) => (
          <CheckboxGroup
            legend="Statuses"
            hint="Tick none for every status"
            options={statusOptions}
            value={field.value ?? []}
            onChange={field.onChange}
            error={errors.statuses?.message}
          />
        )}
      />
      <TextField
        label="Your name"
        required
        hint="Shown to the learning partner as who sent the pack"
        registration={form.register('exportedBy')}
        error={errors.exportedBy?.message}
      />
      <Preview programmeId={props.programmeId} control={form.control} />
      <p className="hint">
        The pack holds the full text of these cycles, their site names, meeting dates, themes, the
        names of the people who reflected, and the comments already on them.
      </p>
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          Export review pack
        </button>
      </div>
      <div role="status" aria-live="polite">
        {done ? <p className="notice notice-done">{done}</p> : null}
      </div>
    </form>
  )
}

/** The pack's choices (the last name used as the sender) and exporting it as a file to send. */
function useExportPackForm(props: { programmeId: string; onExported?: () => void }) {
  const exportPack = useApiMutation('reviewPacks.export')
  const [done, setDone] = useState<string | null>(null)
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(exportPackInput),
    defaultValues: {
      programmeId: props.programmeId,
      siteIds: [],
      from: '',
      to: '',
      statuses: ['shared'],
      exportedBy: rememberedAuthor()
    }
  })
  const onSubmit = form.handleSubmit(async (values) => {
    setDone(null)
    try {
      const result = await exportPack.mutateAsync(values)
      rememberAuthor(values.exportedBy)
      downloadText(result.fileName, result.content)
      setDone(
        `Exported ${result.cycleCount} ${result.cycleCount === 1 ? 'cycle' : 'cycles'} as ${result.fileName}. Send this file to your learning partner.`
      )
      props.onExported?.()
    } catch (error) {
      showApiError(error, form, FIELDS)
    }
  })
  return { form, onSubmit, done }
}

/** Which cycles the current choice holds, so nothing leaves the computer by surprise. */
function Preview(props: {
  programmeId: string
  control: ReturnType<typeof useForm<Input, unknown, Output>>['control']
}) {
  const [siteIds, from, to, statuses] = useWatch({
    control: props.control,
    name: ['siteIds', 'from', 'to', 'statuses']
  })
  const preview = useApiQuery('reviewPacks.preview', {
    programmeId: props.programmeId,
    siteIds: siteIds ?? [],
    from: from || null,
    to: to || null,
    statuses: statuses ?? []
  })
  return (
    <div className="review-preview" aria-live="polite">
      {preview.isError ? (
        <p className="muted">{preview.error.message.replace(/^[a-zA-Z.0-9]+: /, '')}</p>
      ) : preview.data ? (
        <>
          <p>
            <strong>
              {preview.data.length === 0
                ? 'No cycles match this choice.'
                : `${preview.data.length} ${preview.data.length === 1 ? 'cycle' : 'cycles'} will go in the pack:`}
            </strong>
          </p>
          {preview.data.length > 0 ? (
            <ul className="review-preview-list">
              {preview.data.slice(0, 12).map((c) => (
                <li key={c.id}>
                  {formatDate(c.heldOn)} · {c.siteName ?? 'Team level'}
                  {c.title ? ` · ${c.title}` : ''} · {REFLECTION_STATUSES[c.status]}
                </li>
              ))}
              {preview.data.length > 12 ? <li>and {preview.data.length - 12} more</li> : null}
            </ul>
          ) : null}
        </>
      ) : null}
    </div>
  )
}

function CheckboxGroup<V extends string>(props: {
  legend: string
  hint: string
  options: { value: V; label: string }[]
  value: V[]
  onChange: (value: V[]) => void
  error?: string
}) {
  const id = useId()
  const toggle = (v: V, on: boolean) =>
    props.onChange(on ? [...props.value, v] : props.value.filter((x) => x !== v))
  return (
    <fieldset
      className={props.error ? 'field checkbox-fieldset field-invalid' : 'field checkbox-fieldset'}
      aria-describedby={`${id}-hint`}
    >
      <legend>{props.legend}</legend>
      <p id={`${id}-hint`} className="hint">
        {props.hint}
      </p>
      {props.error ? (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <div className="checkbox-group">
        {props.options.map((o) => (
          <label key={o.value} className="checkbox">
            <input
              type="checkbox"
              checked={props.value.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
