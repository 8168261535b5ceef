// The sample programme generator: a fictional, reproducible programme to explore or benchmark.
import { eq } from 'drizzle-orm'
import type { SQLiteInsertValue, SQLiteTable } from 'drizzle-orm/sqlite-core'
import {
  organisations,
  people,
  programmeOutcomes,
  programmes,
  siteMembers,
  siteStages,
  sites
} from '../schema'
import type { Db } from '../store'
import { firstOfMonth, shiftMonths, utcDay } from './dates'
import type { SampleContext, SampleSite, SampleTeam } from './model'
import { PersonNamer, PlaceNamer } from './names'
import { OrganisationNamer, planRegions, planSiteOrganisations } from './organisations'
import { planSitePeople, planSponsors } from './people'
import { planProgramme, planTeam } from './programme'
import { Random } from './random'
import { planSites, planStages } from './sites'

export { closedSiteIndex, inactiveSiteIndex } from './sites'

export interface SampleOptions {
  seed: number
  sites: number
  today: Date
}

// Rows per INSERT: well under SQLite's bound-parameter limit, few enough statements for speed.
const CHUNK = 200

function insertAll<T extends SQLiteTable>(db: Db, table: T, rows: SQLiteInsertValue<T>[]): void {
  for (let i = 0; i < rows.length; i += CHUNK) {
    db.insert(table)
      .values(rows.slice(i, i + CHUNK))
      .run()
  }
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
 * from its own forked stream: a part added later (meetings, reflections, tests of change) that
 * forks its own stream (for example ctx.root.fork('meetings-' + site.index)) and runs after these
 * leaves the existing rows, ids included, exactly as they were.
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

  insertAll(db, programmes, [programme])
  insertAll(db, programmeOutcomes, outcomes)
  insertAll(db, organisations, [
    ...team.organisations.map((o) => o.row),
    ...regions.flatMap((r) => r.organisations.map((o) => o.row)),
    ...sampleSites.flatMap((s) =>
      s.organisations.filter((o) => !s.region.organisations.includes(o)).map((o) => o.row)
    )
  ])
  insertAll(db, people, [
    ...team.consultants,
    team.learningPartner,
    ...regions.flatMap((r) => r.sponsors),
    ...sampleSites.flatMap((s) => s.people)
  ])
  insertAll(
    db,
    sites,
    sampleSites.map((s) => s.row)
  )
  insertAll(
    db,
    siteStages,
    sampleSites.flatMap((s) => s.stages)
  )
  insertAll(
    db,
    siteMembers,
    sampleSites.flatMap((s) => s.members)
  )
  return { programmeId }
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
