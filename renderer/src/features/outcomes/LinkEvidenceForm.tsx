// Link a quote from the site's quote bank, one of its meetings or a reflection about it to an
// outcome as evidence.
import './outcomes.css'
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, useWatch } from 'react-hook-form'
import { z } from 'zod'
import type { ApiOutput } from '../../../../api/contract'
import { optionalText } from '../../../../api/schemas/common'
import { EVIDENCE_KINDS, type EvidenceKind } from '../../../../api/schemas/outcomes'
import { keysOf, MEETING_KINDS } from '../../../../domain/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { SelectField, TextAreaField } from '../../components/fields'
import { showApiError } from '../../components/forms'
import { FormRootError, QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { roleInBrackets } from '../../../../domain/roleWords'

const NOUNS: Record<EvidenceKind, string> = {
  quote: 'quote',
  meeting: 'meeting',
  reflection: 'reflection'
}

const formSchema = z
  .object({
    kind: z.enum(keysOf(EVIDENCE_KINDS), { error: 'Choose the kind of evidence' }),
    choiceId: z.string(),
    note: optionalText('Note', 2000)
  })
  .check((ctx) => {
    if (!ctx.value.choiceId) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value.choiceId,
        path: ['choiceId'],
        message: `Choose the ${NOUNS[ctx.value.kind]} to link`
      })
    }
  })
type Input = z.input<typeof formSchema>
type Output = z.output<typeof formSchema>
type Options = ApiOutput<'outcomes.evidenceOptions'>

const meetingKinds: Record<string, string> = MEETING_KINDS

function choicesFor(kind: EvidenceKind, options: Options) {
  if (kind === 'quote') {
    return options.quotes.map((q) => ({
      value: q.id,
      label: `“${q.text.length > 90 ? `${q.text.slice(0, 90)}…` : q.text}” ${roleInBrackets(q.speakerRole)}${q.meetingHeldOn ? `, ${formatDate(q.meetingHeldOn)}` : ''}`
    }))
  }
  if (kind === 'meeting') {
    return options.meetings.map((m) => ({
      value: m.id,
      label: `${formatDate(m.heldOn)}: ${meetingKinds[m.kind] ?? m.kind}${m.purpose ? `, ${m.purpose}` : ''}`
    }))
  }
  return options.reflections.map((r) => ({
    value: r.id,
    label: `${formatDate(r.heldOn)}: ${r.title || 'Untitled reflection'}${r.siteId ? '' : ' (team)'}`
  }))
}

export function LinkEvidenceForm(props: {
  outcomeId: string
  onDone: () => void
  onCancel: () => void
}) {
  const options = useApiQuery('outcomes.evidenceOptions', { outcomeId: props.outcomeId })
  return (
    <QueryState query={options}>
      {(data) => <LinkEvidenceFormBody {...props} options={data} />}
    </QueryState>
  )
}

/** The API names the evidence by its kind's id; the form has one choice for all three. */
function fieldFor(apiPath: string): string | null {
  if (['quoteId', 'meetingId', 'reflectionId'].includes(apiPath)) return 'choiceId'
  return apiPath === 'note' ? 'note' : null
}

function LinkEvidenceFormBody(props: {
  outcomeId: string
  options: Options
  onDone: () => void
  onCancel: () => void
}) {
  const link = useApiMutation('outcomes.linkEvidence')
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(formSchema),
    defaultValues: { kind: 'quote', choiceId: '', note: '' }
  })
  const kind = useWatch({ control: form.control, name: 'kind' })
  const errors = form.formState.errors
  const choices = choicesFor(kind, props.options)
  const noun = NOUNS[kind]
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await link.mutateAsync({
        outcomeId: props.outcomeId,
        quoteId: values.kind === 'quote' ? values.choiceId : null,
        meetingId: values.kind === 'meeting' ? values.choiceId : null,
        reflectionId: values.kind === 'reflection' ? values.choiceId : null,
        note: values.note
      })
      props.onDone()
    } catch (error) {
      showApiError(error, form, fieldFor)
    }
  })
  const kindField = form.register('kind')
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormRootError message={errors.root?.message} />
      <fieldset className="radio-group">
        <legend>Kind of evidence</legend>
        {Object.entries(EVIDENCE_KINDS).map(([value, label]) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              value={value}
              {...kindField}
              onChange={async (event) => {
                await kindField.onChange(event)
                form.setValue('choiceId', '')
                form.clearErrors('choiceId')
              }}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <SelectField
        key={kind}
        label={`${noun[0]?.toUpperCase()}${noun.slice(1)} to link`}
        required
        placeholder={choices.length === 0 ? `No ${noun}s left to link` : `Choose a ${noun}`}
        options={choices}
        registration={form.register('choiceId')}
        error={errors.choiceId?.message}
      />
      <TextAreaField
        label="Note"
        hint="What it shows about progress on this outcome"
        registration={form.register('note')}
        error={errors.note?.message}
      />
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          Link evidence
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
