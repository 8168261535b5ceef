// Tests of change across the programme: the per-site funnel, what became business as usual, and
// the change ideas shared across sites.
import { Link, useParams } from 'react-router'
import { useApiQuery } from '../../api/hooks'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { ChangeIdeasList } from '../changeIdeas/ChangeIdeasList'
import { FunnelChart, FunnelTable } from './FunnelChart'
import type { Funnel } from './funnelSeries'

export function ProgrammeChangesPage() {
  const programmeId = useParams().programmeId ?? ''
  const funnel = useApiQuery('testsOfChange.funnel', { programmeId })
  return (
    <main id="main" className="page">
      <h1>Tests of change across sites</h1>
      <p className="lede">
        How many small tests of change each site has at each stage, and what the partnerships
        adopted as business as usual.
      </p>
      <QueryState query={funnel}>
        {(data) => (
          <div className="two-columns toc-columns">
            <section className="panel" aria-labelledby="funnel-heading">
              <h2 id="funnel-heading">Funnel by site</h2>
              <FunnelChart funnel={data} />
              <FunnelTable funnel={data} />
            </section>
            <AdoptedAcrossSites data={data} programmeId={programmeId} />
          </div>
        )}
      </QueryState>
      <ChangeIdeasList programmeId={programmeId} />
    </main>
  )
}

function AdoptedAcrossSites({ data, programmeId }: { data: Funnel; programmeId: string }) {
  return (
    <section className="panel toc-bau" aria-labelledby="programme-bau-heading">
      <h2 id="programme-bau-heading">Business as usual</h2>
      <p className="muted">Tests adopted in each site, latest first.</p>
      {data.adopted.length === 0 ? (
        <p className="empty">No site has adopted a test of change yet.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Tests adopted as business as usual</caption>
          <thead>
            <tr>
              <th scope="col">Adopted</th>
              <th scope="col">Site</th>
              <th scope="col">Test of change</th>
            </tr>
          </thead>
          <tbody>
            {data.adopted.map((t) => (
              <tr key={t.testId}>
                <td>
                  <time dateTime={t.decidedOn}>{formatDate(t.decidedOn)}</time>
                </td>
                <td>{t.siteName}</td>
                <td>
                  <Link to={`/programmes/${programmeId}/sites/${t.siteId}/tests/${t.testId}`}>
                    {t.title}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
