// Queries for actions: the cross-site tracker (a page at a time, filtered, counted and sorted in
// SQL), the open actions a meeting reviews, and adding or changing one action.
import { eq, sql, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col, oneRow } from '../rows'
import { actions } from '../schema'

export type ActionRow = typeof actions.$inferSelect
export type NewAction = typeof actions.$inferInsert

export function findAction(db: Db, id: string): ActionRow | undefined {
  return db.select().from(actions).where(eq(actions.id, id)).get()
}

const actionListRow = z.strictObject({
  id: col.text,
  siteId: col.text,
  siteName: col.text,
  meetingId: col.optionalText,
  meetingHeldOn: col.optionalText,
  reflectionId: col.optionalText,
  description: col.text,
  ownerId: col.optionalText,
  ownerName: col.optionalText,
  agreedOn: col.text,
  dueOn: col.text,
  /** The due date first agreed, when the action has been carried forward since. */
  firstDueOn: col.optionalText,
  status: z.enum(actions.status.enumValues),
  completedOn: col.optionalText,
  carriedForward: col.number,
  notes: col.text,
  overdue: col.flag,
  /** Whole days past the due date as of today, for open actions that are overdue; else 0. */
  daysOverdue: col.number
})

export type ActionListRow = Omit<z.output<typeof actionListRow>, 'overdue'> & { overdue: boolean }

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

/** The WHERE clause over `actions x JOIN sites s` that every list and count shares. */
function where(filter: ActionFilter, today: string): SQL {
  return sql`WHERE s.programme_id = ${filter.programmeId}
      ${filter.includeArchivedSites ? sql`` : sql`AND s.archived_at IS NULL`}
      ${filter.meetingId ? sql`AND x.meeting_id = ${filter.meetingId}` : sql``}
      ${filter.reflectionId ? sql`AND x.reflection_id = ${filter.reflectionId}` : sql``}
      ${filter.siteId ? sql`AND x.site_id = ${filter.siteId}` : sql``}
      ${filter.ownerId ? sql`AND x.owner_id = ${filter.ownerId}` : sql``}
      ${filter.status ? sql`AND x.status = ${filter.status}` : sql``}
      ${filter.overdueOnly ? sql`AND x.status = 'open' AND x.due_on < ${today}` : sql``}
      ${filter.agreedBefore ? sql`AND x.agreed_on < ${filter.agreedBefore}` : sql``}`
}

/** Overdue first, then by due date, site name and the order they were added. */
function order(today: string): SQL {
  return sql`(x.status = 'open' AND x.due_on < ${today}) DESC, x.due_on, s.name COLLATE NOCASE, x.rowid`
}

/**
 * The tracker's rows in its order. A page is chosen first from the actions and their sites alone
 * (a narrow sort), and only its rows are joined to their meetings and owners.
 */
function listQuery(filter: ActionFilter, today: string, page?: { offset: number; limit: number }) {
  const from = page
    ? sql`FROM (
        SELECT x.rowid AS r FROM actions x JOIN sites s ON s.id = x.site_id
        ${where(filter, today)}
        ORDER BY ${order(today)} LIMIT ${page.limit} OFFSET ${page.offset}
      ) pg
      JOIN actions x ON x.rowid = pg.r`
    : sql`FROM actions x`
  return sql`
    SELECT x.id, x.site_id AS siteId, s.name AS siteName, x.meeting_id AS meetingId,
      m.held_on AS meetingHeldOn, x.reflection_id AS reflectionId, x.description, x.owner_id AS ownerId, p.name AS ownerName,
      x.agreed_on AS agreedOn, x.due_on AS dueOn, x.first_due_on AS firstDueOn, x.status,
      x.completed_on AS completedOn, x.carried_forward AS carriedForward, x.notes,
      (x.status = 'open' AND x.due_on < ${today}) AS overdue,
      CASE WHEN x.status = 'open' AND x.due_on < ${today}
        THEN CAST(julianday(${today}) - julianday(x.due_on) AS INTEGER) ELSE 0 END AS daysOverdue
    ${from}
    JOIN sites s ON s.id = x.site_id
    LEFT JOIN meetings m ON m.id = x.meeting_id
    LEFT JOIN people p ON p.id = x.owner_id
    ${page ? sql`` : where(filter, today)}
    ORDER BY ${order(today)}`
}

function asList(rows: z.output<typeof actionListRow>[]): ActionListRow[] {
  return rows.map((row) => ({ ...row, overdue: row.overdue === 1 }))
}

/** Every action that matches, in the tracker's order (small lists: a meeting's, a cycle's). */
export function listActions(db: Db, filter: ActionFilter, today: string): ActionListRow[] {
  return asList(allRows(db, actionListRow, listQuery(filter, today)))
}

const actionCountsRow = z.strictObject({ total: col.number, overdue: col.number })

export interface ActionPage {
  rows: ActionListRow[]
  /** How many actions match the filter, on every page. */
  total: number
  /** How many of those are open and past their due date. */
  overdue: number
}

/** One page of the tracker: `limit` rows from `offset` in the tracker's order, and the counts. */
export function pageActions(
  db: Db,
  filter: ActionFilter,
  today: string,
  page: { offset: number; limit: number }
): ActionPage {
  const counts = oneRow(
    db,
    actionCountsRow,
    sql`
    SELECT count(*) AS total,
      coalesce(sum(x.status = 'open' AND x.due_on < ${today}), 0) AS overdue
    FROM actions x
    JOIN sites s ON s.id = x.site_id
    ${where(filter, today)}`
  ) ?? { total: 0, overdue: 0 }
  const rows =
    page.offset < counts.total ? allRows(db, actionListRow, listQuery(filter, today, page)) : []
  return { rows: asList(rows), ...counts }
}

export function insertAction(db: Db, values: NewAction): void {
  db.insert(actions).values(values).run()
}

/** Changes an action's own fields (the edit form, or the tracker's quick status). */
export function saveAction(
  db: Db,
  id: string,
  fields: Partial<Omit<NewAction, 'id' | 'siteId' | 'createdAt'>>
): void {
  db.update(actions).set(fields).where(eq(actions.id, id)).run()
}

export function deleteAction(db: Db, id: string): void {
  db.delete(actions).where(eq(actions.id, id)).run()
}
