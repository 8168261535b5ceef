// Pure shaping of 'sites.engagement' into what the charts draw and the tables list: attendance
// over time, organisations and sectors represented, each person's pattern, and action outcomes.
import { format, parseISO } from 'date-fns'
import { enGB } from 'date-fns/locale'
import type { ApiOutput } from '../../../../api/contract'
import { SECTORS } from '../../../../domain/vocabulary'

export type Engagement = ApiOutput<'sites.engagement'>
export type EngagementMeeting = Engagement['meetings'][number]
export type EngagementPerson = Engagement['people'][number]
export type ActionCounts = Engagement['actions']

/** "2026-11-21" -> "21 Nov 2026". */
export function dateLabel(isoDate: string): string {
  return format(parseISO(isoDate), 'd MMM yyyy', { locale: enGB })
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** Only partnership meetings count: debriefs and workshops would distort the trend. */
export function partnershipMeetings(meetings: EngagementMeeting[]): EngagementMeeting[] {
  return meetings.filter((m) => m.kind === 'partnership')
}

// ---------------------------------------------------------------- attendance over time

export interface AttendancePoint {
  meetingId: string
  heldOn: string
  label: string
  named: number
  unnamed: number
  /** Everyone in the room: named plus not named. */
  present: number
  apologies: number
}

export function attendanceSeries(meetings: EngagementMeeting[]): AttendancePoint[] {
  return partnershipMeetings(meetings).map((m) => ({
    meetingId: m.id,
    heldOn: m.heldOn,
    label: dateLabel(m.heldOn),
    named: m.named,
    unnamed: m.unnamed,
    present: m.named + m.unnamed,
    apologies: m.apologies
  }))
}

/** The chart's accessible name: how many meetings and how named attendance moved. */
export function attendanceSummary(series: AttendancePoint[]): string {
  const first = series[0]
  const last = series.at(-1)
  if (!first || !last) return 'No partnership meetings recorded yet.'
  if (series.length === 1) {
    return `Attendance at 1 partnership meeting: ${first.named} named, ${first.unnamed} not named`
  }
  return `Attendance at ${series.length} partnership meetings, from ${first.named} named at the first to ${last.named} at the last`
}

// ---------------------------------------------------------------- organisations and sectors

export interface RepresentationPoint {
  meetingId: string
  heldOn: string
  label: string
  organisations: number
  sectors: number
  /** The sectors represented, in the vocabulary's words. */
  sectorNames: string[]
}

export function representationSeries(meetings: EngagementMeeting[]): RepresentationPoint[] {
  return partnershipMeetings(meetings).map((m) => ({
    meetingId: m.id,
    heldOn: m.heldOn,
    label: dateLabel(m.heldOn),
    organisations: m.organisations,
    sectors: m.sectors,
    sectorNames: m.sectorKeys.map((s) => SECTORS[s])
  }))
}

export function representationSummary(series: RepresentationPoint[]): string {
  const first = series[0]
  const last = series.at(-1)
  if (!first || !last) return 'No partnership meetings recorded yet.'
  if (series.length === 1) {
    return `At 1 partnership meeting, ${plural(first.organisations, 'organisation')} from ${plural(first.sectors, 'sector')}`
  }
  return `Organisations represented at ${series.length} partnership meetings, from ${first.organisations} at the first to ${last.organisations} at the last; sectors from ${first.sectors} to ${last.sectors}`
}

// ---------------------------------------------------------------- each person's record

export type AttendancePattern =
  'every_meeting' | 'regular' | 'occasional' | 'drifted_away' | 'never_attended'

/** In the order the chart and the table show them. */
export const PATTERNS: Record<AttendancePattern, string> = {
  every_meeting: 'Every meeting',
  regular: 'Regular',
  occasional: 'Occasional',
  drifted_away: 'Drifted away',
  never_attended: 'Never attended'
}
const patternOrder = Object.keys(PATTERNS) as AttendancePattern[]

type RecordFigures = Pick<
  EngagementPerson,
  'attended' | 'memberMeetings' | 'attendedWhileMember' | 'attendedFirstHalf' | 'attendedLastThree'
>

/**
 * Classifies a person's attendance at the partnership meetings held while they were a member:
 * - never attended: came to none (including members with no meeting since they joined);
 * - every meeting: came to all of them, and there were at least 2;
 * - drifted away: came to at least one of the first half but none of the last three;
 * - regular: came to at least two thirds;
 * - occasional: anything else, including people who came without ever being a member.
 */
export function classifyAttendance(p: RecordFigures): AttendancePattern {
  if (p.attended === 0) return 'never_attended'
  const n = p.memberMeetings
  const k = p.attendedWhileMember
  if (n === 0) return 'occasional'
  if (n >= 2 && k === n) return 'every_meeting'
  if (p.attendedFirstHalf > 0 && p.attendedLastThree === 0) return 'drifted_away'
  if (k * 3 >= n * 2) return 'regular'
  return 'occasional'
}

/** The pattern in words, for the person table. */
export function describeRecord(
  p: RecordFigures & Pick<EngagementPerson, 'apologies' | 'joinedOn'>
): string {
  const n = p.memberMeetings
  const k = p.attendedWhileMember
  const apologies = p.apologies > 0 ? `; sent apologies ${times(p.apologies)}` : ''
  const guest = n > 0 && p.attended > k ? ` (and ${p.attended - k} more as a guest)` : ''
  return `${recordWords(p)}${guest}${apologies}`
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`
}

function recordWords(p: RecordFigures & Pick<EngagementPerson, 'joinedOn'>): string {
  const n = p.memberMeetings
  const k = p.attendedWhileMember
  if (n === 0 && p.attended === 0) {
    return p.joinedOn ? 'No partnership meeting held while a member' : 'Not a member; never came'
  }
  if (n === 0) return `Came to ${plural(p.attended, 'meeting')} without being a member`
  const held = 'held while a member'
  if (n === 1) return `${k === 1 ? 'Came to' : 'Missed'} the only meeting ${held}`
  if (k === 0) return `Came to none of the ${n} meetings ${held}`
  if (k === n) return `Came to ${n === 2 ? 'both' : `all ${n}`} meetings ${held}`
  const missedLast = p.attendedLastThree === 0 ? `, none of the last ${Math.min(3, n)}` : ''
  return `Came to ${k} of ${n} meetings ${held}${missedLast}`
}

export interface PersonRecord extends EngagementPerson {
  patternKey: AttendancePattern
  patternLabel: string
  description: string
}

/** Everyone's record, grouped by pattern (every meeting first) and then by name. */
export function personRecords(people: EngagementPerson[]): PersonRecord[] {
  return people
    .map((p) => {
      const patternKey = classifyAttendance(p)
      return {
        ...p,
        patternKey,
        patternLabel: PATTERNS[patternKey],
        description: describeRecord(p)
      }
    })
    .sort(
      (a, b) =>
        patternOrder.indexOf(a.patternKey) - patternOrder.indexOf(b.patternKey) ||
        a.name.localeCompare(b.name, 'en-GB')
    )
}

export interface PatternCount {
  key: AttendancePattern
  label: string
  people: number
}

/** How many people show each pattern, every pattern listed even when nobody shows it. */
export function patternCounts(records: PersonRecord[]): PatternCount[] {
  return patternOrder.map((key) => ({
    key,
    label: PATTERNS[key],
    people: records.filter((r) => r.patternKey === key).length
  }))
}

export function patternSummary(counts: PatternCount[]): string {
  const total = counts.reduce((sum, c) => sum + c.people, 0)
  if (total === 0) return 'Nobody is in the partnership or has attended yet.'
  const parts = counts
    .filter((c) => c.people > 0)
    .map((c) => `${c.people} ${c.label.toLowerCase()}`)
  return `Attendance patterns of ${plural(total, 'person', 'people')}: ${parts.join(', ')}`
}

// ---------------------------------------------------------------- actions

export type ActionOutcome = Exclude<keyof ActionCounts, 'total'>

export const OUTCOMES: Record<ActionOutcome, string> = {
  doneOnTime: 'Done on time',
  doneLate: 'Done late',
  openNotDue: 'Open, not yet due',
  openOverdue: 'Open and overdue',
  dropped: 'Dropped'
}

export interface ActionSlice {
  key: ActionOutcome
  label: string
  count: number
  /** Whole per cent of all the site's actions (0 when there are none). */
  percent: number
}

export function actionsBreakdown(counts: ActionCounts): ActionSlice[] {
  return (Object.keys(OUTCOMES) as ActionOutcome[]).map((key) => ({
    key,
    label: OUTCOMES[key],
    count: counts[key],
    percent: counts.total === 0 ? 0 : Math.round((counts[key] / counts.total) * 100)
  }))
}

export function actionsSummary(counts: ActionCounts, slices: ActionSlice[]): string {
  if (counts.total === 0) return 'No actions recorded yet.'
  const parts = slices.map((s) => `${s.count} ${s.label.toLowerCase()}`)
  return `${plural(counts.total, 'action')}: ${parts.join(', ')}`
}
