// Runs the API fuzz: for each verb in the handler table, a freshly seeded store and `runs`
// fast-check payloads through dispatchAsync, each answer checked by the oracle. Shared by
// `npm run fuzz` (1,000 a verb) and the CI test (100 a verb).
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import fc from 'fast-check'
import type { z } from 'zod'
import { contextFor } from '../../api/context'
import { handlers } from '../../api/contract'
import { dispatchAsync } from '../../api/dispatch'
import * as schema from '../../db/schema'
import { openStore, sourceMigrationsFolder, type Store } from '../../db/store'
import { seed } from '../../tests/node/storeSeed'
import { FIXED_NOW } from '../../tests/support/store'
import { answerProblems, coercions, fingerprint } from './oracle'
import { payloadsFor, type Pool } from './payloads'

export interface VerbReport {
  verb: string
  runs: number
  accepted: number
  refused: number
  /** What went wrong, with the payload that showed it (fast-check's shrunk counterexample). */
  defect?: string
  ms: number
}

const table = handlers as unknown as Record<string, { input: z.ZodType }>
export const verbNames = (): string[] => Object.keys(table).sort()

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
const SAME_AS: Record<string, string> = {
  person: 'people',
  owner: 'people',
  parent: 'review_comments'
}

/** The tables a field's ids come from: siteId from sites, cycleId from every *_cycles table. */
function tablesFor(field: string, verb: string, tables: string[]): string[] {
  const stem = field === 'id' ? (verb.split('.')[0] ?? '') : field.replace(/Ids?$/, '')
  const word = SAME_AS[stem] ?? snake(stem)
  const names = [word, `${word}s`, word.replace(/s$/, '')]
  return tables.filter((t) =>
    names.some((n) => t === n || t.endsWith(`_${n}`) || t.startsWith(`${n}_`))
  )
}

function poolOf(store: Store, verb: string): Pool {
  const tables = store.sqlite
    .prepare(
      "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '%fts%' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'id')"
    )
    .pluck()
    .all() as string[]
  const idsOf = (table: string) =>
    store.sqlite.prepare(`SELECT id FROM "${table}" LIMIT 20`).pluck().all() as string[]
  const ids = [...new Set([...tables.flatMap(idsOf), 'team', 'no-such-id'])]
  return {
    ids,
    idsFor: (field) => {
      const own = tablesFor(field, verb, tables).flatMap(idsOf)
      return own.length > 0 ? own : ids
    },
    dates: ['2026-01-05', '2026-03-10', '2026-06-30', '2026-11-21', '2027-01-01', '2025-12-31'],
    words: ['Eastbrook', 'Asha Patel', 'pdf', 'docx', 'csv', 'xlsx', 'observe', 'plan', 'yes']
  }
}

/** The seeded store as an image, made once: each verb (and each reset) starts from a copy. */
let seededImage: Buffer | undefined
function seededStore(): Store {
  if (!seededImage) {
    const store = openStore({ file: ':memory:', migrationsFolder: sourceMigrationsFolder })
    seed(store)
    seededImage = store.sqlite.serialize()
    store.close()
  }
  const sqlite = new Database(seededImage)
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('secure_delete = ON')
  return { db: drizzle(sqlite, { schema }), sqlite, file: null, close: () => sqlite.close() }
}

/** The payload with one top-level number or true/false at a time swapped for a look-alike. */
function disguised(payload: unknown): Record<string, unknown>[] {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return []
  const fields = payload as Record<string, unknown>
  return Object.entries(fields).flatMap(([key, value]) => {
    const looks =
      typeof value === 'number'
        ? [
            String(value),
            [value],
            value === 1 ? true : `0x${Math.abs(Math.trunc(value)).toString(16)}`
          ]
        : typeof value === 'boolean'
          ? [String(value), [value], value ? 1 : 0]
          : []
    return looks.map((look) => ({ ...fields, [key]: look }))
  })
}

/** Row changes after which the store goes back to the seed, so fingerprints stay quick. */
const RESET_AFTER_CHANGES = 2000

function shorten(text: string): string {
  return text.length > 600 ? `${text.slice(0, 600)}… (${text.length} characters)` : text
}

export async function fuzzVerb(verb: string, runs: number, seedValue: number): Promise<VerbReport> {
  const started = Date.now()
  let store = seededStore()
  const report: VerbReport = { verb, runs, accepted: 0, refused: 0, ms: 0 }
  const quietError = console.error
  console.error = () => undefined // dispatch logs internal errors; the oracle reports them
  try {
    let ctx = contextFor(store, () => FIXED_NOW)
    const input = table[verb]?.input
    if (!input) throw new Error(`No verb ${verb}`)
    const changes = () => Number(store.sqlite.prepare('SELECT total_changes()').pluck().get())
    let known = fingerprint(store.sqlite)
    const reset = () => {
      store.close()
      store = seededStore()
      ctx = contextFor(store, () => FIXED_NOW)
      known = fingerprint(store.sqlite)
    }
    /** Sends one payload and checks the answer; true when it was accepted. */
    const sendOne = async (payload: unknown, problems: string[]): Promise<boolean> => {
      const before = changes()
      let result: unknown
      try {
        result = await dispatchAsync(verb, payload, ctx)
      } catch (error) {
        throw new Error(`dispatch threw: ${(error as Error).stack ?? String(error)}`, {
          cause: error
        })
      }
      const found = answerProblems(result)
      const changed = changes() !== before
      const accepted = (result as { ok?: boolean }).ok === true
      if (accepted) {
        report.accepted++
        const parsed = input.safeParse(payload ?? {})
        if (parsed.success) found.push(...coercions(payload, parsed.data))
        if (changes() > RESET_AFTER_CHANGES) reset()
        else if (changed) known = fingerprint(store.sqlite)
      } else {
        report.refused++
        if (changed && fingerprint(store.sqlite) !== known) {
          found.push('refused, but the store changed')
          known = fingerprint(store.sqlite)
        }
      }
      problems.push(
        ...found.map((p) =>
          payload === undefined ? p : `${p} (payload ${shorten(fc.stringify(payload))})`
        )
      )
      return accepted
    }
    const property = fc.asyncProperty(payloadsFor(input, poolOf(store, verb)), async (payload) => {
      const problems: string[] = []
      // An accepted payload is sent again with each number or true/false in disguise, which must
      // be refused: the coercion defects hide exactly there.
      if (await sendOne(payload, problems)) {
        for (const variant of disguised(payload)) await sendOne(variant, problems)
      }
      if (problems.length > 0) throw new Error(problems.join('; '))
    })
    const outcome = await fc.check(property, { numRuns: runs, seed: seedValue, endOnFailure: true })
    if (outcome.failed) {
      const example = shorten(fc.stringify(outcome.counterexample?.[0]))
      const error = outcome.errorInstance instanceof Error ? outcome.errorInstance.message : ''
      report.defect = `${shorten(error)}\n    payload: ${example}`
    }
    const integrity = store.sqlite.pragma('integrity_check', { simple: true })
    const orphans = store.sqlite.pragma('foreign_key_check') as unknown[]
    if (integrity !== 'ok' || orphans.length > 0) {
      report.defect = `${report.defect ?? ''} store damaged: ${String(integrity)}, ${orphans.length} orphan rows`
    }
  } finally {
    console.error = quietError
    store.close()
  }
  report.ms = Date.now() - started
  return report
}
