// Finding the store's names in a text, word by word: the text's words (accents, apostrophes and
// hyphens folded) are looked up, longest run first, in a table of every name's words run together,
// so the cost is the length of the text, not the number of names. The table is built here from
// the store's names; anonymise.ts says what each name becomes.
import type { NameKind, StoreName } from './anonymise'
import {
  foldText,
  GENERIC_WORDS,
  nameKey,
  nameParts,
  removeContacts,
  removeTitledNames,
  TITLES,
  WORD_NAMES
} from './nameForms'

export interface NameEntry {
  key: string
  replacement: string
  kind: NameKind
  /** The full name a token was taken from. */
  of: string
}

export interface NameTable {
  /** Whole names, in any letter case. */
  whole: Map<string, NameEntry>
  /** First names, surnames and the distinctive words of places: as a name is written. */
  tokens: Map<string, NameEntry>
  /** Tokens that are not ordinary words, so match in lower case too ("asha", never "rose"). */
  anyCase: Set<string>
  /** Site and locality names found inside longer words ("Eastbrookers"). */
  within: { re: RegExp; entries: Map<string, NameEntry> } | null
  /** The most words in any name. */
  maxParts: number
}

export interface NameHit {
  entry: NameEntry
  index: number
  length: number
}

export const NEUTRAL: Record<NameKind, string> = {
  person: 'a participant',
  site: 'a site',
  locality: 'the area',
  organisation: 'an organisation'
}

interface Word {
  start: number
  end: number
  key: string
  capital: boolean
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu
/** What may stand between the words of one name: spaces, hyphens, apostrophes, "." and "&". */
const JOINER = /^[\s\-'.&]{1,4}$/u
const TITLE_GAP = /^\.?\s+$/u

function wordsOf(folded: string): Word[] {
  return [...folded.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    key: m[0].replace(/\p{M}/gu, '').toLowerCase(),
    // Capitalised, in capitals, or in a script without letter case.
    capital: !/^\p{Ll}/u.test(m[0])
  }))
}

/** The longest name starting at word `i`, and how many words it takes. */
function longestAt(words: Word[], i: number, folded: string, table: NameTable) {
  const keys: string[] = []
  let key = ''
  for (let k = 0; k < table.maxParts && i + k < words.length; k++) {
    const word = words[i + k]
    const before = words[i + k - 1]
    if (!word || (k > 0 && before && !JOINER.test(folded.slice(before.end, word.start)))) break
    key += word.key
    keys.push(key)
  }
  const capital = words[i]?.capital ?? false
  for (let k = keys.length - 1; k >= 0; k--) {
    const run = keys[k] ?? ''
    const entry =
      table.whole.get(run) ??
      (capital || table.anyCase.has(run) ? table.tokens.get(run) : undefined)
    if (entry) return { entry, count: k + 1 }
  }
  return null
}

/** Every name in `text`, in order, none overlapping; a person's courtesy title goes with them. */
export function scanNames(text: string, table: NameTable): NameHit[] {
  const folded = foldText(text)
  const words = wordsOf(folded)
  const hits: NameHit[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    if (!word) break
    const found = longestAt(words, i, folded, table)
    if (found) {
      const title = words[i - 1]
      const last = hits.at(-1)
      const titled =
        found.entry.kind === 'person' &&
        title &&
        Object.hasOwn(TITLES, title.key) &&
        (!last || last.index + last.length <= title.start) &&
        TITLE_GAP.test(folded.slice(title.end, word.start))
      const start = titled ? title.start : word.start
      const end = words[i + found.count - 1]?.end ?? word.end
      hits.push({ entry: found.entry, index: start, length: end - start })
      i += found.count - 1
      continue
    }
    const inside = table.within?.re.exec(word.key)?.[0]
    const entry = inside ? table.within?.entries.get(inside) : undefined
    if (entry) hits.push({ entry, index: word.start, length: word.end - word.start })
  }
  return hits
}

/**
 * Every name in `text` put into words: contact details first, then the store's names, then titled
 * names the store does not know. Replacements are held aside until the end so none is rewritten
 * by a later step; a chosen pseudonym that is a real name then reaches the final scan instead of
 * hiding.
 */
export function removeNames(table: NameTable, text: string): string {
  const held: string[] = []
  const hold = (replacement: string) => `\uE000${held.push(replacement) - 1}\uE000`
  let out = removeContacts(text, hold)
  let spliced = ''
  let last = 0
  for (const hit of scanNames(out, table)) {
    spliced += out.slice(last, hit.index) + hold(hit.entry.replacement)
    last = hit.index + hit.length
  }
  out = removeTitledNames(spliced + out.slice(last), hold)
  return removeContacts(out.replace(/\uE000(\d+)\uE000/g, (_, i: string) => held[Number(i)] ?? ''))
}

/** Letters in a word, accents aside. */
function letterCount(word: string): number {
  return (foldText(word).replace(/\p{M}/gu, '').match(/\p{L}/gu) ?? []).length
}

