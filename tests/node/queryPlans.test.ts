// Verbs about one site, meeting, cycle, test or outcome must not read the whole programme: every
// statement they run is checked with EXPLAIN QUERY PLAN on a seeded store, and a full scan of a
// table that grows with the programme, or a walk over all of the programme's rows, fails the test
// (add an index, or narrow the query).
import type Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PER_RECORD_VERBS, pickRecordIds, type RecordIds } from '../support/perRecordVerbs'
import { testApi, type TestApi } from '../support/store'
import { forgetKeptStatements } from '../../db/rows'

/** Tables whose rows grow with the number of sites, meetings and cycles. */
const GROWING = new Set([
  'sites',
  'site_stages',
  'site_members',
  'people',
  'organisations',
  'meetings',
  'meeting_attendance',
  'meeting_focus_areas',
  'meeting_decisions',
  'quotes',
  'actions',
  'reflection_cycles',
  'reflection_cycle_sites',
  'reflection_participants',
  'reflection_tags',
  'review_comments',
  'agreed_outcomes',
  'outcome_ratings',
  'outcome_evidence',
  'tests_of_change',
  'test_status_changes',
  'pdsa_cycles',
  'test_of_change_outcomes',
  'measures',
  'measure_points',
  'measure_baselines',
  'report_excerpts',
  'reports',
  'report_exports',
  'pseudonyms'
])

let api: TestApi
let sqlite: Database.Database
const statements = new Set<string>()
let record = false

/** How many `?` placeholders a statement has (outside quoted strings). */
function placeholders(source: string): number {
  return source.replace(/'[^']*'/g, '').split('?').length - 1
}

/** Alias -> table, from the FROM and JOIN clauses (CTE names map to themselves). */
function aliases(source: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const m of source.matchAll(/\b(?:FROM|JOIN)\s+"?(\w+)"?(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    const [, table = '', alias] = m
    map.set(table, table)
    if (alias && !/^(ON|WHERE|LEFT|JOIN|INNER|GROUP|ORDER|USING|LIMIT|AND|CROSS)$/i.test(alias)) {
      map.set(alias, table)
    }
  }
  return map
}

function fullScans(source: string): string[] {
  const tables = aliases(source)
  const plan = sqlite
    .prepare(`EXPLAIN QUERY PLAN ${source}`)
    .all(...Array<null>(placeholders(source)).fill(null)) as { detail: string }[]
  return plan
    .map((row) => row.detail)
    .filter((detail) => {
      // A full scan, or a walk over every row of the programme (or of every site in it).
      const scanned = /^SCAN (\w+)/.exec(detail)?.[1]
      const walked = /^SEARCH (\w+) .*\((programme_id)=\?\)$/.exec(detail)?.[1]
      return [scanned, walked].some((t) => t !== undefined && GROWING.has(tables.get(t) ?? t))
    })
}

let ids: RecordIds

beforeAll(() => {
  api = testApi()
  sqlite = api.store.sqlite
  const { programmeId } = api.call('sample.create', { sites: 6 })
  ids = pickRecordIds(api.ctx, programmeId)
  // Every statement prepared from here on is kept (drizzle prepares through this connection).
  const prepare = sqlite.prepare.bind(sqlite)
  sqlite.prepare = ((source: string) => {
    if (record) statements.add(source)
    return prepare(source)
  }) as typeof sqlite.prepare
})
afterAll(() => api.close())

describe('per-record verbs use indexes', () => {
  it.each(PER_RECORD_VERBS)('%s scans no table that grows with the programme', (name, input) => {
    statements.clear()
    // Statements kept from earlier calls would not be prepared again, nor seen here.
    forgetKeptStatements(api.ctx.db)
    record = true
    const result = api.attempt(name, input(ids))
    record = false
    expect(result.ok, JSON.stringify(result)).toBe(true)
    expect(statements.size).toBeGreaterThan(0)
    const scans = [...statements].flatMap((s) =>
      fullScans(s).map((d) => `${d} in: ${s.replace(/\s+/g, ' ').slice(0, 500)}`)
    )
    expect(scans).toEqual([])
  })
})
