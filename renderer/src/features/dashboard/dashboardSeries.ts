// Pure shaping of 'dashboard.get' into what the dashboard draws: heatmap cells and outcome
// trajectories per site (siteWords.ts says the per-site figures in words).
import { format, parseISO } from 'date-fns'
import { enGB } from 'date-fns/locale'
import type { ApiOutput } from '../../../../api/contract'

export type Dashboard = ApiOutput<'dashboard.get'>
export type DashboardSite = Dashboard['sites'][number]
export type DashboardOutcome = Dashboard['outcomes'][number]
export type ProgrammeOutcome = Dashboard['programmeOutcomes'][number]
export type Warning = Dashboard['warnings'][number]

/** "2026-11-21" -> "21 Nov 2026". */
export function dayLabel(iso: string): string {
  return format(parseISO(iso), 'd MMM yyyy', { locale: enGB })
}

// ---------------------------------------------------------------- heatmap

/**
 * Cividis in five steps: a sequential scale that reads the same with the common colour-vision
 * deficiencies, dark for low ratings and light for high ones, with a text colour of AA contrast.
 */
export const RATING_BANDS = [
  { min: 0, max: 2, fill: '#00204d', ink: '#ffffff' },
  { min: 3, max: 4, fill: '#414d6b', ink: '#ffffff' },
  { min: 5, max: 6, fill: '#7c7b78', ink: '#000000' },
  { min: 7, max: 8, fill: '#bcaf6f', ink: '#000000' },
  { min: 9, max: 10, fill: '#ffea46', ink: '#000000' }
] as const

export const NO_RATING = { fill: '#ffffff', ink: '#4f5a6b' } as const

export function ratingColour(rating: number | null): { fill: string; ink: string } {
  if (rating === null) return NO_RATING
  const band = RATING_BANDS.find((b) => rating <= b.max) ?? RATING_BANDS[4]
  return { fill: band.fill, ink: band.ink }
}

/** "+3", "−2" or "±0". */
export function changeLabel(change: number): string {
  if (change > 0) return `+${change}`
  if (change < 0) return `\u2212${Math.abs(change)}`
  return '\u00b10'
}

/** The cell's text: "6 (+3)", "6" with nothing to compare against, "–" when not rated. */
export function cellText(latest: number | null, change: number | null): string {
  if (latest === null) return '\u2013'
  return change === null ? String(latest) : `${latest} (${changeLabel(change)})`
}

/** The same in words, for the link's accessible name. */
export function cellWords(o: DashboardOutcome): string {
  if (o.latestRating === null) return `${o.title}: not rated yet`
  const when = o.latestRatedOn ? ` on ${dayLabel(o.latestRatedOn)}` : ''
  const change =
    o.change === null
      ? ''
      : o.change === 0
        ? ', no change since the baseline'
        : `, ${o.change > 0 ? 'up' : 'down'} ${Math.abs(o.change)} since the baseline`
  return `${o.title}: rated ${o.latestRating}${when}${change}`
}

export function outcomeHref(programmeId: string, siteId: string, outcomeId: string): string {
  return `/programmes/${programmeId}/sites/${siteId}/outcomes/${outcomeId}`
}

export interface HeatmapEntry {
  outcome: DashboardOutcome
  text: string
  words: string
  href: string
}

export interface HeatmapCell {
  columnId: string
  entries: HeatmapEntry[]
  /** The mean of the latest ratings when a site maps more than one outcome here. */
  rating: number | null
  fill: string
  ink: string
}

export interface HeatmapRow {
  site: DashboardSite
  cells: HeatmapCell[]
}

export interface Heatmap {
  columns: ProgrammeOutcome[]
  rows: HeatmapRow[]
  /** Site outcomes with no programme outcome (or an archived one), so not on the heatmap. */
  unmapped: { outcome: DashboardOutcome; siteName: string; href: string }[]
}

