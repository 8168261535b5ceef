// A site's measures: each with its latest value and what its run chart says now.
import './measures.css'
import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { useApiQuery } from '../../api/hooks'
import { Modal } from '../../components/Modal'
import { QueryState } from '../../components/Status'
import { useSiteData } from '../sites/SitePage'
import { MeasureForm } from './MeasureForm'
import { analyseRunChart, currentSignal, formatPeriod, formatValue } from './runChart'

type Measure = ApiOutput<'measures.list'>['measures'][number]

export function MeasuresPage() {
  const { site, programme } = useSiteData()
  const [adding, setAdding] = useState(false)
  const [showArchived, setShowArchived] = useState(false)
  const list = useApiQuery('measures.list', { siteId: site.id, includeArchived: showArchived })
  const navigate = useNavigate()
  const base = `/programmes/${programme.id}/sites/${site.id}/measures`
  return (
    <section aria-labelledby="measures-heading">
      <div className="section-header">
        <h2 id="measures-heading">Measures</h2>
        <button type="button" onClick={() => setAdding(true)}>
          Add a measure
        </button>
      </div>
      <p className="lede">
        Numbers the partnership tracks to see whether a change made a difference, each with a run
        chart of its data.
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={showArchived}
          onChange={(e) => setShowArchived(e.target.checked)}
        />
        Show archived measures
      </label>
      <QueryState query={list}>
        {({ measures, outcomes }) => (
          <>
            {measures.length === 0 ? (
              <p className="empty">No measures yet.</p>
            ) : (
              <table className="table">
                <caption className="visually-hidden">Measures of {site.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Measure</th>
                    <th scope="col">Agreed outcome</th>
                    <th scope="col">Latest value</th>
                    <th scope="col">Points</th>
                    <th scope="col">Run chart now</th>
                  </tr>
                </thead>
                <tbody>
                  {measures.map((m) => (
                    <MeasureRow key={m.id} measure={m} base={base} />
                  ))}
                </tbody>
              </table>
            )}
            {adding ? (
              <Modal title="Add a measure" onClose={() => setAdding(false)}>
                <MeasureForm
                  siteId={site.id}
                  outcomes={outcomes}
                  onDone={(id) => navigate(`${base}/${id}`)}
                  onCancel={() => setAdding(false)}
                />
              </Modal>
            ) : null}
          </>
        )}
      </QueryState>
    </section>
  )
}

/** One measure: its name, outcome, latest value, how many points and what its run chart says now. */
function MeasureRow(props: { measure: Measure; base: string }) {
  const m = props.measure
  const analysis = analyseRunChart(m.points, {
    rules: m.rules,
    better: m.better,
    baselinePoints: m.baselinePoints,
    baselineStarts: m.baselineStarts
  })
  const latest = m.points.at(-1)
  const verdict = currentSignal(analysis)
  return (
    <tr className={m.archivedAt ? 'archived' : undefined}>
      <th scope="row">
        <Link to={`${props.base}/${m.id}`}>{m.name}</Link>
        {m.archivedAt ? <span className="badge badge-muted">Archived</span> : null}
      </th>
      <td>{m.outcomeTitle ?? '—'}</td>
      <td>
        {latest
          ? `${formatValue(latest.value)}${m.unit ? ` ${m.unit}` : ''} (${formatPeriod(latest.period, analysis.monthly)})`
          : '—'}
      </td>
      <td>{m.points.length}</td>
      <td>
        <span className={`signal-state signal-${verdict.state}`}>{verdict.text}</span>
      </td>
    </tr>
  )
}
