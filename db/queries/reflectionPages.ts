// Queries for the reflections log: every cycle that matches (small lists: the cycles behind a
// theme's count), or a page at a time with the count of all that match, filtered, counted and
// sorted in SQL.
import { sql, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col, oneRow } from '../rows'
import { reflectionCycles } from '../schema'

type ReflectionStatus = (typeof reflectionCycles.status.enumValues)[number]

export interface CycleFilter {
  programmeId: string
  /** A site's cycles; 'team' for team-level ones. */
  siteId?: string
  status?: ReflectionStatus
  themeId?: string
  from?: string
  to?: string
  ids?: string[]
}

const cycleListRow = z.strictObject({
  id: col.text,
  siteId: col.optionalText,
  siteName: col.optionalText,
  meetingId: col.optionalText,
  meetingHeldOn: col.optionalText,
  heldOn: col.text,
  title: col.text,
  status: z.enum(reflectionCycles.status.enumValues),
  /** Names of the themes tagged anywhere on the cycle, joined with "; ". */
  themes: col.optionalText,
  openComments: col.number,
  actionCount: col.number
})
export type CycleListRow = z.output<typeof cycleListRow>

/** The WHERE clause over `reflection_cycles c LEFT JOIN sites s` that every list and count shares. */
function where(filter: CycleFilter): SQL {
  const site =
    filter.siteId === 'team'
      ? sql`AND c.site_id IS NULL`
      : filter.siteId
        ? sql`AND c.site_id = ${filter.siteId}`
        : sql``
  const ids = filter.ids
    ? sql`AND c.id IN (SELECT value FROM json_each(${JSON.stringify(filter.ids)}))`
    : sql``
  return sql`WHERE c.programme_id = ${filter.programmeId} ${site} ${ids}
      AND (c.site_id IS NULL OR s.archived_at IS NULL)
      ${filter.status ? sql`AND c.status = ${filter.status}` : sql``}
      ${filter.from ? sql`AND c.held_on >= ${filter.from}` : sql``}
      ${filter.to ? sql`AND c.held_on <= ${filter.to}` : sql``}
      ${filter.themeId ? sql`AND EXISTS (SELECT 1 FROM reflection_tags g WHERE g.cycle_id = c.id AND g.theme_id = ${filter.themeId})` : sql``}`
}

/** Newest first: by the date held, then the order they were written. */
const ORDER = sql`c.held_on DESC, c.created_at DESC, c.rowid DESC`

/**
 * The log's rows in its order. A page is chosen first from the cycles and their sites alone (a
 * narrow sort), and only its rows are joined to their meetings and counted for themes, open
 * comments and actions.
 */
function listQuery(filter: CycleFilter, page?: { offset: number; limit: number }): SQL {
  const from = page
    ? sql`FROM (
        SELECT c.rowid AS r FROM reflection_cycles c LEFT JOIN sites s ON s.id = c.site_id
        ${where(filter)}
        ORDER BY ${ORDER} LIMIT ${page.limit} OFFSET ${page.offset}
      ) pg
      JOIN reflection_cycles c ON c.rowid = pg.r`
    : sql`FROM reflection_cycles c`
  return sql`
    SELECT c.id, c.site_id AS siteId, s.name AS siteName, c.meeting_id AS meetingId,
      m.held_on AS meetingHeldOn, c.held_on AS heldOn, c.title, c.status,
      (SELECT group_concat(DISTINCT t.name) FROM reflection_tags g JOIN themes t ON t.id = g.theme_id
        WHERE g.cycle_id = c.id) AS themes,
      (SELECT count(*) FROM review_comments r WHERE r.cycle_id = c.id AND r.resolved_at IS NULL) AS openComments,
      (SELECT count(*) FROM actions a WHERE a.reflection_id = c.id) AS actionCount
    ${from}
    LEFT JOIN sites s ON s.id = c.site_id
    LEFT JOIN meetings m ON m.id = c.meeting_id
    ${page ? sql`` : where(filter)}
    ORDER BY ${ORDER}`
}

/** Every cycle that matches, in the log's order. */
export function listCycles(db: Db, filter: CycleFilter): CycleListRow[] {
  return allRows(db, cycleListRow, listQuery(filter))
}

const cycleCountRow = z.strictObject({ total: col.number })

export interface CyclePage {
  rows: CycleListRow[]
  /** How many cycles match the filter, on every page. */
  total: number
}

/** One page of the log: `limit` rows from `offset` in the log's order, and how many match. */
export function pageCycles(
  db: Db,
  filter: CycleFilter,
  page: { offset: number; limit: number }
): CyclePage {
  const total =
    oneRow(
      db,
      cycleCountRow,
      sql`
      SELECT count(*) AS total
      FROM reflection_cycles c
      LEFT JOIN sites s ON s.id = c.site_id
      ${where(filter)}`
    )?.total ?? 0
  const rows = page.offset < total ? allRows(db, cycleListRow, listQuery(filter, page)) : []
  return { rows, total }
}
