// Early warnings of collaborative inertia, by site, each in words with a link to its records.
import { useId } from 'react'
import { Link } from 'react-router'
import { Pager, usePaged } from '../../components/Pager'
import { dayLabel, type Dashboard } from './dashboardSeries'
import { warningGroups } from './siteWords'

/** Twelve sites a page: the rest of the dashboard stays a short scroll away. */
const SITES_PER_PAGE = 12

export function WarningList({ data }: { data: Dashboard }) {
  const headingId = useId()
  const groups = warningGroups(data.warnings)
  const paged = usePaged(groups, SITES_PER_PAGE)
  const count = data.warnings.length
  return (
    <section aria-labelledby={headingId} className="dashboard-section">
      <h2 id={headingId}>
        Early warnings <span className="count">({count})</span>
      </h2>
      <p className="muted">
        Signs of collaborative inertia as of{' '}
        {data.range.to === data.today
          ? 'today'
          : data.range.to === data.programme.endDate
            ? `${dayLabel(data.range.to)}, when the programme ended`
            : dayLabel(data.range.to)}
        : falling attendance, overdue actions, no recent meeting or reflection, no test of change
        started. Closed sites are left out.
      </p>
      {groups.length === 0 ? (
        <p className="empty">No warnings: every open site is meeting, reflecting and testing.</p>
      ) : (
        <>
          <ul className="dash-warning-sites" aria-label="Sites with early warnings">
            {paged.shown.map((g) => (
              <li key={g.siteId} className="dash-warning-site">
                <h3>
                  <Link to={`/programmes/${data.programme.id}/sites/${g.siteId}`}>
                    {g.siteName}
                  </Link>
                  {g.siteStatus === 'paused' ? (
                    <span className="badge badge-paused">Paused</span>
                  ) : null}
                </h3>
                {g.siteStatus === 'paused' ? <p className="muted">This site is paused.</p> : null}
                <ul className="dash-warnings">
                  {g.warnings.map((w) => (
                    <li key={w.rule} className={`dash-warning dash-warning-${w.rule}`}>
                      <strong>{w.title}.</strong> {w.message} <Link to={w.href}>{w.linkLabel}</Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <Pager
            paged={paged}
            total={groups.length}
            noun="sites with warnings"
            label="Pages of sites with warnings"
          />
        </>
      )}
    </section>
  )
}
