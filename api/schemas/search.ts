// Input of the programme search, and the kinds of record it finds (in the order results show).
import { z } from 'zod'
import type { SearchKind } from '../../db/queries/search'
import { recordId } from './common'

/** Kinds of record the search finds, with the headings their results show under. */
export const SEARCH_KINDS = {
  meeting: 'Meetings',
  focus_area: 'Focus areas',
  decision: 'Decisions',
  quote: 'Quotes',
  action: 'Actions',
  reflection: 'Reflections',
  test_of_change: 'Tests of change',
  pdsa_cycle: 'PDSA cycles'
} as const satisfies Record<SearchKind, string>
export type { SearchKind }

export const SEARCH_LIMIT = 100

export const searchQuery = z.object({
  programmeId: recordId('Programme'),
  /** What the user typed, as typed: words are matched, FTS syntax is never passed through. */
  q: z.string({ error: 'Search text must be text' }).max(500, {
    error: 'Search text must be at most 500 characters'
  }),
  limit: z
    .number({ error: 'Limit must be a number' })
    .int({ error: 'Limit must be a whole number' })
    .min(1, { error: 'Limit must be at least 1' })
    .max(500, { error: 'Limit must be at most 500' })
    .default(SEARCH_LIMIT)
})
export type SearchQuery = z.input<typeof searchQuery>
