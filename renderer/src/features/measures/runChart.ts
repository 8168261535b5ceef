// Run-chart analysis: the baseline median of each baseline period and the signals of non-random
// variation, by the Anhøj rules (longest run, number of crossings) or the IHI rules (shift of 6 or
// more, trend of 5 or more). Pure TypeScript: no React, no store; the words live in runChartText.
import {
  crossingsText,
  IHI_SHIFT,
  IHI_TREND,
  noSignalText,
  shiftText,
  tooLittleDataText,
  trendText,
  type SignalWords
} from './runChartText'
import { favourable, median, runsOf, sideOf, trendsOf, type Run } from './runChartRuns'

export { median } from './runChartRuns'
export {
  currentSignal,
  formatPeriod,
  formatValue,
  IHI_SHIFT,
  IHI_TREND,
  MIN_POINTS,
  type CurrentState
} from './runChartText'

export type RuleSet = 'anhoej' | 'ihi'
export type Better = 'higher' | 'lower'
export type Side = 'above' | 'below' | 'on'

export interface RunPoint {
  /** The period's first day, YYYY-MM-DD. */
  period: string
  value: number
}

export interface RunChartOptions {
  rules: RuleSet
  better: Better
  /** How many of the first points of each baseline period give its median; null: all of them. */
  baselinePoints: number | null
  /** Dates from which a new baseline starts (e.g. after an adopted change). */
  baselineStarts: string[]
}

export interface AnalysedPoint extends RunPoint {
  segment: number
  side: Side
  /** One of the points the segment's median was computed from. */
  inBaseline: boolean
  /** Part of a shift or trend that was judged a signal. */
  signal: boolean
}

export interface Signal {
  kind: 'shift' | 'crossings' | 'trend'
  direction: 'above' | 'below' | 'up' | 'down' | null
  /** Points in the run, or the number of crossings. */
  count: number
  /** The most (runs) or fewest (crossings) expected by chance. */
  limit: number
  from: string | null
  to: string | null
  /** Whether the signal points the better way; null when it has no direction. */
  favourable: boolean | null
  text: string
}

export interface SegmentAnalysis {
  index: number
  /** The date the baseline period starts: a chosen date, or the first point's period. */
  startsOn: string
  rebased: boolean
  points: AnalysedPoint[]
  median: number
  baselineCount: number
  usefulPoints: number
  longestRun: number
  crossings: number
  runLimit: number
  crossingsLimit: number
  longestTrend: number
  judged: boolean
  signals: Signal[]
  /** What the rules found, in words: the signals, "no signal" or why nothing can be judged yet. */
  explanation: string[]
}

export interface RunChartAnalysis {
  rules: RuleSet
  points: AnalysedPoint[]
  segments: SegmentAnalysis[]
  /** True when every period is a month's first day, so labels read "Mar 2026". */
  monthly: boolean
}

/** The Anhøj longest-run limit: a run longer than this is a signal. */
export function runLimit(useful: number): number {
  return Math.round(Math.log2(useful)) + 3
}

/**
 * The Anhøj fewest crossings: the smallest k with P(X <= k) >= 0.05 for X ~ Bin(n - 1, 0.5);
 * fewer crossings than this is a signal. Exact, in whole numbers: 20 * sum C(n-1, i) >= 2^(n-1).
 */
export function crossingsLimit(useful: number): number {
  const trials = useful - 1
  if (trials <= 0) return 0
  const total = 1n << BigInt(trials)
  let coefficient = 1n
  let cumulative = 0n
  for (let k = 0; k <= trials; k++) {
    if (k > 0) coefficient = (coefficient * BigInt(trials - k + 1)) / BigInt(k)
    cumulative += coefficient
    if (cumulative * 20n >= total) return k
  }
  return trials
}

interface SegmentInput {
  index: number
  startsOn: string
  rebased: boolean
  input: RunPoint[]
  options: RunChartOptions
  words: SignalWords
}

