// Pure shaping of one agreed outcome into what its chart draws and its tables list: the ratings
// over time, the baseline, the meeting and test-of-change markers, the x axis and a summary.
import { format, parseISO } from 'date-fns'
import { enGB } from 'date-fns/locale'
import { labelRows, testNumbers, type NumberableTest } from '../../../../domain/testNumbers'
import { JUDGES, type Judge } from '../../../../api/schemas/outcomes'

const DAY = 24 * 60 * 60 * 1000

/** "2026-11-21" -> "21 Nov 2026". */
export function dateLabel(isoDate: string): string {
  return format(parseISO(isoDate), 'd MMM yyyy', { locale: enGB })
}

/** A day as a number the time axis can place: midnight UTC, so no time zone moves it. */
export function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`)
}

function isoOf(t: number): string {
  return new Date(t).toISOString().slice(0, 10)
}

/** "Up 3", "Down 2", "No change"; null when there is nothing to compare. */
export function describeChange(change: number | null): string | null {
  if (change === null) return null
  if (change === 0) return 'No change'
  return change > 0 ? `Up ${change}` : `Down ${-change}`
}

export interface SeriesInput {
  title: string
  agreedOn: string
  baselineRating: number | null
  ratings: {
    id: string
    ratedOn: string
    rating: number
    judgedBy: Judge
    evidence: string
    meetingHeldOn: string | null
  }[]
  meetings: { id: string; heldOn: string }[]
  testsOfChange: {
    testId: string
    title: string
    event: 'started' | 'decided'
    status: string
    date: string
    linked: boolean
  }[]
}

export interface RatingPoint {
  id: string
  t: number
  date: string
  label: string
  rating: number
  judgedBy: string
  evidence: string
  meetingHeldOn: string | null
  /** The change from the baseline, when there is one. */
  change: number | null
}

export interface Marker {
  t: number
  date: string
  label: string
}

export interface TestMarker extends Marker {
  /** "T1", "T2" ...: one number per test, shared by its start and decision markers. */
  code: string
  event: 'started' | 'decided'
  /** "started", "adopted", "adapted" or "abandoned". */
  what: string
  title: string
  linked: boolean
  /** The label's row above the chart: markers close in time stack instead of overprinting. */
  row: number
}

export interface OutcomeSeries {
  points: RatingPoint[]
  baseline: number | null
  latest: RatingPoint | null
  change: number | null
  /** The time axis, from a little before the outcome was agreed to a little after the last date. */
  domain: [number, number]
  ticks: Marker[]
  meetingMarkers: Marker[]
  testMarkers: TestMarker[]
  /** How many rows of test labels there are (0 when none). */
  labelRows: number
  summary: string
}

function marker(date: string): Marker {
  return { t: dayNumber(date), date, label: dateLabel(date) }
}

/** The first of each month inside the domain, thinned to at most 12; the ends if none. */
function monthTicks(start: number, end: number): Marker[] {
  const ticks: Marker[] = []
  const from = new Date(start)
  let year = from.getUTCFullYear()
  let month = from.getUTCMonth() + 1
  for (;;) {
    const t = Date.UTC(year, month, 1)
    if (t > end) break
    if (t >= start) {
      const date = isoOf(t)
      ticks.push({ t, date, label: format(parseISO(date), 'MMM yyyy', { locale: enGB }) })
    }
    month += 1
    if (month === 12) [year, month] = [year + 1, 0]
  }
  if (ticks.length < 2) return [marker(isoOf(start + 7 * DAY)), marker(isoOf(end - 7 * DAY))]
  const step = Math.ceil(ticks.length / 12)
  return ticks.filter((_, i) => i % step === 0)
}

function summarise(input: SeriesInput, points: RatingPoint[], change: number | null): string {
  const baseline =
    input.baselineRating === null
      ? `no baseline recorded when agreed on ${dateLabel(input.agreedOn)}`
      : `baseline ${input.baselineRating} out of 10 when agreed on ${dateLabel(input.agreedOn)}`
  const latest = points.at(-1)
  if (!latest) return `${input.title}: ${baseline}; no ratings of progress yet.`
  const count = points.length === 1 ? '1 rating' : `${points.length} ratings`
  const moved = change === null ? '' : ` (${describeChange(change)?.toLowerCase()} on the baseline)`
  return `${input.title}: ${baseline}; ${count}, latest ${latest.rating} out of 10 on ${latest.label}${moved}.`
}

/** A label ("T12") is about this share of the chart's width: closer ones go up a row. */
const LABEL_GAP = 0.05

/** Each test's start and decision dates, from its markers. */
function testDates(events: SeriesInput['testsOfChange']) {
  const tests = new Map<string, NumberableTest>()
  for (const e of events) {
    const t = tests.get(e.testId) ?? {
      id: e.testId,
      title: e.title,
      startedOn: null,
      decidedOn: null
    }
    if (e.event === 'started' && (t.startedOn === null || e.date < t.startedOn))
      t.startedOn = e.date
    if (e.event === 'decided' && (t.decidedOn === null || e.date > t.decidedOn))
      t.decidedOn = e.date
    tests.set(e.testId, t)
  }
  return [...tests.values()]
}

export function outcomeSeries(input: SeriesInput): OutcomeSeries {
  const baseline = input.baselineRating
  const points = [...input.ratings]
    .sort((a, b) => a.ratedOn.localeCompare(b.ratedOn))
    .map((r) => ({
      id: r.id,
      t: dayNumber(r.ratedOn),
      date: r.ratedOn,
      label: dateLabel(r.ratedOn),
      rating: r.rating,
      judgedBy: JUDGES[r.judgedBy],
      evidence: r.evidence,
      meetingHeldOn: r.meetingHeldOn,
      change: baseline === null ? null : r.rating - baseline
    }))
  const latest = points.at(-1) ?? null
  const change = latest && baseline !== null ? latest.rating - baseline : null

  // Markers from the day the outcome was agreed: earlier meetings are not part of its story.
  const onOrAfter = (date: string) => date >= input.agreedOn
  const meetingMarkers = input.meetings
    .map((m) => m.heldOn)
    .filter(onOrAfter)
    .map(marker)
  // Numbered across the whole site, as on the run charts and in the reports, not per chart.
  const numbers = testNumbers(testDates(input.testsOfChange))
  const placed = [...input.testsOfChange]
    .filter((m) => onOrAfter(m.date))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((m) => {
      const code = `T${numbers.get(m.testId) ?? ''}`
      const what = m.event === 'started' ? 'started' : m.status
      return { ...marker(m.date), code, event: m.event, what, title: m.title, linked: m.linked }
    })

  const start = dayNumber(input.agreedOn)
  const last = Math.max(
    start,
    ...points.map((p) => p.t),
    ...meetingMarkers.map((m) => m.t),
    ...placed.map((m) => m.t)
  )
  const pad = Math.max(14 * DAY, Math.round((last - start) * 0.04))
  const domain: [number, number] = [start - pad, last + pad]
  const rows = labelRows(
    placed.map((m) => m.t),
    (domain[1] - domain[0]) * LABEL_GAP
  )
  const testMarkers = placed.map((m, i) => ({ ...m, row: rows[i] ?? 0 }))
  return {
    points,
    baseline,
    latest,
    change,
    domain,
    ticks: monthTicks(domain[0], domain[1]),
    meetingMarkers,
    testMarkers,
    labelRows: testMarkers.length ? Math.max(...rows) + 1 : 0,
    summary: summarise(input, points, change)
  }
}
