// Write or edit an ORPA reflection cycle, for a site (optionally after one of its meetings) or for
// the team across sites; a new cycle shows where the last one left off.
import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { z } from 'zod'
import type { ApiOutput } from '../../../../api/contract'
import { reflectionFields } from '../../../../api/schemas/reflections'
import { PHASES, REFLECTION_STATUSES, type Phase } from '../../../../domain/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { DateField, SelectField, TextField, optionsFrom } from '../../components/fields'
import { showApiError } from '../../components/forms'
import { useFormDraft } from '../../components/FormDraft'
import { useLeaveGuard } from '../../components/LeaveGuard'
import { FormRootError, QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { useRememberedDate } from '../../lib/rememberedDate'
import { PhaseEditor } from './PhaseEditor'
import { PreviousPlan } from './PreviousPlan'

const formSchema = reflectionFields.extend({ level: z.string().default('') })
type Input = z.input<typeof formSchema>
type Output = z.output<typeof formSchema>
const FIELDS = [
  'heldOn',
  'title',
  'meetingId',
  'siteIds',
  'participantIds',
  'observe',
  'reflect',
  'plan',
  'act',
  'status',
  'level'
] as const

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

type Site = ApiOutput<'programmes.overview'>['sites'][number]
type Existing = ApiOutput<'reflections.get'>

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
    resolver: zodResolver(formSchema),
    defaultValues: existing
      ? {
          ...existing.cycle,
          meetingId: existing.cycle.meetingId ?? '',
          level: existing.cycle.siteId ?? '',
          siteIds: existing.sites.map((s) => s.siteId),
          participantIds: existing.participants.map((p) => p.personId)
        }
      : {
          heldOn: held.date,
          title: '',
          meetingId: params.get('meeting') ?? '',
          level: params.get('site') ?? '',
          siteIds: [],
          participantIds: [],
          observe: '',
          reflect: '',
          plan: '',
          act: '',
          status: 'draft'
        }
  })
  const errors = form.formState.errors
  const draft = useFormDraft(
    existing ? `reflection:${existing.cycle.id}` : `reflection:new:${props.programmeId}`,
    form
  )
  const guard = useLeaveGuard(form.formState.isDirty, true)
  const [level, heldOn, ...phaseValues] = useWatch({
    control: form.control,
    name: ['level', 'heldOn', 'observe', 'reflect', 'plan', 'act']
  })
  const meetings = useApiQuery('meetings.list', { siteId: level ?? '' }, !!level)
  const people = useApiQuery('people.list', { programmeId: props.programmeId })
  const prepared = useApiQuery(
    'reflections.prepare',
    { programmeId: props.programmeId, siteId: level || null, heldOn },
    !existing && !!heldOn
  )
  const [peopleFilter, setPeopleFilter] = useState('')

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
      showApiError(error, form.setError, FIELDS)
    }
  })

  const shownPeople = (people.data ?? []).filter(
    (p) =>
      !peopleFilter ||
      p.name.toLocaleLowerCase('en-GB').includes(peopleFilter.toLocaleLowerCase('en-GB'))
  )
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="reflection-form-heading">
      <h1 id="reflection-form-heading">{existing ? 'Edit reflection' : 'Write a reflection'}</h1>
      {draft.offer}
      <FormRootError message={errors.root?.message} />
      <fieldset className="form-section">
        <legend>The cycle</legend>
        <div className="field-grid">
          <SelectField
            label="For"
            placeholder="The team, across sites"
            options={props.sites.map((s) => ({ value: s.id, label: s.name }))}
            registration={form.register('level', { disabled: !!existing })}
            error={errors.level?.message}
          />
          <DateField
            label="Date"
            required
            hint={
              existing
                ? undefined
                : held.source === 'context'
                  ? 'The meeting’s date; choosing a meeting below fills it in'
                  : held.hint
            }
            control={form.control}
            name="heldOn"
            error={errors.heldOn?.message}
          />
          <TextField
            label="Title"
            registration={form.register('title')}
            error={errors.title?.message}
          />
          <SelectField
            label="Status"
            options={optionsFrom(REFLECTION_STATUSES)}
            registration={form.register('status')}
            error={errors.status?.message}
          />
          {level ? (
            <SelectField
              label="After the meeting"
              placeholder="Not linked to a meeting"
              options={(meetings.data ?? []).map((m) => ({
                value: m.id,
                label: formatDate(m.heldOn)
              }))}
              registration={form.register('meetingId', {
                // A reflection about a meeting is dated by it unless changed.
                onChange: (event: { target: { value: string } }) => {
                  const chosen = meetings.data?.find((m) => m.id === event.target.value)
                  if (chosen) form.setValue('heldOn', chosen.heldOn, { shouldDirty: true })
                }
              })}
              error={errors.meetingId?.message}
            />
          ) : null}
        </div>
        {!level ? (
          <fieldset className="checkbox-group" aria-label="Sites this team reflection looks across">
            <p className="hint">Sites it looks across (none ticked means the whole programme):</p>
            {props.sites.map((s) => (
              <label key={s.id} className="checkbox">
                <input type="checkbox" value={s.id} {...form.register('siteIds')} />
                {s.name}
              </label>
            ))}
          </fieldset>
        ) : null}
        <fieldset aria-label="Who took part" className="participants">
          <p className="hint">Who took part</p>
          <label className="filter">
            <span>Find a person</span>
            <input
              type="search"
              value={peopleFilter}
              onChange={(e) => setPeopleFilter(e.target.value)}
            />
          </label>
          <div className="checkbox-group scroll-list">
            {shownPeople.map((p) => (
              <label key={p.id} className="checkbox">
                <input type="checkbox" value={p.id} {...form.register('participantIds')} />
                {p.name} <span className="muted">({p.role})</span>
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>
      {(Object.keys(PHASES) as Phase[]).map((phase, i) => (
        <PhaseEditor
          key={phase}
          label={PHASES[phase].label}
          prompt={PHASES[phase].prompt}
          value={phaseValues[i] ?? ''}
          registration={form.register(phase)}
          error={errors[phase]?.message}
        >
          {phase === 'observe' && prepared.data?.previous ? (
            <PreviousPlan previous={prepared.data.previous} programmeId={props.programmeId} />
          ) : null}
        </PhaseEditor>
      ))}
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
