// Tests of change in brief: how many are at each status, and what became business as usual.
import { Link } from 'react-router'
import { formatDate } from '../../../lib/dates'
import { GlanceBlock } from './GlanceBlock'
import { testStatusCounts, type Glance } from './glanceSeries'

export function TestsGlance({ data, siteRoute }: { data: Glance; siteRoute: string }) {
  const { tests, byStatus, adopted } = data.testsOfChange
  return (
    <GlanceBlock
      title="Tests of change"
      detail={{ to: `${siteRoute}/tests`, label: 'All tests of change' }}
    >
      {tests.length === 0 ? (
        <p className="empty">No tests of change yet.</p>
      ) : (
        <>
          <table className="table glance-status-table">
            <caption>
              {tests.length === 1 ? '1 test of change' : `${tests.length} tests of change`} by
              status
            </caption>
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">Tests</th>
              </tr>
            </thead>
            <tbody>
              {testStatusCounts(byStatus).map((s) => (
                <tr key={s.status} className={s.count === 0 ? 'glance-none' : undefined}>
                  <th scope="row">{s.label}</th>
                  <td>{s.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Business as usual</h3>
          {adopted.length === 0 ? (
            <p className="empty">No test has been adopted as business as usual yet.</p>
          ) : (
            <ul className="glance-list" aria-label="Adopted as business as usual">
              {adopted.map((t) => (
                <li key={t.id}>
                  <Link to={`${siteRoute}/tests/${t.id}`}>{t.title}</Link>{' '}
                  <span className="muted">adopted {formatDate(t.decidedOn)}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </GlanceBlock>
  )
}
