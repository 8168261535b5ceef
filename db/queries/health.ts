// Queries for health checks: the framework library (shipped rows and a programme's own), the
// programme's choice of frameworks, and the checks and judgements made with them.
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col } from '../rows'
import {
  healthChecks,
  healthFrameworkItems,
  healthFrameworks,
  healthJudgements,
  healthScalePoints,
  programmeHealthFrameworks
} from '../schema'

export type FrameworkRow = typeof healthFrameworks.$inferSelect
export type FrameworkItemRow = typeof healthFrameworkItems.$inferSelect
export type ScalePointRow = typeof healthScalePoints.$inferSelect
export type HealthCheckRow = typeof healthChecks.$inferSelect

export function findFramework(db: Db, id: string): FrameworkRow | undefined {
  return db.select().from(healthFrameworks).where(eq(healthFrameworks.id, id)).get()
}

/** The library and the programme's own frameworks, library first. */
export function listFrameworkRows(
  db: Db,
  programmeId: string,
  includeArchived: boolean
): FrameworkRow[] {
  return db
    .select()
    .from(healthFrameworks)
    .where(
      and(
        or(isNull(healthFrameworks.programmeId), eq(healthFrameworks.programmeId, programmeId)),
        includeArchived ? undefined : isNull(healthFrameworks.archivedAt)
      )
    )
    .orderBy(
      sql`${healthFrameworks.programmeId} IS NOT NULL`,
      asc(healthFrameworks.position),
      asc(healthFrameworks.name)
    )
    .all()
}

export function listItems(db: Db, frameworkIds: string[]): FrameworkItemRow[] {
  if (frameworkIds.length === 0) return []
  return db
    .select()
    .from(healthFrameworkItems)
    .where(inArray(healthFrameworkItems.frameworkId, frameworkIds))
    .orderBy(asc(healthFrameworkItems.frameworkId), asc(healthFrameworkItems.position))
    .all()
}

export function listScales(db: Db, frameworkIds: string[]): ScalePointRow[] {
  if (frameworkIds.length === 0) return []
  return db
    .select()
    .from(healthScalePoints)
    .where(inArray(healthScalePoints.frameworkId, frameworkIds))
    .orderBy(asc(healthScalePoints.frameworkId), asc(healthScalePoints.position))
    .all()
}

export function chosenFrameworkIds(db: Db, programmeId: string): string[] {
  return db
    .select({ id: programmeHealthFrameworks.frameworkId })
    .from(programmeHealthFrameworks)
    .where(eq(programmeHealthFrameworks.programmeId, programmeId))
    .all()
    .map((r) => r.id)
}

export function replaceChosenFrameworks(db: Db, programmeId: string, ids: string[]): void {
  db.delete(programmeHealthFrameworks)
    .where(eq(programmeHealthFrameworks.programmeId, programmeId))
    .run()
  if (ids.length === 0) return
  db.insert(programmeHealthFrameworks)
    .values(ids.map((frameworkId) => ({ programmeId, frameworkId })))
    .run()
}

export function nextFrameworkPosition(db: Db, programmeId: string): number {
  const row = db
    .select({ max: sql<number | null>`max(${healthFrameworks.position})` })
    .from(healthFrameworks)
    .where(eq(healthFrameworks.programmeId, programmeId))
    .get()
  return (row?.max ?? 0) + 1
}

export function insertFramework(
  db: Db,
  framework: typeof healthFrameworks.$inferInsert,
  scale: (typeof healthScalePoints.$inferInsert)[],
  items: (typeof healthFrameworkItems.$inferInsert)[]
): void {
  db.insert(healthFrameworks).values(framework).run()
  db.insert(healthScalePoints).values(scale).run()
  db.insert(healthFrameworkItems).values(items).run()
}

export function setFrameworkArchived(db: Db, id: string, archivedAt: string | null): void {
  db.update(healthFrameworks).set({ archivedAt }).where(eq(healthFrameworks.id, id)).run()
}

export function insertCheck(
  db: Db,
  check: typeof healthChecks.$inferInsert,
  judgements: (typeof healthJudgements.$inferInsert)[]
): void {
  db.insert(healthChecks).values(check).run()
  db.insert(healthJudgements).values(judgements).run()
}

