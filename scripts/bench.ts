// npm run bench: the programme dashboard on the sample programme at 50 and 500 sites, in a real
// store file. Times 'dashboard.get' through dispatch against hand-written raw SQL computing the same
// numbers on the same store, checks once that the numbers agree, and prints the figures.
// Targets (benchmark figures, not test assertions): within 1.5x of raw SQL; under 100 ms at 50 sites.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { isDeepStrictEqual } from 'node:util'
import { contextFor, type ApiContext } from '../api/context'
import { dispatch } from '../api/dispatch'
import type { ApiOutput } from '../api/contract'
import { openStore, sourceMigrationsFolder } from '../db/store'

// BENCH_SITES=50 runs one size only, for a quick look.
const SITE_COUNTS = process.env.BENCH_SITES?.split(',').map(Number) ?? [50, 500]
const WARM_UP = 5
const RUNS = 20
const NOW = new Date('2026-11-21T10:00:00Z')
const TARGET_RATIO = 1.5
const TARGET_MS_AT_50 = 100

type Dashboard = ApiOutput<'dashboard.get'>

// Independent of db/queries/dashboard.ts: correlated subqueries per site and per outcome, each
// answered from an index, the way one would write it by hand at a SQLite prompt.
const RAW_SITES = `
  WITH pm AS (
    SELECT m.id, m.site_id, m.held_on, m.start_time, m.unnamed_attendees FROM meetings m
    WHERE m.kind = 'partnership' AND m.held_on <= :to
  ),
  refl AS (
    SELECT r.site_id, r.held_on FROM reflection_cycles r WHERE r.site_id IS NOT NULL AND r.held_on <= :to
    UNION ALL
    SELECT x.site_id, r.held_on FROM reflection_cycle_sites x JOIN reflection_cycles r ON r.id = x.cycle_id
    WHERE r.site_id IS NULL AND r.held_on <= :to
  )
  SELECT s.id, s.name, s.status,
    (SELECT st.stage FROM site_stages st WHERE st.site_id = s.id AND st.judged_on <= :to
      ORDER BY st.judged_on DESC, st.created_at DESC, st.id DESC LIMIT 1) AS stage,
    (SELECT count(*) FROM pm WHERE pm.site_id = s.id AND pm.held_on >= :from) AS held,
    (SELECT count(*) FROM pm WHERE pm.site_id = s.id) AS to_date,
    (SELECT max(held_on) FROM pm WHERE pm.site_id = s.id) AS last_on,
    (SELECT avg(n) FROM (SELECT (SELECT count(*) FROM meeting_attendance a
        WHERE a.meeting_id = pm.id AND a.status = 'attended') + pm.unnamed_attendees AS n
      FROM pm WHERE pm.site_id = s.id ORDER BY held_on DESC, start_time DESC, id DESC LIMIT 3)) AS last3,
    (SELECT avg(n) FROM (SELECT (SELECT count(*) FROM meeting_attendance a
        WHERE a.meeting_id = pm.id AND a.status = 'attended') + pm.unnamed_attendees AS n
      FROM pm WHERE pm.site_id = s.id ORDER BY held_on DESC, start_time DESC, id DESC
      LIMIT 3 OFFSET 3)) AS prev3,
    min(6, (SELECT count(*) FROM pm WHERE pm.site_id = s.id)) AS recent,
    (SELECT count(*) FROM actions a WHERE a.site_id = s.id AND a.status IN ('open', 'done')
      AND a.due_on >= :from AND a.due_on <= :to) AS due,
    (SELECT count(*) FROM actions a WHERE a.site_id = s.id AND a.status = 'done'
      AND a.due_on >= :from AND a.due_on <= :to
      AND (a.completed_on IS NULL OR a.completed_on <= a.due_on)) AS on_time,
    (SELECT count(*) FROM actions a WHERE a.site_id = s.id AND a.due_on < :to
      AND (a.status = 'open' OR (a.status = 'done' AND a.completed_on > :to))) AS overdue,
    ${['idea', 'planned', 'testing', 'adopted', 'adapted', 'abandoned']
      .map(
        (k) => `(SELECT count(*) FROM tests_of_change t WHERE t.site_id = s.id
      AND t.status = '${k}' AND t.created_on <= :to) AS ${k}`
      )
      .join(',\n    ')},
    (SELECT count(*) FROM tests_of_change t WHERE t.site_id = s.id AND t.created_on <= :to
      AND t.started_on <= :to) AS started,
    (SELECT max(held_on) FROM refl WHERE refl.site_id = s.id) AS last_reflection,
    (SELECT count(*) FROM refl WHERE refl.site_id = s.id AND refl.held_on >= :from) AS reflections
  FROM sites s
  WHERE s.programme_id = :programme AND s.archived_at IS NULL
  ORDER BY s.name COLLATE NOCASE, s.id`

