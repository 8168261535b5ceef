// npm run bench: the programme dashboard on the sample programme at 50 and 500 sites, in a real
// store file. Times 'dashboard.get' through dispatch against hand-written raw SQL computing the same
// numbers on the same store (site figures, outcome ratings, and the health lows and missing
// members behind the early warnings; two forms of the site roll-up, the faster taken as the yardstick), checks once that the
// numbers agree, prints the figures and writes them to bench.json ("dashboard").
// Targets (benchmark figures, not test assertions): within 1.5x of the raw SQL; under 20 ms at
// 50 sites and 100 ms at 500.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { isDeepStrictEqual } from 'node:util'
import { contextFor, type ApiContext } from '../api/context'
import { dispatch } from '../api/dispatch'
import type { ApiOutput } from '../api/contract'
import { openStore, sourceMigrationsFolder, type Store } from '../db/store'
import {
  RAW_HEALTH,
  RAW_MISSING,
  RAW_MISSING_SEEKS,
  RAW_OUTCOMES,
  RAW_SITES_GROUPED,
  RAW_SITES_SEEKS
} from './benchDashboardSql'

// BENCH_SITES=50 runs one size only, for a quick look.
const SITE_COUNTS = process.env.BENCH_SITES?.split(',').map(Number) ?? [50, 500]
const WARM_UP = 5
const RUNS = 20
const NOW = new Date('2026-11-21T10:00:00Z')
const TARGET_RATIO = 1.5
const TARGET_MS: Record<number, number> = { 50: 20, 500: 100 }

type Dashboard = ApiOutput<'dashboard.get'>

interface Timing {
  median: number
  p95: number
  /** Median CPU time of this process (user + system): less sensitive to a busy machine. */
  cpu: number
}

const round = (n: number) => Math.round(n * 100) / 100

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
  return { median: at(0.5) ?? NaN, p95: at(0.95) ?? NaN }
}

/** Runs each contender in turn, swapping the order every round, so load hits both alike. */
function timeTogether(contenders: (() => unknown)[]): Timing[] {
  for (let i = 0; i < WARM_UP; i++) for (const run of contenders) run()
  const wall = contenders.map((): number[] => [])
  const cpu = contenders.map((): number[] => [])
  for (let i = 0; i < RUNS; i++) {
    const order = contenders.map((_, k) => k)
    if (i % 2 === 1) order.reverse()
    for (const k of order) {
      const cpuStart = process.cpuUsage()
      const start = performance.now()
      contenders[k]?.()
      wall[k]?.push(performance.now() - start)
      const used = process.cpuUsage(cpuStart)
      cpu[k]?.push((used.user + used.system) / 1000)
    }
  }
  return contenders.map((_, k) => ({ ...stats(wall[k] ?? []), cpu: stats(cpu[k] ?? []).median }))
}

function dashboardOnce(ctx: ApiContext, programmeId: string): Dashboard {
  const result = dispatch('dashboard.get', { programmeId }, ctx)
  if (!result.ok) throw new Error(result.error.message)
  return result.value as Dashboard
}

/** The verb's numbers, as plain rows in the raw queries' column order. */
function verbNumbers(d: Dashboard) {
  return {
    sites: d.sites.map((s) => [
      s.id,
      s.name,
      s.status,
      s.stage?.key ?? null,
      s.meetings.held,
      s.meetings.toDate,
      s.meetings.lastOn,
      s.attendance.lastThree,
      s.attendance.previousThree,
      s.attendance.recentMeetings,
      s.actions.due,
      s.actions.doneOnTime,
      s.actions.overdue,
      s.tests.idea,
      s.tests.planned,
      s.tests.testing,
      s.tests.adopted,
      s.tests.adapted,
      s.tests.abandoned,
      s.tests.started,
      s.reflections.lastOn,
      s.reflections.held
    ]),
    outcomes: d.outcomes.map((o) => [o.id, o.latestRating, o.change, o.ratings, o.points]),
    // One warning per site lists each item low twice running as a sentence ending "again on …".
    healthLows: d.warnings
      .filter((w) => w.rule === 'health_missing_twice')
      .map((w) => [w.siteId, w.message.split(' and again on ').length - 1])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
    // One warning per site names up to three or four members, then "and N others".
    missingMembers: d.warnings
      .filter((w) => w.rule === 'members_missing')
      .map((w) => {
        const named = (w.message.match(/ \([^)]+\)/g) ?? []).length
        const others = Number(/and (\d+) others missed/.exec(w.message)?.[1] ?? 0)
        return [w.siteId, named + others]
      })
      .sort(([a], [b]) => String(a).localeCompare(String(b)))
  }
}

