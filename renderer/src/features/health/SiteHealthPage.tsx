// A site's Health tab: its stakeholder matrix (arranged by keyboard or by dragging, at any date)
// and its health checks as a timeline of what changed.
import { useSiteData } from '../sites/SitePage'
import { HealthTimeline } from './HealthTimeline'
import { StakeholderMatrix } from './StakeholderMatrix'
import './health.css'

export function SiteHealthPage() {
  const data = useSiteData()
  return (
    <>
      <StakeholderMatrix siteId={data.site.id} programmeId={data.programme.id} />
      <HealthTimeline siteId={data.site.id} />
    </>
  )
}
