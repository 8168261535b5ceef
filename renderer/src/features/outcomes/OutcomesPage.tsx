// A site's agreed outcomes: what the group said it wants to change, where it started (the
// baseline) and where the latest rating puts it.
import './outcomes.css'
import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { useApiQuery } from '../../api/hooks'
import { Modal } from '../../components/Modal'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { useSiteData } from '../sites/SitePage'
import { OutcomeForm } from './OutcomeForm'
import { describeChange } from './outcomeSeries'

export function OutcomesPage() {
  const { site, programme } = useSiteData()
  const [includeArchived, setIncludeArchived] = useState(false)
  const [adding, setAdding] = useState(false)
  const navigate = useNavigate()
  const outcomes = useApiQuery('outcomes.list', { siteId: site.id, includeArchived })
  const base = `/programmes/${programme.id}/sites/${site.id}/outcomes`
  return (
    <section aria-labelledby="outcomes-heading">
      <div className="section-header">
        <h2 id="outcomes-heading">Agreed outcomes</h2>
        <button type="button" onClick={() => setAdding(true)}>
          Add an outcome
        </button>
      </div>
      <div className="toolbar">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={includeArchived}
            onChange={(e) => setIncludeArchived(e.target.checked)}
          />
          Show archived outcomes
        </label>
      </div>
      <QueryState query={outcomes}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">
              No outcomes agreed yet. At the first meeting the group names the changes it wants; add
              them here with where the group puts each one now.
            </p>
          ) : (
            <OutcomeTable list={list} siteName={site.name} base={base} />
          )
        }
      </QueryState>
      {adding ? (
        <Modal title="Add an outcome" onClose={() => setAdding(false)}>
          <OutcomeForm
            siteId={site.id}
            programmeId={programme.id}
            onDone={(id) => {
              setAdding(false)
              navigate(`${base}/${id}`)
            }}
            onCancel={() => setAdding(false)}
          />
        </Modal>
      ) : null}
    </section>
  )
}

export function changeClass(change: number | null): string | undefined {
  if (change === null || change === 0) return undefined
  return change > 0 ? 'change-up' : 'change-down'
}

function OutcomeTable({
  list,
  siteName,
  base
}: {
  list: ApiOutput<'outcomes.list'>
  siteName: string
  base: string
}) {
  return (
    <table className="table outcome-table">
      <caption className="visually-hidden">
        Outcomes agreed by {siteName}, with baseline and latest rating out of 10
      </caption>
      <thead>
        <tr>
          <th scope="col">Outcome</th>
          <th scope="col">Programme outcome</th>
          <th scope="col">Agreed</th>
          <th scope="col">Baseline</th>
          <th scope="col">Latest</th>
          <th scope="col">Change</th>
          <th scope="col">Ratings</th>
        </tr>
      </thead>
      <tbody>
        {list.map((o) => (
          <tr key={o.id} className={o.archivedAt ? 'row-past' : undefined}>
            <th scope="row">
              <Link to={`${base}/${o.id}`}>{o.title}</Link>
              {o.archivedAt ? <span className="badge">Archived</span> : null}
            </th>
            <td>{o.programmeOutcomeTitle ?? <span className="muted">Not mapped</span>}</td>
            <td>{formatDate(o.agreedOn)}</td>
            <td>{o.baselineRating ?? '—'}</td>
            <td>
              {o.latest ? (
                <>
                  {o.latest.rating} <span className="muted">on {formatDate(o.latest.ratedOn)}</span>
                </>
              ) : (
                '—'
              )}
            </td>
            <td>
              <span className={changeClass(o.change)}>{describeChange(o.change) ?? '—'}</span>
            </td>
            <td>{o.ratingCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
