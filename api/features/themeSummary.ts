// The themes view: how many reflection cycles each theme was seen in, by site and by month, for a
// heatmap of themes x sites and themes over time. The renderer shapes these rows in themeSeries.ts.
import { z } from 'zod'
import {
  countsByMonth,
  countsBySite,
  summarySites,
  summaryThemes
} from '../../db/queries/themeSummary'
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
      bySite: countsBySite(ctx.db, range),
      byMonth: countsByMonth(ctx.db, range)
    }
  })
}
