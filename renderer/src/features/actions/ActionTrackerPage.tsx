// The cross-site action tracker: filter by site, owner, status and overdue. The store filters,
// counts and sorts; the rows come a page at a time as the reader scrolls (useActionPages).
import { useState } from 'react'
import { useParams, useSearchParams } from 'react-router'
import { ACTION_STATUSES, type ActionStatus } from '../../../../domain/vocabulary'
import { useApiQuery } from '../../api/hooks'
import { ActionTable } from './ActionTable'
import { OwnerFilter, useOwnerChoice } from './OwnerFilter'
import { LoadedSoFar } from '../../components/LoadedSoFar'
import { formatNumber } from '../../lib/numbers'
import { useActionPages, type ActionPages } from './useActionPages'

export function ActionTrackerPage() {
  const programmeId = useParams().programmeId ?? ''
  // ?site= (from the dashboard's warnings) opens the tracker filtered to that site.
  const [params] = useSearchParams()
  const [siteId, setSiteId] = useState(() => params.get('site') ?? '')
  const owner = useOwnerChoice(programmeId)
  const [status, setStatus] = useState<ActionStatus | ''>('open')
  const [overdueOnly, setOverdueOnly] = useState(false)
  const overview = useApiQuery('programmes.overview', { id: programmeId })
  const actions = useActionPages({
    programmeId,
    siteId: siteId || undefined,
    ownerId: owner.ownerId || undefined,
    status: status || undefined,
    overdueOnly
  })
  return (
    <main id="main" className="page">
      <h1>Actions across sites</h1>
      <div className="toolbar">
        <label className="filter">
          <span>Site</span>
          <select value={siteId} onChange={(e) => setSiteId(e.target.value)}>
            <option value="">All sites</option>
            {(overview.data?.sites ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <OwnerFilter choice={owner} />
        <label className="filter">
          <span>Status</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as ActionStatus | '')}>
            <option value="">Any</option>
            {Object.entries(ACTION_STATUSES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={overdueOnly}
            onChange={(e) => setOverdueOnly(e.target.checked)}
          />
          Overdue only
        </label>
      </div>
      {actions.query.isError ? (
        <p className="form-error" role="alert">
          Could not load this page: {actions.query.error.message}
        </p>
      ) : actions.value ? (
        <TrackedActions pages={actions.value} programmeId={programmeId} />
      ) : (
        <p className="muted" role="status">
          Loading…
        </p>
      )}
    </main>
  )
}

function TrackedActions(props: { pages: ActionPages; programmeId: string }) {
  const { pages } = props
  if (pages.total === 0) return <p className="empty">No actions match.</p>
  const noun = pages.total === 1 ? 'action' : 'actions'
  return (
    <div aria-busy={pages.stale || pages.loadingMore}>
      <p role="status">
        {formatNumber(pages.total)} {noun}
        {pages.latest.overdue > 0 ? `, ${formatNumber(pages.latest.overdue)} overdue` : ''}
      </p>
      <ActionTable
        actions={pages.rows}
        total={pages.total}
        programmeId={props.programmeId}
        showSite
        caption="Actions across sites"
      />
      <LoadedSoFar pages={pages} noun={noun} />
    </div>
  )
}
