// Queries for the themes view: the themes and sites to lay out, and each tagged reflection cycle's
// site (team-level cycles in a 'team' column), month and distinct themes, which the handler counts
// (a cycle tagged with the same theme in several phases counts once). Cycles of archived sites are
// left out, as the reflection log does.
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

const taggedCycleRow = z.strictObject({
  /** The cycle's site, or 'team' for a team-level cycle. */
  siteId: col.text,
  /** YYYY-MM of the cycle's date. */
  month: col.text,
  /** JSON: the distinct themes the cycle was tagged with, in any phase. */
  themes: col.text
})
export type TaggedCycleRow = z.output<typeof taggedCycleRow>

/** The shape of `TaggedCycleRow.themes` once parsed. */
export const cycleThemes = z.array(z.string())

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

/**
 * Every tagged cycle in the range with its distinct themes: one row per cycle, its tags read from
 * the (cycle, theme, phase) index, so counting needs no sort of the programme's tags (grouping
 * them by theme and site, then again by theme and month, grew faster than the data).
 */
export function taggedCycles(db: Db, range: SummaryRange): TaggedCycleRow[] {
  return allRows(
    db,
    taggedCycleRow,
    sql`
    SELECT coalesce(c.site_id, ${TEAM_COLUMN}) AS siteId, substr(c.held_on, 1, 7) AS month,
      (SELECT json_group_array(DISTINCT g.theme_id) FROM reflection_tags g
        WHERE g.cycle_id = c.id) AS themes
    ${cyclesInRange(range)}
      AND EXISTS (SELECT 1 FROM reflection_tags g WHERE g.cycle_id = c.id)`
  )
}