export function findCheck(db: Db, id: string): HealthCheckRow | undefined {
  return db.select().from(healthChecks).where(eq(healthChecks.id, id)).get()
}

export function deleteCheck(db: Db, id: string): void {
  db.delete(healthChecks).where(eq(healthChecks.id, id)).run()
}

const checkListRow = z.strictObject({
  id: col.text,
  siteId: col.text,
  siteName: col.text,
  frameworkId: col.text,
  checkedOn: col.text,
  judgedBy: z.enum(healthChecks.judgedBy.enumValues),
  meetingId: col.optionalText,
  meetingOn: col.optionalText,
  note: col.text,
  /** JSON array of [itemId, value, note]. */
  judgements: col.text
})
export type CheckListRow = z.output<typeof checkListRow>

/** The shape of `CheckListRow.judgements` once parsed. */
export const checkJudgements = z.array(z.tuple([z.string(), z.string(), z.string()]))

/** Checks, oldest first, for one site or every current site of a programme. */
export function listChecks(
  db: Db,
  where: { siteId: string } | { programmeId: string },
  range: { from?: string; to?: string } = {}
): CheckListRow[] {
  const scope =
    'siteId' in where
      ? sql`c.site_id = ${where.siteId}`
      : sql`s.programme_id = ${where.programmeId} AND s.archived_at IS NULL`
  return allRows(
    db,
    checkListRow,
    sql`
    SELECT c.id, c.site_id AS siteId, s.name AS siteName, c.framework_id AS frameworkId,
      c.checked_on AS checkedOn, c.judged_by AS judgedBy, c.meeting_id AS meetingId,
      m.held_on AS meetingOn, c.note,
      (SELECT json_group_array(json_array(j.item_id, j.value, j.note))
        FROM health_judgements j WHERE j.check_id = c.id) AS judgements
    FROM health_checks c
    JOIN sites s ON s.id = c.site_id
    LEFT JOIN meetings m ON m.id = c.meeting_id
    WHERE ${scope}
      ${range.from ? sql`AND c.checked_on >= ${range.from}` : sql``}
      ${range.to ? sql`AND c.checked_on <= ${range.to}` : sql``}
    ORDER BY c.checked_on, c.created_at, c.id`
  )
}

const signCheckRow = z.strictObject({
  id: col.text,
  siteId: col.text,
  frameworkId: col.text,
  checkedOn: col.text,
  /** JSON array of [itemId, value]. */
  judgements: col.text
})
export type SignCheckRow = z.output<typeof signCheckRow>

/** The shape of `SignCheckRow.judgements` once parsed. */
export const signJudgements = z.array(z.tuple([z.string(), z.string()]))

/**
 * The checks the early warnings read, for every current site of a programme up to a day: only
 * what the repeated-low rule needs (no notes, meeting or site name), each site's checks with one
 * framework oldest first. The site and framework lead the order because the index does; the rule
 * only compares checks of the same site and framework.
 */
export function signChecks(db: Db, programmeId: string, to: string): SignCheckRow[] {
  return allRows(
    db,
    signCheckRow,
    sql`
    SELECT c.id, c.site_id AS siteId, c.framework_id AS frameworkId, c.checked_on AS checkedOn,
      (SELECT json_group_array(json_array(j.item_id, j.value))
        FROM health_judgements j WHERE j.check_id = c.id) AS judgements
    FROM sites s JOIN health_checks c ON c.site_id = s.id
    WHERE s.programme_id = ${programmeId} AND s.archived_at IS NULL AND c.checked_on <= ${to}
    ORDER BY c.site_id, c.framework_id, c.checked_on, c.created_at, c.id`
  )
}

/** The programme's current sites, by name, for the partnership health view's rows. */
const programmeSiteRow = z.strictObject({ id: col.text, name: col.text })

export function programmeSites(db: Db, programmeId: string): z.output<typeof programmeSiteRow>[] {
  return allRows(
    db,
    programmeSiteRow,
    sql`
    SELECT id, name FROM sites
    WHERE programme_id = ${programmeId} AND archived_at IS NULL
    ORDER BY name COLLATE NOCASE`
  )
}
