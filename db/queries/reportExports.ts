// The record of what left the machine: every report and data export, newest first.
import { and, desc, eq } from 'drizzle-orm'
import { reportExports } from '../schema'
import type { Db } from '../store'

export type ReportExportRow = typeof reportExports.$inferSelect
export type NewReportExport = typeof reportExports.$inferInsert

export function recordExport(db: Db, row: NewReportExport): void {
  db.insert(reportExports).values(row).run()
}

/** A programme's exports, or one site's when siteId is given. */
export function listExports(
  db: Db,
  filter: { programmeId: string; siteId?: string }
): ReportExportRow[] {
  return db
    .select()
    .from(reportExports)
    .where(
      and(
        eq(reportExports.programmeId, filter.programmeId),
        filter.siteId ? eq(reportExports.siteId, filter.siteId) : undefined
      )
    )
    .orderBy(desc(reportExports.exportedAt), desc(reportExports.id))
    .all()
}