function rowCounts(ctx: ApiContext): { rows: number; tables: Record<string, number> } {
  const names = ctx.sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' AND name NOT LIKE '__drizzle%'"
    )
    .pluck()
    .all() as string[]
  const tables: Record<string, number> = {}
  for (const name of names) {
    tables[name] = ctx.sqlite.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number
  }
  return { rows: Object.values(tables).reduce((a, b) => a + b, 0), tables }
}

type Yardstick = () => Record<'sites' | 'outcomes' | 'healthLows' | 'missingMembers', unknown[]>

/** The two forms of raw SQL, each reading every number the verb gives. */
function rawYardsticks(
  sqlite: Store['sqlite'],
  params: Record<string, string>
): { grouped: Yardstick; seeks: Yardstick } {
  const outcomes = sqlite.prepare(RAW_OUTCOMES)
  const health = sqlite.prepare(RAW_HEALTH)
  const form = (sitesSql: string, missingSql: string): Yardstick => {
    const sites = sqlite.prepare(sitesSql)
    const missing = sqlite.prepare(missingSql)
    return () => ({
      sites: sites.raw().all(params),
      outcomes: outcomes.raw().all(params),
      healthLows: health.raw().all(params),
      missingMembers: missing.raw().all(params)
    })
  }
  return {
    grouped: form(RAW_SITES_GROUPED, RAW_MISSING),
    seeks: form(RAW_SITES_SEEKS, RAW_MISSING_SEEKS)
  }
}

/** Whether the raw SQL read the verb's numbers; says which differ when not. */
function sameNumbers(verb: Dashboard, fromRaw: ReturnType<Yardstick>): boolean {
  const expected = {
    sites: fromRaw.sites,
    outcomes: (fromRaw.outcomes as unknown[][]).map(([id, latest, change, n, points]) => [
      id,
      latest,
      change,
      n,
      JSON.parse(String(points))
    ]),
    healthLows: fromRaw.healthLows,
    missingMembers: fromRaw.missingMembers
  }
  const numbers = verbNumbers(verb)
  const differ = (Object.keys(expected) as (keyof typeof expected)[]).filter(
    (key) => !isDeepStrictEqual(numbers[key], expected[key])
  )
  if (differ.length) console.log(`The verb and the raw SQL differ in: ${differ.join(', ')}`)
  return differ.length === 0
}

function benchAt(sites: number) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pll-bench-'))
  const store = openStore({
    file: path.join(folder, 'bench.sqlite'),
    migrationsFolder: sourceMigrationsFolder
  })
  try {
    const ctx = contextFor(store, () => NOW)
    const built = performance.now()
    const sample = dispatch('sample.create', { sites }, ctx)
    if (!sample.ok) throw new Error(sample.error.message)
    const { programmeId } = sample.value as { programmeId: string }
    const buildMs = performance.now() - built
    // As the app's store would be after a while: the log folded back into the file, statistics fresh.
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    store.sqlite.pragma('optimize')
    const { rows, tables } = rowCounts(ctx)
    const span = store.sqlite
      .prepare('SELECT min(held_on) AS first, max(held_on) AS last FROM meetings')
      .get() as { first: string; last: string }

    const verb = dashboardOnce(ctx, programmeId)
    const params = { programme: programmeId, from: verb.range.from, to: verb.range.to }
    const raws = rawYardsticks(store.sqlite, params)
    const same = Object.values(raws).every((raw) => sameNumbers(verb, raw()))
    const [dashboard, rawGrouped, rawSeeks] = timeTogether([
      () => dashboardOnce(ctx, programmeId),
      raws.grouped,
      raws.seeks
    ]) as [Timing, Timing, Timing]
    const rawSql = rawGrouped.median <= rawSeeks.median ? rawGrouped : rawSeeks
    return {
      sites,
      rows,
      tables,
      span,
      buildMs,
      warnings: verb.warnings.length,
      same,
      dashboard,
      rawGrouped,
      rawSeeks,
      rawSql,
      ratio: dashboard.median / rawSql.median,
      cpuRatio: dashboard.cpu / rawSql.cpu
    }
  } finally {
    store.close()
    fs.rmSync(folder, { recursive: true, force: true })
  }
}