const RAW_OUTCOMES = `
  SELECT id, latest, latest - coalesce(baseline, CASE WHEN ratings >= 2 THEN first END) AS change,
    ratings, points
  FROM (
    SELECT ao.id, ao.baseline_rating AS baseline, ao.site_id, ao.position, ao.title,
      (SELECT rating FROM outcome_ratings r WHERE r.outcome_id = ao.id AND r.rated_on <= :to
        ORDER BY rated_on DESC, created_at DESC, id DESC LIMIT 1) AS latest,
      (SELECT rating FROM outcome_ratings r WHERE r.outcome_id = ao.id AND r.rated_on <= :to
        ORDER BY rated_on, created_at, id LIMIT 1) AS first,
      (SELECT count(*) FROM outcome_ratings r WHERE r.outcome_id = ao.id AND r.rated_on <= :to)
        AS ratings,
      (SELECT json_group_array(json_array(rated_on, rating)) FROM (SELECT rated_on, rating
        FROM outcome_ratings r WHERE r.outcome_id = ao.id AND r.rated_on BETWEEN :from AND :to
        ORDER BY rated_on, created_at, id)) AS points
    FROM sites s JOIN agreed_outcomes ao ON ao.site_id = s.id
    WHERE s.programme_id = :programme AND s.archived_at IS NULL AND ao.archived_at IS NULL
  )
  ORDER BY site_id, position, title COLLATE NOCASE, id`

interface Timing {
  median: number
  p95: number
  /** Median CPU time of this process (user + system): less sensitive to a busy machine. */
  cpu: number
}

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
    outcomes: d.outcomes.map((o) => [o.id, o.latestRating, o.change, o.ratings, o.points])
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
    const rawSites = store.sqlite.prepare(RAW_SITES)
    const rawOutcomes = store.sqlite.prepare(RAW_OUTCOMES)
    const raw = () => ({
      sites: rawSites.raw().all(params),
      outcomes: rawOutcomes.raw().all(params)
    })
    const fromRaw = raw()
    const expected = {
      sites: fromRaw.sites,
      outcomes: (fromRaw.outcomes as unknown[][]).map(([id, latest, change, ratings, points]) => [
        id,
        latest,
        change,
        ratings,
        JSON.parse(String(points))
      ])
    }
    const same = isDeepStrictEqual(verbNumbers(verb), expected)

    const [dashboard, rawSql] = timeTogether([() => dashboardOnce(ctx, programmeId), raw]) as [
      Timing,
      Timing
    ]
    return {
      sites,
      rows,
      tables,
      span,
      buildMs,
      warnings: verb.warnings.length,
      same,
      dashboard,
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
      'the verb (through dispatch) and the raw SQL taking turns.'
  )
  const results = SITE_COUNTS.map((n) => {
    const r = benchAt(n)
    const months = (Date.parse(r.span.last) - Date.parse(r.span.first)) / (30.44 * 86_400_000)
    console.log(
      `\n${n} sites: sample built in ${(r.buildMs / 1000).toFixed(1)} s; ${r.rows.toLocaleString('en-GB')} rows ` +
        `(meetings ${r.tables.meetings}, attendance ${r.tables.meeting_attendance}, actions ${r.tables.actions}, ` +
        `agreed outcomes ${r.tables.agreed_outcomes ?? 0}, ratings ${r.tables.outcome_ratings ?? 0}, ` +
        `tests of change ${r.tables.tests_of_change ?? 0}, reflections ${r.tables.reflection_cycles ?? 0}).`
    )
    console.log(
      `Records span ${r.span.first} to ${r.span.last} (${months.toFixed(1)} months; the generator ` +
        'builds about 20 months back from its clock, so three years is not reachable without changing it).'
    )
    console.log(
      `Same numbers from the verb and the raw SQL: ${r.same ? 'yes' : 'NO'}; ${r.warnings} early warnings.`
    )
    return r
  })
  const header = [
    'sites',
    'rows',
    'dashboard median ms',
    'dashboard p95 ms',
    'raw SQL median ms',
    'raw SQL p95 ms',
    'ratio',
    'CPU-time ratio',
    'target'
  ]
  const lines = results.map((r) => {
    const withinRatio = r.ratio <= TARGET_RATIO
    const withinTime = r.sites !== 50 || r.dashboard.median < TARGET_MS_AT_50
    const target = `${withinRatio && withinTime && r.same ? 'pass' : 'FAIL'} (<= ${TARGET_RATIO}x${r.sites === 50 ? `, < ${TARGET_MS_AT_50} ms` : ''})`
    return [
      String(r.sites),
      r.rows.toLocaleString('en-GB'),
      r.dashboard.median.toFixed(2),
      r.dashboard.p95.toFixed(2),
      r.rawSql.median.toFixed(2),
      r.rawSql.p95.toFixed(2),
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
      `load average now ${one} / ${five} / ${fifteen}. Target: dashboard within ${TARGET_RATIO}x of raw SQL, ` +
      `and under ${TARGET_MS_AT_50} ms at 50 sites.`
  )
  if (results.some((r) => !r.same)) process.exitCode = 1
}

main()
