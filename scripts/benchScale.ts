// npm run bench (scale part): the sample programme at 50 and 500 sites (BENCH_SITES=50 for one
// size) in a real store file. Times per-record verbs (and their 500/50 ratio), the programme-wide
// verbs, search typed letter by letter, a cheap verb's latency while a long one runs in the store
// workers, each main screen drawn in headless Chromium with its DOM size, the initial JS, and the
// process's memory. Writes every figure and whether it meets its target to bench.json ("scale").
import { PER_RECORD_VERBS, pickRecordIds, type RecordIds } from '../tests/support/perRecordVerbs'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { contextFor, type ApiContext } from '../api/context'
import { dispatch } from '../api/dispatch'
import { StoreWorkers } from '../api/worker/storeWorkers'
import { openStore, sourceMigrationsFolder } from '../db/store'
import { drawScreens, initialJsGzipKb } from './benchScreens'

const SIZES = process.env.BENCH_SITES?.split(',').map(Number) ?? [50, 500]
const RUNS = 15
const NOW = new Date('2026-11-21T10:00:00Z')

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}
function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN
}
const round = (n: number) => Math.round(n * 100) / 100

function timeVerb(ctx: ApiContext, name: string, input: unknown, runs = RUNS): number {
  const times: number[] = []
  for (let i = 0; i < runs + 2; i++) {
    const started = performance.now()
    const result = dispatch(name, input, ctx)
    const ms = performance.now() - started
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
    if (i >= 2) times.push(ms)
  }
  return median(times)
}

type Ids = RecordIds

const PROGRAMME_WIDE: [string, (i: Ids) => unknown][] = [
  ['reflections.page', (i) => ({ programmeId: i.programmeId })],
  ['dashboard.get', (i) => ({ programmeId: i.programmeId })],
  ['actions.page', (i) => ({ programmeId: i.programmeId, status: 'open', overdueOnly: false })],
  ['themes.summary', (i) => ({ programmeId: i.programmeId })],
  ['people.find', (i) => ({ programmeId: i.programmeId, text: 'jo', limit: 8 })],
  ['programmes.overview', (i) => ({ id: i.programmeId })]
]

/** Realistic searches: words typed letter by letter (every prefix), common words, rare words. */
const SEARCHES = [
  ...['h', 'ho', 'hou', 'hous', 'housi', 'housin', 'housing'],
  ...['c', 'ca', 'car', 'care', 'carer', 'carers'],
  ...['t', 'tr', 'tru', 'trus', 'trust'],
  'the',
  'and',
  'meeting',
  'referral form',
  'GP practice',
  'social worker',
  'huddle',
  'discharge',
  'library',
  'falls',
  'winter',
  'budget'
]

async function cheapWhileLong(file: string): Promise<{ cheapMs: number; longMs: number }> {
  const workers = await StoreWorkers.start({
    file,
    migrationsFolder: sourceMigrationsFolder,
    fixedNow: NOW.toISOString()
  })
  try {
    const latencies: number[] = []
    let longMs = 0
    for (let round = 0; round < 3; round++) {
      const started = performance.now()
      // A long write on the writer: a small sample programme added to the store.
      const long = workers.call('sample.create', { sites: 40, seed: 100 + round }).then(() => {
        longMs = performance.now() - started
      })
      await new Promise((r) => setTimeout(r, 50))
      for (let i = 0; i < 5; i++) {
        const t = performance.now()
        await workers.call('programmes.list', {})
        latencies.push(performance.now() - t)
      }
      await long
    }
    return { cheapMs: round(median(latencies)), longMs: Math.round(longMs) }
  } finally {
    await workers.close()
  }
}

