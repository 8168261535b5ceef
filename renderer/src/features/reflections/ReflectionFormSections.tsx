// The reflection form's schema, first values and its opening section: the cycle (who it is for,
// when, its meeting and sites) and who took part. The four phases follow in PhaseEditor.
import './reflections.css'
import { useState } from 'react'
import { useWatch, type UseFormReturn } from 'react-hook-form'
import { z } from 'zod'
import type { ApiOutput } from '../../../../api/contract'
import { reflectionFields } from '../../../../api/schemas/reflections'
import { PHASES, REFLECTION_STATUSES, type Phase } from '../../../../domain/vocabulary'
import { useApiQuery } from '../../api/hooks'
import { DateField, SelectField, TextField, optionsFrom } from '../../components/fields'
import { formatDate } from '../../lib/dates'
import { PhaseEditor } from './PhaseEditor'
import { PreviousPlan } from './PreviousPlan'

export const reflectionForm = reflectionFields.extend({ level: z.string().default('') })
export type Input = z.input<typeof reflectionForm>
export type Output = z.output<typeof reflectionForm>

export type Site = ApiOutput<'programmes.overview'>['sites'][number]
export type Existing = ApiOutput<'reflections.get'>
type Form = UseFormReturn<Input, unknown, Output>

/** The form's first values: the cycle being edited, else a draft for the link it came by. */
export function reflectionDefaults(
  existing: Existing | undefined,
  params: URLSearchParams,
  heldOn: string
): Input {
  return existing
    ? {
        ...existing.cycle,
        meetingId: existing.cycle.meetingId ?? '',
        level: existing.cycle.siteId ?? '',
        siteIds: existing.sites.map((s) => s.siteId),
        participantIds: existing.participants.map((p) => p.personId)
      }
    : {
        heldOn,
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
}

export function CycleSection(props: {
  form: Form
  sites: Site[]
  level: string | undefined
  editing: boolean
  programmeId: string
  dateHint?: string
}) {
  const { form, level } = props
  const errors = form.formState.errors
  const meetings = useApiQuery('meetings.list', { siteId: level ?? '' }, !!level)
  return (
    <fieldset className="form-section">
      <legend>The cycle</legend>
      <div className="field-grid">
        <SelectField
          label="For"
          placeholder="The team, across sites"
          options={props.sites.map((s) => ({ value: s.id, label: s.name }))}
          registration={form.register('level', { disabled: props.editing })}
          error={errors.level?.message}
        />
        <DateField
          label="Date"
          required
          hint={props.dateHint}
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
      <ParticipantsField form={form} programmeId={props.programmeId} />
    </fieldset>
  )
}

function ParticipantsField({ form, programmeId }: { form: Form; programmeId: string }) {
  const people = useApiQuery('people.list', { programmeId })
  const [peopleFilter, setPeopleFilter] = useState('')
  const shownPeople = (people.data ?? []).filter(
    (p) =>
      !peopleFilter ||
      p.name.toLocaleLowerCase('en-GB').includes(peopleFilter.toLocaleLowerCase('en-GB'))
  )
  return (
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
  )
}

/** Observe, reflect, plan, act: a new cycle's Observe starts from where the last plan left off. */
export function PhasesSection(props: {
  form: Form
  programmeId: string
  previous: ApiOutput<'reflections.prepare'>['previous'] | undefined
}) {
  const { form, previous } = props
  const errors = form.formState.errors
  const values = useWatch({ control: form.control, name: ['observe', 'reflect', 'plan', 'act'] })
  return (
    <>
      {(Object.keys(PHASES) as Phase[]).map((phase, i) => (
        <PhaseEditor
          key={phase}
          label={PHASES[phase].label}
          prompt={PHASES[phase].prompt}
          value={values[i] ?? ''}
          registration={form.register(phase)}
          error={errors[phase]?.message}
        >
          {phase === 'observe' && previous ? (
            <PreviousPlan previous={previous} programmeId={props.programmeId} />
          ) : null}
        </PhaseEditor>
      ))}
    </>
  )
}
