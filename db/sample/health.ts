// The sample programme's partnership health: each site's stakeholder matrix (members, partner
// organisations and people outside the directory, with a few later moves) and its health checks
// with the shipped frameworks, mostly improving, with a few sites deteriorating so the early
// warnings have something to show. Draws from its own forked streams (see generator.ts).
import { healthChecks, healthJudgements, stakeholderPlacements, stakeholders } from '../schema'
import type { Db } from '../store'
import type { HeldMeeting } from './actions'
import { shiftDays } from './dates'
import { insertRows } from './insert'
import type { SampleContext, SampleSite } from './model'
import type { Random } from './random'
import { inactiveSiteIndex } from './sites'

type StakeholderInsert = typeof stakeholders.$inferInsert
type PlacementInsert = typeof stakeholderPlacements.$inferInsert
type CheckInsert = typeof healthChecks.$inferInsert
type JudgementInsert = typeof healthJudgements.$inferInsert
type Group = PlacementInsert['quadrant']

export interface SampleHealth {
  stakeholders: StakeholderInsert[]
  placements: PlacementInsert[]
  checks: CheckInsert[]
  judgements: JudgementInsert[]
}

const QUALITIES = [
  'understanding',
  'possibility',
  'commitment',
  'capability',
  'responsibility',
  'acknowledgement'
].map((q) => `library-quality-${q}`)
const QUALITY_VALUES = ['missing', 'partly', 'present']
const SPECTRUM = ['competition', 'consultation', 'coordination', 'cooperation', 'collaboration']
const OUTSIDERS = [
  ['Cllr Morgan Hale', 'Ward councillor and cabinet member for adult care'],
  ["The residents' association", 'Tenants and residents of the estate'],
  ['The local paper', 'Weekly newspaper and its community reporter'],
  ['Healthwatch volunteers', 'Local patient and public voice']
] as const

/** Sites whose relationships deteriorate: the paused site and, from five sites, the fifth. */
export function deterioratingSite(index: number, siteCount: number): boolean {
  return index === inactiveSiteIndex(siteCount) || (siteCount >= 5 && index === 4)
}

export function planHealth(
  ctx: SampleContext,
  sites: readonly SampleSite[],
  held: readonly HeldMeeting[][]
): SampleHealth {
  const plan: SampleHealth = { stakeholders: [], placements: [], checks: [], judgements: [] }
  sites.forEach((site, i) => {
    const rng = ctx.root.fork(`health-${site.index}`)
    planMatrix(ctx, rng, site, plan)
    planChecks(ctx, rng, site, held[i] ?? [], plan)
  })
  return plan
}

function planMatrix(ctx: SampleContext, rng: Random, site: SampleSite, plan: SampleHealth) {
  const start = shiftDays(site.row.startDate, 21)
  if (start > ctx.today) return
  const place = (who: Partial<StakeholderInsert>, groups: [string, Group][]) => {
    const id = rng.uuid()
    plan.stakeholders.push({ id, siteId: site.row.id, ...who, createdAt: `${start}T09:00:00.000Z` })
    for (const [placedOn, quadrant] of groups) {
      if (placedOn <= ctx.today) {
        plan.placements.push({ id: rng.uuid(), stakeholderId: id, quadrant, placedOn })
      }
    }
  }
  const later = shiftDays(start, rng.int(120, 240))
  // Most members go on the matrix; one or two are left off for the screen to point out.
  const members = rng.shuffle(site.members.filter((m) => m.role !== 'consultant'))
  const placed = members.slice(0, Math.max(1, members.length - rng.int(1, 2)))
  for (const m of placed) {
    const group: Group =
      m.role === 'sponsor'
        ? 'keep_on_board'
        : m.role === 'coordinator'
          ? 'involve_closely'
          : rng.weighted<Group>([
              ['involve_closely', 3],
              ['inform', 2],
              ['be_aware_of', 1]
            ])
    place({ personId: m.personId }, [[start, group]])
  }
  const housing = site.organisations.find((o) => o.kind === 'housingAssociation')
  if (housing) {
    place({ organisationId: housing.row.id }, [
      [start, 'inform'],
      [later, 'involve_closely']
    ])
  }
  for (const [name, description] of rng.sample(OUTSIDERS, 2)) {
    const moves: [string, Group][] = [[start, rng.pick<Group>(['inform', 'be_aware_of'])]]
    if (rng.chance(0.4)) moves.push([shiftDays(later, 30), 'keep_on_board'])
    place({ name, description }, moves)
  }
}

