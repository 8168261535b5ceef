// The site at a glance: a one-page summary of the partnership drawn from every tab, each block
// linking to the tab that holds its detail.
import { useApiQuery } from '../../../api/hooks'
import { QueryState } from '../../../components/Status'
import { EngagementGlance } from './EngagementGlance'
import { GlanceFacts } from './GlanceFacts'
import type { Glance } from './glanceSeries'
import { OutcomeTrajectories } from './OutcomeTrajectories'
import { ReflectionGlance } from './ReflectionGlance'
import { TestsGlance } from './TestsGlance'
import './glance.css'

export function SiteGlance({ siteId, chartWidth }: { siteId: string; chartWidth?: number }) {
  const glance = useApiQuery('sites.glance', { siteId })
  return (
    <QueryState query={glance}>
      {(data) => <GlanceBody data={data} chartWidth={chartWidth} />}
    </QueryState>
  )
}

function GlanceBody({ data, chartWidth }: { data: Glance; chartWidth?: number }) {
  const siteRoute = `/programmes/${data.site.programmeId}/sites/${data.site.id}`
  return (
    <div className="glance">
      <GlanceFacts data={data} />
      <OutcomeTrajectories data={data} siteRoute={siteRoute} width={chartWidth} />
      <div className="glance-columns">
        <EngagementGlance data={data} siteRoute={siteRoute} width={chartWidth} />
        <div>
          <TestsGlance data={data} siteRoute={siteRoute} />
          <ReflectionGlance data={data} />
        </div>
      </div>
    </div>
  )
}
