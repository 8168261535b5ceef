// Anonymised exports: every person becomes their role (or "Participant 3" where the role is not
// unique), every organisation its sector, every site its pseudonym, in every text of the report;
// then the finished text is scanned for every name the store holds, and any hit stops the export.
import type { Sector } from '../vocabulary'

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

const NEUTRAL: Record<NameKind, string> = {
  person: 'a participant',
  site: 'a site',
  locality: 'the area',
  organisation: 'an organisation'
}

/** Courtesy titles and initials are not names on their own. */
const NOT_NAMES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'cllr', 'revd', 'sir'])

function nameTokens(name: string): string[] {
  return name
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((t) => t.length >= 2 && !NOT_NAMES.has(t.toLowerCase()))
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

interface Entry {
  name: string
  replacement: string
  kind: NameKind
  /** The full name a token was taken from. */
  of: string
}

export interface NameMatcher {
  replace(text: string): string
  find(text: string): { entry: Entry; index: number; length: number }[]
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function alternation(entries: Entry[], flags: string): RegExp | null {
  if (!entries.length) return null
  const names = [...new Set(entries.map((e) => e.name))].sort((a, b) => b.length - a.length)
  // Letters and digits either side mean the name is part of a longer word.
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    flags
  )
}

/**
 * Whole names (people, sites, localities, organisations) match in any letter case; a single first
 * name or surname only as a name is written (capitalised or in capitals), so "rose" the verb is
 * left alone while "Rose" the person is not.
 */
export function nameMatcher(
  names: StoreName[],
  replacementFor: (name: StoreName) => string
): NameMatcher {
  const whole = new Map<string, Entry>()
  const tokens = new Map<string, Entry>()
  for (const n of names) {
    const name = n.name.trim()
    if (name.length < 2) continue
    const replacement = replacementFor(n)
    const same = whole.get(name.toLowerCase())
    // Two records with one name (a locality shared by sites, say): the text cannot say which.
    whole.set(name.toLowerCase(), {
      name,
      replacement: same && same.replacement !== replacement ? NEUTRAL[n.kind] : replacement,
      kind: n.kind,
      of: name
    })
    if (n.kind !== 'person') continue
    for (const token of nameTokens(name)) {
      for (const form of [token, token.toUpperCase()]) {
        const clash = tokens.get(form)
        // Two people sharing a first name: the text cannot say which, so neither is named.
        tokens.set(form, {
          name: form,
          replacement: clash && clash.replacement !== replacement ? NEUTRAL.person : replacement,
          kind: 'person',
          of: clash && clash.of !== name ? `${clash.of} / ${name}` : name
        })
      }
    }
  }
  for (const e of whole.values()) tokens.delete(e.name)
  const wholeRe = alternation([...whole.values()], 'giu')
  const tokenRe = alternation([...tokens.values()], 'gu')
  const entryFor = (match: string) => whole.get(match.toLowerCase()) ?? tokens.get(match)
  return {
    replace(text) {
      // Whole names first, held aside so no replacement is itself rewritten by the token pass;
      // a chosen pseudonym that is a real name then reaches the final scan instead of hiding.
      const held: string[] = []
      const hold = (replacement: string) => `\uE000${held.push(replacement) - 1}\uE000`
      let out = wholeRe
        ? text.replace(wholeRe, (m) => hold(whole.get(m.toLowerCase())?.replacement ?? m))
        : text
      if (tokenRe) out = out.replace(tokenRe, (m) => hold(tokens.get(m)?.replacement ?? m))
      return out.replace(/\uE000(\d+)\uE000/g, (_, i: string) => held[Number(i)] ?? '')
    },
    find(text) {
      const hits: { entry: Entry; index: number; length: number }[] = []
      for (const re of [wholeRe, tokenRe]) {
        if (!re) continue
        for (const m of text.matchAll(re)) {
          const entry = entryFor(m[0])
          if (entry) hits.push({ entry, index: m.index, length: m[0].length })
        }
      }
      return hits
    }
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
        return (own && pseudonyms.get(`person:${n.id}`)) || n.detail.trim() || 'a participant'
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
  name: string
  kind: NameKind
  excerpt: string
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
