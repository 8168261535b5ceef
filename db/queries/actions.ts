// Queries for actions: the cross-site tracker and the open actions a meeting reviews.
import { eq, sql } from 'drizzle-orm'
import type { Db } from '../store'
import { actions } from '../schema'

export type ActionRow = typeof actions.$inferSelect

export function findAction(db: Db, id: string): ActionRow | undefined {
  return db.select().from(actions).where(eq(actions.id, id)).get()
}

export interface ActionListRow {
  id: string
  siteId: string
  siteName: string
  meetingId: string | null
  meetingHeldOn: string | null
  reflectionId: string | null
  description: string
  ownerId: string | null
  ownerName: string | null
  agreedOn: string
  dueOn: string
  status: ActionRow['status']
  completedOn: string | null
  carriedForward: number
  notes: string
  overdue: boolean
  /** Whole days past the due date as of today, for open actions that are overdue; else 0. */
  daysOverdue: number
}

export interface ActionFilter {
  programmeId: string
  siteId?: string
  ownerId?: string
  status?: ActionRow['status']
  overdueOnly?: boolean
  /** Only actions agreed before this day (the open actions a later meeting reviews). */
  agreedBefore?: string
  /** Only the actions agreed at this meeting. */
  meetingId?: string
  /** Only the actions made from this reflection cycle's Plan. */
  reflectionId?: string
  /** The tracker leaves out archived sites; a meeting's own pages still show its actions. */
  includeArchivedSites?: boolean
}

export function listActions(db: Db, filter: ActionFilter, today: string): ActionListRow[] {
  const rows = db.all<Omit<ActionListRow, 'overdue'> & { overdue: number }>(sql`
    SELECT x.id, x.site_id AS siteId, s.name AS siteName, x.meeting_id AS meetingId,
      m.held_on AS meetingHeldOn, x.reflection_id AS reflectionId, x.description, x.owner_id AS ownerId, p.name AS ownerName,
      x.agreed_on AS agreedOn, x.due_on AS dueOn, x.status, x.completed_on AS completedOn,
      x.carried_forward AS carriedForward, x.notes,
      (x.status = 'open' AND x.due_on < ${today}) AS overdue,
      CASE WHEN x.status = 'open' AND x.due_on < ${today}
        THEN CAST(julianday(${today}) - julianday(x.due_on) AS INTEGER) ELSE 0 END AS daysOverdue
    FROM actions x
    JOIN sites s ON s.id = x.site_id
    LEFT JOIN meetings m ON m.id = x.meeting_id
    LEFT JOIN people p ON p.id = x.owner_id
    WHERE s.programme_id = ${filter.programmeId}
      ${filter.includeArchivedSites ? sql`` : sql`AND s.archived_at IS NULL`}
      ${filter.meetingId ? sql`AND x.meeting_id = ${filter.meetingId}` : sql``}
      ${filter.reflectionId ? sql`AND x.reflection_id = ${filter.reflectionId}` : sql``}
      ${filter.siteId ? sql`AND x.site_id = ${filter.siteId}` : sql``}
      ${filter.ownerId ? sql`AND x.owner_id = ${filter.ownerId}` : sql``}
      ${filter.status ? sql`AND x.status = ${filter.status}` : sql``}
      ${filter.overdueOnly ? sql`AND x.status = 'open' AND x.due_on < ${today}` : sql``}
      ${filter.agreedBefore ? sql`AND x.agreed_on < ${filter.agreedBefore}` : sql``}
    ORDER BY overdue DESC, x.due_on, s.name COLLATE NOCASE, x.rowid`)
  return rows.map((row) => ({ ...row, overdue: row.overdue === 1 }))
}
