// Record a meeting (or edit one): details, attendance, notes and, for a new meeting, its actions,
// quotes and what happened to the open actions from earlier meetings.
import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form'
import { useNavigate, useParams } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { COMMON_METHODS } from '../../../../domain/vocabulary'
import { ApiCallError } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { useFormDraft } from '../../components/FormDraft'
import { showApiError } from '../../components/forms'
import { useLeaveGuard } from '../../components/LeaveGuard'
import { FormRootError, QueryState } from '../../components/Status'
import { todayIso } from '../../lib/dates'
import { useSiteData } from '../sites/SitePage'
import { AttendanceSection } from './AttendanceSection'
import { DetailsSection } from './DetailsSection'
import {
  emptyMeeting,
  formPathFor,
  meetingFormSchema,
  meetingPeople,
  meetingToForm,
  toCreateInput,
  toUpdateInput,
  type MeetingFormInput,
  type MeetingFormValues
} from './meetingForm'
import { DecisionsSection, FocusAreasSection, LearningSection } from './NotesSections'
import { NewActionsSection, QuotesSection, ReviewSection } from './OutcomesSections'
import { reconcileReviews } from './reviewChoices'

export function MeetingFormPage() {
  const meetingId = useParams().meetingId
  const { site } = useSiteData()
  const existing = useApiQuery('meetings.get', { id: meetingId ?? '' }, !!meetingId)
  const heldOn = existing.data?.meeting.heldOn ?? todayIso()
  const prepared = useApiQuery(
    'meetings.prepare',
    { siteId: site.id, heldOn, meetingId },
    !meetingId || existing.isSuccess
  )
  return (
    <QueryState query={prepared}>
      {(data) => (
        <MeetingForm
          prepared={data}
          existing={existing.data}
          refreshOpenActions={() => void prepared.refetch()}
        />
      )}
    </QueryState>
  )
}

type Prepared = ApiOutput<'meetings.prepare'>
type Existing = ApiOutput<'meetings.get'>

type Form = UseFormReturn<MeetingFormInput, unknown, MeetingFormValues>

/**
 * Keeps the review choices in step with the open actions meetings.prepare gives now: when the
 * list changes under the form (marked done elsewhere, a draft restored from before), choices for
 * actions no longer open are dropped (and named near the list) and new ones start "still open".
 */
function useReconciledReviews(
  form: Form,
  openActions: Prepared['openActions'],
  active: boolean,
  saved: boolean
) {
  const reviews = useWatch({ control: form.control, name: 'reviews' })
  const isDirty = form.formState.isDirty
  // While saving (and once saved) the list changes because of this very save: leave it be, or
  // the form would keep a draft of a meeting already recorded.
  const isSubmitting = form.formState.isSubmitting
  useEffect(() => {
    if (!active || isSubmitting || saved) return
    const next = reconcileReviews(reviews, openActions)
    if (!next.changed) return
    if (!isDirty) {
      // Nothing typed yet: the new list becomes the form's starting point (and makes no draft).
      form.reset({ ...form.getValues(), reviews: next.reviews }, { keepErrors: true })
      return
    }
    form.setValue('reviews', next.reviews, { shouldDirty: true })
    if (next.notKept.length > 0) {
      const already = form.getValues('reviewsNotKept') ?? []
      form.setValue('reviewsNotKept', [...already, ...next.notKept], { shouldDirty: true })
    }
  }, [form, reviews, openActions, active, isDirty, isSubmitting, saved])
}

function useMeetingForm(prepared: Prepared, existing: Existing | undefined, saved: boolean): Form {
  const form = useForm<MeetingFormInput, unknown, MeetingFormValues>({
    resolver: zodResolver(meetingFormSchema),
    defaultValues: existing
      ? meetingToForm(existing, COMMON_METHODS)
      : emptyMeeting(todayIso(), prepared.openActions)
  })
  useReconciledReviews(form, prepared.openActions, !existing, saved)
  return form
}

function MeetingForm({
  prepared,
  existing,
  refreshOpenActions
}: {
  prepared: Prepared
  existing?: Existing
  refreshOpenActions: () => void
}) {
  const navigate = useNavigate()
  const create = useApiMutation('meetings.create')
  const update = useApiMutation('meetings.update')
  const [saved, setSaved] = useState(false)
  const form = useMeetingForm(prepared, existing, saved)
  const errors = form.formState.errors
  const { site } = prepared
  const draft = useFormDraft(
    existing ? `meeting:${existing.meeting.id}` : `meeting:new:${site.id}`,
    form
  )
  const guard = useLeaveGuard(form.formState.isDirty, true)
  // The site's people (with whoever is on this meeting), those found in the programme since,
  // each a partnership member or not on the date typed.
  const [heldOn, extraPeople] = useWatch({
    control: form.control,
    name: ['heldOn', 'extraPeople']
  })
  const people = meetingPeople(prepared.people, extraPeople ?? [], heldOn)

  const onSubmit = form.handleSubmit(async (values) => {
    // The reviews sent are those of the rows on screen now, each by its action's id.
    const input = toCreateInput(site.id, values, prepared.openActions)
    try {
      const { id } = existing
        ? await update.mutateAsync(toUpdateInput(existing.meeting.id, values))
        : await create.mutateAsync(input)
      setSaved(true)
      draft.forget()
      guard.allowLeave()
      navigate(`/programmes/${site.programmeId}/sites/${site.id}/meetings/${id}`)
    } catch (error) {
      const reviewed = existing ? [] : input.reviewedActions
      showApiError(error, form, (path) => formPathFor(path, values, reviewed))
      // A review refused: the open actions may have changed elsewhere, so ask for them again.
      if (error instanceof ApiCallError && error.issues.some((i) => i.path.startsWith('reviewed')))
        refreshOpenActions()
    }
  })

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="meeting-form-heading">
      <h2 id="meeting-form-heading">{existing ? 'Edit meeting' : 'Record a meeting'}</h2>
      {draft.offer}
      <FormRootError message={errors.root?.message} />
      <DetailsSection form={form} />
      <AttendanceSection
        form={form}
        people={people}
        programmeId={site.programmeId}
        siteId={site.id}
        meetingId={existing?.meeting.id}
      />
      {existing ? null : <ReviewSection form={form} openActions={prepared.openActions} />}
      <FocusAreasSection form={form} />
      <DecisionsSection form={form} />
      {existing ? null : (
        <>
          <NewActionsSection form={form} people={people} programmeId={site.programmeId} />
          <QuotesSection form={form} people={people} programmeId={site.programmeId} />
        </>
      )}
      <LearningSection form={form} />
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          {existing ? 'Save meeting' : 'Save meeting record'}
        </button>
        <button type="button" className="button-secondary" onClick={() => navigate(-1)}>
          Cancel
        </button>
      </div>
      {guard.prompt}
    </form>
  )
}
