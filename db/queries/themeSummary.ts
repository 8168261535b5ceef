// Queries for the themes view: how many reflection cycles each theme was seen in, by site (team-level
// cycles in a 'team' column) and by month. Counted by SQLite: a cycle tagged with the same theme in
// several phases counts once. Cycles of archived sites are left out, as the reflection log does.
import { sql, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col, oneRow } from '../rows'
import { themes } from '../schema'

/** The column team-level cycles (no site) are counted in. */
export const TEAM_COLUMN = 'team'

export interface SummaryRange {
  programmeId: string
  from?: string
  to?: string
}

const summaryThemeRow = z.strictObject({
  id: col.text,
  name: col.text,
  themeSet: z.enum(themes.themeSet.enumValues),
  archived: col.flag
})

export type SummaryTheme = Omit<z.output<typeof summaryThemeRow>, 'archived'> & {
  archived: boolean
}

const summarySiteRow = z.strictObject({
  /** A site's id, or 'team' for the team-level column. */
  id: col.text,
  name: col.text,
  /** Cycles held in the range at this site (tagged or not), for "n of m". */
  cycles: col.number
})
export type SummarySite = z.output<typeof summarySiteRow>

const teamRow = z.strictObject({ cycles: col.number })

const siteCount = z.strictObject({ themeId: col.text, siteId: col.text, cycles: col.number })
export type SiteCount = z.output<typeof siteCount>

const monthCount = z.strictObject({
  themeId: col.text,
  /** YYYY-MM */
  month: col.text,
  cycles: col.number
})
export type MonthCount = z.output<typeof monthCount>

/** The cycles the view counts: this programme's, in the range, not of an archived site. */
function cyclesInRange(range: SummaryRange, join: SQL = sql``): SQL {
  return sql`
    FROM reflection_cycles c
    LEFT JOIN sites s ON s.id = c.site_id
    ${join}
    WHERE c.programme_id = ${range.programmeId}
      AND (c.site_id IS NULL OR s.archived_at IS NULL)
      ${range.from ? sql`AND c.held_on >= ${range.from}` : sql``}
      ${range.to ? sql`AND c.held_on <= ${range.to}` : sql``}`
}

const tagged = sql`JOIN reflection_tags g ON g.cycle_id = c.id`

/** Built-in themes, the programme's own codes, and archived codes still used in the range. */
export function summaryThemes(db: Db, range: SummaryRange): SummaryTheme[] {
  const rows = allRows(
    db,
    summaryThemeRow,
    sql`
    SELECT t.id, t.name, t.theme_set AS themeSet, (t.archived_at IS NOT NULL) AS archived
    FROM themes t
    WHERE (t.programme_id IS NULL OR t.programme_id = ${range.programmeId})
      AND (t.archived_at IS NULL OR EXISTS (
        SELECT 1 FROM reflection_tags g WHERE g.theme_id = t.id
          AND g.cycle_id IN (SELECT c.id ${cyclesInRange(range)})))
    ORDER BY CASE t.theme_set WHEN 'practices' THEN 0 WHEN 'elements' THEN 1 ELSE 2 END,
      t.position, t.name COLLATE NOCASE`
  )
  return rows.map((r) => ({ ...r, archived: r.archived === 1 }))
}

/** The programme's sites that are not archived, by name, then the team column. */
export function summarySites(db: Db, range: SummaryRange): SummarySite[] {
  const counted = sql`SELECT c.id, c.site_id ${cyclesInRange(range)}`
  const sites = allRows(
    db,
    summarySiteRow,
    sql`
    SELECT s.id, s.name, (SELECT count(*) FROM (${counted}) k WHERE k.site_id = s.id) AS cycles
    FROM sites s
    WHERE s.programme_id = ${range.programmeId} AND s.archived_at IS NULL
    ORDER BY s.name COLLATE NOCASE, s.id`
  )
  const team = oneRow(
    db,
    teamRow,
    sql`SELECT count(*) AS cycles FROM (${counted}) k WHERE k.site_id IS NULL`
  )
  return [...sites, { id: TEAM_COLUMN, name: 'Team', cycles: team?.cycles ?? 0 }]
}

/** Cycles per theme and site (or the team), non-zero cells only. */
export function countsBySite(db: Db, range: SummaryRange): SiteCount[] {
  return allRows(
    db,
    siteCount,
    sql`
    SELECT g.theme_id AS themeId, coalesce(c.site_id, ${TEAM_COLUMN}) AS siteId,
      count(DISTINCT c.id) AS cycles
    ${cyclesInRange(range, tagged)}
    GROUP BY g.theme_id, c.site_id
    ORDER BY g.theme_id, siteId`
  )
}

/** Cycles per theme and month of the cycle's date, non-zero cells only. */
export function countsByMonth(db: Db, range: SummaryRange): MonthCount[] {
  return allRows(
    db,
    monthCount,
    sql`
    SELECT g.theme_id AS themeId, strftime('%Y-%m', c.held_on) AS month,
      count(DISTINCT c.id) AS cycles
    ${cyclesInRange(range, tagged)}
    GROUP BY g.theme_id, month
    ORDER BY g.theme_id, month`
  )
}
