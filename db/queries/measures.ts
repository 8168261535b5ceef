// Queries for measures: the list per site, one measure's points and baselines, the site's agreed
// outcomes to link to, and the tests of change drawn on its run chart (read with plain SQL: the
// tests themselves belong to the tests-of-change feature).
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col } from '../rows'
import { agreedOutcomes, measureBaselines, measurePoints, measures } from '../schema'
import { testNumbers } from '../../domain/testNumbers'

export type MeasureRow = typeof measures.$inferSelect
export type PointRow = typeof measurePoints.$inferSelect
export type BaselineRow = typeof measureBaselines.$inferSelect

export function findMeasure(db: Db, id: string): MeasureRow | undefined {
  return db.select().from(measures).where(eq(measures.id, id)).get()
}

export function listSiteMeasures(db: Db, siteId: string, includeArchived: boolean): MeasureRow[] {
  return db
    .select()
    .from(measures)
    .where(
      includeArchived
        ? eq(measures.siteId, siteId)
        : and(eq(measures.siteId, siteId), isNull(measures.archivedAt))
    )
    .orderBy(sql`${measures.name} COLLATE NOCASE`, asc(measures.id))
    .all()
}

export function listPoints(db: Db, measureIds: string[]): PointRow[] {
  if (measureIds.length === 0) return []
  return db
    .select()
    .from(measurePoints)
    .where(inArray(measurePoints.measureId, measureIds))
    .orderBy(asc(measurePoints.period))
    .all()
}

export function listBaselines(db: Db, measureIds: string[]): BaselineRow[] {
  if (measureIds.length === 0) return []
  return db
    .select()
    .from(measureBaselines)
    .where(inArray(measureBaselines.measureId, measureIds))
    .orderBy(asc(measureBaselines.startsOn), asc(measureBaselines.id))
    .all()
}

export function findPoint(db: Db, id: string): PointRow | undefined {
  return db.select().from(measurePoints).where(eq(measurePoints.id, id)).get()
}

export function findBaseline(db: Db, id: string): BaselineRow | undefined {
  return db.select().from(measureBaselines).where(eq(measureBaselines.id, id)).get()
}

export interface OutcomeChoice {
  id: string
  title: string
  siteId: string
  archivedAt: string | null
}

export function findOutcome(db: Db, id: string): OutcomeChoice | undefined {
  return db
    .select({
      id: agreedOutcomes.id,
      title: agreedOutcomes.title,
      siteId: agreedOutcomes.siteId,
      archivedAt: agreedOutcomes.archivedAt
    })
    .from(agreedOutcomes)
    .where(eq(agreedOutcomes.id, id))
    .get()
}

/** The site's agreed outcomes a measure can be tied to, in the site's order. */
export function siteOutcomes(db: Db, siteId: string): { id: string; title: string }[] {
  return db
    .select({ id: agreedOutcomes.id, title: agreedOutcomes.title })
    .from(agreedOutcomes)
    .where(and(eq(agreedOutcomes.siteId, siteId), isNull(agreedOutcomes.archivedAt)))
    .orderBy(asc(agreedOutcomes.position), asc(agreedOutcomes.title), asc(agreedOutcomes.id))
    .all()
}

export type MarkerKind = 'started' | 'adopted' | 'adapted' | 'abandoned'

export interface TestMarker {
  date: string
  /** Short, for the chart: "T1 start", "T1 adopted". */
  label: string
  kind: MarkerKind
  testTitle: string
  testId: string
}

const testDatesRow = z.strictObject({
  id: col.text,
  title: col.text,
  startedOn: col.optionalText,
  decidedOn: col.optionalText,
  decision: z.enum(['adopted', 'adapted', 'abandoned']).nullable()
})

/** Start and decision dates of the site's tests of change, numbered as on every chart (testNumbers). */
export function testMarkers(db: Db, siteId: string): TestMarker[] {
  const tests = allRows(
    db,
    testDatesRow,
    sql`
    SELECT t.id, t.title, t.started_on AS startedOn, t.decided_on AS decidedOn,
      CASE WHEN t.decided_on IS NULL THEN NULL
        WHEN t.status IN ('adopted', 'adapted', 'abandoned') THEN t.status
        ELSE (SELECT c.status FROM test_status_changes c WHERE c.test_id = t.id
          AND c.status IN ('adopted', 'adapted', 'abandoned')
          ORDER BY c.changed_on DESC, c.created_at DESC, c.rowid DESC LIMIT 1)
      END AS decision
    FROM tests_of_change t
    WHERE t.site_id = ${siteId} AND (t.started_on IS NOT NULL OR t.decided_on IS NOT NULL)
    ORDER BY coalesce(t.started_on, t.decided_on), t.created_on, t.title, t.id`
  )
  const numbers = testNumbers(tests)
  return tests
    .flatMap((test) => {
      const n = `T${numbers.get(test.id) ?? ''}`
      const marks: TestMarker[] = []
      const base = { testTitle: test.title, testId: test.id }
      if (test.startedOn) {
        marks.push({ ...base, date: test.startedOn, label: `${n} start`, kind: 'started' })
      }
      if (test.decidedOn && test.decision) {
        marks.push({
          ...base,
          date: test.decidedOn,
          label: `${n} ${test.decision}`,
          kind: test.decision
        })
      }
      return marks
    })
    .sort((a, b) => a.date.localeCompare(b.date))
}

export type NewMeasure = typeof measures.$inferInsert
export type MeasureFields = Partial<Omit<NewMeasure, 'id' | 'siteId' | 'createdAt'>>

export function insertMeasure(db: Db, values: NewMeasure): void {
  db.insert(measures).values(values).run()
}

/** Saves a measure's fields, or archives (a time) or restores (null) it. */
export function saveMeasure(db: Db, id: string, fields: MeasureFields): void {
  db.update(measures).set(fields).where(eq(measures.id, id)).run()
}

/** Deletes the measure's points for the periods given. */
export function deletePointsFor(db: Db, measureId: string, periods: string[]): void {
  if (periods.length === 0) return
  db.delete(measurePoints)
    .where(and(eq(measurePoints.measureId, measureId), inArray(measurePoints.period, periods)))
    .run()
}

/** Saves a point for its period: added, or its value and note replaced when the period has one. */
export function savePoint(db: Db, values: typeof measurePoints.$inferInsert): void {
  db.insert(measurePoints)
    .values(values)
    .onConflictDoUpdate({
      target: [measurePoints.measureId, measurePoints.period],
      set: { value: values.value, note: values.note }
    })
    .run()
}

export function deletePoint(db: Db, id: string): void {
  db.delete(measurePoints).where(eq(measurePoints.id, id)).run()
}

export function insertBaseline(db: Db, values: typeof measureBaselines.$inferInsert): void {
  db.insert(measureBaselines).values(values).run()
}

export function deleteBaseline(db: Db, id: string): void {
  db.delete(measureBaselines).where(eq(measureBaselines.id, id)).run()
}
