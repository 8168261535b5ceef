// Every site at a glance: meetings, attendance trend, actions, tests of change, reflection, stage.
import { useId } from 'react'
import { Link } from 'react-router'
import { SITE_STATUSES } from '../../../../api/schemas/vocabulary'
import type { Dashboard } from './dashboardSeries'
import {
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
        <table className="table dash-sites">
          <caption className="visually-hidden">Figures for each site over the date range</caption>
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">Stage</th>
              <th scope="col">Partnership meetings held</th>
              <th scope="col">Last meeting</th>
              <th scope="col">Attendance (last three meetings against the three before)</th>
              <th scope="col">Actions done on time</th>
              <th scope="col">Overdue actions</th>
              <th scope="col">Tests of change</th>
              <th scope="col">Last reflection</th>
            </tr>
          </thead>
          <tbody>
            {data.sites.map((site) => {
              const trend = attendanceTrend(site.attendance)
              return (
                <tr key={site.id}>
                  <th scope="row">
                    <Link to={`${base}/sites/${site.id}`}>{site.name}</Link>
                    {site.status !== 'active' ? (
                      <span className={`badge badge-${site.status}`}>
                        {SITE_STATUSES[site.status]}
                      </span>
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
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
