// The themes view: how many reflection cycles each theme was seen in, by site and by month, for a
// heatmap of themes x sites and themes over time. The renderer shapes these rows in themeSeries.ts.
import { z } from 'zod'
import {
  cycleThemes,
  summarySites,
  summaryThemes,
  taggedCycles,
  type TaggedCycleRow
} from '../../db/queries/themeSummary'
import { parseStoredJson } from '../../db/rows'
import { handler } from '../handler'
import { isoDate, recordId } from '../schemas/common'
import { requireProgramme } from './programmes'

export const themeSummaryInput = z
  .object({
    programmeId: recordId('Programme'),
    from: isoDate('From').optional(),
    to: isoDate('To').optional()
  })
  .refine((r) => !r.from || !r.to || r.from <= r.to, {
    error: 'To must be on or after From',
    path: ['to']
  })

/** How many cycles each theme was seen in, by site and by month: non-zero cells, in id order. */
export function countThemes(cycles: readonly TaggedCycleRow[]) {
  const bySite = new Map<string, { themeId: string; siteId: string; cycles: number }>()
  const byMonth = new Map<string, { themeId: string; month: string; cycles: number }>()
  for (const cycle of cycles) {
    for (const themeId of parseStoredJson(cycleThemes, cycle.themes)) {
      const site = `${themeId}\u0000${cycle.siteId}`
      const siteCell = bySite.get(site) ?? { themeId, siteId: cycle.siteId, cycles: 0 }
      siteCell.cycles += 1
      bySite.set(site, siteCell)
      const month = `${themeId}\u0000${cycle.month}`
      const monthCell = byMonth.get(month) ?? { themeId, month: cycle.month, cycles: 0 }
      monthCell.cycles += 1
      byMonth.set(month, monthCell)
    }
  }
  const inOrder = <T>(cells: Map<string, T>) =>
    [...cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, cell]) => cell)
  return { bySite: inOrder(bySite), byMonth: inOrder(byMonth) }
}

export const themeSummaryHandlers = {
  /**
   * Distinct cycles per theme and site ('team' for team-level cycles) and per theme and month
   * (YYYY-MM of the cycle's date), non-zero cells only, with the themes and sites to lay them out.
   */
  'themes.summary': handler(themeSummaryInput, (ctx, range) => {
    requireProgramme(ctx, range.programmeId)
    return {
      from: range.from ?? null,
      to: range.to ?? null,
      themes: summaryThemes(ctx.db, range),
      sites: summarySites(ctx.db, range),
      ...countThemes(taggedCycles(ctx.db, range))
    }
  })
}
