// Queries for tests of change: lists per site or programme, one test's parts (outcomes, history,
// PDSA cycles), the site's agreed outcomes and reflections a form offers, and the funnel.
import { asc, eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col, oneRow } from '../rows'
import { testOfChangeOutcomes, testStatusChanges, testsOfChange } from '../schema'

export type TestRow = typeof testsOfChange.$inferSelect
export type TestStatus = TestRow['status']
const testStatus = z.enum(testsOfChange.status.enumValues)

/** Lifecycle order for sorting: the way a test moves, decisions last. */
const STATUS_ORDER = sql`CASE t.status WHEN 'idea' THEN 0 WHEN 'planned' THEN 1
  WHEN 'testing' THEN 2 WHEN 'adapted' THEN 3 WHEN 'adopted' THEN 4 ELSE 5 END`

export function findTest(db: Db, id: string): TestRow | undefined {
  return db.select().from(testsOfChange).where(eq(testsOfChange.id, id)).get()
}

export interface TestFilter {
  siteId?: string
  programmeId?: string
  status?: TestStatus
}

const testListRow = z.strictObject({
  id: col.text,
  siteId: col.text,
  siteName: col.text,
  title: col.text,
  kind: z.enum(testsOfChange.kind.enumValues),
  status: testStatus,
  ownerId: col.optionalText,
  ownerName: col.optionalText,
  changeIdeaId: col.optionalText,
  changeIdeaTitle: col.optionalText,
  createdOn: col.text,
  startedOn: col.optionalText,
  decidedOn: col.optionalText,
  decisionReason: col.text,
  cycleCount: col.number,
  outcomeCount: col.number
})
export type TestListRow = z.output<typeof testListRow>

export function listTests(db: Db, filter: TestFilter): TestListRow[] {
  const where = [
    filter.siteId ? sql`t.site_id = ${filter.siteId}` : null,
    filter.programmeId ? sql`s.programme_id = ${filter.programmeId}` : null,
    filter.status ? sql`t.status = ${filter.status}` : null
  ].filter((part) => part !== null)
  return allRows(
    db,
    testListRow,
    sql`
    SELECT t.id, t.site_id AS siteId, s.name AS siteName, t.title, t.kind, t.status,
      t.owner_id AS ownerId, p.name AS ownerName,
      t.change_idea_id AS changeIdeaId, ci.title AS changeIdeaTitle,
      t.created_on AS createdOn, t.started_on AS startedOn, t.decided_on AS decidedOn,
      t.decision_reason AS decisionReason,
      (SELECT count(*) FROM pdsa_cycles c WHERE c.test_id = t.id) AS cycleCount,
      (SELECT count(*) FROM test_of_change_outcomes o WHERE o.test_id = t.id) AS outcomeCount
    FROM tests_of_change t
    JOIN sites s ON s.id = t.site_id
    LEFT JOIN people p ON p.id = t.owner_id
    LEFT JOIN change_ideas ci ON ci.id = t.change_idea_id
    WHERE ${sql.join(where, sql` AND `)}
    ORDER BY ${STATUS_ORDER}, t.created_on DESC, t.title COLLATE NOCASE, t.id`
  )
}

const outcomeChoice = z.strictObject({
  id: col.text,
  siteId: col.text,
  title: col.text,
  archivedAt: col.optionalText
})
export type OutcomeChoice = z.output<typeof outcomeChoice>

/** A site's agreed outcomes, read directly (the outcomes feature owns writing them). */
export function siteOutcomes(db: Db, siteId: string): OutcomeChoice[] {
  return allRows(
    db,
    outcomeChoice,
    sql`
    SELECT id, site_id AS siteId, title, archived_at AS archivedAt FROM agreed_outcomes
    WHERE site_id = ${siteId} ORDER BY position, agreed_on, title COLLATE NOCASE`
  )
}

export function findOutcome(db: Db, id: string): OutcomeChoice | undefined {
  return oneRow(
    db,
    outcomeChoice,
    sql`
    SELECT id, site_id AS siteId, title, archived_at AS archivedAt FROM agreed_outcomes
    WHERE id = ${id}`
  )
}

export function testOutcomes(db: Db, testId: string): { id: string; title: string }[] {
  return allRows(
    db,
    z.strictObject({ id: col.text, title: col.text }),
    sql`
    SELECT o.id, o.title FROM test_of_change_outcomes l
    JOIN agreed_outcomes o ON o.id = l.outcome_id
    WHERE l.test_id = ${testId} ORDER BY o.position, o.title COLLATE NOCASE`
  )
}

