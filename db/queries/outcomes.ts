// Queries for a site's agreed outcomes: the list with baseline and latest rating, one outcome's
// ratings, and the dates its chart marks (meetings, tests of change).
import { and, asc, eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col } from '../rows'
import { agreedOutcomes, meetings, outcomeEvidence, outcomeRatings } from '../schema'

export type OutcomeRow = typeof agreedOutcomes.$inferSelect
export type RatingRow = typeof outcomeRatings.$inferSelect
export type EvidenceLinkRow = typeof outcomeEvidence.$inferSelect

export function findOutcome(db: Db, id: string): OutcomeRow | undefined {
  return db.select().from(agreedOutcomes).where(eq(agreedOutcomes.id, id)).get()
}

export function findRating(db: Db, id: string): RatingRow | undefined {
  return db.select().from(outcomeRatings).where(eq(outcomeRatings.id, id)).get()
}

export function findEvidenceLink(db: Db, id: string): EvidenceLinkRow | undefined {
  return db.select().from(outcomeEvidence).where(eq(outcomeEvidence.id, id)).get()
}

export function nextOutcomePosition(db: Db, siteId: string): number {
  const row = db
    .select({ max: sql<number | null>`max(${agreedOutcomes.position})` })
    .from(agreedOutcomes)
    .where(eq(agreedOutcomes.siteId, siteId))
    .get()
  return (row?.max ?? -1) + 1
}

const outcomeListRow = z.strictObject({
  id: col.text,
  title: col.text,
  description: col.text,
  agreedOn: col.text,
  programmeOutcomeId: col.optionalText,
  programmeOutcomeTitle: col.optionalText,
  agreedAtMeetingId: col.optionalText,
  baselineRating: col.optionalNumber,
  baselineNote: col.text,
  archivedAt: col.optionalText,
  ratingCount: col.number,
  latestRating: col.optionalNumber,
  latestRatedOn: col.optionalText
})
export type OutcomeListRow = z.output<typeof outcomeListRow>

export function listOutcomes(db: Db, siteId: string, includeArchived: boolean): OutcomeListRow[] {
  return allRows(
    db,
    outcomeListRow,
    sql`
    SELECT o.id, o.title, o.description, o.agreed_on AS agreedOn,
      o.programme_outcome_id AS programmeOutcomeId, po.title AS programmeOutcomeTitle,
      o.agreed_at_meeting_id AS agreedAtMeetingId, o.baseline_rating AS baselineRating,
      o.baseline_note AS baselineNote, o.archived_at AS archivedAt,
      (SELECT count(*) FROM outcome_ratings r WHERE r.outcome_id = o.id) AS ratingCount,
      l.rating AS latestRating, l.rated_on AS latestRatedOn
    FROM agreed_outcomes o
    LEFT JOIN programme_outcomes po ON po.id = o.programme_outcome_id
    LEFT JOIN outcome_ratings l ON l.id = (
      SELECT r.id FROM outcome_ratings r WHERE r.outcome_id = o.id
      ORDER BY r.rated_on DESC, r.created_at DESC, r.rowid DESC LIMIT 1)
    WHERE o.site_id = ${siteId} ${includeArchived ? sql`` : sql`AND o.archived_at IS NULL`}
    ORDER BY o.archived_at IS NOT NULL, o.position, o.agreed_on, o.title COLLATE NOCASE, o.id`
  )
}

const ratingListRow = z.strictObject({
  id: col.text,
  ratedOn: col.text,
  rating: col.number,
  evidence: col.text,
  judgedBy: z.enum(outcomeRatings.judgedBy.enumValues),
  meetingId: col.optionalText,
  meetingHeldOn: col.optionalText
})
export type RatingListRow = z.output<typeof ratingListRow>

/** An outcome's ratings, oldest first (ties in the order they were recorded). */
export function listRatings(db: Db, outcomeId: string): RatingListRow[] {
  return allRows(
    db,
    ratingListRow,
    sql`
    SELECT r.id, r.rated_on AS ratedOn, r.rating, r.evidence, r.judged_by AS judgedBy,
      r.meeting_id AS meetingId, m.held_on AS meetingHeldOn
    FROM outcome_ratings r LEFT JOIN meetings m ON m.id = r.meeting_id
    WHERE r.outcome_id = ${outcomeId}
    ORDER BY r.rated_on, r.created_at, r.rowid`
  )
}

/** The date of an outcome's earliest rating, if it has any. */
export function firstRatingOn(db: Db, outcomeId: string): string | null {
  const row = db
    .select({ first: sql<string | null>`min(${outcomeRatings.ratedOn})` })
    .from(outcomeRatings)
    .where(eq(outcomeRatings.outcomeId, outcomeId))
    .get()
  return row?.first ?? null
}

