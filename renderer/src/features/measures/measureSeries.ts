// Turns a run-chart analysis into what the recharts drawing needs: rows on a time axis, one
// median line per baseline period (solid over the points it came from, dashed beyond), short
// test-of-change markers in a band above the data, and the axes' ticks. Pure and unit-tested.
import { labelRows } from '../../../../domain/testNumbers'
import { currentSignal, type RunChartAnalysis } from './runChart'
import { formatPeriod, formatValue } from './runChartText'

export type MarkerKind = 'started' | 'adopted' | 'adapted' | 'abandoned'

export interface ChartMarker {
  date: string
  label: string
  kind: MarkerKind
  testTitle: string
}

export interface RunChartRow {
  x: number
  period: string
  label: string
  value: number
  median: number
  segment: number
  signal: boolean
  inBaseline: boolean
}

export interface MedianLine {
  segment: number
  median: number
  /** From the first to the last point the median was computed from. */
  solid: [number, number]
  /** From there to the segment's last point, when the median is carried on beyond its points. */
  dashed: [number, number] | null
}

export interface MarkerLine extends ChartMarker {
  x: number
  dateLabel: string
  /** Whether its date falls within the charted periods (otherwise it is only in the legend). */
  onChart: boolean
  bottom: number
  top: number
}

export interface RunChartSeries {
  rows: RunChartRow[]
  medians: MedianLine[]
  markers: MarkerLine[]
  target: number | null
  xDomain: [number, number]
  xTicks: number[]
  yDomain: [number, number]
  yTicks: number[]
  summary: string
}

const DAY = 24 * 60 * 60 * 1000
/** A marker label ("T2 adopted") is about this share of the chart's width. */
const MARKER_LABEL_GAP = 0.12

/** A YYYY-MM-DD date as a position on the time axis (UTC midnight, so no clock shifts). */
export function dayValue(iso: string): number {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number)
  return Date.UTC(y, m - 1, d)
}

function niceStep(range: number): number {
  const raw = range / 5
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const f = raw / magnitude
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * magnitude
}

const tidy = (n: number) => Number(n.toFixed(10))

/** Each segment's median: solid over its baseline points, dashed on to its last point. */
function medianLines(analysis: RunChartAnalysis): MedianLine[] {
  return analysis.segments.map((s) => {
    const first = s.points[0]
    const lastBaseline = s.points[s.baselineCount - 1] ?? first
    const last = s.points.at(-1)
    const solidEnd = lastBaseline ? dayValue(lastBaseline.period) : 0
    const end = last ? dayValue(last.period) : solidEnd
    return {
      segment: s.index,
      median: s.median,
      solid: [first ? dayValue(first.period) : 0, solidEnd],
      dashed: end > solidEnd ? [solidEnd, end] : null
    }
  })
}

/** The value axis over every value drawn: round ends and round steps between them. */
function valueAxis(values: number[]): { niceLo: number; niceHi: number; yTicks: number[] } {
  const ys = values.filter(Number.isFinite)
  let lo = ys.length ? Math.min(...ys) : 0
  let hi = ys.length ? Math.max(...ys) : 1
  if (lo === hi) {
    lo -= 1
    hi += 1
  }
  const step = niceStep(hi - lo)
  const niceLo = tidy(Math.floor(lo / step) * step)
  const niceHi = tidy(Math.ceil(hi / step) * step)
  const yTicks: number[] = []
  for (let t = niceLo; t <= niceHi + step / 1000; t = tidy(t + step)) yTicks.push(t)
  return { niceLo, niceHi, yTicks }
}

export function runChartSeries(
  analysis: RunChartAnalysis,
  options: { name: string; target: number | null; markers: ChartMarker[] }
): RunChartSeries {
  const { monthly } = analysis
  const rows: RunChartRow[] = analysis.segments.flatMap((s) =>
    s.points.map((p) => ({
      x: dayValue(p.period),
      period: p.period,
      label: formatPeriod(p.period, monthly),
      value: p.value,
      median: s.median,
      segment: s.index,
      signal: p.signal,
      inBaseline: p.inBaseline
    }))
  )
  const medians = medianLines(analysis)

  const xs = rows.map((r) => r.x)
  const firstX = Math.min(...xs)
  const lastX = Math.max(...xs)
  // Half a period either side, so the first and last points are not cut by the chart's edge.
  const pad = rows.length > 1 ? (lastX - firstX) / (rows.length - 1) / 2 : 15 * DAY
  const xDomain: [number, number] = rows.length === 0 ? [0, 1] : [firstX - pad, lastX + pad]
  const every = Math.max(1, Math.ceil(rows.length / 12))
  const xTicks = rows.filter((_, i) => i % every === 0).map((r) => r.x)

  const { niceLo, niceHi, yTicks } = valueAxis([
    ...rows.map((r) => r.value),
    ...medians.map((m) => m.median),
    ...(options.target === null ? [] : [options.target])
  ])

  // Labels of markers close in time go up a row (as many rows as needed), so they never
  // overprint; the band above the data grows with the rows.
  const sorted = [...options.markers].sort((a, b) => a.date.localeCompare(b.date))
  const markerXs = sorted.map((m) => dayValue(m.date))
  const shown = markerXs.map((x) => rows.length > 0 && x >= xDomain[0] && x <= xDomain[1])
  const shownRows = labelRows(
    markerXs.filter((_, i) => shown[i]),
    (xDomain[1] - xDomain[0]) * MARKER_LABEL_GAP
  )
  const rowCount = shownRows.length ? Math.max(...shownRows) + 1 : 0
  const lane = (niceHi - niceLo) * 0.12
  let next = 0
  const markers: MarkerLine[] = sorted.map((m, i) => {
    const onChart = shown[i] ?? false
    const row = onChart ? (shownRows[next++] ?? 0) : 0
    return {
      ...m,
      x: markerXs[i] ?? 0,
      dateLabel: formatPeriod(m.date, false),
      onChart,
      bottom: niceHi + lane * 0.25,
      top: niceHi + lane * (1.2 + row)
    }
  })
  const anyOnChart = markers.some((m) => m.onChart)
  const yDomain: [number, number] = [
    niceLo,
    anyOnChart ? tidy(niceHi + lane * (rowCount + 1.2)) : niceHi
  ]

  return {
    rows,
    medians,
    markers,
    target: options.target,
    xDomain,
    xTicks,
    yDomain,
    yTicks,
    summary: summarise(analysis, options.name)
  }
}

/** The chart's accessible name: what it shows and the verdict on the latest baseline period. */
export function summarise(analysis: RunChartAnalysis, name: string): string {
  const { monthly } = analysis
  const first = analysis.points[0]
  const last = analysis.points.at(-1)
  if (!first || !last) return `Run chart of ${name}: no data points yet.`
  const medians = analysis.segments
    .map((s) =>
      s.rebased
        ? `new baseline from ${formatPeriod(s.startsOn, monthly)}, median ${formatValue(s.median)}`
        : `median ${formatValue(s.median)}`
    )
    .join('; ')
  const count = analysis.points.length
  return (
    `Run chart of ${name}: ${count} ${count === 1 ? 'point' : 'points'} from ` +
    `${formatPeriod(first.period, monthly)} to ${formatPeriod(last.period, monthly)}; ${medians}. ` +
    `${currentSignal(analysis).text}.`
  )
}
