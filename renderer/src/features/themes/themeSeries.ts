// Pure shaping of 'themes.summary' into what the themes view draws: a heatmap of themes x sites
// (grouped by theme set, shaded on a colour-blind-safe sequential scale) and themes over time
// (months filled without gaps), plus the filter that opens the cycles behind any count.
import { format, parseISO } from 'date-fns'
import { enGB } from 'date-fns/locale'
import type { ApiOutput } from '../../../../api/contract'
import { THEME_SETS, type ThemeSet } from '../../../../domain/vocabulary'

export type ThemeSummary = ApiOutput<'themes.summary'>
export type SummaryTheme = ThemeSummary['themes'][number]
export type SummarySite = ThemeSummary['sites'][number]

/** The column id team-level cycles are counted under (as the API and the reflection log use it). */
export const TEAM = 'team'

/** How many themes the over-time chart draws at once, so the lines stay readable. */
export const MAX_CHOSEN = 4

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** A theme's name as the view shows it. */
export function themeLabel(theme: Pick<SummaryTheme, 'name' | 'archived'>): string {
  return theme.archived ? `${theme.name} (archived)` : theme.name
}

// ---------------------------------------------------------------- colour scale

/**
 * A single-hue sequential scale (ColorBrewer Blues): it reads by lightness alone, so it survives
 * every common colour-vision deficiency and greyscale printing. Each step names the ink its number
 * is written in, chosen for at least 4.5:1 contrast (WCAG AA).
 */
export const HEAT_SCALE = [
  { background: '#ffffff', ink: '#4f5a6b' },
  { background: '#deebf7', ink: '#1d2433' },
  { background: '#9ecae1', ink: '#1d2433' },
  { background: '#6baed6', ink: '#1d2433' },
  { background: '#2171b5', ink: '#ffffff' },
  { background: '#08306b', ink: '#ffffff' }
] as const

export interface Shade {
  /** 0 for none, then 1 (fewest) to 5 (the most in the table). */
  level: number
  background: string
  ink: string
}

/** The shade of a count on a scale whose darkest step is the table's largest count. */
export function shade(count: number, max: number): Shade {
  const steps = HEAT_SCALE.length - 1
  const level =
    count <= 0 || max <= 0 ? 0 : Math.min(steps, Math.max(1, Math.ceil((count / max) * steps)))
  const step = HEAT_SCALE[level] ?? HEAT_SCALE[0]
  return { level, background: step.background, ink: step.ink }
}

/** The count each step of the key starts at, for the legend ("1", "2-3", ...). */
export function scaleKey(max: number): { level: number; label: string; shade: Shade }[] {
  const steps = HEAT_SCALE.length - 1
  const key: { level: number; label: string; shade: Shade }[] = [
    { level: 0, label: 'None', shade: shade(0, max) }
  ]
  for (let level = 1; level <= steps; level++) {
    const low = Math.floor(((level - 1) * max) / steps) + 1
    const high = Math.floor((level * max) / steps)
    if (high < low) continue
    key.push({ level, label: low === high ? `${low}` : `${low}–${high}`, shade: shade(high, max) })
  }
  return key
}

// ---------------------------------------------------------------- heatmap

export interface HeatCell {
  siteId: string
  count: number
  shade: Shade
}

export interface HeatRow {
  theme: SummaryTheme
  label: string
  cells: HeatCell[]
  /** Cycles with this theme across every column (a cycle belongs to one site or the team). */
  total: number
}

export interface HeatGroup {
  themeSet: ThemeSet
  label: string
  rows: HeatRow[]
}

export interface Heatmap {
  columns: SummarySite[]
  groups: HeatGroup[]
  /** The largest count in any cell: the darkest step of the scale. */
  max: number
  /** Every cell added up: each cycle counts once for each theme it is tagged with. */
  total: number
}

export function heatmap(summary: ThemeSummary): Heatmap {
  const counts = new Map(summary.bySite.map((c) => [`${c.themeId}\u0000${c.siteId}`, c.cycles]))
  const countsOf = (theme: SummaryTheme) =>
    summary.sites.map((site) => ({
      siteId: site.id,
      count: counts.get(`${theme.id}\u0000${site.id}`) ?? 0
    }))
  // The scale comes from the cells drawn, so a count for a theme not listed cannot skew it.
  const max = Math.max(0, ...summary.themes.flatMap((t) => countsOf(t).map((c) => c.count)))
  const rows = summary.themes.map((theme): HeatRow => {
    const cells = countsOf(theme).map((c) => ({ ...c, shade: shade(c.count, max) }))
    return {
      theme,
      label: themeLabel(theme),
      cells,
      total: cells.reduce((sum, c) => sum + c.count, 0)
    }
  })
  const groups = (Object.keys(THEME_SETS) as ThemeSet[])
    .map((themeSet) => ({
      themeSet,
      label: THEME_SETS[themeSet],
      rows: rows.filter((r) => r.theme.themeSet === themeSet)
    }))
    .filter((g) => g.rows.length > 0)
  return {
    columns: summary.sites,
    groups,
    max,
    total: rows.reduce((sum, r) => sum + r.total, 0)
  }
}