export function heatmap(data: Dashboard): Heatmap {
  const programmeId = data.programme.id
  const columnIds = new Set(data.programmeOutcomes.map((c) => c.id))
  const bySite = new Map<string, Map<string, DashboardOutcome[]>>()
  const siteNames = new Map(data.sites.map((s) => [s.id, s.name]))
  const unmapped: Heatmap['unmapped'] = []
  for (const o of data.outcomes) {
    if (!o.programmeOutcomeId || !columnIds.has(o.programmeOutcomeId)) {
      const siteName = siteNames.get(o.siteId) ?? ''
      unmapped.push({ outcome: o, siteName, href: outcomeHref(programmeId, o.siteId, o.id) })
      continue
    }
    const cells = bySite.get(o.siteId) ?? new Map<string, DashboardOutcome[]>()
    bySite.set(o.siteId, cells)
    cells.set(o.programmeOutcomeId, [...(cells.get(o.programmeOutcomeId) ?? []), o])
  }
  const rows = data.sites.map((site) => ({
    site,
    cells: data.programmeOutcomes.map((column): HeatmapCell => {
      const outcomes = bySite.get(site.id)?.get(column.id) ?? []
      const rated = outcomes.flatMap((o) => (o.latestRating === null ? [] : [o.latestRating]))
      const rating = rated.length ? rated.reduce((a, b) => a + b, 0) / rated.length : null
      return {
        columnId: column.id,
        entries: outcomes.map((o) => ({
          outcome: o,
          text: cellText(o.latestRating, o.change),
          words: cellWords(o),
          href: outcomeHref(programmeId, site.id, o.id)
        })),
        rating,
        ...ratingColour(rating === null ? null : Math.round(rating))
      }
    })
  }))
  return { columns: data.programmeOutcomes, rows, unmapped }
}

// ---------------------------------------------------------------- trajectories

/** Okabe-Ito colours without yellow (too pale for a thin line), each with its own dash. */
export const LINE_STYLES = [
  { colour: '#0072B2', dash: '' },
  { colour: '#E69F00', dash: '6 3' },
  { colour: '#009E73', dash: '2 2' },
  { colour: '#D55E00', dash: '8 3 2 3' },
  { colour: '#CC79A7', dash: '4 4' },
  { colour: '#56B4E9', dash: '1 3' },
  { colour: '#000000', dash: '10 4' },
  { colour: '#999999', dash: '3 6' }
] as const

/** The line style of the programme outcome in column `index`. */
export function lineStyle(index: number): (typeof LINE_STYLES)[number] {
  return LINE_STYLES[index % LINE_STYLES.length] ?? LINE_STYLES[0]
}

export interface TrajectoryLine {
  key: string
  /** The programme outcome's title. */
  name: string
  colour: string
  dash: string
}

export type TrajectoryPoint = { t: number; date: string } & Record<string, number | string>

export interface Trajectory {
  site: DashboardSite
  lines: TrajectoryLine[]
  points: TrajectoryPoint[]
}

/** One small chart per site: a line per mapped outcome, styled by its programme outcome. */
export function trajectories(data: Dashboard): Trajectory[] {
  const style = new Map(data.programmeOutcomes.map((c, i) => [c.id, { c, s: lineStyle(i) }]))
  const bySite = new Map<string, DashboardOutcome[]>()
  for (const o of data.outcomes) {
    if (!o.programmeOutcomeId || !style.has(o.programmeOutcomeId)) continue
    bySite.set(o.siteId, [...(bySite.get(o.siteId) ?? []), o])
  }
  return data.sites.map((site) => {
    const outcomes = bySite.get(site.id) ?? []
    const byDate = new Map<string, TrajectoryPoint>()
    const lines = outcomes.map((o): TrajectoryLine => {
      const found = style.get(o.programmeOutcomeId ?? '')
      const s = found?.s ?? LINE_STYLES[0]
      // The baseline, where it was agreed within the range, starts the line (as in the reports).
      const inRange = o.agreedOn >= data.range.from && o.agreedOn <= data.range.to
      const baseline: [string, number][] =
        o.baselineRating !== null && inRange ? [[o.agreedOn, o.baselineRating]] : []
      for (const [date, rating] of [...baseline, ...o.points]) {
        const point = byDate.get(date) ?? { t: Date.parse(`${date}T00:00:00Z`), date }
        point[o.id] = rating
        byDate.set(date, point)
      }
      return { key: o.id, name: found?.c.title ?? o.title, colour: s.colour, dash: s.dash }
    })
    const points = [...byDate.values()].sort((a, b) => a.t - b.t)
    return { site, lines, points }
  })
}

/** A small chart's accessible name: which outcomes, how many ratings, over what span. */
export function trajectorySummary(t: Trajectory): string {
  const first = t.points[0]
  const last = t.points.at(-1)
  if (t.lines.length === 0) return `${t.site.name}: no outcomes mapped to the programme's outcomes`
  if (!first || !last) return `${t.site.name}: no ratings in this date range`
  const outcomes = t.lines.length === 1 ? '1 outcome' : `${t.lines.length} outcomes`
  const span =
    first.date === last.date
      ? `on ${dayLabel(first.date)}`
      : `from ${dayLabel(first.date)} to ${dayLabel(last.date)}`
  return `${t.site.name}: ratings of ${outcomes} ${span}`
}

/** "Mar 26" for a time axis tick. */
export function monthTick(t: number): string {
  return format(new Date(t), 'MMM yy', { locale: enGB })
}
