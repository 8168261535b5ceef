// The sample programme generator: a fictional, reproducible programme to explore or benchmark.
import { eq } from 'drizzle-orm'
import {
  actions,
  meetingAttendance,
  meetingDecisions,
  meetingFocusAreas,
  meetings,
  organisations,
  people,
  programmeOutcomes,
  programmes,
  quotes,
  siteMembers,
  siteStages,
  sites
} from '../schema'
import type { Db } from '../store'
import { firstOfMonth, shiftMonths, utcDay } from './dates'
import { insertRows } from './insert'
import { planSiteMeetings } from './meetings'
import type { PersonInsert, SampleContext, SampleMeetings, SampleSite, SampleTeam } from './model'
import { PersonNamer, PlaceNamer } from './names'
import { OrganisationNamer, planRegions, planSiteOrganisations } from './organisations'
import { planSitePeople, planSponsors } from './people'
import { planProgramme, planTeam } from './programme'
import { Random } from './random'
import { insertRecords, planRecords } from './records'
import { insertHealth, planHealth } from './health'
import { planSites, planStages } from './sites'

export { closedSiteIndex, inactiveSiteIndex } from './sites'

export interface SampleOptions {
  seed: number
  sites: number
  today: Date
}

/**
 * The random tree for one seed. Asking twice in one store would repeat the ids, so a later
 * sample with the same seed takes the next free variant; in a fresh store it is always the first.
 */
function rootFor(db: Db, seed: number): { root: Random; programmeId: string } {
  for (let variant = 0; ; variant++) {
    const root = new Random(variant === 0 ? `sample:${seed}` : `sample:${seed}:${variant}`)
    const programmeId = root.fork('programme').uuid()
    const taken = db
      .select({ id: programmes.id })
      .from(programmes)
      .where(eq(programmes.id, programmeId))
      .get()
    if (!taken) return { root, programmeId }
  }
}

/**
 * Builds the whole programme in memory, part by part, then writes it in batches. Each part draws
 * from its own forked stream: a part added later that forks its own stream and runs after the
 * others leaves the earlier rows, ids included, exactly as they were. Meetings, quotes and
 * actions are such a part (ctx.root.fork('meetings-' + site.index)), and so are the outcomes,
 * reflections, tests of change and measures that follow them (see records.ts).
 */
export function generateSampleProgramme(db: Db, options: SampleOptions): { programmeId: string } {
  const { root, programmeId } = rootFor(db, options.seed)
  const today = utcDay(options.today)
  const startDate = firstOfMonth(shiftMonths(today, -20))
  const ctx: SampleContext = {
    root,
    programmeId,
    today,
    startDate,
    endDate: shiftMonths(startDate, 24),
    siteCount: options.sites,
    people: new PersonNamer(root.fork('person-names')),
    places: new PlaceNamer(root.fork('place-names'))
  }
  const orgNamer = new OrganisationNamer(root.fork('organisation-names'))

  const { programme, outcomes } = planProgramme(ctx)
  const team = planTeam(ctx, orgNamer)
  const { regions, regionOfSite } = planRegions(ctx, orgNamer)
  planSponsors(ctx, regions)
  const sampleSites = planSites(ctx, regionOfSite)
  for (const site of sampleSites) planSite(ctx, orgNamer, site, team)

  const everyone = [
    ...team.consultants,
    team.learningPartner,
    ...regions.flatMap((r) => r.sponsors),
    ...sampleSites.flatMap((s) => s.people)
  ]
  // Meetings come after every other part and draw from their own streams (see above).
  const peopleById = new Map(everyone.map((p): [string, PersonInsert] => [p.id, p]))
  const siteMeetings = sampleSites.map((s) => planSiteMeetings(ctx, s, peopleById))
  // Outcomes, reflections, tests of change and measures follow the meetings the same way.
  const records = planRecords(ctx, {
    sites: sampleSites,
    meetings: siteMeetings,
    programmeOutcomes: outcomes,
    team,
    peopleById
  })

  insertRows(db, programmes, [programme])
  insertRows(db, programmeOutcomes, outcomes)
  insertRows(db, organisations, [
    ...team.organisations.map((o) => o.row),
    ...regions.flatMap((r) => r.organisations.map((o) => o.row)),
    ...sampleSites.flatMap((s) =>
      s.organisations.filter((o) => !s.region.organisations.includes(o)).map((o) => o.row)
    )
  ])
  insertRows(db, people, everyone)
  insertRows(
    db,
    sites,
    sampleSites.map((s) => s.row)
  )
  insertRows(
    db,
    siteStages,
    sampleSites.flatMap((s) => s.stages)
  )
  insertRows(
    db,
    siteMembers,
    sampleSites.flatMap((s) => s.members)
  )
  insertMeetings(db, siteMeetings)
  insertRecords(db, records)
  insertHealth(
    db,
    planHealth(
      ctx,
      sampleSites,
      siteMeetings.map((m) => m.held)
    )
  )
  return { programmeId }
}

function insertMeetings(db: Db, plans: SampleMeetings[]): void {
  insertRows(
    db,
    meetings,
    plans.flatMap((p) => p.meetings)
  )
  insertRows(
    db,
    meetingAttendance,
    plans.flatMap((p) => p.attendance)
  )
  insertRows(
    db,
    meetingFocusAreas,
    plans.flatMap((p) => p.focusAreas)
  )
  insertRows(
    db,
    meetingDecisions,
    plans.flatMap((p) => p.decisions)
  )
  insertRows(
    db,
    quotes,
    plans.flatMap((p) => p.quotes)
  )
  insertRows(
    db,
    actions,
    plans.flatMap((p) => p.actions)
  )
}

/** One site's own organisations, people, memberships and stage history. */
function planSite(
  ctx: SampleContext,
  orgNamer: OrganisationNamer,
  site: SampleSite,
  team: SampleTeam
): void {
  const rng = ctx.root.fork(`site-${site.index}`)
  site.organisations = planSiteOrganisations(
    ctx,
    rng,
    orgNamer,
    site.region,
    site.row.name,
    rng.int(10, 13)
  )
  planSitePeople(ctx, rng, site, team)
  site.stages = planStages(ctx, rng, site)
}