function planChecks(
  ctx: SampleContext,
  rng: Random,
  site: SampleSite,
  held: readonly HeldMeeting[],
  plan: SampleHealth
) {
  const declining = deterioratingSite(site.index, ctx.siteCount)
  // A check at every third partnership meeting, made by the group; a site with few meetings
  // gets one from the consultant a month after it started.
  const occasions = held.filter((_, n) => n % 3 === 1)
  const dates: { on: string; meetingId: string | null }[] = occasions.map((m) => ({
    on: m.heldOn,
    meetingId: m.id
  }))
  const first = shiftDays(site.row.startDate, 30)
  if (dates.length === 0 && first <= ctx.today) dates.push({ on: first, meetingId: null })
  let levels = QUALITIES.map(() => rng.int(0, 1))
  let spectrum = rng.int(1, 2)
  dates.forEach((d, n) => {
    const last = n >= dates.length - 2
    levels = levels.map((level, q) =>
      declining && last && q === 2 ? 0 : Math.min(2, level + (rng.chance(0.35) ? 1 : 0))
    )
    record(rng, site, d, 'library-qualities', plan, (checkId) =>
      QUALITIES.map((itemId, q) => ({
        checkId,
        itemId,
        value: QUALITY_VALUES[levels[q] ?? 0] ?? 'partly',
        note:
          declining && last && q === 2 ? 'Members stopped coming; nobody took on the actions.' : ''
      }))
    )
    if (n % 2 === 0) {
      spectrum =
        declining && last ? Math.max(0, spectrum - 1) : Math.min(4, spectrum + rng.int(0, 1))
      record(rng, site, d, 'library-spectrum', plan, (checkId) => [
        { checkId, itemId: 'library-spectrum-now', value: SPECTRUM[spectrum] ?? 'coordination' },
        { checkId, itemId: 'library-spectrum-wanted', value: 'collaboration' }
      ])
    }
  })
  const latest = dates.at(-1)
  if (latest) {
    // The service change checklist once, at the latest check: early steps further on than later.
    record(rng, site, latest, 'library-service-change', plan, (checkId) =>
      CHECKLIST.map((step, n) => ({
        checkId,
        itemId: step,
        value: n < 6 ? rng.pick(['yes', 'partly']) : n < 12 ? rng.pick(['partly', 'no']) : 'not_yet'
      }))
    )
  }
}

const CHECKLIST = ['idea', 'panel', 'team', 'around', 'ideas', 'making', 'talk', 'impact'].flatMap(
  (step) => [`library-change-${step}-1`, `library-change-${step}-2`]
)

function record(
  rng: Random,
  site: SampleSite,
  when: { on: string; meetingId: string | null },
  frameworkId: string,
  plan: SampleHealth,
  judgements: (checkId: string) => JudgementInsert[]
) {
  const id = rng.uuid()
  plan.checks.push({
    id,
    siteId: site.row.id,
    frameworkId,
    checkedOn: when.on,
    judgedBy: when.meetingId ? 'group' : 'consultant',
    meetingId: when.meetingId,
    createdAt: `${when.on}T17:00:00.000Z`
  })
  plan.judgements.push(...judgements(id))
}

export function insertHealth(db: Db, plan: SampleHealth): void {
  insertRows(db, stakeholders, plan.stakeholders)
  insertRows(db, stakeholderPlacements, plan.placements)
  insertRows(db, healthChecks, plan.checks)
  insertRows(db, healthJudgements, plan.judgements)
}
