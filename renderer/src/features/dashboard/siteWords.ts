// Pure words for the dashboard: each site's figures as people say them, warnings grouped by site,
// and two sites side by side.
import { SITE_STATUSES } from '../../../../domain/vocabulary'
import {
  dayLabel,
  heatmap,
  type Dashboard,
  type DashboardSite,
  type HeatmapCell,
  type Warning
} from './dashboardSeries'

/** A mean as people say it: "9", "12.3". */
function round1(n: number): string {
  return (Math.round(n * 10) / 10).toLocaleString('en-GB', { maximumFractionDigits: 1 })
}

// ---------------------------------------------------------------- per-site figures in words

/** One line saying exactly what each dashboard figure counts, shown on hover and in a help panel. */
export const FIGURE_DEFINITIONS: Record<string, string> = {
  Stage: 'The latest stage judged on or before the last day of the range.',
  'Partnership meetings held':
    'Partnership meetings (not debriefs, sponsor meetings or workshops) held from the first to the last day of the range, both included.',
  'Last meeting': 'The latest partnership meeting on or before the last day of the range.',
  Attendance:
    'People at each partnership meeting, named attendees plus those not named (apologies not counted): the mean of the last three meetings up to the end of the range against the three before.',
  'Actions done on time':
    'Actions (not dropped) due from the first to the last day of the range, both included, and of those, the ones marked done on or before their due date.',
  'Overdue actions':
    'Actions whose due date was before the last day of the range and that were still open on it.',
  'Tests of change': 'Tests of change recorded on or before the last day of the range, by status.',
  'Last reflection':
    'Days from the latest reflection cycle for the site (its own or a team cycle naming it) to the last day of the range.'
}

export type TrendDirection = 'up' | 'down' | 'steady' | 'unknown'

/** Within this many per cent either way attendance counts as steady. */
export const STEADY_PERCENT = 5

export function attendanceTrend(a: DashboardSite['attendance']): {
  direction: TrendDirection
  arrow: string
  words: string
} {
  const { lastThree, previousThree, recentMeetings } = a
  if (recentMeetings < 6 || lastThree === null || previousThree === null) {
    return { direction: 'unknown', arrow: '', words: 'Too few meetings to compare' }
  }
  const from = round1(previousThree)
  const to = round1(lastThree)
  const percent = previousThree > 0 ? ((lastThree - previousThree) / previousThree) * 100 : 0
  if (Math.abs(percent) < STEADY_PERCENT && !(previousThree === 0 && lastThree > 0)) {
    return { direction: 'steady', arrow: '\u2192', words: `Steady at about ${to}` }
  }
  if (lastThree > previousThree) {
    const by = previousThree > 0 ? ` (+${Math.round(percent)}%)` : ''
    return { direction: 'up', arrow: '\u2191', words: `Rose from ${from} to ${to}${by}` }
  }
  const by = `(\u2212${Math.round(Math.abs(percent))}%)`
  return { direction: 'down', arrow: '\u2193', words: `Fell from ${from} to ${to} ${by}` }
}

export function onTimeWords(a: DashboardSite['actions']): {
  percent: number | null
  words: string
} {
  if (a.due === 0) return { percent: null, words: 'No actions due' }
  const percent = Math.round((a.doneOnTime / a.due) * 100)
  return { percent, words: `${percent}% (${a.doneOnTime} of ${a.due})` }
}

export const TEST_STATUS_WORDS = {
  idea: 'idea',
  planned: 'planned',
  testing: 'testing',
  adopted: 'adopted',
  adapted: 'adapted',
  abandoned: 'abandoned'
} as const

export function testsWords(t: DashboardSite['tests']): string {
  const parts = (Object.keys(TEST_STATUS_WORDS) as (keyof typeof TEST_STATUS_WORDS)[])
    .filter((k) => t[k] > 0)
    .map((k) => `${t[k]} ${TEST_STATUS_WORDS[k]}`)
  return parts.length ? parts.join(', ') : 'None yet'
}

export function reflectionWords(daysSince: number | null): string {
  if (daysSince === null) return 'None logged'
  if (daysSince === 0) return 'Today'
  if (daysSince === 1) return '1 day ago'
  return `${daysSince} days ago`
}

export function stageWords(stage: DashboardSite['stage']): string {
  return stage ? `${stage.label} (since ${dayLabel(stage.judgedOn)})` : 'Not judged yet'
}

export function lastMeetingWords(lastOn: string | null): string {
  return lastOn ? dayLabel(lastOn) : 'None yet'
}

// ---------------------------------------------------------------- warnings and comparison

export interface WarningGroup {
  siteId: string
  siteName: string
  siteStatus: Warning['siteStatus']
  warnings: Warning[]
}

/** Warnings by site, keeping the sites' order. */
export function warningGroups(warnings: Warning[]): WarningGroup[] {
  const groups = new Map<string, WarningGroup>()
  for (const w of warnings) {
    const group = groups.get(w.siteId) ?? {
      siteId: w.siteId,
      siteName: w.siteName,
      siteStatus: w.siteStatus,
      warnings: []
    }
    group.warnings.push(w)
    groups.set(w.siteId, group)
  }
  return [...groups.values()]
}

export interface CompareRow {
  label: string
  a: string
  b: string
}

/** The same figures for two sites, row by row, ending with each programme outcome's rating. */
export function compareRows(data: Dashboard, a: DashboardSite, b: DashboardSite): CompareRow[] {
  const warningCount = (s: DashboardSite) => {
    const n = data.warnings.filter((w) => w.siteId === s.id).length
    return n === 0 ? 'None' : String(n)
  }
  const figures: [string, (s: DashboardSite) => string][] = [
    ['Status', (s) => SITE_STATUSES[s.status]],
    ['Partnership stage', (s) => stageWords(s.stage)],
    ['Partnership meetings held', (s) => String(s.meetings.held)],
    ['Last meeting', (s) => lastMeetingWords(s.meetings.lastOn)],
    ['Attendance trend', (s) => attendanceTrend(s.attendance).words],
    ['Actions done on time', (s) => onTimeWords(s.actions).words],
    ['Overdue actions', (s) => String(s.actions.overdue)],
    ['Tests of change', (s) => testsWords(s.tests)],
    ['Last reflection', (s) => reflectionWords(s.reflections.daysSince)],
    ['Early warnings', warningCount]
  ]
  const rows = figures.map(([label, f]) => ({ label, a: f(a), b: f(b) }))
  const map = heatmap({ ...data, sites: [a, b] })
  const [rowA, rowB] = map.rows
  map.columns.forEach((column, i) => {
    const text = (cell: HeatmapCell | undefined) =>
      cell && cell.entries.length ? cell.entries.map((e) => e.text).join('; ') : 'Not agreed'
    rows.push({ label: column.title, a: text(rowA?.cells[i]), b: text(rowB?.cells[i]) })
  })
  return rows
}
