// One reflection cycle: its four phases with their themes and review comments, the passages marked
// for reports, the Plan's items turned into actions, and where the previous cycle left off.
import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import {
  MEETING_KINDS,
  PHASES,
  REFLECTION_STATUSES,
  type Phase,
  type ReflectionStatus
} from '../../../../domain/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { ActionTable } from '../actions/ActionTable'
import { Comments } from './Comments'
import { PhaseText } from './PhaseText'
import { PlanActions } from './PlanActions'
import { PreviousPlan } from './PreviousPlan'
import { ReportExcerpts } from './ReportExcerpts'
import { Tags } from './Tags'

export function CyclePage() {
  const { programmeId = '', cycleId = '' } = useParams()
  const cycle = useApiQuery('reflections.get', { id: cycleId })
  const themes = useApiQuery('themes.list', { programmeId })
  return (
    <main id="main" className="page">
      <QueryState query={cycle}>
        {(data) => <Cycle data={data} programmeId={programmeId} themes={themes.data ?? []} />}
      </QueryState>
    </main>
  )
}

type Data = ApiOutput<'reflections.get'>

function Cycle({
  data,
  programmeId,
  themes
}: {
  data: Data
  programmeId: string
  themes: ApiOutput<'themes.list'>
}) {
  const { cycle } = data
  const navigate = useNavigate()
  const setStatus = useApiMutation('reflections.setStatus')
  const remove = useApiMutation('reflections.delete')
  const [deleting, setDeleting] = useState(false)
  const where = data.site
    ? data.site.name
    : data.sites.length
      ? `Team, across ${data.sites.map((s) => s.name).join(', ')}`
      : 'Team, across the programme'
  return (
    <article aria-labelledby="cycle-heading">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/programmes/${programmeId}/reflections`}>Reflections</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{formatDate(cycle.heldOn)}</span>
      </nav>
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
          <button type="button" className="button-secondary" onClick={() => setDeleting(true)}>
            Delete
          </button>
        </div>
      </header>
      <section className="panel" aria-label="Themes on the whole cycle">
        <h2>Themes</h2>
        <Tags
          cycleId={cycle.id}
          place="cycle"
          placeLabel="the whole cycle"
          tags={data.tags}
          themes={themes}
        />
      </section>
      {(Object.keys(PHASES) as Phase[]).map((phase) => (
        <section key={phase} className="panel phase" aria-labelledby={`phase-${phase}`}>
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
      ))}
      <ReportExcerpts cycle={cycle} />
      <section className="panel" aria-labelledby="cycle-actions-heading">
        <h2 id="cycle-actions-heading">Actions made from this plan</h2>
        {data.actions.length === 0 ? (
          <p className="empty">None yet. Use "Make an action" beside a plan item.</p>
        ) : (
          <ActionTable
            actions={data.actions}
            programmeId={programmeId}
            showSite
            caption="Actions made from this plan"
          />
        )}
      </section>
      {deleting ? (
        <ConfirmDialog
          title="Delete this reflection?"
          message={`The cycle of ${formatDate(cycle.heldOn)} is deleted with its themes, ${data.comments.length} comments and any excerpts marked for reports. The ${data.actions.length} actions made from its plan stay in the tracker. This cannot be undone.`}
          confirmLabel="Delete reflection"
          onConfirm={() =>
            remove
              .mutateAsync({ id: cycle.id })
              .then(() => navigate(`/programmes/${programmeId}/reflections`))
          }
          onClose={() => setDeleting(false)}
        />
      ) : null}
    </article>
  )
}
