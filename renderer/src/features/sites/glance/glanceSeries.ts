// Pure shaping of 'sites.glance' for the overview: every agreed outcome's trajectory on one 0-10
// chart with the days tests of change started, attendance per meeting, and words for the rest.
import { format, parseISO } from 'date-fns'
import { enGB } from 'date-fns/locale'
import type { ApiOutput } from '../../../../../api/contract'
import { TEST_STATUSES, TEST_STATUS_LABELS } from '../../../../../domain/lifecycle'
import { daysBetween } from '../../../../../domain/earlyWarnings'
import type { AttendancePoint } from '../../engagement/engagementSeries'
import { dateLabel, dayNumber } from '../../outcomes/outcomeSeries'

export type Glance = ApiOutput<'sites.glance'>
type GlanceOutcome = Glance['outcomes'][number]
type GlanceTest = Glance['testsOfChange']['tests'][number]

const DAY = 24 * 60 * 60 * 1000

export interface TrajectoryPoint {
  t: number
  date: string
  label: string
  rating: number
  /** True for the baseline, drawn on the day the outcome was agreed. */
  baseline: boolean
}

export interface TrajectoryLine {
  /** The key of this line's values in the chart's rows ("o1", "o2" ...). */
  key: string
  outcomeId: string
  title: string
  baseline: number | null
  points: TrajectoryPoint[]
  /** The latest rating (never the baseline), if any. */
  latest: TrajectoryPoint | null
  /** Latest rating minus the baseline, when there are both. */
  change: number | null
}

/** One row per day anything is plotted: each line's value on that day, or null. */
export type TrajectoryRow = { t: number } & Record<string, number | null>

export interface TestStartMarker {
  /** "T1", "T2" ... in the order testing started (then by title), the same everywhere. */
  code: string
  testId: string
  title: string
  status: GlanceTest['status']
  t: number
  date: string
  label: string
}

export interface Tick {
  t: number
  label: string
}

export interface TrajectorySeries {
  lines: TrajectoryLine[]
  rows: TrajectoryRow[]
  markers: TestStartMarker[]
  /** The markers grouped by day, so tests started together share one labelled line. */
  markerLines: { t: number; date: string; codes: string }[]
  /** The time axis with some room either side; null when there is nothing to place on it. */
  domain: [number, number] | null
  ticks: Tick[]
  summary: string
}

function point(date: string, rating: number, baseline: boolean): TrajectoryPoint {
  return { t: dayNumber(date), date, label: dateLabel(date), rating, baseline }
}

/**
 * An outcome's line: the baseline on the day it was agreed, then its ratings. A rating on the day
 * it was agreed replaces the baseline there, and of two ratings on one day the later recorded
 * stands (the API lists them in the order they were recorded).
 */
function trajectoryLine(outcome: GlanceOutcome, index: number): TrajectoryLine {
  const byDay = new Map<string, TrajectoryPoint>()
  if (outcome.baselineRating !== null) {
    byDay.set(outcome.agreedOn, point(outcome.agreedOn, outcome.baselineRating, true))
  }
  for (const r of outcome.ratings) byDay.set(r.ratedOn, point(r.ratedOn, r.rating, false))
  const points = [...byDay.values()].sort((a, b) => a.t - b.t)
  const latest = points.filter((p) => !p.baseline).at(-1) ?? null
  return {
    key: `o${index + 1}`,
    outcomeId: outcome.id,
    title: outcome.title,
    baseline: outcome.baselineRating,
    points,
    latest,
    change:
      latest && outcome.baselineRating !== null ? latest.rating - outcome.baselineRating : null
  }
}

/** Tests that have started testing, numbered T1, T2 ... by start date, then title. */
export function testStartMarkers(tests: GlanceTest[]): TestStartMarker[] {
  return tests
    .filter((t): t is GlanceTest & { startedOn: string } => t.startedOn !== null)
    .sort(
      (a, b) =>
        a.startedOn.localeCompare(b.startedOn) ||
        a.title.localeCompare(b.title, 'en-GB') ||
        a.id.localeCompare(b.id)
    )
    .map((t, i) => ({
      code: `T${i + 1}`,
      testId: t.id,
      title: t.title,
      status: t.status,
      t: dayNumber(t.startedOn),
      date: t.startedOn,
      label: dateLabel(t.startedOn)
    }))
}

