// What a site report's partnership-health sections read from the store: the site's stakeholders
// and their dated placements, the programme's frameworks and the site's checks to the period's end.
import { listChecks } from '../../db/queries/health'
import { listPlacements, listStakeholders } from '../../db/queries/stakeholders'
import type { ReportSiteRow, Period } from '../../db/queries/reportSite'
import type { ApiContext } from '../context'
import { toCheck } from '../features/health'
import { loadFrameworks } from '../features/healthFrameworks'
import type { HealthSource } from '../../domain/reports/healthSections'

export function healthSource(ctx: ApiContext, site: ReportSiteRow, p: Period): HealthSource {
  return {
    stakeholders: listStakeholders(ctx.db, site.id),
    placements: listPlacements(ctx.db, site.id),
    frameworks: loadFrameworks(ctx, site.programmeId),
    checks: listChecks(ctx.db, { siteId: site.id }, { to: p.to }).map(toCheck)
  }
}
