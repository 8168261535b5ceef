// Reads a day typed the UK way (21/11/2026, 21 Nov 2026, 21-11-2026, or ISO 2026-11-21) into the
// ISO day the API carries, whatever the browser's locale; and shows an ISO day as dd/mm/yyyy.
import { format, isValid, parse } from 'date-fns'
import { enGB } from 'date-fns/locale'

export type ParsedDay = { ok: true; iso: string } | { ok: false; message: string }

// Tried in order; day first always, never the US month-first reading.
const PATTERNS = [
  'yyyy-MM-dd',
  'd/M/yyyy',
  'd-M-yyyy',
  'd.M.yyyy',
  'd M yyyy',
  'd MMM yyyy',
  'd MMMM yyyy',
  'd MMM, yyyy',
  'ddMMyyyy'
]

/** Whether the text has the shape of a day (digits and separators or a month name). */
function shapeOf(text: string): boolean {
  return (
    /^\d{4}-\d{1,2}-\d{1,2}$/.test(text) ||
    /^\d{1,2}[/.\- ]\d{1,2}[/.\- ]\d{4}$/.test(text) ||
    /^\d{1,2} [A-Za-z]{3,9},? \d{4}$/.test(text) ||
    /^\d{8}$/.test(text)
  )
}

/** The ISO day for a typed date, or a message naming what is wrong. */
export function parseUkDate(typed: string, label = 'date'): ParsedDay {
  const text = typed.trim().replace(/\s+/g, ' ')
  if (text === '') return { ok: false, message: `Enter the ${label.toLowerCase()}` }
  if (!shapeOf(text)) {
    return {
      ok: false,
      message: `${text} is not a date: type it as day/month/year, like 21/11/2026`
    }
  }
  const reference = new Date(2000, 0, 1)
  for (const pattern of PATTERNS) {
    const day = parse(text, pattern, reference, { locale: enGB })
    if (isValid(day) && day.getFullYear() >= 1000)
      return { ok: true, iso: format(day, 'yyyy-MM-dd') }
  }
  return { ok: false, message: `${text} is not a real date` }
}

/** dd/mm/yyyy for an ISO day; anything else is shown as it is. */
export function showUkDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso
}

export function isIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && parseUkDate(value).ok
}
