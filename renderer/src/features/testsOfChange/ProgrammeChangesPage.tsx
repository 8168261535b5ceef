// Tests of change across the programme: the per-site funnel, what became business as usual, and
// the change ideas shared across sites. Both lists run to hundreds of rows in a large programme,
// so each is shown a page at a time.
import './testsOfChange.css'
import { Link, useParams } from 'react-router'
import { useApiQuery } from '../../api/hooks'
import { Pager, usePaged } from '../../components/Pager'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { ChangeIdeasList } from '../changeIdeas/ChangeIdeasList'
import { FunnelChart, FunnelTable } from './FunnelChart'
import type { Funnel } from './funnelSeries'

/** Sites a page of the funnel: the chart stays about one screen high. */
const SITES_PER_PAGE = 12
/** Adopted tests a page: the narrow column's rows are tall, so fewer keep it beside the funnel. */
const ADOPTED_PER_PAGE = 10

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
            <FunnelBySite data={data} />
            <AdoptedAcrossSites data={data} programmeId={programmeId} />
          </div>
        )}
      </QueryState>
      <ChangeIdeasList programmeId={programmeId} />
    </main>
  )
}

function FunnelBySite({ data }: { data: Funnel }) {
  const paged = usePaged(data.sites, SITES_PER_PAGE)
  const page: Funnel = { ...data, sites: paged.shown }
  const pager = (
    <Pager
      paged={paged}
      total={data.sites.length}
      noun="sites"
      label="Pages of sites in the funnel"
    />
  )
  return (
    <section className="panel" aria-labelledby="funnel-heading">
      <h2 id="funnel-heading">Funnel by site</h2>
      {pager}
      <FunnelChart funnel={page} />
      <FunnelTable funnel={page} all={data} from={paged.from} />
    </section>
  )
}

function AdoptedAcrossSites({ data, programmeId }: { data: Funnel; programmeId: string }) {
  const paged = usePaged(data.adopted, ADOPTED_PER_PAGE)
  return (
    <section className="panel toc-bau" aria-labelledby="programme-bau-heading">
      <h2 id="programme-bau-heading">Business as usual</h2>
      <p className="muted">Tests adopted in each site, latest first.</p>
      {data.adopted.length === 0 ? (
        <p className="empty">No site has adopted a test of change yet.</p>
      ) : (
        <>
          <table className="table" aria-rowcount={data.adopted.length + 1}>
            <caption className="visually-hidden">Tests adopted as business as usual</caption>
            <thead>
              <tr aria-rowindex={1}>
                <th scope="col">Adopted</th>
                <th scope="col">Site</th>
                <th scope="col">Test of change</th>
              </tr>
            </thead>
            <tbody>
              {paged.shown.map((t, i) => (
                <tr key={t.testId} aria-rowindex={paged.from + i + 2}>
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
          <Pager
            paged={paged}
            total={data.adopted.length}
            noun="adopted tests"
            label="Pages of adopted tests"
          />
        </>
      )}
    </section>
  )
}
