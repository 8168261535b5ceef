// The sample's tests of change (lifecycle, PDSA cycles, shared ideas) and measures, read with SQL
// from one generated programme; the paused site's signs of inertia; and reproducibility of all the
// records. (Outcomes and reflections are in sample-records.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { shiftDays } from '../../db/sample/dates'
import {
  analyseRunChart,
  type Better,
  type RuleSet
} from '../../renderer/src/features/measures/runChart'
import { snapshot, testApi, type TestApi } from '../support/store'

const TODAY = '2026-11-21'
const QUIET = shiftDays(TODAY, -14)
const LAST_MONTH = '2026-10-01'

let api: TestApi
let programmeId: string
beforeAll(() => {
  api = testApi()
  programmeId = api.call('sample.create', {}).programmeId
}, 60_000)
afterAll(() => api.close())

function rows<T>(query: string, ...params: unknown[]): T[] {
  return api.store.sqlite.prepare(query).all(...params) as T[]
}

interface Site {
  id: string
  name: string
  status: string
  start_date: string
}

const sites = () =>
  rows<Site>(
    'SELECT id, name, status, start_date FROM sites WHERE programme_id = ? ORDER BY rowid',
    programmeId
  )

interface Test {
  id: string
  site_id: string
  status: string
  created_on: string
  started_on: string | null
  decided_on: string | null
  decision_reason: string
  source_meeting_id: string | null
  source_reflection_id: string | null
  owner_id: string
  change_idea_id: string | null
}

const DECISIONS = ['adopted', 'adapted', 'abandoned']

