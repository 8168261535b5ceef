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

const repeatedLowRow = z.strictObject({
  siteId: col.text,
  frameworkId: col.text,
  itemId: col.text,
  /** The day of the judgement before the latest, also at the bottom of the scale. */
  beforeOn: col.text,
  /** The day of the latest judgement of the item, and its check. */
  lastOn: col.text,
  checkId: col.text
})
export type RepeatedLowRow = z.output<typeof repeatedLowRow>

/**
 * Items whose last two judgements at a site, up to a day, were both the lowest point of their
 * framework's scale (`lowest`: each framework's lowest value). Judgements are ordered by the
 * check's day, then when it was entered, then id. The search starts from the judgements at the
 * bottom of a scale (health_judgements_value_idx), keeps those no later judgement of the item
 * follows, and looks up the one before each: it never reads a programme's whole history.
 */
export function repeatedLowJudgements(
  db: Db,
  programmeId: string,
  to: string,
  lowest: readonly { frameworkId: string; value: string }[]
): RepeatedLowRow[] {
  const pairs = JSON.stringify(lowest.map((l) => [l.frameworkId, l.value]))
  // CROSS JOIN keeps the planner to this order: bottom judgements first, then their checks.
  return allRows(
    db,
    repeatedLowRow,
    sql`
    WITH lowest(framework_id, value) AS (SELECT value ->> 0, value ->> 1 FROM json_each(${pairs})),
    latest_low AS MATERIALIZED (
      SELECT c.site_id, c.framework_id, j.item_id, c.checked_on, c.created_at, c.id, lw.value AS low
      FROM lowest lw
      CROSS JOIN health_judgements j ON j.value = lw.value
      CROSS JOIN health_checks c ON c.id = j.check_id AND c.framework_id = lw.framework_id
      CROSS JOIN sites s ON s.id = c.site_id
      WHERE s.programme_id = ${programmeId} AND s.archived_at IS NULL AND c.checked_on <= ${to}
        AND NOT EXISTS (
          SELECT 1 FROM health_checks c2
          JOIN health_judgements j2 ON j2.check_id = c2.id AND j2.item_id = j.item_id
          WHERE c2.site_id = c.site_id AND c2.framework_id = c.framework_id
            AND c2.checked_on >= c.checked_on AND c2.checked_on <= ${to}
            AND (c2.checked_on, c2.created_at, c2.id) > (c.checked_on, c.created_at, c.id))
    ),
    paired AS MATERIALIZED (
      SELECT l.*, (
        SELECT json_array(j2.value, c2.checked_on) FROM health_checks c2
        JOIN health_judgements j2 ON j2.check_id = c2.id AND j2.item_id = l.item_id
        WHERE c2.site_id = l.site_id AND c2.framework_id = l.framework_id
          AND c2.checked_on <= l.checked_on
          AND (c2.checked_on, c2.created_at, c2.id) < (l.checked_on, l.created_at, l.id)
        ORDER BY c2.checked_on DESC, c2.created_at DESC, c2.id DESC LIMIT 1) AS before
      FROM latest_low l
    )
    SELECT site_id AS siteId, framework_id AS frameworkId, item_id AS itemId,
      before ->> 1 AS beforeOn, checked_on AS lastOn, id AS checkId
    FROM paired WHERE before ->> 0 = low`
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
    ORDER BY name COLLATE NOCASE, id`
  )
}
