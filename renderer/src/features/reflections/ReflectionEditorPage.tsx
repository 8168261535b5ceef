// Write or edit an ORPA reflection cycle, for a site (optionally after one of its meetings) or for
// the team across sites; a new cycle shows where the last one left off.
import './reflections.css'
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, useWatch } from 'react-hook-form'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { fieldsOf, showApiError } from '../../components/forms'
import { useFormDraft } from '../../components/FormDraft'
import { useLeaveGuard } from '../../components/LeaveGuard'
import { FormRootError, QueryState } from '../../components/Status'
import { useRememberedDate } from '../../lib/rememberedDate'
import {
  CycleSection,
  PhasesSection,
  reflectionDefaults,
  reflectionForm,
  type Existing,
  type Input,
  type Output,
  type Site
} from './ReflectionFormSections'

const FIELDS = fieldsOf(reflectionForm)

export function ReflectionEditorPage() {
  const programmeId = useParams().programmeId ?? ''
  const cycleId = useParams().cycleId
  const existing = useApiQuery('reflections.get', { id: cycleId ?? '' }, !!cycleId)
  const overview = useApiQuery('programmes.overview', { id: programmeId })
  // A new reflection after a meeting starts on the meeting's date: wait for it (a link to a
  // meeting since deleted opens the form without one, and the save says what is wrong).
  const meetingId = useSearchParams()[0].get('meeting')
  const meeting = useApiQuery('meetings.get', { id: meetingId ?? '' }, !cycleId && !!meetingId)
  if (cycleId) {
    return (
      <main id="main" className="page">
        <QueryState query={existing}>
          {(data) => (
            <QueryState query={overview}>
              {(o) => <ReflectionForm programmeId={programmeId} sites={o.sites} existing={data} />}
            </QueryState>
          )}
        </QueryState>
      </main>
    )
  }
  const form = (meetingOn?: string) => (
    <QueryState query={overview}>
      {(o) => <ReflectionForm programmeId={programmeId} sites={o.sites} meetingOn={meetingOn} />}
    </QueryState>
  )
  return (
    <main id="main" className="page">
      {meetingId && !meeting.isError ? (
        <QueryState query={meeting}>{(m) => form(m.meeting.heldOn)}</QueryState>
      ) : (
        form()
      )}
    </main>
  )
}

function ReflectionForm(props: {
  programmeId: string
  sites: Site[]
  existing?: Existing
  /** The date of the meeting a new reflection is about. */
  meetingOn?: string
}) {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const create = useApiMutation('reflections.create')
  const update = useApiMutation('reflections.update')
  const existing = props.existing
  const held = useRememberedDate('reflection', { context: props.meetingOn })
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(reflectionForm),
    defaultValues: reflectionDefaults(existing, params, held.date)
  })
  const errors = form.formState.errors
  const draft = useFormDraft(
    existing ? `reflection:${existing.cycle.id}` : `reflection:new:${props.programmeId}`,
    form
  )
  const guard = useLeaveGuard(form.formState.isDirty, true)
  const [level, heldOn] = useWatch({ control: form.control, name: ['level', 'heldOn'] })
  const prepared = useApiQuery(
    'reflections.prepare',
    { programmeId: props.programmeId, siteId: level || null, heldOn },
    !existing && !!heldOn
  )

  const onSubmit = form.handleSubmit(async ({ level: chosen, ...values }) => {
    try {
      const { id } = existing
        ? await update.mutateAsync({ ...values, id: existing.cycle.id })
        : await create.mutateAsync({
            ...values,
            programmeId: props.programmeId,
            siteId: chosen || null
          })
      if (!existing) held.remember(values.heldOn)
      draft.forget()
      guard.allowLeave()
      navigate(`/programmes/${props.programmeId}/reflections/${id}`)
    } catch (error) {
      showApiError(error, form, FIELDS)
    }
  })

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="reflection-form-heading">
      <h1 id="reflection-form-heading">{existing ? 'Edit reflection' : 'Write a reflection'}</h1>
      {draft.offer}
      <FormRootError message={errors.root?.message} />
      <CycleSection
        form={form}
        sites={props.sites}
        level={level}
        editing={!!existing}
        programmeId={props.programmeId}
        dateHint={existing ? undefined : newCycleDateHint(held)}
      />
      <PhasesSection
        form={form}
        programmeId={props.programmeId}
        previous={prepared.data?.previous}
      />
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          {existing ? 'Save reflection' : 'Save reflection cycle'}
        </button>
        <button type="button" className="button-secondary" onClick={() => navigate(-1)}>
          Cancel
        </button>
      </div>
      {guard.prompt}
    </form>
  )
}

/** Where a new cycle's date came from: the meeting's date, or the last one used. */
function newCycleDateHint(held: ReturnType<typeof useRememberedDate>) {
  return held.source === 'context'
    ? 'The meeting’s date; choosing a meeting below fills it in'
    : held.hint
}
