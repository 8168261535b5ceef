// One reflection cycle: its four phases with their themes and review comments, the passages marked
// for reports, the Plan's items turned into actions, and where the previous cycle left off.
import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { PHASES, type Phase } from '../../../../domain/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { ActionTable } from '../actions/ActionTable'
import { CycleHeader, PhasePanel } from './CycleSections'
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
  const remove = useApiMutation('reflections.delete')
  const [deleting, setDeleting] = useState(false)
  return (
    <article aria-labelledby="cycle-heading">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/programmes/${programmeId}/reflections`}>Reflections</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{formatDate(cycle.heldOn)}</span>
      </nav>
      <CycleHeader data={data} programmeId={programmeId} onDelete={() => setDeleting(true)} />
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
        <PhasePanel
          key={phase}
          phase={phase}
          data={data}
          programmeId={programmeId}
          themes={themes}
        />
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
