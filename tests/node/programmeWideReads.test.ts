// The dashboard's health signs, found by SQL from the judgements at the bottom of a scale (issue
// 10: never reading a programme's whole history), are exactly the "missing twice running" rule
// walked over every check of the programme; and the sites' lists come in the frameworks' order.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withHealthSigns } from '../../api/features/health'
import { loadFrameworks } from '../../api/features/healthFrameworks'
import { repeatedLowJudgements } from '../../db/queries/health'
import type { SiteSigns } from '../../domain/earlyWarnings'
import { lowestValues, repeatedLows } from '../../domain/healthChanges'
import { lowTwiceRunningByHistory, sortedLows } from '../support/healthOracle'
import { testApi, type TestApi } from '../support/store'

let api: TestApi
let programmeId: string

beforeAll(() => {
  api = testApi()
  programmeId = api.call('sample.create', { sites: 12 }).programmeId
})
afterAll(() => api.close())

function bothWays(on: TestApi, programme: string, to: string) {
  const lowest = lowestValues(loadFrameworks(on.ctx, programme))
  return {
    found: sortedLows(repeatedLowJudgements(on.ctx.db, programme, to, lowest)),
    expected: sortedLows(lowTwiceRunningByHistory(on.ctx.db, programme, to, lowest))
  }
}

describe('the dashboard’s health signs', () => {
  it('are the rule walked over every check of the programme, on any day', () => {
    for (const to of ['2026-11-21', '2026-03-31', '2025-09-30', '2024-01-01']) {
      const { found, expected } = bothWays(api, programmeId, to)
      expect(found, to).toEqual(expected)
    }
    // The sample has sites with several lows, so the comparison is not of empty lists.
    expect(bothWays(api, programmeId, '2026-11-21').found.length).toBeGreaterThanOrEqual(3)
  })

  it('list each site’s lows in the order of the frameworks and of their items', () => {
    const to = '2026-11-21'
    const sites = api.call('dashboard.get', { programmeId }).sites
    const frameworks = loadFrameworks(api.ctx, programmeId)
    const signed: SiteSigns[] = withHealthSigns(api.ctx, programmeId, sites, to)
    expect(signed.map((s) => s.id)).toEqual(sites.map((s) => s.id))
    const rank = (framework: string, item: string) => {
      const f = frameworks.findIndex((x) => x.name === framework)
      const items = frameworks[f]?.items ?? []
      const k = items.findIndex((i) => item === (i.group ? `${i.group}: ${i.label}` : i.label))
      return f * 1000 + k
    }
    const withSeveral = signed.filter((s) => (s.healthLows ?? []).length >= 2)
    expect(withSeveral.length).toBeGreaterThan(0)
    for (const site of withSeveral) {
      const ranks = (site.healthLows ?? []).map((l) => rank(l.framework, l.item))
      expect(ranks.every((r) => r >= 0)).toBe(true)
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    }
    const total = signed.reduce((n, s) => n + (s.healthLows ?? []).length, 0)
    const lowest = lowestValues(frameworks)
    expect(total).toBe(
      repeatedLows(frameworks, repeatedLowJudgements(api.ctx.db, programmeId, to, lowest)).length
    )
  })
})

const ITEMS = ['commitment', 'capability', 'possibility'].map((q) => `library-quality-${q}`)
const VALUES = ['missing', 'partly', 'present']
const DAYS = ['2026-03-01', '2026-04-01', '2026-04-01', '2026-05-15', '2026-06-01', '2026-07-01']

const step = fc.oneof(
  fc.record({
    kind: fc.constant('record' as const),
    site: fc.integer({ min: 0, max: 1 }),
    day: fc.constantFrom(...DAYS),
    enteredAt: fc.integer({ min: 0, max: 5 }),
    judgements: fc.uniqueArray(
      fc.record({ item: fc.constantFrom(...ITEMS), value: fc.constantFrom(...VALUES) }),
      { minLength: 1, maxLength: 3, selector: (j) => j.item }
    )
  }),
  fc.record({ kind: fc.constant('remove' as const), which: fc.nat() })
)

describe('the search for lows twice running, against the rule, on random histories', () => {
  it('agrees for checks entered in any order, on the same day, skipping items, and removed', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 14 }), (steps) => {
        let now = new Date('2026-07-02T09:00:00Z')
        const local = testApi(new Date(0))
        local.ctx.clock = () => now
        try {
          const programme = local.call('programmes.create', {
            name: 'Random',
            startDate: '2026-01-05'
          }).id
          const sites = ['North', 'South'].map(
            (name) =>
              local.call('sites.create', { programmeId: programme, name, startDate: '2026-02-01' })
                .id
          )
          const checks: string[] = []
          for (const s of steps) {
            if (s.kind === 'remove') {
              const id = checks.splice(s.which % Math.max(checks.length, 1), 1)[0]
              if (id) local.call('healthChecks.remove', { id })
              continue
            }
            // Entered out of order now and then: the time of entry breaks ties on a day.
            now = new Date(Date.UTC(2026, 6, 2, 9, 0, s.enteredAt))
            checks.push(
              local.call('healthChecks.record', {
                siteId: sites[s.site] ?? '',
                frameworkId: 'library-qualities',
                checkedOn: s.day,
                judgedBy: 'consultant',
                judgements: s.judgements.map((j) => ({ itemId: j.item, value: j.value }))
              }).id
            )
          }
          for (const to of ['2026-07-01', '2026-04-30', '2026-04-01']) {
            const { found, expected } = bothWays(local, programme, to)
            expect(found).toEqual(expected)
          }
        } finally {
          local.close()
        }
      }),
      { numRuns: 150, seed: 20261128 }
    )
  })
})