/** A word without the punctuation around it or a possessive ("Aldhelm's" is "Aldhelm"). */
function stripEnds(word: string): string {
  return word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/(?<=\p{L}{2})['\u2019\u02bc]s$/u, '')
}

/**
 * The parts of a person's name that name them alone: each word, each part of a hyphenated or
 * double-barrelled word ("Mary-Jane" and "Mary", "Smith-Patel" and "Patel"), the name after a
 * prefix ("O'Neill" and "Neill"); never a courtesy title or an initial.
 */
function nameTokens(name: string): string[] {
  const out = new Set<string>()
  for (const word of name.split(/\s+/).map(stripEnds)) {
    out.add(word)
    for (const part of word.split(/[-\u2010\u2011]/)) out.add(stripEnds(part))
    const tail = /^\p{L}{1,2}['\u2019\u02bc](\p{L}{3,})$/u.exec(word)?.[1]
    if (tail) out.add(tail)
  }
  return [...out].filter((t) => letterCount(t) >= 2 && !Object.hasOwn(TITLES, nameKey(t)))
}

/** The distinctive words of a site, locality or organisation name: "Kestrel", not "Trust". */
function placeTokens(name: string, roleWords: ReadonlySet<string>): string[] {
  const words = name.split(/[\s\-\u2010\u2011/&,]+/).map(stripEnds)
  if (words.length < 2) return []
  return words.filter((w) => {
    const key = nameKey(w)
    return (
      letterCount(w) >= 4 &&
      /^\p{Lu}/u.test(w) &&
      !GENERIC_WORDS.has(key) &&
      !WORD_NAMES.has(key) &&
      !roleWords.has(key)
    )
  })
}

/** Adds an entry under its key; two records with one key: the text cannot say which. */
function addEntry(map: Map<string, NameEntry>, entry: NameEntry): void {
  const same = map.get(entry.key)
  map.set(entry.key, {
    ...entry,
    replacement:
      same && same.replacement !== entry.replacement ? NEUTRAL[entry.kind] : entry.replacement,
    of: same && same.of !== entry.of ? `${same.of} / ${entry.of}` : entry.of
  })
}

/** Every word of the replacements: never taken for a name when they meet again. */
function replacementWords(replacements: string[]): Set<string> {
  const removed = 'email web address social media name phone number postcode removed'
  const all = [...replacements, ...Object.values(NEUTRAL), ...Object.values(TITLES)]
  return new Set([...all, 'Participant', 'Site', 'another site', removed].flatMap(nameParts))
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The table of every name, with what it becomes. A person's whole name is kept without a title
 * ("Cllr Morgan Hale" is found as "Morgan Hale", the title going with it).
 */
export function nameTable(
  names: StoreName[],
  replacementFor: (name: StoreName) => string
): NameTable {
  const table: NameTable = {
    whole: new Map(),
    tokens: new Map(),
    anyCase: new Set(),
    within: null,
    maxParts: 1
  }
  const usable = names.filter((n) => letterCount(n.name) >= 2)
  const replacements = new Map(usable.map((n) => [n, replacementFor(n)]))
  const roleWords = replacementWords([...replacements.values()])
  const insideKeys = new Set<string>()
  for (const n of usable) {
    const of = n.name.trim()
    const entry = { replacement: replacements.get(n) ?? NEUTRAL[n.kind], kind: n.kind, of }
    const person = n.kind === 'person'
    const parts = nameParts(of)
    while (person && parts.length > 1 && Object.hasOwn(TITLES, parts[0] ?? '')) parts.shift()
    // An organisation called by one word ("Mind", "Shelter") only as a name is written.
    const single = n.kind === 'organisation' && parts.length === 1
    addEntry(single ? table.tokens : table.whole, { ...entry, key: parts.join('') })
    table.maxParts = Math.max(table.maxParts, parts.length)
    for (const token of person ? nameTokens(of) : placeTokens(of, roleWords)) {
      const key = nameKey(token)
      addEntry(table.tokens, { ...entry, key })
      table.maxParts = Math.max(table.maxParts, nameParts(token).length)
      if (person && letterCount(token) >= 3 && !WORD_NAMES.has(key) && !roleWords.has(key)) {
        table.anyCase.add(key)
      }
      if (!person && n.kind !== 'organisation') insideKeys.add(key)
    }
    if (n.kind === 'site' || n.kind === 'locality') insideKeys.add(parts.join(''))
  }
  for (const key of table.whole.keys()) table.tokens.delete(key)
  const inside = [...insideKeys].filter(
    (k) => k.length >= 5 && /^\p{L}+$/u.test(k) && !GENERIC_WORDS.has(k) && !WORD_NAMES.has(k)
  )
  if (inside.length) {
    table.within = {
      re: new RegExp(
        inside
          .sort((a, b) => b.length - a.length)
          .map(escapeRegExp)
          .join('|'),
        'u'
      ),
      entries: new Map(
        inside.flatMap((k) => {
          const e = table.whole.get(k) ?? table.tokens.get(k)
          return e ? [[k, e] as const] : []
        })
      )
    }
  }
  // A role or description standing in for a person must not itself name someone.
  const cleaned = new Map<string, string>()
  for (const e of [...table.whole.values(), ...table.tokens.values()]) {
    if (e.kind !== 'person') continue
    if (!cleaned.has(e.replacement)) cleaned.set(e.replacement, removeNames(table, e.replacement))
  }
  for (const e of [...table.whole.values(), ...table.tokens.values()]) {
    e.replacement = (e.kind === 'person' && cleaned.get(e.replacement)) || e.replacement
  }
  return table
}
