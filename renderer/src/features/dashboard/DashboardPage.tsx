// The programme's home screen: outcomes across sites, each site's figures, early warnings of
// collaborative inertia, trajectories and a side-by-side comparison, over a chosen date range.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import type { ApiInput } from '../../../../api/contract'
import { call } from '../../api/client'
import { QueryState } from '../../components/Status'
import { CompareSites } from './CompareSites'
import { DateRangeControls, WarningSettings, type DateRange } from './DashboardControls'
import { dayLabel } from './dashboardSeries'
import { OutcomeHeatmap } from './OutcomeHeatmap'
import { SiteFiguresTable } from './SiteFiguresTable'
import { TrajectoryMultiples } from './TrajectoryMultiples'
import { useThresholds } from './useThresholds'
import { WarningList } from './WarningList'
import { PartnershipHealth } from '../health/PartnershipHealth'
import './dashboard.css'

export function DashboardPage() {
  const programmeId = useParams().programmeId ?? ''
  const [range, setRange] = useState<DateRange>({ from: '', to: '' })
  // An impossible range keeps showing the last good one while the field says what is wrong.
  const [asked, setAsked] = useState<DateRange>(range)
  const [thresholds, setThresholds] = useThresholds()
  const changeRange = (next: DateRange) => {
    setRange(next)
    if (!(next.from && next.to && next.from > next.to)) setAsked(next)
  }
  const input: ApiInput<'dashboard.get'> = {
    programmeId,
    from: asked.from || undefined,
    to: asked.to || undefined,
    thresholds
  }
  // The previous figures stay on screen while new ones load, so the controls keep their focus.
  const dashboard = useQuery({
    queryKey: ['dashboard.get', input],
    queryFn: () => call('dashboard.get', input),
    placeholderData: keepPreviousData
  })
  return (
    <main id="main" className="page dashboard">
      <QueryState query={dashboard}>
        {(data) => (
          <>
            <header className="page-header">
              <div>
                <h1>{data.programme.name}</h1>
                <p className="lede">
                  Programme dashboard: {data.sites.length}{' '}
                  {data.sites.length === 1 ? 'site' : 'sites'}.{' '}
                  <Link to={`/programmes/${programmeId}/sites`}>Sites and outcome framework</Link>
                </p>
              </div>
            </header>
            <div className="dashboard-controls">
              <DateRangeControls
                range={range}
                onChange={changeRange}
                shown={data.range}
                shownLabel={`Counting from ${dayLabel(data.range.from)} to ${dayLabel(data.range.to)}.`}
              />
              <WarningSettings thresholds={thresholds} onChange={setThresholds} />
            </div>
            {data.sites.length === 0 ? (
              <p className="empty">
                No sites yet.{' '}
                <Link to={`/programmes/${programmeId}/sites?add=site`}>Add the first site</Link> to
                see its figures here.
              </p>
            ) : (
              <>
                <WarningList data={data} />
                <OutcomeHeatmap data={data} />
                <PartnershipHealth programmeId={programmeId} />
                <SiteFiguresTable data={data} />
                <TrajectoryMultiples data={data} />
                <CompareSites data={data} />
              </>
            )}
          </>
        )}
      </QueryState>
    </main>
  )
}
