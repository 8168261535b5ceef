// The cross-site action tracker: filter by site, owner, status and overdue.
import { useState } from 'react'
import { useParams, useSearchParams } from 'react-router'
import { ACTION_STATUSES, type ActionStatus } from '../../../../domain/vocabulary'
import { useApiQuery } from '../../api/hooks'
import { QueryState } from '../../components/Status'
import { ActionTable } from './ActionTable'
import { OwnerFilter, useOwnerChoice } from './OwnerFilter'

export function ActionTrackerPage() {
  const programmeId = useParams().programmeId ?? ''
  // ?site= (from the dashboard's warnings) opens the tracker filtered to that site.
  const [params] = useSearchParams()
  const [siteId, setSiteId] = useState(() => params.get('site') ?? '')
  const owner = useOwnerChoice(programmeId)
  const [status, setStatus] = useState<ActionStatus | ''>('open')
  const [overdueOnly, setOverdueOnly] = useState(false)
  const overview = useApiQuery('programmes.overview', { id: programmeId })
  const actions = useApiQuery('actions.list', {
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
      <QueryState query={actions}>
        {(list) => {
          const overdue = list.filter((a) => a.overdue).length
          return list.length === 0 ? (
            <p className="empty">No actions match.</p>
          ) : (
            <>
              <p role="status">
                {list.length.toLocaleString('en-GB')} {list.length === 1 ? 'action' : 'actions'}
                {overdue > 0 ? `, ${overdue} overdue` : ''}
              </p>
              <ActionTable
                actions={list}
                programmeId={programmeId}
                showSite
                caption="Actions across sites"
              />
            </>
          )
        }}
      </QueryState>
    </main>
  )
}
