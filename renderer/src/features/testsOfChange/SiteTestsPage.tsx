// A site's tests of change, grouped by stage, and its business-as-usual list: what was adopted and
// when.
import './testsOfChange.css'
import { Link } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { TEST_STATUS_LABELS, type TestStatus } from '../../../../domain/lifecycle'
import { useApiQuery } from '../../api/hooks'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { useSiteData } from '../sites/SitePage'
import { FUNNEL_LABELS, FUNNEL_ORDER } from './funnelSeries'
import { KIND_SHORT, StatusBadge } from './StatusBadge'

type TestList = ApiOutput<'testsOfChange.list'>

/** The groups the page shows, in lifecycle order; adopted tests have their own list. */
const GROUPS: readonly TestStatus[] = ['testing', 'planned', 'idea', 'adapted', 'abandoned']

export function SiteTestsPage() {
  const { site, programme } = useSiteData()
  const tests = useApiQuery('testsOfChange.list', { siteId: site.id })
  const base = `/programmes/${programme.id}/sites/${site.id}/tests`
  return (
    <section aria-labelledby="tests-heading">
      <div className="section-header">
        <h2 id="tests-heading">Tests of change</h2>
        <Link className="button" to={`${base}/new`}>
          Start a test of change
        </Link>
      </div>
      <QueryState query={tests}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">
              No tests of change yet. Start one from a meeting, a reflection&rsquo;s plan, or here.
            </p>
          ) : (
            <div className="two-columns toc-columns">
              <div>
                <p className="muted" role="status">
                  {stageSummary(list)}
                </p>
                {list.every((t) => t.status === 'adopted') ? (
                  <p className="empty">
                    No other tests of change: everything tried so far was adopted.
                  </p>
                ) : null}
                {GROUPS.map((status) => (
                  <StageGroup
                    key={status}
                    status={status}
                    tests={list.filter((t) => t.status === status)}
                    base={base}
                  />
                ))}
              </div>
              <BusinessAsUsual tests={list.filter((t) => t.status === 'adopted')} base={base} />
            </div>
          )
        }
      </QueryState>
    </section>
  )
}

function stageSummary(list: TestList): string {
  const parts = FUNNEL_ORDER.map(
    (status) => [status, list.filter((t) => t.status === status).length] as const
  )
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${FUNNEL_LABELS[status].toLowerCase()}`)
  return `${list.length} ${list.length === 1 ? 'test' : 'tests'} of change: ${parts.join(', ')}`
}

function StageGroup(props: { status: TestStatus; tests: TestList; base: string }) {
  if (props.tests.length === 0) return null
  const headingId = `stage-${props.status}-heading`
  const decided = props.status === 'adapted' || props.status === 'abandoned'
  // One meaning per column: when the test was recorded, began testing, or was decided.
  const dateHeading = decided
    ? 'Decided'
    : props.status === 'testing'
      ? 'Testing since'
      : 'Recorded'
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {TEST_STATUS_LABELS[props.status]} <span className="count">({props.tests.length})</span>
      </h3>
      <table className="table">
        <caption className="visually-hidden">
          Tests of change at {TEST_STATUS_LABELS[props.status].toLowerCase()}
        </caption>
        <thead>
          <tr>
            <th scope="col">Test</th>
            <th scope="col">Kind</th>
            <th scope="col">Owner</th>
            <th scope="col">{dateHeading}</th>
            <th scope="col">PDSA cycles</th>
          </tr>
        </thead>
        <tbody>
          {props.tests.map((t) => (
            <tr key={t.id}>
              <td>
                <Link to={`${props.base}/${t.id}`}>{t.title}</Link>
                {t.changeIdeaTitle ? (
                  <span className="muted"> · idea: {t.changeIdeaTitle}</span>
                ) : null}
                {decided && t.decisionReason ? (
                  <p className="toc-reason">{t.decisionReason}</p>
                ) : null}
              </td>
              <td>{KIND_SHORT[t.kind]}</td>
              <td>{t.ownerName ?? <span className="muted">No owner yet</span>}</td>
              <td>
                {formatDate(
                  decided
                    ? t.decidedOn
                    : props.status === 'testing'
                      ? (t.startedOn ?? t.createdOn)
                      : t.createdOn
                )}
              </td>
              <td>{t.cycleCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function BusinessAsUsual(props: { tests: TestList; base: string }) {
  return (
    <section className="panel toc-bau" aria-labelledby="bau-heading">
      <h3 id="bau-heading">Business as usual</h3>
      <p className="muted">Tests the partnership adopted, with the date each was adopted.</p>
      {props.tests.length === 0 ? (
        <p className="empty">Nothing adopted yet.</p>
      ) : (
        <ul className="toc-bau-list">
          {props.tests.map((t) => (
            <li key={t.id}>
              <Link to={`${props.base}/${t.id}`}>{t.title}</Link>{' '}
              <StatusBadge status="adopted" short />
              <p className="muted">
                Adopted <time dateTime={t.decidedOn ?? ''}>{formatDate(t.decidedOn)}</time> ·{' '}
                {KIND_SHORT[t.kind]}
              </p>
              {t.decisionReason ? <p className="toc-reason">{t.decisionReason}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