describe('sample tests of change', () => {
  it('moves every test through idea, planned, testing and a decision, in date order', () => {
    const tests = rows<Test>('SELECT * FROM tests_of_change')
    expect(tests.length).toBeGreaterThan(15)
    for (const t of tests) {
      const history = rows<{ status: string; changed_on: string; reason: string }>(
        'SELECT status, changed_on, reason FROM test_status_changes WHERE test_id = ? ORDER BY rowid',
        t.id
      )
      const statuses = history.map((h) => h.status)
      const path = ['idea', 'planned', 'testing']
      const decided = DECISIONS.includes(statuses.at(-1)!)
      expect(statuses).toEqual(
        decided ? [...path, statuses.at(-1)] : path.slice(0, statuses.length)
      )
      const dates = history.map((h) => h.changed_on)
      expect(dates.every((d, i) => i === 0 || d > dates[i - 1]!)).toBe(true)
      expect(dates.at(-1)! <= QUIET).toBe(true)
      expect([t.status, t.created_on]).toEqual([statuses.at(-1), dates[0]])
      expect(t.started_on).toBe(history.find((h) => h.status === 'testing')?.changed_on ?? null)
      if (decided) {
        expect(t.decided_on).toBe(dates.at(-1))
        expect(t.decision_reason).not.toBe('')
        expect(history.at(-1)!.reason).toBe(t.decision_reason)
      } else {
        expect([t.decided_on, t.decision_reason]).toEqual([null, ''])
      }
    }
    const statuses = new Set(tests.map((t) => t.status))
    expect([...statuses].sort()).toEqual(
      ['abandoned', 'adapted', 'adopted', 'idea', 'planned', 'testing'].sort()
    )
  })

  it('comes from a meeting or a reflection of its own site, owned by a member, for its outcomes', () => {
    const tests = rows<
      Test & {
        source_site: string
        source_on: string
        member: number
        outcomes: number
        elsewhere: number
      }
    >(
      `SELECT t.*, coalesce(m.site_id, c.site_id) AS source_site, coalesce(m.held_on, c.held_on) AS source_on,
         EXISTS (SELECT 1 FROM site_members s WHERE s.site_id = t.site_id AND s.person_id = t.owner_id) AS member,
         (SELECT count(*) FROM test_of_change_outcomes x WHERE x.test_id = t.id) AS outcomes,
         (SELECT count(*) FROM test_of_change_outcomes x JOIN agreed_outcomes o ON o.id = x.outcome_id
            WHERE x.test_id = t.id AND o.site_id <> t.site_id) AS elsewhere
       FROM tests_of_change t LEFT JOIN meetings m ON m.id = t.source_meeting_id
       LEFT JOIN reflection_cycles c ON c.id = t.source_reflection_id`
    )
    for (const t of tests) {
      expect((t.source_meeting_id === null) !== (t.source_reflection_id === null)).toBe(true)
      expect([t.source_site, t.source_on, t.member, t.elsewhere]).toEqual([
        t.site_id,
        t.created_on,
        1,
        0
      ])
      expect(t.outcomes).toBeGreaterThanOrEqual(1)
      expect(t.outcomes).toBeLessThanOrEqual(2)
    }
    expect(tests.some((t) => t.source_reflection_id !== null)).toBe(true)
    for (const site of sites().filter((s) => s.status === 'active')) {
      const own = tests.filter((t) => t.site_id === site.id)
      expect(own.length, site.name).toBeGreaterThanOrEqual(2)
      expect(own.length, site.name).toBeLessThanOrEqual(5)
    }
    const shared = rows<{ title: string; sites: number }>(
      `SELECT i.title, count(DISTINCT t.site_id) AS sites FROM change_ideas i
       JOIN tests_of_change t ON t.change_idea_id = i.id WHERE i.programme_id = ? GROUP BY i.id`,
      programmeId
    )
    expect(shared.filter((i) => i.sites >= 2).length).toBeGreaterThanOrEqual(2)
  })

  it('runs one to three PDSA cycles within the testing period of each test that started', () => {
    const tests = rows<Test>('SELECT * FROM tests_of_change')
    for (const t of tests) {
      const cycles = rows<{
        position: number
        started_on: string
        ended_on: string | null
        plan: string
      }>(
        'SELECT position, started_on, ended_on, plan FROM pdsa_cycles WHERE test_id = ? ORDER BY position',
        t.id
      )
      if (!t.started_on) {
        expect(cycles).toEqual([])
        continue
      }
      expect(cycles.length).toBeGreaterThanOrEqual(1)
      expect(cycles.length).toBeLessThanOrEqual(3)
      const end = t.decided_on ?? QUIET
      let from = t.started_on
      cycles.forEach((c, i) => {
        expect(c.position).toBe(i)
        expect(c.plan).not.toBe('')
        expect(c.started_on >= from && c.started_on <= end).toBe(true)
        const last = i === cycles.length - 1
        if (last && !t.decided_on) expect(c.ended_on).toBeNull()
        else expect(c.ended_on! >= c.started_on && c.ended_on! <= end).toBe(true)
        from = shiftDays(c.ended_on ?? c.started_on, 1)
      })
    }
  })
})

interface Point {
  period: string
  value: number
}

interface Measure {
  id: string
  outcome_site: string | null
  better: Better
  rules: RuleSet
  baseline_points: number | null
}

/** Whether the app's run-chart analysis finds a shift the better way. */
function favourableShift(m: Measure, points: Point[]): boolean {
  const starts = rows<{ starts_on: string }>(
    'SELECT starts_on FROM measure_baselines WHERE measure_id = ?',
    m.id
  )
  const analysis = analyseRunChart(points, {
    rules: m.rules,
    better: m.better,
    baselinePoints: m.baseline_points,
    baselineStarts: starts.map((b) => b.starts_on)
  })
  return analysis.segments.some((segment) =>
    segment.signals.some((signal) => signal.kind === 'shift' && signal.favourable === true)
  )
}