/** The first of each month inside the domain, thinned to at most 8; the two ends if fewer than 2. */
function monthTicks([start, end]: [number, number], first: number, last: number): Tick[] {
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10)
  const ticks: Tick[] = []
  const from = new Date(start)
  for (let m = from.getUTCMonth() + 1; ; m += 1) {
    const t = Date.UTC(from.getUTCFullYear(), m, 1)
    if (t > end) break
    ticks.push({ t, label: format(parseISO(iso(t)), 'MMM yyyy', { locale: enGB }) })
  }
  if (ticks.length < 2) {
    return [...new Set([first, last])].map((t) => ({ t, label: dateLabel(iso(t)) }))
  }
  const step = Math.ceil(ticks.length / 8)
  return ticks.filter((_, i) => i % step === 0)
}

function describeLine(line: TrajectoryLine): string {
  const { latest, baseline, points } = line
  if (!latest) {
    return baseline === null
      ? `${line.title}: no baseline or ratings yet`
      : `${line.title}: baseline ${baseline}, no ratings yet`
  }
  const first = points[0] ?? latest
  if (first === latest) return `${line.title}: ${latest.rating} on ${latest.label}`
  const from = first.baseline ? `${first.rating} (baseline)` : `${first.rating} on ${first.label}`
  return `${line.title}: from ${from} to ${latest.rating} on ${latest.label}`
}

function summarise(lines: TrajectoryLine[], markers: TestStartMarker[]): string {
  if (lines.length === 0) return 'No outcomes agreed yet.'
  const outcomes = lines.length === 1 ? '1 agreed outcome' : `${lines.length} agreed outcomes`
  const tests =
    markers.length === 0
      ? ' No test of change has started yet.'
      : ` Tests of change started: ${markers.map((m) => `${m.code} on ${m.label}`).join(', ')}.`
  return `${outcomes}, rated from 0 to 10. ${lines.map(describeLine).join('; ')}.${tests}`
}

export function trajectorySeries(outcomes: GlanceOutcome[], tests: GlanceTest[]): TrajectorySeries {
  const lines = outcomes.map(trajectoryLine)
  const markers = testStartMarkers(tests)

  const rowsByDay = new Map<number, TrajectoryRow>()
  const rowOn = (t: number): TrajectoryRow => {
    const row = rowsByDay.get(t) ?? { t, ...Object.fromEntries(lines.map((l) => [l.key, null])) }
    rowsByDay.set(t, row)
    return row
  }
  for (const line of lines) for (const p of line.points) rowOn(p.t)[line.key] = p.rating
  const rows = [...rowsByDay.values()].sort((a, b) => a.t - b.t)

  const markerLines: TrajectorySeries['markerLines'] = []
  for (const m of markers) {
    const same = markerLines.at(-1)
    if (same && same.t === m.t) same.codes = `${same.codes}, ${m.code}`
    else markerLines.push({ t: m.t, date: m.date, codes: m.code })
  }

  const times = [...rows.map((r) => r.t), ...markers.map((m) => m.t)]
  let domain: [number, number] | null = null
  let ticks: Tick[] = []
  if (times.length > 0) {
    const first = Math.min(...times)
    const last = Math.max(...times)
    const pad = Math.max(14 * DAY, Math.round((last - first) * 0.04))
    domain = [first - pad, last + pad]
    ticks = monthTicks(domain, first, last)
  }
  return {
    lines,
    rows,
    markers,
    markerLines,
    domain,
    ticks,
    summary: summarise(lines, markers)
  }
}

/** Attendance at each partnership meeting, in the shape the engagement chart draws. */
export function glanceAttendance(meetings: Glance['attendance']): AttendancePoint[] {
  return meetings.map((m) => ({
    meetingId: m.meetingId,
    heldOn: m.heldOn,
    label: dateLabel(m.heldOn),
    named: m.named,
    unnamed: m.unnamed,
    present: m.named + m.unnamed,
    apologies: m.apologies
  }))
}

/** Tests of change per status in lifecycle order, every status listed. */
export function testStatusCounts(byStatus: Glance['testsOfChange']['byStatus']) {
  return TEST_STATUSES.map((status) => ({
    status,
    label: TEST_STATUS_LABELS[status],
    count: byStatus[status]
  }))
}

/** "today", "yesterday", "5 days ago", "3 weeks ago": how long since a day, for a reader. */
export function timeSince(date: string, today: string): string {
  const days = daysBetween(date, today)
  if (days < 0) return `in ${days === -1 ? '1 day' : `${-days} days`}`
  if (days === 0) return 'today'
  if (days === 1) return 'yesterday'
  if (days < 14) return `${days} days ago`
  return `${Math.floor(days / 7)} weeks ago`
}
