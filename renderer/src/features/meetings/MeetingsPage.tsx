// A site's meetings, newest first, and the way in to recording the next one.
import { Link } from 'react-router'
import { MEETING_KINDS } from '../../../../domain/vocabulary'
import { useApiQuery } from '../../api/hooks'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { useSiteData } from '../sites/SitePage'

export function MeetingsPage() {
  const { site, programme } = useSiteData()
  const meetings = useApiQuery('meetings.list', { siteId: site.id })
  const base = `/programmes/${programme.id}/sites/${site.id}/meetings`
  return (
    <section aria-labelledby="meetings-heading">
      <div className="section-header">
        <h2 id="meetings-heading">Meetings</h2>
        <Link className="button" to={`${base}/new`}>
          Record a meeting
        </Link>
      </div>
      <QueryState query={meetings}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">No meetings recorded yet.</p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">Meetings of {site.name}, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Purpose</th>
                  <th scope="col">Attended</th>
                  <th scope="col">Apologies</th>
                  <th scope="col">Actions agreed</th>
                  <th scope="col">Quotes</th>
                </tr>
              </thead>
              <tbody>
                {list.map((m) => (
                  <tr key={m.id}>
                    <td>
                      <Link to={`${base}/${m.id}`}>{formatDate(m.heldOn)}</Link>
                    </td>
                    <td>{MEETING_KINDS[m.kind]}</td>
                    <td>{m.purpose || '—'}</td>
                    <td>
                      {m.attended}
                      {m.unnamedAttendees > 0 ? ` + ${m.unnamedAttendees} not named` : ''}
                    </td>
                    <td>{m.apologies}</td>
                    <td>{m.actionCount}</td>
                    <td>{m.quoteCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </section>
  )
}
