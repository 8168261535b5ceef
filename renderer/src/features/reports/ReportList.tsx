// The saved reports of a site or a programme, newest first.
import { Link } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { formatDate } from '../../lib/dates'

type ReportRow = ApiOutput<'reports.list'>['reports'][number]

export function ReportList(props: { programmeId: string; reports: ReportRow[] }) {
  if (!props.reports.length) return <p className="empty">No reports yet.</p>
  return (
    <ul className="report-list">
      {props.reports.map((r) => (
        <li key={r.id}>
          <Link to={`/programmes/${props.programmeId}/reports/${r.id}`}>{r.title}</Link>
          <span className="muted">
            {' '}
            {formatDate(r.periodFrom)} to {formatDate(r.periodTo)}
            {r.anonymised ? ' · anonymised' : ''}
          </span>
        </li>
      ))}
    </ul>
  )
}