describe('sample measures', () => {
  it('counts monthly, one point per month from the site’s start to last month', () => {
    const all = sites()
    let shifts = 0
    for (const site of all) {
      const measures = rows<Measure>(
        `SELECT m.id, o.site_id AS outcome_site, m.better, m.rules, m.baseline_points FROM measures m
         LEFT JOIN agreed_outcomes o ON o.id = m.outcome_id WHERE m.site_id = ?`,
        site.id
      )
      if (site.status === 'paused') {
        expect(measures).toEqual([])
        continue
      }
      expect(measures.length, site.name).toBeGreaterThanOrEqual(1)
      expect(measures.length, site.name).toBeLessThanOrEqual(2)
      for (const m of measures) {
        expect(m.outcome_site).toBe(site.id)
        const points = rows<Point>(
          'SELECT period, value FROM measure_points WHERE measure_id = ? ORDER BY period',
          m.id
        )
        expect(points[0]!.period).toBe(`${site.start_date.slice(0, 7)}-01`)
        if (site.status === 'active') expect(points.at(-1)!.period).toBe(LAST_MONTH)
        points.forEach((p, i) => {
          expect(p.period).toMatch(/^\d{4}-\d{2}-01$/)
          expect(p.value).toBeGreaterThanOrEqual(0)
          if (i === 0) return
          const [y, mo] = points[i - 1]!.period.split('-').map(Number) as [number, number]
          const next = mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`
          expect(p.period).toBe(next)
        })
        if (favourableShift(m, points)) shifts++
      }
    }
    // An adopted change shows on the run chart as a shift the better way at some sites.
    expect(shifts).toBeGreaterThanOrEqual(2)
  })

  it('uses the IHI rules but once, and starts one new baseline at an adoption', () => {
    const rules = rows<{ rules: string; n: number }>(
      `SELECT m.rules, count(*) AS n FROM measures m JOIN sites s ON s.id = m.site_id
       WHERE s.programme_id = ? GROUP BY m.rules ORDER BY m.rules`,
      programmeId
    )
    expect(rules.find((r) => r.rules === 'ihi')?.n).toBe(1)
    expect(rules.find((r) => r.rules === 'anhoej')!.n).toBeGreaterThan(5)
    const baselines = rows<{ starts_on: string; adopted: number }>(
      `SELECT b.starts_on, EXISTS (SELECT 1 FROM tests_of_change t WHERE t.site_id = m.site_id
         AND t.status = 'adopted' AND t.decided_on = b.starts_on) AS adopted
       FROM measure_baselines b JOIN measures m ON m.id = b.measure_id`
    )
    expect(baselines).toEqual([{ starts_on: expect.any(String), adopted: 1 }])
  })
})

describe('the paused site and reproducibility', () => {
  it('shows the paused site going quiet: no reflection for two months, no test ever started', () => {
    const paused = sites().find((s) => s.status === 'paused')!
    const since = shiftDays(TODAY, -60)
    const [recent] = rows<{ own: number; named: number }>(
      `SELECT (SELECT count(*) FROM reflection_cycles WHERE site_id = ? AND held_on > ?) AS own,
         (SELECT count(*) FROM reflection_cycle_sites s JOIN reflection_cycles c ON c.id = s.cycle_id
           WHERE s.site_id = ? AND c.held_on > ?) AS named`,
      paused.id,
      since,
      paused.id,
      since
    )
    expect(recent).toEqual({ own: 0, named: 0 })
    const tests = rows<{ status: string; started_on: string | null }>(
      'SELECT status, started_on FROM tests_of_change WHERE site_id = ?',
      paused.id
    )
    expect(tests.length).toBeGreaterThanOrEqual(1)
    expect(
      tests.every((t) => t.started_on === null && ['idea', 'planned'].includes(t.status))
    ).toBe(true)
    const [meetings] = rows<{ n: number }>(
      "SELECT count(*) AS n FROM meetings WHERE site_id = ? AND kind = 'partnership'",
      paused.id
    )
    expect(meetings!.n).toBeGreaterThanOrEqual(3)
  })

  it(
    'gives identical records, ids included, for the same seed and day',
    { timeout: 60_000 },
    () => {
      const one = testApi()
      const two = testApi()
      try {
        one.call('sample.create', { seed: 11, sites: 4 })
        two.call('sample.create', { seed: 11, sites: 4 })
        const a = snapshot(one.store)
        for (const table of [
          'agreed_outcomes',
          'reflection_cycles',
          'tests_of_change',
          'measure_points'
        ]) {
          expect(a[table]!.length, table).toBeGreaterThan(0)
        }
        expect(snapshot(two.store)).toEqual(a)
      } finally {
        one.close()
        two.close()
      }
    }
  )
})
