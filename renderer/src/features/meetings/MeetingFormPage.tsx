// Record a meeting (or edit one): details, attendance, notes and, for a new meeting, its actions,
// quotes and what happened to the open actions from earlier meetings.
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, useWatch } from 'react-hook-form'
import { useNavigate, useParams } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { COMMON_METHODS } from '../../../../domain/vocabulary'
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
      {(data) => <MeetingForm prepared={data} existing={existing.data} />}
    </QueryState>
  )
}

type Prepared = ApiOutput<'meetings.prepare'>
type Existing = ApiOutput<'meetings.get'>

function MeetingForm({ prepared, existing }: { prepared: Prepared; existing?: Existing }) {
  const navigate = useNavigate()
  const create = useApiMutation('meetings.create')
  const update = useApiMutation('meetings.update')
  const form = useForm<MeetingFormInput, unknown, MeetingFormValues>({
    resolver: zodResolver(meetingFormSchema),
    defaultValues: existing
      ? meetingToForm(existing, COMMON_METHODS)
      : emptyMeeting(todayIso(), prepared.openActions)
  })
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
    try {
      const { id } = existing
        ? await update.mutateAsync(toUpdateInput(existing.meeting.id, values))
        : await create.mutateAsync(toCreateInput(site.id, values))
      draft.forget()
      guard.allowLeave()
      navigate(`/programmes/${site.programmeId}/sites/${site.id}/meetings/${id}`)
    } catch (error) {
      showApiError(error, form, (path) => formPathFor(path, values))
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