function main() {
  console.log(
    `Dashboard benchmark: ${WARM_UP} warm-up runs, then the median and p95 of ${RUNS} runs each, ` +
      'the verb (through dispatch) and the two forms of raw SQL taking turns.'
  )
  const results = SITE_COUNTS.map((n) => {
    const r = benchAt(n)
    const months = (Date.parse(r.span.last) - Date.parse(r.span.first)) / (30.44 * 86_400_000)
    console.log(
      `\n${n} sites: sample built in ${(r.buildMs / 1000).toFixed(1)} s; ${r.rows.toLocaleString('en-GB')} rows ` +
        `(meetings ${r.tables.meetings}, attendance ${r.tables.meeting_attendance}, actions ${r.tables.actions}, ` +
        `agreed outcomes ${r.tables.agreed_outcomes ?? 0}, ratings ${r.tables.outcome_ratings ?? 0}, ` +
        `tests of change ${r.tables.tests_of_change ?? 0}, reflections ${r.tables.reflection_cycles ?? 0}, ` +
        `health judgements ${r.tables.health_judgements ?? 0}).`
    )
    console.log(
      `Records span ${r.span.first} to ${r.span.last} (${months.toFixed(1)} months; the generator ` +
        'builds about 20 months back from its clock, so three years is not reachable without changing it).'
    )
    console.log(
      `Same numbers from the verb and both forms of raw SQL: ${r.same ? 'yes' : 'NO'}; ${r.warnings} early warnings.`
    )
    return r
  })
  printTable(results)
  writeFigures(results)
  if (results.some((r) => !r.same)) process.exitCode = 1
}

type Result = ReturnType<typeof benchAt>

function meets(r: Result): boolean {
  return r.same && r.ratio <= TARGET_RATIO && r.dashboard.median < (TARGET_MS[r.sites] ?? Infinity)
}

function printTable(results: Result[]) {
  const header = [
    'sites',
    'rows',
    'dashboard median ms',
    'dashboard p95 ms',
    'raw grouped ms',
    'raw seeks ms',
    'ratio to the faster',
    'CPU-time ratio',
    'target'
  ]
  const lines = results.map((r) => {
    const limit = TARGET_MS[r.sites]
    const target = `${meets(r) ? 'pass' : 'FAIL'} (<= ${TARGET_RATIO}x${limit ? `, < ${limit} ms` : ''})`
    return [
      String(r.sites),
      r.rows.toLocaleString('en-GB'),
      r.dashboard.median.toFixed(2),
      r.dashboard.p95.toFixed(2),
      r.rawGrouped.median.toFixed(2),
      r.rawSeeks.median.toFixed(2),
      `${r.ratio.toFixed(2)}x`,
      `${r.cpuRatio.toFixed(2)}x`,
      target
    ]
  })
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]?.length ?? 0)))
  const format = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')
  console.log(`\n${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`)
  for (const l of lines) console.log(format(l))
  const [one, five, fifteen] = os.loadavg().map((l) => l.toFixed(1))
  console.log(
    `\nTimes are wall-clock medians (ratio) and CPU-time medians (CPU-time ratio) on ${os.cpus().length} CPUs; ` +
      `load average now ${one} / ${five} / ${fifteen}. Target: dashboard within ${TARGET_RATIO}x of the faster raw SQL, ` +
      'under 20 ms at 50 sites and under 100 ms at 500.'
  )
}

function writeFigures(results: Result[]) {
  const file = path.resolve(__dirname, '../bench.json')
  const existing: Record<string, unknown> = fs.existsSync(file)
    ? JSON.parse(fs.readFileSync(file, 'utf8'))
    : {}
  existing.dashboard = {
    measuredAt: new Date().toISOString(),
    cpus: os.cpus().length,
    results: results.map((r) => ({
      sites: r.sites,
      rows: r.rows,
      sameNumbers: r.same,
      dashboardMs: { median: round(r.dashboard.median), p95: round(r.dashboard.p95) },
      rawGroupedMs: { median: round(r.rawGrouped.median), p95: round(r.rawGrouped.p95) },
      rawSeeksMs: { median: round(r.rawSeeks.median), p95: round(r.rawSeeks.p95) },
      ratio: round(r.ratio),
      cpuRatio: round(r.cpuRatio),
      targets: { ratio: TARGET_RATIO, ms: TARGET_MS[r.sites] ?? null },
      meetsTargets: meets(r)
    }))
  }
  fs.writeFileSync(file, `${JSON.stringify(existing, null, 2)}\n`)
  console.log(`Written to ${file} ("dashboard").`)
}

main()