/** The heatmap in a sentence, for its caption: where each theme was seen most. */
export function heatmapSummary(map: Heatmap): string {
  if (map.max === 0) return 'No reflection cycle in this period is tagged with a theme yet.'
  const busiest = map.groups
    .flatMap((g) => g.rows)
    .flatMap((r) => r.cells.map((c) => ({ row: r, cell: c })))
    .filter((x) => x.cell.count === map.max)
  const first = busiest[0]
  const column = map.columns.find((c) => c.id === first?.cell.siteId)
  const where = column?.id === TEAM ? 'in team-level cycles' : `at ${column?.name ?? ''}`
  const more =
    busiest.length > 1 ? ` (and ${plural(busiest.length - 1, 'other cell')} as high)` : ''
  return `The most: "${first?.row.label ?? ''}" ${where}, in ${plural(map.max, 'cycle')}${more}.`
}

// ---------------------------------------------------------------- months

/** "2026-11" -> "Nov 2026". */
export function monthLabel(month: string): string {
  return format(parseISO(`${month}-01`), 'MMM yyyy', { locale: enGB })
}

/** Every month from the first to the last, both included ('YYYY-MM'); empty if they are reversed. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = []
  let year = Number(first.slice(0, 4))
  let month = Number(first.slice(5, 7))
  const endYear = Number(last.slice(0, 4))
  const endMonth = Number(last.slice(5, 7))
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`)
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
  }
  return months
}

/** The first and last day of a month, as the dates a cycle filter takes. */
export function monthBounds(month: string): { from: string; to: string } {
  const year = Number(month.slice(0, 4))
  const index = Number(month.slice(5, 7))
  const days = new Date(Date.UTC(year, index, 0)).getUTCDate()
  return { from: `${month}-01`, to: `${month}-${String(days).padStart(2, '0')}` }
}

// ---------------------------------------------------------------- themes over time

export interface TimePoint {
  month: string
  label: string
  /** Cycles per theme id in this month; every chosen theme has an entry, 0 when none. */
  counts: Record<string, number>
}

/**
 * One point per month, without gaps: from the range's first month (or the first month with a count)
 * to the range's last month (or the last month with a count). The axis is the same whichever
 * themes are chosen.
 */
export function themesOverTime(summary: ThemeSummary, themeIds: string[]): TimePoint[] {
  const months = summary.byMonth.map((c) => c.month).sort()
  const first = summary.from?.slice(0, 7) ?? months[0]
  const last = summary.to?.slice(0, 7) ?? months.at(-1) ?? first
  if (!first || !last) return []
  const counts = new Map(summary.byMonth.map((c) => [`${c.themeId}\u0000${c.month}`, c.cycles]))
  return monthsBetween(first, last).map((month) => ({
    month,
    label: monthLabel(month),
    counts: Object.fromEntries(themeIds.map((id) => [id, counts.get(`${id}\u0000${month}`) ?? 0]))
  }))
}

/** The themes seen in most cycles, most first (ties in the themes' own order), none unused. */
export function topThemes(summary: ThemeSummary, n = 3): string[] {
  const totals = new Map<string, number>()
  for (const c of summary.byMonth) totals.set(c.themeId, (totals.get(c.themeId) ?? 0) + c.cycles)
  return summary.themes
    .map((t, i) => ({ id: t.id, i, total: totals.get(t.id) ?? 0 }))
    .filter((t) => t.total > 0)
    .sort((a, b) => b.total - a.total || a.i - b.i)
    .slice(0, n)
    .map((t) => t.id)
}

/** The chart in a sentence, for its accessible name. */
export function overTimeSummary(points: TimePoint[], themes: SummaryTheme[]): string {
  const first = points[0]
  const last = points.at(-1)
  if (!first || !last || themes.length === 0) return 'No themes chosen to show over time.'
  const parts = themes.map((t) => {
    const total = points.reduce((sum, p) => sum + (p.counts[t.id] ?? 0), 0)
    return `${themeLabel(t)} in ${plural(total, 'cycle')}`
  })
  const span = first === last ? first.label : `${first.label} to ${last.label}`
  return `Cycles per month, ${span}: ${parts.join('; ')}`
}

// ---------------------------------------------------------------- the cycles behind a count

export interface CountSelection {
  themeId: string
  /** A site's id, 'team', or none for every site and the team. */
  siteId?: string
  /** 'YYYY-MM' when a month's count was chosen. */
  month?: string
}

/** The 'reflections.list' filter for the cycles behind a count, within the view's date range. */
export function cycleFilter(
  selection: CountSelection,
  range: { from?: string; to?: string }
): { themeId: string; siteId?: string; from?: string; to?: string } {
  const month = selection.month ? monthBounds(selection.month) : undefined
  const from = [range.from, month?.from].filter(Boolean).sort().at(-1)
  const to = [range.to, month?.to].filter(Boolean).sort().at(0)
  const filter: ReturnType<typeof cycleFilter> = { themeId: selection.themeId }
  if (selection.siteId) filter.siteId = selection.siteId
  if (from) filter.from = from
  if (to) filter.to = to
  return filter
}
