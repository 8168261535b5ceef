// Sample measures: a count or two per site, monthly, that shows whether an adopted change helped.
import type { OutcomeLevel } from '../../domain/vocabulary'
import type { MeasureKey } from './changeTexts'
import { firstOfMonth, shiftDays, shiftMonths, stamp } from './dates'
import type { MeasureInsert, PointInsert, SampleContext, SampleRecords, SiteHistory } from './model'
import type { SiteOutcome } from './outcomes'
import type { Random } from './random'
import type { SiteTest } from './testsOfChange'

interface MeasureKind {
  name: string
  unit: string
  better: 'higher' | 'lower'
  /** Typical monthly value before any change, and how far an adopted change moves it. */
  base: readonly [number, number]
  shift: readonly [number, number]
  levels: readonly OutcomeLevel[]
}

const KINDS: Readonly<Record<MeasureKey, MeasureKind>> = {
  jointReviews: {
    name: 'People reviewed jointly per month',
    unit: 'people',
    better: 'higher',
    base: [3, 7],
    shift: [5, 8],
    levels: ['team_practice', 'relationships']
  },
  referralDays: {
    name: 'Days from referral to first visit',
    unit: 'days',
    better: 'lower',
    base: [16, 24],
    shift: [9, 12],
    levels: ['people_using_services', 'organisations']
  },
  dropinVisits: {
    name: 'People coming to the drop-in each month',
    unit: 'people',
    better: 'higher',
    base: [8, 14],
    shift: [8, 12],
    levels: ['people_using_services']
  },
  carersReferred: {
    name: "Carers in touch with the carers' centre for the first time",
    unit: 'carers',
    better: 'higher',
    base: [2, 5],
    shift: [4, 6],
    levels: ['people_using_services']
  }
}

/** Programme-wide: one measure uses the IHI rules. */
export interface MeasureFlags {
  ihiPlaced: boolean
}

/** A measure that could start a new baseline at an adoption, with how many points follow it. */
export interface Rebase {
  measure: MeasureInsert
  startsOn: string
  reason: string
  after: number
}

// The app judges no signal until a baseline period has ten points (MIN_POINTS in runChart).
const BASELINE_POINTS = 10

/**
 * One or two measures for an active or closed site. Where a test with a measure was adopted, its
 * measure moves the better way: half the gain while it is tested, all of it from the month after
 * the decision. Such a measure's baseline is its first ten points, so the change shows as a shift.
 */
export function planMeasures(
  ctx: SampleContext,
  history: SiteHistory,
  outcomes: readonly SiteOutcome[],
  tests: readonly SiteTest[],
  flags: MeasureFlags,
  out: SampleRecords
): Rebase | null {
  if (history.story === 'paused' || outcomes.length === 0) return null
  const rng = ctx.root.fork(`measures-${history.site.index}`)
  const adopted = tests
    .filter((t) => t.row.status === 'adopted' && t.template.measure)
    .sort((a, b) => (a.row.startedOn ?? '').localeCompare(b.row.startedOn ?? ''))[0]
  const lead = adopted ?? tests.find((t) => t.template.measure)
  const all = Object.keys(KINDS) as MeasureKey[]
  const firstKey = lead?.template.measure ?? rng.pick(all)
  const keys = [firstKey]
  if (rng.chance(0.45)) keys.push(rng.pick(all.filter((k) => k !== firstKey)))
  const lastPeriod =
    history.story === 'closed'
      ? firstOfMonth(history.held[history.held.length - 1]?.heldOn ?? history.quiet)
      : firstOfMonth(shiftMonths(ctx.today, -1))
  let rebase: Rebase | null = null
  keys.forEach((key, i) => {
    const kind = KINDS[key]
    const fitting = outcomes.filter((o) => o.level !== null && kind.levels.includes(o.level))
    const outcomeId =
      i === 0 && lead
        ? (lead.outcomeIds[0] ?? null)
        : (rng.pick(fitting.length > 0 ? fitting : outcomes).row.id ?? null)
    const decidedOn = i === 0 ? adopted?.row.decidedOn : undefined
    const startedOn = adopted?.row.startedOn
    const change =
      decidedOn && startedOn ? { from: monthAfter(startedOn), full: monthAfter(decidedOn) } : null
    const rules = i === 1 && !flags.ihiPlaced ? 'ihi' : 'anhoej'
    if (rules === 'ihi') flags.ihiPlaced = true
    const id = rng.uuid()
    const points = planPoints(rng, id, kind, history.site.row.startDate, lastPeriod, change)
    const long = points.length >= BASELINE_POINTS + 2
    const measure: MeasureInsert = {
      id,
      siteId: history.site.row.id,
      outcomeId,
      name: kind.name,
      unit: kind.unit,
      better: kind.better,
      target: rng.chance(0.4) ? improved(kind, kind.base[1], kind.shift[0]) : null,
      rules,
      baselinePoints: long && (change || rng.chance(0.5)) ? BASELINE_POINTS : null,
      createdAt: stamp(shiftDays(history.site.row.startDate, rng.int(20, 40)), 10, i)
    }
    out.measures.push(measure)
    out.points.push(...points)
    if (decidedOn && adopted) {
      rebase = {
        measure,
        startsOn: decidedOn,
        reason: `${adopted.row.title}: adopted as business as usual.`,
        after: points.filter((p) => p.period > decidedOn).length
      }
    }
  })
  return rebase
}

function monthAfter(date: string): string {
  return firstOfMonth(shiftMonths(date, 1))
}

function improved(kind: MeasureKind, value: number, by: number): number {
  return kind.better === 'higher' ? value + by : Math.max(1, value - by)
}

/** Monthly values from the site's start to the last month, with noise, holidays and a step. */
function planPoints(
  rng: Random,
  measureId: string,
  kind: MeasureKind,
  start: string,
  lastPeriod: string,
  change: { from: string; full: string } | null
): PointInsert[] {
  const base = rng.int(kind.base[0], kind.base[1])
  const step = rng.int(kind.shift[0], kind.shift[1])
  const spread = Math.max(1, base * 0.1)
  const points: PointInsert[] = []
  for (let period = firstOfMonth(start); period <= lastPeriod; period = shiftMonths(period, 1)) {
    const full = change !== null && period >= change.full
    const trying = change !== null && period >= change.from
    const level = improved(kind, base, full ? step : trying ? Math.round(step / 2) : 0)
    // About a normal spread: three uniforms summed.
    const noise = (rng.next() + rng.next() + rng.next() - 1.5) * 2 * spread
    const holiday = period.slice(5, 7) === '08' || period.slice(5, 7) === '12'
    const dip = holiday ? (kind.better === 'higher' ? -1 : 1) : 0
    const value = Math.max(0, Math.round(level + noise + dip))
    let note = ''
    if (full && period === change.full) note = 'First month with the change as business as usual.'
    else if (trying && period === change.from) note = 'Trial started this month.'
    else if (holiday && rng.chance(0.4)) note = 'Holidays: fewer staff in this month.'
    else if (rng.chance(0.05)) note = 'Counted by hand from the diary; may be one or two out.'
    points.push({ id: rng.uuid(), measureId, period, value, note })
  }
  return points
}
