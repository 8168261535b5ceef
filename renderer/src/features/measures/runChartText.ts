// The words a run chart shows under its drawing: each signal, "no signal", or why nothing can be
// judged yet. en-GB month labels and numbers; British spelling. Pure, used by runChart.ts.
import { format, parseISO } from 'date-fns'
import { enGB } from 'date-fns/locale'
import type { RunChartAnalysis, RunChartOptions, SegmentAnalysis, Signal } from './runChart'

/** Points (and baseline points) a baseline period needs before its signals can be judged. */
export const MIN_POINTS = 10
/** IHI: this many points in a row on one side of the median is a shift. */
export const IHI_SHIFT = 6
/** IHI: this many points in a row all going up, or all going down, is a trend. */
export const IHI_TREND = 5

export interface SignalWords {
  monthly: boolean
}

/** "Mar 2026" for monthly data, "3 Mar 2026" otherwise. */
export function formatPeriod(period: string, monthly: boolean): string {
  return format(parseISO(period), monthly ? 'MMM yyyy' : 'd MMM yyyy', { locale: enGB })
}

const numbers = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 })
export function formatValue(value: number): string {
  return numbers.format(value)
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

function span(signal: Signal, toEnd: boolean, words: SignalWords): string {
  const from = signal.from ? formatPeriod(signal.from, words.monthly) : ''
  const to = signal.to ? formatPeriod(signal.to, words.monthly) : ''
  return toEnd ? `since ${from}` : `from ${from} to ${to}`
}

function meaning(signal: Signal, options: RunChartOptions): string {
  if (signal.favourable === null) return ''
  const better = options.better === 'higher' ? 'Higher' : 'Lower'
  return signal.favourable
    ? ` ${better} is better for this measure, so this points to a real improvement.`
    : ` ${better} is better for this measure, so this points to a real change for the worse.`
}

export function shiftText(
  signal: Signal,
  toEnd: boolean,
  segment: SegmentAnalysis,
  options: RunChartOptions,
  words: SignalWords
): string {
  const where = `${signal.count} points in a row ${signal.direction === 'above' ? 'above' : 'below'} the median ${span(signal, toEnd, words)}`
  const rule =
    options.rules === 'anhoej'
      ? `more than the ${signal.limit} expected by chance (Anhøj rules, ${segment.usefulPoints} useful points).`
      : `${signal.limit} or more is a signal (IHI rules).`
  return `Shift: ${where} — ${rule}${meaning(signal, options)}`
}

export function trendText(
  signal: Signal,
  toEnd: boolean,
  options: RunChartOptions,
  words: SignalWords
): string {
  const where = `${signal.count} points in a row going ${signal.direction === 'up' ? 'up' : 'down'} ${span(signal, toEnd, words)}`
  return `Trend: ${where} — ${signal.limit} or more is a signal (IHI rules).${meaning(signal, options)}`
}

export function crossingsText(signal: Signal, segment: SegmentAnalysis): string {
  return (
    `Too few crossings: the line crosses the median ${plural(signal.count, 'time', 'times')} — ` +
    `fewer than the ${signal.limit} expected by chance (Anhøj rules, ${segment.usefulPoints} useful points). ` +
    'The points stay on one side of the median for longer than chance explains.'
  )
}

export function noSignalText(segment: SegmentAnalysis, options: RunChartOptions): string {
  if (options.rules === 'anhoej') {
    return (
      `No signal (Anhøj rules, ${segment.usefulPoints} useful points): the longest run is ` +
      `${plural(segment.longestRun, 'point', 'points')}, within the ${segment.runLimit} expected by chance, ` +
      `and the line crosses the median ${plural(segment.crossings, 'time', 'times')}, not fewer than ` +
      `the ${segment.crossingsLimit} expected. The variation looks random.`
    )
  }
  return (
    `No signal (IHI rules): no shift of ${IHI_SHIFT} or more points on one side of the median ` +
    `(the longest run is ${segment.longestRun}) and no trend of ${IHI_TREND} or more points going ` +
    `up or down (the longest is ${segment.longestTrend}). The variation looks random.`
  )
}

/** Why a baseline period cannot be judged yet, or null when it can. */
export function tooLittleDataText(
  segment: SegmentAnalysis,
  options: RunChartOptions
): string | null {
  const frozen = options.baselinePoints
  if (segment.baselineCount < MIN_POINTS) {
    if (frozen !== null && frozen < MIN_POINTS && segment.points.length >= frozen) {
      return (
        `Too little data: the median comes from only ${plural(frozen, 'point', 'points')}; at least ` +
        `${MIN_POINTS} are needed before signals can be judged, so none are shown.`
      )
    }
    return `Too little data: at least ${MIN_POINTS} points are needed before signals can be judged; ${segment.points.length} so far.`
  }
  if (options.rules === 'anhoej' && segment.usefulPoints < MIN_POINTS) {
    const onMedian = segment.points.length - segment.usefulPoints
    return (
      `Too little data: at least ${MIN_POINTS} points off the median are needed before signals ` +
      `can be judged; ${segment.usefulPoints} so far (${plural(onMedian, 'point falls', 'points fall')} ` +
      'on the median and do not count).'
    )
  }
  return null
}

export type CurrentState = 'no-data' | 'too-little-data' | 'signal' | 'no-signal'

/** A short verdict on the latest baseline period, for lists. */
export function currentSignal(analysis: RunChartAnalysis): { state: CurrentState; text: string } {
  const segment = analysis.segments.at(-1)
  if (!segment) return { state: 'no-data', text: 'No data yet' }
  if (!segment.judged) {
    const have =
      segment.baselineCount < MIN_POINTS || analysis.rules === 'ihi'
        ? segment.baselineCount
        : segment.usefulPoints
    return { state: 'too-little-data', text: `Too little data (${have} of ${MIN_POINTS} points)` }
  }
  if (segment.signals.length === 0) return { state: 'no-signal', text: 'No signal' }
  const words = segment.signals.map((s) => {
    const way = s.favourable === null ? '' : s.favourable ? ' (better)' : ' (worse)'
    if (s.kind === 'crossings') return 'Too few crossings'
    if (s.kind === 'trend') return `Trend ${s.direction === 'up' ? 'up' : 'down'}${way}`
    return `Shift ${s.direction === 'above' ? 'above' : 'below'} the median${way}`
  })
  return { state: 'signal', text: [...new Set(words)].join('; ') }
}
