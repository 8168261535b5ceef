// Add or edit one quote: the words, the speaker's role, a private link to the person, and consent.
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { quoteFields } from '../../../../api/schemas/meetings'
import { CONSENT } from '../../../../domain/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { optionsFrom, SelectField, TextAreaField, TextField } from '../../components/fields'
import { fieldsOf, showApiError } from '../../components/forms'
import { FormRootError } from '../../components/Status'
import { formatDate } from '../../lib/dates'

const formSchema = quoteFields.extend({ meetingId: z.string() })
type Input = z.input<typeof formSchema>
type Output = z.output<typeof formSchema>
const FIELDS = fieldsOf(formSchema)

export interface EditableQuote {
  id: string
  text: string
  speakerRole: string
  personId: string | null
  consent: Output['consent']
  meetingId: string | null
}

/** An edit starts from the quote; a new one from blanks, consent not asked, and the meeting if any. */
function quoteDefaults(quote?: EditableQuote, meetingId?: string): Input {
  return quote
    ? { ...quote, personId: quote.personId ?? '', meetingId: quote.meetingId ?? '' }
    : {
        text: '',
        speakerRole: '',
        personId: '',
        consent: 'not_asked',
        meetingId: meetingId ?? ''
      }
}

export function QuoteForm(props: {
  siteId: string
  programmeId: string
  quote?: EditableQuote
  meetingId?: string
  onDone: () => void
  onCancel: () => void
}) {
  const people = useApiQuery('people.list', { programmeId: props.programmeId })
  const meetings = useApiQuery('meetings.list', { siteId: props.siteId })
  const create = useApiMutation('quotes.create')
  const update = useApiMutation('quotes.update')
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(formSchema),
    defaultValues: quoteDefaults(props.quote, props.meetingId)
  })
  const errors = form.formState.errors
  const onSubmit = form.handleSubmit(async (values) => {
    const input = { ...values, meetingId: values.meetingId || null }
    try {
      if (props.quote) await update.mutateAsync({ ...input, id: props.quote.id })
      else await create.mutateAsync({ ...input, siteId: props.siteId })
      props.onDone()
    } catch (error) {
      showApiError(error, form, FIELDS)
    }
  })
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormRootError message={errors.root?.message} />
      <TextAreaField
        label="Quote"
        required
        registration={form.register('text')}
        error={errors.text?.message}
      />
      <TextField
        label="Speaker's role"
        required
        hint="How reports attribute it, e.g. GP or occupational therapist"
        registration={form.register('speakerRole')}
        error={errors.speakerRole?.message}
      />
      <SelectField
        label="Speaker (private, never exported)"
        placeholder="Not recorded"
        options={(people.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.role})` }))}
        registration={form.register('personId')}
        error={errors.personId?.message}
      />
      <SelectField
        label="Consent to use in reports"
        options={optionsFrom(CONSENT)}
        registration={form.register('consent')}
        error={errors.consent?.message}
      />
      <SelectField
        label="Meeting"
        placeholder="Not from a meeting"
        options={(meetings.data ?? []).map((m) => ({ value: m.id, label: formatDate(m.heldOn) }))}
        registration={form.register('meetingId')}
        error={errors.meetingId?.message}
      />
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          {props.quote ? 'Save quote' : 'Add quote'}
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
