// The parts of a reflection cycle's page: its heading (where, when, with whom, its status) and
// one panel per phase with the previous plan, the text, its themes and review comments.
import { Link } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import {
  MEETING_KINDS,
  PHASES,
  REFLECTION_STATUSES,
  type Phase,
  type ReflectionStatus
} from '../../../../domain/vocabulary'
import { useApiMutation } from '../../api/hooks'
import { formatDate } from '../../lib/dates'
import { Comments } from './Comments'
import { PhaseText } from './PhaseText'
import { PlanActions } from './PlanActions'
import { PreviousPlan } from './PreviousPlan'
import { Tags } from './Tags'

type Data = ApiOutput<'reflections.get'>

export function CycleHeader(props: { data: Data; programmeId: string; onDelete: () => void }) {
  const { data, programmeId } = props
  const { cycle } = data
  const setStatus = useApiMutation('reflections.setStatus')
  const where = data.site
    ? data.site.name
    : data.sites.length
      ? `Team, across ${data.sites.map((s) => s.name).join(', ')}`
      : 'Team, across the programme'
  return (
    <header className="page-header">
      <div>
        <h1 id="cycle-heading">
          Reflection: {where}, {formatDate(cycle.heldOn)}
        </h1>
        {cycle.title ? <p className="lede">{cycle.title}</p> : null}
        <p className="muted">
          {data.meeting && data.site ? (
            <>
              After the{' '}
              <Link
                to={`/programmes/${programmeId}/sites/${data.site.id}/meetings/${data.meeting.id}`}
              >
                {MEETING_KINDS[data.meeting.kind].toLowerCase()} of{' '}
                {formatDate(data.meeting.heldOn)}
              </Link>
              {' · '}
            </>
          ) : null}
          {data.participants.length
            ? `With ${data.participants.map((p) => p.name).join(', ')}`
            : 'Participants not recorded'}
        </p>
      </div>
      <div className="header-actions">
        <label className="filter">
          <span>Status</span>
          <select
            value={cycle.status}
            onChange={(e) =>
              setStatus.mutate({ id: cycle.id, status: e.target.value as ReflectionStatus })
            }
          >
            {Object.entries(REFLECTION_STATUSES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <Link className="button" to={`/programmes/${programmeId}/reflections/${cycle.id}/edit`}>
          Edit
        </Link>
        <button type="button" className="button-secondary" onClick={props.onDelete}>
          Delete
        </button>
      </div>
    </header>
  )
}

export function PhasePanel(props: {
  phase: Phase
  data: Data
  programmeId: string
  themes: ApiOutput<'themes.list'>
}) {
  const { phase, data, programmeId, themes } = props
  const { cycle } = data
  return (
    <section className="panel phase" aria-labelledby={`phase-${phase}`}>
      <h2 id={`phase-${phase}`}>{PHASES[phase].label}</h2>
      {phase === 'observe' && data.previous ? (
        <PreviousPlan previous={data.previous} programmeId={programmeId} />
      ) : null}
      <PhaseText cycleId={cycle.id} phase={phase} text={cycle[phase]} />
      {phase === 'plan' ? <PlanActions data={data} programmeId={programmeId} /> : null}
      <Tags
        cycleId={cycle.id}
        place={phase}
        placeLabel={PHASES[phase].label}
        tags={data.tags}
        themes={themes}
      />
      <Comments
        cycleId={cycle.id}
        phase={phase}
        phaseLabel={PHASES[phase].label}
        comments={data.comments}
      />
    </section>
  )
}
