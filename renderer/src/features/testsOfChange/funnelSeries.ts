// The programme funnel as chart rows: one bar per site, stacked by stage, with a summary sentence
// for the chart's accessible name. Pure, so it is unit-tested; the chart only draws.
import type { ApiOutput } from '../../../../api/contract'
import { TEST_STATUSES, type TestStatus } from '../../../../domain/lifecycle'

export type Funnel = ApiOutput<'testsOfChange.funnel'>

/** The order the funnel reads in: under way first, then how tests ended. */
export const FUNNEL_ORDER: readonly TestStatus[] = [
  'idea',
  'planned',
  'testing',
  'adapted',
  'adopted',
  'abandoned'
]

/** Short column and legend names for the stages. */
export const FUNNEL_LABELS: Record<TestStatus, string> = {
  idea: 'Idea',
  planned: 'Planned',
  testing: 'Testing',
  adapted: 'Adapted',
  adopted: 'Adopted',
  abandoned: 'Abandoned'
}

export type FunnelBar = { siteId: string; siteName: string; total: number } & Record<
  TestStatus,
  number
>

export function funnelBars(funnel: Funnel): FunnelBar[] {
  return funnel.sites.map((s) => ({
    siteId: s.siteId,
    siteName: s.siteName,
    ...s.counts,
    total: TEST_STATUSES.reduce((sum, status) => sum + s.counts[status], 0)
  }))
}

export function stageTotals(funnel: Funnel): Record<TestStatus, number> & { total: number } {
  const totals = { idea: 0, planned: 0, testing: 0, adopted: 0, adapted: 0, abandoned: 0 }
  for (const site of funnel.sites) {
    for (const status of TEST_STATUSES) totals[status] += site.counts[status]
  }
  return { ...totals, total: TEST_STATUSES.reduce((sum, status) => sum + totals[status], 0) }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** One sentence for the chart's accessible name, e.g. "3 sites, 7 tests of change: ...". */
export function funnelSummary(funnel: Funnel): string {
  const totals = stageTotals(funnel)
  const parts = FUNNEL_ORDER.filter((s) => totals[s] > 0).map(
    (s) => `${totals[s]} ${FUNNEL_LABELS[s].toLowerCase()}`
  )
  return `${plural(funnel.sites.length, 'site', 'sites')}, ${plural(totals.total, 'test of change', 'tests of change')}${parts.length ? `: ${parts.join(', ')}` : ''}`
}
