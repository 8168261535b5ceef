// Queries for the reflection excerpts a consultant marked for reports: a cycle's list, one excerpt,
// and the writes.
import { eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import { allRows, col } from '../rows'
import { reportExcerpts } from '../schema'
import type { Db } from '../store'

export type ReportExcerptRow = typeof reportExcerpts.$inferSelect
export type NewReportExcerpt = typeof reportExcerpts.$inferInsert

const excerptListRow = z.strictObject({
  id: col.text,
  phase: z.enum(reportExcerpts.phase.enumValues),
  text: col.text,
  createdAt: col.text
})
export type ExcerptListRow = z.output<typeof excerptListRow>

export function findExcerpt(db: Db, id: string): ReportExcerptRow | undefined {
  return db.select().from(reportExcerpts).where(eq(reportExcerpts.id, id)).get()
}

/** A cycle's excerpts in the order of the cycle (Observe, Reflect, Plan, Act), then as marked. */
export function listExcerpts(db: Db, cycleId: string): ExcerptListRow[] {
  return allRows(
    db,
    excerptListRow,
    sql`
    SELECT id, phase, text, created_at AS createdAt
    FROM report_excerpts
    WHERE cycle_id = ${cycleId}
    ORDER BY CASE phase WHEN 'observe' THEN 0 WHEN 'reflect' THEN 1 WHEN 'plan' THEN 2 ELSE 3 END,
      created_at, rowid`
  )
}

export function insertExcerpt(db: Db, row: NewReportExcerpt): void {
  db.insert(reportExcerpts).values(row).run()
}

export function updateExcerptText(db: Db, id: string, text: string): void {
  db.update(reportExcerpts).set({ text }).where(eq(reportExcerpts.id, id)).run()
}

export function deleteExcerpt(db: Db, id: string): void {
  db.delete(reportExcerpts).where(eq(reportExcerpts.id, id)).run()
}
