// Ways to spoil an importable file, reproducibly: text edits anywhere (a character changed, lost,
// added or swapped; the file cut short or a piece repeated) and edits to its data (a value of the
// wrong type, a field removed) sealed again with a fresh checksum, as a careful forger would.
import { canonicalJson, checksumOf, signatureOf } from '../../domain/packFile'

/** A small seeded random source (mulberry32), so every run makes the same mutations. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T

const CHARACTERS = [
  'a',
  'Z',
  '0',
  '9',
  '"',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '\\',
  ' ',
  '\n',
  'é',
  '\u0000',
  '-'
]

/** One text edit somewhere in the file. */
export function textMutation(text: string, random: () => number): string {
  const at = Math.floor(random() * text.length)
  switch (pick(random, ['replace', 'delete', 'insert', 'truncate', 'repeat', 'swap'] as const)) {
    case 'replace':
      return text.slice(0, at) + pick(random, CHARACTERS) + text.slice(at + 1)
    case 'delete':
      return text.slice(0, at) + text.slice(at + 1)
    case 'insert':
      return text.slice(0, at) + pick(random, CHARACTERS) + text.slice(at)
    case 'truncate':
      return text.slice(0, at)
    case 'repeat': {
      const length = 1 + Math.floor(random() * 40)
      return text.slice(0, at + length) + text.slice(at, at + length) + text.slice(at + length)
    }
    case 'swap':
      return text.slice(0, at) + text.charAt(at + 1) + text.charAt(at) + text.slice(at + 2)
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = (string | number)[]

/** Every place in the file's data, except the seal itself. */
export function pathsOf(value: Json, at: Path = []): Path[] {
  const here = at.length > 0 ? [at] : []
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...at, i]))]
  if (value && typeof value === 'object') {
    return [
      ...here,
      ...Object.entries(value)
        .filter(([key]) => at.length > 0 || (key !== 'checksum' && key !== 'signature'))
        .flatMap(([key, v]) => pathsOf(v, [...at, key]))
    ]
  }
  return here
}

/** A value of another type, never a valid stand-in (no null: some fields may be null). */
function otherType(value: Json): Json {
  if (typeof value === 'string') return 7
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return 'true'
  if (value === null) return 7
  return Array.isArray(value) ? { length: 1 } : ['x']
}

/**
 * Retypes or removes the value at a path, then seals the file again: a fresh checksum, and for a
 * comments file a fresh signature when the forger holds the pack's key.
 */
export function dataMutation(text: string, random: () => number, reviewKey?: string): string {
  const file = JSON.parse(text) as { [key: string]: Json }
  const path = pick(random, pathsOf(file))
  const parent = path
    .slice(0, -1)
    .reduce<Json>((v, k) => (v as Record<string, Json>)[k] as Json, file)
  const key = path[path.length - 1] as string | number
  const container = parent as Record<string | number, Json>
  const removable = !Array.isArray(parent) && random() < 0.4
  if (removable) delete container[key]
  else container[key] = otherType(container[key] as Json)
  if (reviewKey && 'signature' in file) file['signature'] = signatureOf(file, reviewKey)
  return JSON.stringify({ ...file, checksum: checksumOf(file) }, null, 2)
}

/** The file's data as the importer reads it (hex seals compare without case). */
export function sameData(a: string, b: string): boolean {
  const read = (text: string): string | null => {
    try {
      const data = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>
      for (const seal of ['checksum', 'signature']) {
        const value = data[seal]
        if (typeof value === 'string') data[seal] = value.toLowerCase()
      }
      return canonicalJson(data)
    } catch {
      return null
    }
  }
  const left = read(a)
  return left !== null && left === read(b)
}

/** `count` different spoiled copies of a file, each changing what the file says. */
export function mutations(
  original: string,
  count: number,
  seed: number,
  reviewKey?: string
): string[] {
  const random = randomSource(seed)
  const found = new Set<string>()
  while (found.size < count) {
    const spoiled =
      random() < 0.7 ? textMutation(original, random) : dataMutation(original, random, reviewKey)
    if (spoiled !== original && !sameData(spoiled, original)) found.add(spoiled)
  }
  return [...found]
}
