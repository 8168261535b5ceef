// Rate progress on an outcome (or correct a rating): the date, 0-10, who judged, the meeting where
// the rating was agreed and the evidence for it.
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { ApiOutput } from '../../../../api/contract'
import { JUDGES, ratingFields } from '../../../../api/schemas/outcomes'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { DateField, SelectField, TextAreaField, optionsFrom } from '../../components/fields'
import { fieldsOf, showApiError } from '../../components/forms'
import { FormRootError, QueryState } from '../../components/Status'
import { formatDate, todayIso } from '../../lib/dates'
import { useRememberedDate } from '../../lib/rememberedDate'
import { RatingField } from './RatingField'

type Input = z.input<typeof ratingFields>
type Output = z.output<typeof ratingFields>
const FIELDS = fieldsOf(ratingFields)

export type EditableRating = Output & { id: string }

interface FormProps {
  outcomeId: string
  siteId: string
  agreedOn: string
  rating?: EditableRating
  onDone: () => void
  onCancel: () => void
}

export function RatingForm(props: FormProps) {
  const meetings = useApiQuery('meetings.list', { siteId: props.siteId })
  return (
    <QueryState query={meetings}>
      {(list) => <RatingFormBody {...props} meetings={list} />}
    </QueryState>
  )
}

function RatingFormBody(props: FormProps & { meetings: ApiOutput<'meetings.list'> }) {
  const create = useApiMutation('outcomes.rate')
  const update = useApiMutation('outcomes.updateRating')
  const existing = props.rating
  // Ratings are dated from the outcome's agreement to today; choosing a meeting below dates it.
  const rated = useRememberedDate('rating', { earliest: props.agreedOn, latest: todayIso() })
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(ratingFields),
    defaultValues: existing
      ? { ...existing, meetingId: existing.meetingId ?? '' }
      : { ratedOn: rated.date, evidence: '', judgedBy: 'group', meetingId: '' }
  })
  const errors = form.formState.errors
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      if (existing) await update.mutateAsync({ ...values, id: existing.id })
      else await create.mutateAsync({ ...values, outcomeId: props.outcomeId })
      rated.remember(values.ratedOn)
      props.onDone()
    } catch (error) {
      showApiError(error, form, FIELDS)
    }
  })
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormRootError message={errors.root?.message} />
      <DateField
        label="Date rated"
        required
        hint={[`On or after ${formatDate(props.agreedOn)}, when the outcome was agreed`]
          .concat(existing || !rated.hint ? [] : [rated.hint])
          .join('. ')}
        control={form.control}
        name="ratedOn"
        error={errors.ratedOn?.message}
      />
      <RatingField
        label="Rating"
        required
        hint="0 (no progress at all) to 10 (fully achieved)"
        registration={form.register('rating', { valueAsNumber: true })}
        error={errors.rating?.message}
      />
      <SelectField
        label="Judged by"
        options={optionsFrom(JUDGES)}
        registration={form.register('judgedBy')}
        error={errors.judgedBy?.message}
      />
      <SelectField
        label="Meeting where it was rated"
        placeholder="Not at a recorded meeting"
        options={props.meetings.map((m) => ({ value: m.id, label: formatDate(m.heldOn) }))}
        registration={form.register('meetingId', {
          // The rating was agreed at that meeting: its date is the rating's date.
          onChange: (event: { target: { value: string } }) => {
            const meeting = props.meetings.find((m) => m.id === event.target.value)
            if (meeting) form.setValue('ratedOn', meeting.heldOn, { shouldDirty: true })
          }
        })}
        error={errors.meetingId?.message}
      />
      <TextAreaField
        label="Evidence"
        hint="What the group saw or heard that supports the rating"
        registration={form.register('evidence')}
        error={errors.evidence?.message}
      />
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          {existing ? 'Save rating' : 'Add rating'}
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
