// Calendar arithmetic for the sample on 'YYYY-MM-DD' strings, identical in every time zone.
import { addDays, addMonths, differenceInCalendarDays, format } from 'date-fns'

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
  return toIso(addDays(toLocal(iso), days))
}

export function shiftMonths(iso: string, months: number): string {
  return toIso(addMonths(toLocal(iso), months))
}

export function firstOfMonth(iso: string): string {
  return `${iso.slice(0, 8)}01`
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toLocal(to), toLocal(from))
}

/** A created_at value in the store's own format, derived from a date instead of the clock. */
export function stamp(iso: string, hour: number, minute = 0): string {
  const hh = String(hour).padStart(2, '0')
  const mm = String(minute % 60).padStart(2, '0')
  return `${iso}T${hh}:${mm}:00.000Z`
}