export function writeOutcomes(db: Db, testId: string, outcomeIds: string[]): void {
  db.delete(testOfChangeOutcomes).where(eq(testOfChangeOutcomes.testId, testId)).run()
  for (const outcomeId of new Set(outcomeIds)) {
    db.insert(testOfChangeOutcomes).values({ testId, outcomeId }).run()
  }
}

const reflectionChoice = z.strictObject({
  id: col.text,
  heldOn: col.text,
  title: col.text,
  siteId: col.optionalText
})
export type ReflectionChoice = z.output<typeof reflectionChoice>

/** Reflections a test can come from: the site's own and the team's across the programme. */
export function siteReflections(db: Db, programmeId: string, siteId: string): ReflectionChoice[] {
  return allRows(
    db,
    reflectionChoice,
    sql`
    SELECT id, held_on AS heldOn, title, site_id AS siteId FROM reflection_cycles
    WHERE programme_id = ${programmeId} AND (site_id = ${siteId} OR site_id IS NULL)
    ORDER BY held_on DESC, created_at DESC, id DESC`
  )
}

/** Every move, oldest first; the first row is the test's creation as an idea. */
export function statusHistory(db: Db, testId: string) {
  return db
    .select({
      id: testStatusChanges.id,
      status: testStatusChanges.status,
      changedOn: testStatusChanges.changedOn,
      reason: testStatusChanges.reason
    })
    .from(testStatusChanges)
    .where(eq(testStatusChanges.testId, testId))
    .orderBy(asc(testStatusChanges.changedOn), asc(sql`rowid`))
    .all()
}

const funnelRow = z.strictObject({
  siteId: col.text,
  siteName: col.text,
  status: testStatus.nullable(),
  count: col.number
})
export type FunnelRow = z.output<typeof funnelRow>

/** Tests per site and stage, counted in SQL; sites with no tests come back with a null status. */
export function funnelRows(db: Db, programmeId: string): FunnelRow[] {
  return allRows(
    db,
    funnelRow,
    sql`
    SELECT s.id AS siteId, s.name AS siteName, t.status AS status, count(t.id) AS count
    FROM sites s
    LEFT JOIN tests_of_change t ON t.site_id = s.id
    WHERE s.programme_id = ${programmeId}
      AND (s.archived_at IS NULL OR t.id IS NOT NULL)
    GROUP BY s.id, t.status
    ORDER BY s.name COLLATE NOCASE, s.id`
  )
}

const adoptedRow = z.strictObject({
  testId: col.text,
  siteId: col.text,
  siteName: col.text,
  title: col.text,
  decidedOn: col.text
})
export type AdoptedRow = z.output<typeof adoptedRow>

/** What became business as usual across the programme (or one site), latest first. */
export function adoptedTests(db: Db, filter: { programmeId?: string; siteId?: string }) {
  const where = filter.siteId
    ? sql`t.site_id = ${filter.siteId}`
    : sql`s.programme_id = ${filter.programmeId ?? ''}`
  return allRows(
    db,
    adoptedRow,
    sql`
    SELECT t.id AS testId, t.site_id AS siteId, s.name AS siteName, t.title,
      t.decided_on AS decidedOn
    FROM tests_of_change t JOIN sites s ON s.id = t.site_id
    WHERE t.status = 'adopted' AND ${where}
    ORDER BY t.decided_on DESC, s.name COLLATE NOCASE, t.title COLLATE NOCASE, t.id`
  )
}

export type NewTest = typeof testsOfChange.$inferInsert
export type TestFields = Partial<Omit<NewTest, 'id' | 'siteId' | 'createdAt'>>

export function insertTest(db: Db, values: NewTest): void {
  db.insert(testsOfChange).values(values).run()
}

/** Saves a test's fields, or where it stands in its lifecycle after a move. */
export function saveTest(db: Db, id: string, fields: TestFields): void {
  db.update(testsOfChange).set(fields).where(eq(testsOfChange.id, id)).run()
}

/** Deletes a test; its PDSA cycles, history and outcome links go with it (by cascade). */
export function deleteTest(db: Db, id: string): void {
  db.delete(testsOfChange).where(eq(testsOfChange.id, id)).run()
}

/** Logs a move in the test's history (its creation as an idea is the first). */
export function insertStatusChange(db: Db, values: typeof testStatusChanges.$inferInsert): void {
  db.insert(testStatusChanges).values(values).run()
}

/** Re-dates a logged move (the creation, when the test's start date changes). */
export function redateStatusChange(db: Db, id: string, changedOn: string): void {
  db.update(testStatusChanges).set({ changedOn }).where(eq(testStatusChanges.id, id)).run()
}