/** The segment's median, sides, runs and trends, before any rule is applied. */
function measureSegment({ index, startsOn, rebased, input, options }: SegmentInput) {
  const baselineCount = Math.min(options.baselinePoints ?? input.length, input.length)
  const centre = median(input.slice(0, baselineCount).map((p) => p.value))
  const sides = input.map((p) => sideOf(p.value, centre))
  const points: AnalysedPoint[] = input.map((p, i) => ({
    ...p,
    segment: index,
    side: sides[i] ?? 'on',
    inBaseline: i < baselineCount,
    signal: false
  }))
  const runs = runsOf(sides)
  const useful = sides.filter((s) => s !== 'on').length
  const longest = runs.reduce<Run | null>((a, r) => (!a || r.length > a.length ? r : a), null)
  const trends = trendsOf(input.map((p) => p.value))
  const segment: SegmentAnalysis = {
    index,
    startsOn,
    rebased,
    points,
    median: centre,
    baselineCount,
    usefulPoints: useful,
    longestRun: longest?.length ?? 0,
    crossings: Math.max(0, runs.length - 1),
    runLimit: useful > 0 ? runLimit(useful) : 0,
    crossingsLimit: crossingsLimit(useful),
    longestTrend: trends.reduce((m, t) => Math.max(m, t.length), 0),
    judged: false,
    signals: [],
    explanation: []
  }
  return { segment, runs, longest, trends }
}

/** A signal found between two of the segment's points, its points marked and its words written. */
function signalOf(
  { input, options, words }: SegmentInput,
  segment: SegmentAnalysis,
  kind: Signal['kind'],
  direction: Signal['direction'],
  count: number,
  limit: number,
  [start, end]: [number, number]
): Signal {
  if (kind !== 'crossings') {
    for (const p of segment.points.slice(start, end + 1))
      if (kind === 'trend' || p.side !== 'on') p.signal = true
  }
  const found: Signal = {
    kind,
    direction,
    count,
    limit,
    from: input[start]?.period ?? null,
    to: input[end]?.period ?? null,
    favourable: favourable(direction, options.better),
    text: ''
  }
  const atEnd = end === input.length - 1
  found.text =
    kind === 'shift'
      ? shiftText(found, atEnd, segment, options, words)
      : kind === 'trend'
        ? trendText(found, atEnd, options, words)
        : crossingsText(found, segment)
  return found
}

function analyseSegment(given: SegmentInput): SegmentAnalysis {
  const { input, options } = given
  const { segment, runs, longest, trends } = measureSegment(given)
  const signal = (...args: SignalArgs) => signalOf(given, segment, ...args)
  const tooLittle = tooLittleDataText(segment, options)
  if (tooLittle) {
    segment.explanation = [tooLittle]
    return segment
  }
  segment.judged = true
  const found = segment.signals
  const last = input.length - 1
  if (options.rules === 'anhoej') {
    if (longest && longest.length > segment.runLimit) {
      found.push(
        signal('shift', longest.side, longest.length, segment.runLimit, [
          longest.start,
          longest.end
        ])
      )
    }
    if (segment.crossings < segment.crossingsLimit) {
      found.push(signal('crossings', null, segment.crossings, segment.crossingsLimit, [0, last]))
    }
  } else {
    for (const r of runs.filter((r) => r.length >= IHI_SHIFT)) {
      found.push(signal('shift', r.side, r.length, IHI_SHIFT, [r.start, r.end]))
    }
    for (const t of trends.filter((t) => t.length >= IHI_TREND)) {
      found.push(signal('trend', t.direction, t.length, IHI_TREND, [t.start, t.end]))
    }
  }
  segment.explanation =
    segment.signals.length > 0
      ? segment.signals.map((s) => s.text)
      : [noSignalText(segment, options)]
  return segment
}

type SignalArgs = [
  kind: Signal['kind'],
  direction: Signal['direction'],
  count: number,
  limit: number,
  span: [number, number]
]

/** Splits the points into baseline periods and analyses each against its own median. */
export function analyseRunChart(input: RunPoint[], options: RunChartOptions): RunChartAnalysis {
  const sorted = [...input].sort((a, b) => a.period.localeCompare(b.period))
  const monthly = sorted.every((p) => p.period.endsWith('-01'))
  const words: SignalWords = { monthly }
  const starts = [...new Set(options.baselineStarts)].sort()
  const groups = new Map<number, RunPoint[]>()
  for (const point of sorted) {
    const group = starts.filter((s) => s <= point.period).length
    groups.set(group, [...(groups.get(group) ?? []), point])
  }
  const segments = [...groups.entries()].map(([group, points], index) =>
    analyseSegment({
      index,
      startsOn: group === 0 ? (points[0]?.period ?? '') : (starts[group - 1] ?? ''),
      rebased: group > 0,
      input: points,
      options,
      words
    })
  )
  return { rules: options.rules, points: segments.flatMap((s) => s.points), segments, monthly }
}
