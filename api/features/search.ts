// Search verbs: one programme's meetings, focus areas, decisions, quotes, actions, reflection
// cycles, tests of change and their PDSA cycles by their words, grouped by kind and then by site;
// and the people and organisations a word of whose name starts with what was typed.
import {
  findOrganisations,
  findPeople,
  type OrganisationFoundRow,
  type PersonFoundRow
} from '../../db/queries/directory'
import {
  matchExpression,
  SEARCH_KIND_ORDER,
  searchRecords,
  type SearchHit,
  type SearchKind
} from '../../db/queries/search'
import { handler } from '../handler'
import { searchQuery } from '../schemas/search'
import { requireProgramme } from './programmes'

export interface SearchSiteGroup {
  /** Null for team-level reflection cycles (across sites). */
  siteId: string | null
  siteName: string | null
  siteArchived: boolean
  hits: SearchHit[]
}

export interface SearchGroup {
  kind: SearchKind
  count: number
  sites: SearchSiteGroup[]
}

export interface SearchResults {
  /** How many hits are shown (at most the limit). */
  total: number
  /** More records matched than the limit: the user should narrow the search. */
  truncated: boolean
  /** So many records matched (a very common word) that only the most recent were ranked. */
  recentOnly: boolean
  groups: SearchGroup[]
  /** People in the directory by a word of their name (a few at most). */
  people: PersonFoundRow[]
  /** Organisations by a word of their name (a few at most). */
  organisations: OrganisationFoundRow[]
}

/** How many people and organisations a search shows: enough to find someone, then narrow. */
const DIRECTORY_HITS = 6

/** Groups hits (best first) by kind in a fixed order, then by site, best site first. */
export function groupHits(hits: SearchHit[]): SearchGroup[] {
  return SEARCH_KIND_ORDER.flatMap((kind) => {
    const ofKind = hits.filter((h) => h.kind === kind)
    if (ofKind.length === 0) return []
    const sites = new Map<string | null, SearchSiteGroup>()
    for (const hit of ofKind) {
      const group = sites.get(hit.siteId) ?? {
        siteId: hit.siteId,
        siteName: hit.siteName,
        siteArchived: hit.siteArchived,
        hits: []
      }
      group.hits.push(hit)
      sites.set(hit.siteId, group)
    }
    return [{ kind, count: ofKind.length, sites: [...sites.values()] }]
  })
}

export const searchHandlers = {
  /** Searches as the user types: empty or punctuation-only text finds nothing, without error. */
  'search.query': handler(searchQuery, (ctx, input): SearchResults => {
    requireProgramme(ctx, input.programmeId)
    const match = matchExpression(input.q)
    const none = { total: 0, truncated: false, recentOnly: false, groups: [] }
    if (!match) return { ...none, people: [], organisations: [] }
    const found = searchRecords(ctx.db, input.programmeId, match, input.limit)
    // One letter would list the directory: names are looked up from two letters on.
    const words = input.q.trim().replace(/\s+/g, ' ')
    const named = words.length >= 2
    return {
      total: found.hits.length,
      truncated: found.truncated,
      recentOnly: found.recentOnly,
      groups: groupHits(found.hits),
      people: named ? findPeople(ctx.db, input.programmeId, words, DIRECTORY_HITS, 'name') : [],
      organisations: named
        ? findOrganisations(ctx.db, input.programmeId, words, DIRECTORY_HITS)
        : []
    }
  })
}
