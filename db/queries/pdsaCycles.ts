// Queries for the PDSA cycles of a test of change (plan, do, study, act), in their order.
import { asc, eq, sql } from 'drizzle-orm'
import type { Db } from '../store'
import { pdsaCycles } from '../schema'

export type CycleRow = typeof pdsaCycles.$inferSelect
export type NewCycle = typeof pdsaCycles.$inferInsert
export type CycleFields = Omit<NewCycle, 'id' | 'testId' | 'position'>

export function listCycles(db: Db, testId: string): CycleRow[] {
  return db
    .select()
    .from(pdsaCycles)
    .where(eq(pdsaCycles.testId, testId))
    .orderBy(asc(pdsaCycles.position))
    .all()
}

export function findCycle(db: Db, id: string): CycleRow | undefined {
  return db.select().from(pdsaCycles).where(eq(pdsaCycles.id, id)).get()
}

export function nextCyclePosition(db: Db, testId: string): number {
  const row = db
    .select({ next: sql<number>`coalesce(max(${pdsaCycles.position}), 0) + 1` })
    .from(pdsaCycles)
    .where(eq(pdsaCycles.testId, testId))
    .get()
  return row?.next ?? 1
}

export function insertCycle(db: Db, values: NewCycle): void {
  db.insert(pdsaCycles).values(values).run()
}

export function saveCycle(db: Db, id: string, fields: CycleFields): void {
  db.update(pdsaCycles).set(fields).where(eq(pdsaCycles.id, id)).run()
}

export function deleteCycle(db: Db, id: string): void {
  db.delete(pdsaCycles).where(eq(pdsaCycles.id, id)).run()
}