const meetingDateRow = z.strictObject({
  id: col.text,
  heldOn: col.text,
  kind: z.enum(meetings.kind.enumValues)
})

/** The site's meetings, oldest first, for the chart's markers. */
export function siteMeetingDates(db: Db, siteId: string) {
  return allRows(
    db,
    meetingDateRow,
    sql`
    SELECT id, held_on AS heldOn, kind FROM meetings WHERE site_id = ${siteId}
    ORDER BY held_on, start_time, rowid`
  )
}

const testMarkerRow = z.strictObject({
  testId: col.text,
  title: col.text,
  /** 'started' when testing began; 'decided' for an adopt, adapt or abandon decision. */
  event: z.enum(['started', 'decided']),
  /** The status moved to: testing, adopted, adapted or abandoned. */
  status: col.text,
  date: col.text,
  /** 1 when the test is linked to this outcome. */
  linked: col.flag
})
export type TestMarkerRow = z.output<typeof testMarkerRow>

/**
 * When the site's tests of change started and were decided: from their status changes, falling
 * back to the dates on the test itself when no change was logged.
 */
export function testOfChangeMarkers(db: Db, siteId: string, outcomeId: string): TestMarkerRow[] {
  const linked = sql`EXISTS (SELECT 1 FROM test_of_change_outcomes l
    WHERE l.test_id = t.id AND l.outcome_id = ${outcomeId})`
  return allRows(
    db,
    testMarkerRow,
    sql`
    SELECT t.id AS testId, t.title,
      CASE WHEN c.status = 'testing' THEN 'started' ELSE 'decided' END AS event,
      c.status, c.changed_on AS date, ${linked} AS linked
    FROM test_status_changes c JOIN tests_of_change t ON t.id = c.test_id
    WHERE t.site_id = ${siteId} AND c.status IN ('testing', 'adopted', 'adapted', 'abandoned')
    UNION ALL
    SELECT t.id, t.title, 'started', 'testing', t.started_on, ${linked}
    FROM tests_of_change t
    WHERE t.site_id = ${siteId} AND t.started_on IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM test_status_changes c WHERE c.test_id = t.id AND c.status = 'testing')
    UNION ALL
    SELECT t.id, t.title, 'decided', t.status, t.decided_on, ${linked}
    FROM tests_of_change t
    WHERE t.site_id = ${siteId} AND t.decided_on IS NOT NULL
      AND t.status IN ('adopted', 'adapted', 'abandoned') AND NOT EXISTS (
      SELECT 1 FROM test_status_changes c WHERE c.test_id = t.id
        AND c.status IN ('adopted', 'adapted', 'abandoned'))
    ORDER BY date, title COLLATE NOCASE`
  )
}

/** An existing link from the outcome to the same quote, meeting or reflection. */
export function findSameEvidence(
  db: Db,
  outcomeId: string,
  target: { quoteId: string | null; meetingId: string | null; reflectionId: string | null }
): EvidenceLinkRow | undefined {
  const column = target.quoteId
    ? eq(outcomeEvidence.quoteId, target.quoteId)
    : target.meetingId
      ? eq(outcomeEvidence.meetingId, target.meetingId)
      : eq(outcomeEvidence.reflectionId, target.reflectionId ?? '')
  return db
    .select()
    .from(outcomeEvidence)
    .where(and(eq(outcomeEvidence.outcomeId, outcomeId), column))
    .orderBy(asc(outcomeEvidence.createdAt), asc(outcomeEvidence.id))
    .get()
}

export type NewOutcome = typeof agreedOutcomes.$inferInsert
export type OutcomeFields = Partial<Omit<NewOutcome, 'id' | 'siteId' | 'position' | 'createdAt'>>

export function insertOutcome(db: Db, values: NewOutcome): void {
  db.insert(agreedOutcomes).values(values).run()
}

/** Saves an outcome's fields, or archives (a time) or restores (null) it. */
export function saveOutcome(db: Db, id: string, fields: OutcomeFields): void {
  db.update(agreedOutcomes).set(fields).where(eq(agreedOutcomes.id, id)).run()
}

export type NewRating = typeof outcomeRatings.$inferInsert
export type RatingFields = Omit<NewRating, 'id' | 'outcomeId' | 'createdAt'>

export function insertRating(db: Db, values: NewRating): void {
  db.insert(outcomeRatings).values(values).run()
}

export function saveRating(db: Db, id: string, fields: RatingFields): void {
  db.update(outcomeRatings).set(fields).where(eq(outcomeRatings.id, id)).run()
}

export function deleteRating(db: Db, id: string): void {
  db.delete(outcomeRatings).where(eq(outcomeRatings.id, id)).run()
}
