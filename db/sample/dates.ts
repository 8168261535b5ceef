// Calendar arithmetic for the sample on 'YYYY-MM-DD' strings, identical in every time zone.
import { addMonths, format } from 'date-fns'

const DAY_MS = 86_400_000

// Day counting is plain arithmetic on UTC midnights: no zone, no daylight saving, and fast enough
// for the hundreds of thousands of dates a 500-site sample needs.
function utcMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

// date-fns counts in local time. Building local dates at noon and formatting them locally keeps
// the calendar arithmetic the same on every machine: noon exists on every day in every zone, and
// a daylight-saving shift cannot push it across midnight.
function toLocal(iso: string): Date {
  const year = Number(iso.slice(0, 4))
  const month = Number(iso.slice(5, 7))
  const day = Number(iso.slice(8, 10))
  return new Date(year, month - 1, day, 12)
}

function toIso(date: Date): string {
  return format(date, 'yyyy-MM-dd')
}

/**
 * The calendar day of an instant, read in UTC so the sample does not depend on where it runs.
 * (The API reads "today" in local time; the generator keeps every date it writes at least a
 * week clear of today, so the two readings never disagree about who is a current member.)
 */
export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10)
}

export function shiftDays(iso: string, days: number): string {
  return fromUtcMs(utcMs(iso) + days * DAY_MS)
}

export function shiftMonths(iso: string, months: number): string {
  return toIso(addMonths(toLocal(iso), months))
}

export function firstOfMonth(iso: string): string {
  return `${iso.slice(0, 8)}01`
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS)
}

/** A created_at value in the store's own format, derived from a date instead of the clock. */
export function stamp(iso: string, hour: number, minute = 0): string {
  const hh = String(hour).padStart(2, '0')
  const mm = String(minute % 60).padStart(2, '0')
  return `${iso}T${hh}:${mm}:00.000Z`
}

/** The day of the week, 0 for Sunday. */
export function weekday(iso: string): number {
  return new Date(utcMs(iso)).getUTCDay()
}

/** The nth (1-4) given weekday of the month that `iso` falls in, as groups fix their meetings. */
export function nthWeekday(iso: string, day: number, n: number): string {
  const first = firstOfMonth(iso)
  return shiftDays(first, ((day - weekday(first) + 7) % 7) + 7 * (n - 1))
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]

/** "March 2026", as people name a meeting. */
export function monthLabel(iso: string): string {
  return `${MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`
}
