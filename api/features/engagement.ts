// Engagement verbs: how a site's partnership turns up and follows through, for the site page.
import { z } from 'zod'
import { actionOutcomes, engagementMeetings, engagementPeople } from '../../db/queries/engagement'
import { today } from '../context'
import { handler } from '../handler'
import { recordId } from '../schemas/common'
import { SECTORS, type Sector } from '../../domain/vocabulary'
import { requireSite } from './sites'

const sectorOrder = Object.keys(SECTORS) as Sector[]

function isSector(value: string): value is Sector {
  return Object.hasOwn(SECTORS, value)
}

/** "nhs,housing" from SQLite's group_concat -> the sectors in the vocabulary's order. */
function sectorKeys(list: string | null): Sector[] {
  if (!list) return []
  return list
    .split(',')
    .filter(isSector)
    .sort((a, b) => sectorOrder.indexOf(a) - sectorOrder.indexOf(b))
}

export const engagementHandlers = {
  /**
   * Attendance per meeting (every kind, oldest first; the screens use partnership meetings),
   * each person's record at partnership meetings, and how the site's actions turned out.
   */
  'sites.engagement': handler(z.object({ siteId: recordId('Site') }), (ctx, { siteId }) => {
    const site = requireSite(ctx, siteId)
    const day = today(ctx)
    return {
      site: { id: site.id, name: site.name },
      today: day,
      meetings: engagementMeetings(ctx.db, site.id).map(({ sectorList, ...m }) => ({
        ...m,
        sectorKeys: sectorKeys(sectorList)
      })),
      people: engagementPeople(ctx.db, site.id).map((p) => ({
        ...p,
        sector: p.sector !== null && isSector(p.sector) ? p.sector : null
      })),
      actions: actionOutcomes(ctx.db, site.id, day)
    }
  })
}
