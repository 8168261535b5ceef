// Every site at a glance: meetings, attendance trend, actions, tests of change, reflection, stage.
import './siteFigures.css'
import { useId } from 'react'
import { Link } from 'react-router'
import { SITE_STATUSES } from '../../../../domain/vocabulary'
import { HEADER_ROW, rowCount, VirtualBody, type RowPlacement } from '../../components/VirtualRows'
import type { Dashboard, DashboardSite } from './dashboardSeries'
import {
  FIGURE_DEFINITIONS,
  attendanceTrend,
  lastMeetingWords,
  onTimeWords,
  reflectionWords,
  testsWords
} from './siteWords'

export function SiteFiguresTable({ data }: { data: Dashboard }) {
  const headingId = useId()
  const base = `/programmes/${data.programme.id}`
  return (
    <section aria-labelledby={headingId} className="dashboard-section">
      <h2 id={headingId}>Sites at a glance</h2>
      <div className="dash-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
        <table className="table dash-sites" aria-rowcount={rowCount(data.sites.length)}>
          <caption className="visually-hidden">Figures for each site over the date range</caption>
          <thead>
            <tr {...HEADER_ROW}>
              <th scope="col">Site</th>
              <th scope="col" title={FIGURE_DEFINITIONS['Stage']}>
                Stage
              </th>
              <th scope="col" title={FIGURE_DEFINITIONS['Partnership meetings held']}>
                Partnership meetings held
              </th>
              <th scope="col" title={FIGURE_DEFINITIONS['Last meeting']}>
                Last meeting
              </th>
              <th scope="col" title={FIGURE_DEFINITIONS['Attendance']}>
                Attendance (last three meetings against the three before)
              </th>
              <th scope="col" title={FIGURE_DEFINITIONS['Actions done on time']}>
                Actions done on time
              </th>
              <th scope="col" title={FIGURE_DEFINITIONS['Overdue actions']}>
                Overdue actions
              </th>
              <th scope="col" title={FIGURE_DEFINITIONS['Tests of change']}>
                Tests of change
              </th>
              <th scope="col" title={FIGURE_DEFINITIONS['Last reflection']}>
                Last reflection
              </th>
            </tr>
          </thead>
          <VirtualBody
            rows={data.sites}
            columns={9}
            renderRow={(site, placement) => (
              <SiteFiguresRow key={site.id} site={site} placement={placement} base={base} />
            )}
          />
        </table>
      </div>
      <details className="dash-definitions">
        <summary>What each figure counts</summary>
        <dl>
          {Object.entries(FIGURE_DEFINITIONS).map(([figure, definition]) => (
            <div key={figure}>
              <dt>{figure}</dt>
              <dd>{definition}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  )
}

/** One site's figures over the date range, in the order of the table's columns. */
function SiteFiguresRow(props: { site: DashboardSite; placement: RowPlacement; base: string }) {
  const site = props.site
  const trend = attendanceTrend(site.attendance)
  return (
    <tr {...props.placement}>
      <th scope="row">
        <Link to={`${props.base}/sites/${site.id}`}>{site.name}</Link>
        {site.status !== 'active' ? (
          <span className={`badge badge-${site.status}`}>{SITE_STATUSES[site.status]}</span>
        ) : null}
      </th>
      <td>
        {site.stage ? (
          <span className={`stage stage-${site.stage.key}`}>{site.stage.label}</span>
        ) : (
          <span className="muted">Not judged yet</span>
        )}
      </td>
      <td className="number">{site.meetings.held}</td>
      <td>{lastMeetingWords(site.meetings.lastOn)}</td>
      <td>
        <span className={`dash-trend dash-trend-${trend.direction}`}>
          {trend.arrow ? <span aria-hidden="true">{trend.arrow} </span> : null}
          {trend.words}
        </span>
      </td>
      <td>{onTimeWords(site.actions).words}</td>
      <td className="number">{site.actions.overdue}</td>
      <td>{testsWords(site.tests)}</td>
      <td>{reflectionWords(site.reflections.daysSince)}</td>
    </tr>
  )
}