async function benchAt(sites: number) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pll-bench-scale-'))
  const file = path.join(folder, 'partnership-log.sqlite')
  try {
    const store = openStore({ file, migrationsFolder: sourceMigrationsFolder })
    const ctx = contextFor(store, () => NOW)
    const built = performance.now()
    const sample = dispatch('sample.create', { sites }, ctx)
    if (!sample.ok) throw new Error(sample.error.message)
    const buildS = (performance.now() - built) / 1000
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    store.sqlite.pragma('optimize')
    const ids = pickRecordIds(ctx, (sample.value as { programmeId: string }).programmeId)
    const perRecord = Object.fromEntries(
      PER_RECORD_VERBS.map(([name, input], n) => {
        const twice = PER_RECORD_VERBS.findIndex(([other]) => other === name) !== n
        const args = input(ids)
        const label = twice ? `${name} (${Object.keys(args).join(', ')})` : name
        return [label, round(timeVerb(ctx, name, args))]
      })
    )
    const programmeWide = Object.fromEntries(
      PROGRAMME_WIDE.map(([name, input]) => [name, round(timeVerb(ctx, name, input(ids), 7))])
    )
    const searchTimes = SEARCHES.map((q) =>
      timeVerb(ctx, 'search.query', { programmeId: ids.programmeId, q }, 5)
    )
    store.close()
    const concurrent = await cheapWhileLong(file)

    const { screens, rssMb } = await drawScreens(folder, ids)
    return {
      sites,
      buildS: round(buildS),
      perRecord,
      programmeWide,
      search: {
        p95Ms: round(p95(searchTimes)),
        medianMs: round(median(searchTimes)),
        queries: SEARCHES.length
      },
      concurrent,
      screens,
      rssMb
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true })
  }
}

async function main() {
  const results: Awaited<ReturnType<typeof benchAt>>[] = []
  for (const sites of SIZES) {
    console.log(`\nBuilding and measuring ${sites} sites…`)
    const r = await benchAt(sites)
    results.push(r)
    console.log(JSON.stringify(r, null, 2))
  }
  const at = (n: number) => results.find((r) => r.sites === n)
  const small = at(50)
  const large = at(500)
  const checks: Record<string, { value: number | string; target: string; meets: boolean }> = {}
  const check = (name: string, value: number, target: number, unit = 'ms') => {
    checks[name] = { value, target: `< ${target} ${unit}`, meets: value < target }
  }
  if (small && large) {
    for (const name of Object.keys(small.perRecord)) {
      const ratio = round((large.perRecord[name] ?? NaN) / (small.perRecord[name] ?? NaN))
      checks[`${name} 500 vs 50 sites`] = {
        value: `${ratio}x`,
        target: '<= 1.5x',
        meets: ratio <= 1.5
      }
    }
    for (const name of Object.keys(small.programmeWide)) {
      const ratio = round((large.programmeWide[name] ?? NaN) / (small.programmeWide[name] ?? NaN))
      checks[`${name} 500 vs 50 sites`] = {
        value: `${ratio}x`,
        target: '<= 10x',
        meets: ratio <= 10
      }
    }
  }
  if (large) {
    // The log's first call (reflections.page); the label is kept so earlier runs compare.
    check('reflections.list at 500 sites', large.programmeWide['reflections.page'] ?? NaN, 150)
    check('dashboard at 500 sites', large.programmeWide['dashboard.get'] ?? NaN, 100)
    check('search p95 at 500 sites', large.search.p95Ms, 20)
    check('RSS with the 500-site store open after every screen', large.rssMb, 200, 'MB')
    for (const [name, s] of Object.entries(large.screens)) {
      check(`${name} drawn at 500 sites`, s.ms, 1500)
      check(`${name} DOM nodes at 500 sites`, s.nodes, 5000, 'nodes')
    }
  }
  if (small) {
    check('dashboard at 50 sites', small.programmeWide['dashboard.get'] ?? NaN, 20)
    for (const [name, s] of Object.entries(small.screens))
      check(`${name} drawn at 50 sites`, s.ms, 1000)
  }
  for (const r of results)
    check(`cheap verb while a long one runs (${r.sites} sites)`, r.concurrent.cheapMs, 50)
  check('initial JS (gzip)', initialJsGzipKb(), 300, 'KB')

  console.log('\nfigure | value | target | meets')
  for (const [name, c] of Object.entries(checks)) {
    console.log(`${name} | ${c.value} | ${c.target} | ${c.meets ? 'yes' : `NO`}`)
  }
  const file = path.resolve(__dirname, '../bench.json')
  const existing: Record<string, unknown> = fs.existsSync(file)
    ? JSON.parse(fs.readFileSync(file, 'utf8'))
    : {}
  existing.scale = { measuredAt: new Date().toISOString(), cpus: os.cpus().length, results, checks }
  fs.writeFileSync(file, `${JSON.stringify(existing, null, 2)}\n`)
  console.log(`Written to ${file}.`)
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message)
  process.exitCode = 1
})
