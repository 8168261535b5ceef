// Add or edit one agreed outcome: what the group wants to change, when it was agreed, the programme
// outcome it maps to and where the group put it at the start (the baseline).
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, type UseFormReturn } from 'react-hook-form'
import type { z } from 'zod'
import type { ApiOutput } from '../../../../api/contract'
import { outcomeFields } from '../../../../api/schemas/outcomes'
import { OUTCOME_LEVELS } from '../../../../domain/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { DateField, SelectField, TextAreaField, TextField } from '../../components/fields'
import { fieldsOf, showApiError } from '../../components/forms'
import { FormRootError, QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { useRememberedDate } from '../../lib/rememberedDate'
import { RatingField } from './RatingField'

type Input = z.input<typeof outcomeFields>
type Output = z.output<typeof outcomeFields>
const FIELDS = fieldsOf(outcomeFields)

export type EditableOutcome = Output & { id: string }

interface FormProps {
  siteId: string
  programmeId: string
  outcome?: EditableOutcome
  onDone: (id: string) => void
  onCancel: () => void
}

/** Waits for the choices, so the selects show the saved values from the start. */
export function OutcomeForm(props: FormProps) {
  const programme = useApiQuery('programmes.get', { id: props.programmeId })
  const meetings = useApiQuery('meetings.list', { siteId: props.siteId })
  const site = useApiQuery('sites.get', { id: props.siteId })
  return (
    <QueryState query={programme}>
      {(p) => (
        <QueryState query={meetings}>
          {(m) => (
            <QueryState query={site}>
              {(s) => (
                <OutcomeFormBody
                  {...props}
                  programmeOutcomes={p.outcomes}
                  meetings={m}
                  siteStartDate={s.site.startDate}
                />
              )}
            </QueryState>
          )}
        </QueryState>
      )}
    </QueryState>
  )
}

type BodyProps = FormProps & {
  programmeOutcomes: ApiOutput<'programmes.get'>['outcomes']
  meetings: ApiOutput<'meetings.list'>
  /** An outcome cannot be agreed before its site started. */
  siteStartDate: string
}

function OutcomeFormBody(props: BodyProps) {
  const { form, onSubmit, agreed, current } = useOutcomeForm(props)
  const errors = form.formState.errors
  const programmeOutcomes = props.programmeOutcomes.filter(
    (o) => !o.archivedAt || o.id === current?.programmeOutcomeId
  )
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormRootError message={errors.root?.message} />
      <TextField
        label="Title"
        required
        hint="The change the group wants, in its own words"
        registration={form.register('title')}
        error={errors.title?.message}
      />
      <TextAreaField
        label="Description"
        registration={form.register('description')}
        error={errors.description?.message}
      />
      <AgreedWhenFields
        form={form}
        meetings={props.meetings}
        dateHint={current || !agreed.hint ? undefined : agreed.hint}
      />
      <SelectField
        label="Programme outcome"
        placeholder="Not mapped to a programme outcome"
        hint="So sites that word things differently can still be compared"
        options={programmeOutcomes.map((o) => ({
          value: o.id,
          label: `${o.title} (${OUTCOME_LEVELS[o.level]})`
        }))}
        registration={form.register('programmeOutcomeId')}
        error={errors.programmeOutcomeId?.message}
      />
      <RatingField
        label="Baseline rating"
        hint="Where the group put it when agreeing it: 0 (not at all) to 10 (fully). Leave empty if not judged."
        registration={form.register('baselineRating', { valueAsNumber: true })}
        error={errors.baselineRating?.message}
      />
      <TextAreaField
        label="Baseline note"
        registration={form.register('baselineNote')}
        error={errors.baselineNote?.message}
      />
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          {current ? 'Save outcome' : 'Add outcome'}
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

/** A new outcome starts from the last date used (or today); an edit starts from its values. */
function useOutcomeForm(props: BodyProps) {
  const create = useApiMutation('outcomes.create')
  const update = useApiMutation('outcomes.update')
  const current = props.outcome
  const agreed = useRememberedDate('outcome', { earliest: props.siteStartDate })
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(outcomeFields),
    defaultValues: current
      ? {
          ...current,
          programmeOutcomeId: current.programmeOutcomeId ?? '',
          agreedAtMeetingId: current.agreedAtMeetingId ?? ''
        }
      : {
          title: '',
          description: '',
          agreedOn: agreed.date,
          programmeOutcomeId: '',
          agreedAtMeetingId: '',
          baselineRating: null,
          baselineNote: ''
        }
  })
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const { id } = current
        ? await update.mutateAsync({ ...values, id: current.id })
        : await create.mutateAsync({ ...values, siteId: props.siteId })
      agreed.remember(values.agreedOn)
      props.onDone(id)
    } catch (error) {
      showApiError(error, form, FIELDS)
    }
  })
  return { form, onSubmit, agreed, current }
}

/** Which meeting agreed the outcome and on what date: choosing a meeting fills in the date. */
function AgreedWhenFields({
  form,
  meetings,
  dateHint
}: {
  form: UseFormReturn<Input, unknown, Output>
  meetings: ApiOutput<'meetings.list'>
  dateHint?: string
}) {
  const errors = form.formState.errors
  const siteMeetings = [...meetings].reverse()
  const meetingField = form.register('agreedAtMeetingId')
  return (
    <>
      <SelectField
        label="Meeting where it was agreed"
        placeholder="Not agreed at a recorded meeting"
        options={siteMeetings.map((m) => ({ value: m.id, label: formatDate(m.heldOn) }))}
        registration={{
          ...meetingField,
          onChange: async (event) => {
            await meetingField.onChange(event)
            const chosen = siteMeetings.find((m) => m.id === event.target.value)
            if (chosen) form.setValue('agreedOn', chosen.heldOn)
          }
        }}
        error={errors.agreedAtMeetingId?.message}
      />
      <DateField
        label="Date agreed"
        required
        hint={['Usually the first meeting; choosing a meeting above fills it in']
          .concat(dateHint ? [dateHint] : [])
          .join('. ')}
        control={form.control}
        name="agreedOn"
        error={errors.agreedOn?.message}
      />
    </>
  )
}
