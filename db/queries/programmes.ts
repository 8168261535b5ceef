// Queries for programmes, their outcome framework and the overview's site cards.
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col } from '../rows'
import { programmeOutcomes, programmes, sites } from '../schema'

export type ProgrammeRow = typeof programmes.$inferSelect
export type ProgrammeOutcomeRow = typeof programmeOutcomes.$inferSelect

export function listProgrammes(db: Db, includeArchived: boolean) {
  return db
    .select({
      id: programmes.id,
      name: programmes.name,
      commissioners: programmes.commissioners,
      startDate: programmes.startDate,
      endDate: programmes.endDate,
      archivedAt: programmes.archivedAt,
      // Written out in full: drizzle leaves columns unqualified in a select list, so inside the
      // subquery programmes.id would bind to sites.id.
      siteCount: sql<number>`(SELECT count(*) FROM sites s WHERE s.programme_id = "programmes"."id" AND s.archived_at IS NULL)`
    })
    .from(programmes)
    .where(includeArchived ? undefined : isNull(programmes.archivedAt))
    .orderBy(desc(programmes.startDate), asc(programmes.name), asc(programmes.id))
    .all()
}

export function findProgramme(db: Db, id: string): ProgrammeRow | undefined {
  return db.select().from(programmes).where(eq(programmes.id, id)).get()
}

export function listProgrammeOutcomes(db: Db, programmeId: string): ProgrammeOutcomeRow[] {
  return db
    .select()
    .from(programmeOutcomes)
    .where(eq(programmeOutcomes.programmeId, programmeId))
    .orderBy(
      asc(programmeOutcomes.position),
      asc(programmeOutcomes.title),
      asc(programmeOutcomes.id)
    )
    .all()
}

export function findProgrammeOutcome(db: Db, id: string): ProgrammeOutcomeRow | undefined {
  return db.select().from(programmeOutcomes).where(eq(programmeOutcomes.id, id)).get()
}

export function nextOutcomePosition(db: Db, programmeId: string): number {
  const row = db
    .select({ max: sql<number | null>`max(${programmeOutcomes.position})` })
    .from(programmeOutcomes)
    .where(eq(programmeOutcomes.programmeId, programmeId))
    .get()
  return (row?.max ?? -1) + 1
}

/** Stages used by this programme's sites that are not in the given list. */
export function stagesOutside(db: Db, programmeId: string, allowed: string[]): string[] {
  const rows = allRows(
    db,
    z.strictObject({ stage: col.text }),
    sql`
    SELECT DISTINCT st.stage FROM site_stages st JOIN sites s ON s.id = st.site_id
    WHERE s.programme_id = ${programmeId}`
  )
  return rows.map((r) => r.stage).filter((s) => !allowed.includes(s))
}

const siteCardRow = z.strictObject({
  id: col.text,
  name: col.text,
  locality: col.text,
  status: z.enum(sites.status.enumValues),
  startDate: col.text,
  archivedAt: col.optionalText,
  stage: col.optionalText,
  stageJudgedOn: col.optionalText,
  /** JSON array of the current coordinators' names (names may hold commas): `coordinatorNames`. */
  coordinators: col.text,
  organisationCount: col.number,
  sectorCount: col.number,
  memberCount: col.number
})
export type SiteCardRow = z.output<typeof siteCardRow>

/** The JSON a site card carries: its current coordinators' names. */
export const coordinatorNames = z.array(col.text)

/** One row per site with its latest stage and current partnership counts, computed in SQL. */
export function siteCards(db: Db, programmeId: string, today: string, includeArchived: boolean) {
  return allRows(
    db,
    siteCardRow,
    sql`
    WITH current_members AS (
      SELECT m.site_id, m.person_id, m.role, p.name, p.organisation_id, o.sector
      FROM site_members m
      JOIN people p ON p.id = m.person_id
      LEFT JOIN organisations o ON o.id = p.organisation_id
      WHERE m.joined_on <= ${today} AND (m.left_on IS NULL OR m.left_on > ${today})
    ),
    latest_stage AS (
      SELECT site_id, stage, judged_on,
        row_number() OVER (PARTITION BY site_id ORDER BY judged_on DESC, created_at DESC, id DESC) AS rn
      FROM site_stages
    )
    SELECT s.id, s.name, s.locality, s.status, s.start_date AS startDate, s.archived_at AS archivedAt,
      ls.stage AS stage, ls.judged_on AS stageJudgedOn,
      (SELECT json_group_array(name ORDER BY name COLLATE NOCASE) FROM current_members c
        WHERE c.site_id = s.id AND c.role = 'coordinator') AS coordinators,
      (SELECT count(DISTINCT organisation_id) FROM current_members c WHERE c.site_id = s.id) AS organisationCount,
      (SELECT count(DISTINCT sector) FROM current_members c WHERE c.site_id = s.id) AS sectorCount,
      (SELECT count(DISTINCT person_id) FROM current_members c WHERE c.site_id = s.id) AS memberCount
    FROM sites s
    LEFT JOIN latest_stage ls ON ls.site_id = s.id AND ls.rn = 1
    WHERE s.programme_id = ${programmeId} ${includeArchived ? sql`` : sql`AND s.archived_at IS NULL`}
    ORDER BY s.name COLLATE NOCASE, s.id`
  )
}

export function programmeHasSite(db: Db, programmeId: string, siteId: string): boolean {
  return !!db
    .select({ id: sites.id })
    .from(sites)
    .where(and(eq(sites.id, siteId), eq(sites.programmeId, programmeId)))
    .get()
}

export type NewProgramme = typeof programmes.$inferInsert

export function insertProgramme(db: Db, values: NewProgramme): void {
  db.insert(programmes).values(values).run()
}

/** Saves a programme's fields, or archives (a time) or restores (null) it. */
export function saveProgramme(
  db: Db,
  id: string,
  fields: Partial<Omit<NewProgramme, 'id' | 'createdAt'>>
): void {
  db.update(programmes).set(fields).where(eq(programmes.id, id)).run()
}

export type NewProgrammeOutcome = typeof programmeOutcomes.$inferInsert

export function insertProgrammeOutcome(db: Db, values: NewProgrammeOutcome): void {
  db.insert(programmeOutcomes).values(values).run()
}

/** Saves a programme outcome's fields, or archives (a time) or restores (null) it. */
export function saveProgrammeOutcome(
  db: Db,
  id: string,
  fields: Partial<Omit<NewProgrammeOutcome, 'id' | 'programmeId' | 'position'>>
): void {
  db.update(programmeOutcomes).set(fields).where(eq(programmeOutcomes.id, id)).run()
}
