// The site's engagement section: who comes, how often, and whether actions get done.
import { useSiteData } from '../sites/SitePage'
import { EngagementPanel } from './EngagementPanel'

export function SiteEngagementPage() {
  const { site } = useSiteData()
  return <EngagementPanel siteId={site.id} />
}
