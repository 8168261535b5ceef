// Anonymised exports: every person becomes their role (or "Participant 3" where the role is not
// unique), every organisation its sector, every site its pseudonym, in every text of the report;
// then the finished text is scanned for every name the store holds, and any hit stops the export.
import type { Sector } from '../vocabulary'
import { nameTable, removeNames, scanNames, type NameHit as Found } from './nameScan'

export type NameKind = 'person' | 'site' | 'organisation' | 'locality'

export interface StoreName {
  kind: NameKind
  id: string
  programmeId: string
  name: string
  /** A person's role, an organisation's sector. */
  detail: string
}

export const SECTOR_PHRASES: Record<Sector, string> = {
  nhs: 'an NHS organisation',
  local_authority: 'a local authority',
  primary_care: 'a GP practice',
  voluntary_community: 'a voluntary sector organisation',
  housing: 'a housing organisation',
  independent_provider: 'an independent provider',
  community_members: 'a community group',
  people_using_services: 'a group of people who use services and carers'
}

function sectorPhrase(sector: string): string {
  return (SECTOR_PHRASES as Record<string, string>)[sector] ?? 'an organisation'
}

/** "Site A", "Site B", ... "Site Z", "Site AA": the default invented names, in order. */
export function defaultSitePseudonym(index: number): string {
  let n = index
  let letters = ''
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return `Site ${letters}`
}

/**
 * New pseudonyms for the programme's people who have none yet: their role when no one else in the
 * programme has it, else "Participant N" (numbered on from the highest already given). Existing
 * pseudonyms are never changed, so they stay the same across exports.
 */
export function newPersonPseudonyms(
  people: { id: string; role: string }[],
  existing: ReadonlyMap<string, string>
): Map<string, string> {
  const roleCount = new Map<string, number>()
  for (const p of people) {
    const key = p.role.trim().toLowerCase()
    roleCount.set(key, (roleCount.get(key) ?? 0) + 1)
  }
  const used = new Set([...existing.values()].map((v) => v.toLowerCase()))
  let next =
    Math.max(
      0,
      ...[...existing.values()].map((v) => Number(/^Participant (\d+)$/.exec(v)?.[1] ?? 0))
    ) + 1
  const given = new Map<string, string>()
  for (const p of people) {
    if (existing.has(p.id)) continue
    const role = p.role.trim()
    const unique = role !== '' && roleCount.get(role.toLowerCase()) === 1
    const pseudonym = unique && !used.has(role.toLowerCase()) ? role : `Participant ${next++}`
    used.add(pseudonym.toLowerCase())
    given.set(p.id, pseudonym)
  }
  return given
}

export interface NameMatcher {
  replace(text: string): string
  find(text: string): Found[]
}

/**
 * A matcher for every name the store holds. Whole names match in any letter case, with or without
 * accents, apostrophes and hyphens; a single first name or surname that is also an ordinary word
 * only as a name is written (capitalised or in capitals), so "rose" the verb is left alone while
 * "Rose" the person is not; the distinctive words of places and organisations likewise.
 */
export function nameMatcher(
  names: StoreName[],
  replacementFor: (name: StoreName) => string
): NameMatcher {
  const table = nameTable(names, replacementFor)
  return {
    replace: (text) => removeNames(table, text),
    find: (text) => scanNames(text, table)
  }
}

/** The replacement each name takes in one programme's anonymised exports. */
export function replacementIn(
  programmeId: string,
  pseudonyms: ReadonlyMap<string, string>
): (name: StoreName) => string {
  return (n) => {
    const own = n.programmeId === programmeId
    switch (n.kind) {
      case 'person':
        // A person's role, or the first words of an outside stakeholder's description.
        return (
          (own && pseudonyms.get(`person:${n.id}`)) ||
          n.detail.split(/[,;(\n]/)[0]?.trim() ||
          'a participant'
        )
      case 'site':
      case 'locality':
        return (own && pseudonyms.get(`site:${n.id}`)) || 'another site'
      case 'organisation':
        return sectorPhrase(n.detail)
    }
  }
}

/** Applies `change` to every string in a plain JSON value, except under the keys to `keep`. */
export function mapStrings<T>(value: T, change: (text: string) => string, keep: string[] = []): T {
  if (typeof value === 'string') return change(value) as T
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, change, keep)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, keep.includes(k) ? v : mapStrings(v, change, keep)])
    ) as T
  }
  return value
}

export interface NameHit {
  /** Where in the report, e.g. "Harbourside › Voices". */
  where: string
  /** Which part of it, e.g. "quote 2", "evidence note 1"; empty for a section's one text. */
  detail: string
  name: string
  kind: NameKind
  excerpt: string
}

const FIELD_WORDS: Record<string, string> = {
  purpose: 'the purpose',
  focus: 'the population or service focus',
  stage: 'the stage judgement',
  sponsors: 'the sponsors',
  coordinators: 'the coordinators',
  sectors: 'the organisations',
  roles: 'the roles',
  lines: 'the chart',
  markers: 'the tests of change on the chart',
  table: 'a table',
  heatmap: 'the outcomes table',
  figures: 'the figures table',
  evidence: 'evidence note',
  adopted: 'adopted test of change',
  inProgress: 'test of change in progress',
  adapted: 'adapted test of change',
  abandoned: 'abandoned test of change',
  excerpts: 'passage',
  quotes: 'quote',
  groups: 'the stakeholder matrix',
  changes: 'change to the matrix',
  frameworks: 'a framework',
  checks: 'health check'
}

/** The part of a section a path points into, numbered from 1 where there are several. */
function fieldWords(path: (string | number)[]): string {
  const inSection = path[0] === 'sites' ? path.slice(4) : path.slice(1)
  const [key, index] = inSection
  const words = typeof key === 'string' ? FIELD_WORDS[key] : undefined
  if (!words) return ''
  return typeof index === 'number' && !words.startsWith('the ') && !words.startsWith('a ')
    ? `${words} ${index + 1}`
    : words
}

/**
 * Every name still in the finished text. `where` turns a path of keys into words a person can
 * find in the report.
 */
export function findNames(
  value: unknown,
  matcher: NameMatcher,
  where: (path: (string | number)[]) => string,
  path: (string | number)[] = []
): NameHit[] {
  if (typeof value === 'string') {
    return matcher.find(value).map(({ entry, index, length }) => {
      const start = Math.max(0, index - 30)
      const end = index + length + 30
      return {
        where: where(path),
        detail: fieldWords(path),
        name: entry.of,
        kind: entry.kind,
        excerpt: `${start > 0 ? '\u2026' : ''}${value.slice(start, end)}${end < value.length ? '\u2026' : ''}`
      }
    })
  }
  if (Array.isArray(value))
    return value.flatMap((v, i) => findNames(v, matcher, where, [...path, i]))
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => findNames(v, matcher, where, [...path, k]))
  }
  return []
}
