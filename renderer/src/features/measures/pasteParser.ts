// Reads data points pasted from a spreadsheet (tab-separated) or a CSV file's text: period, value
// and an optional note per row, with an optional header row. Every bad cell is named by its row
// and column as pasted, so the preview can mark it before anything is saved. Pure: no React.
import Papa from 'papaparse'
import { formatPeriod } from './runChartText'

export interface ParsedPoint {
  /** The period's first day, YYYY-MM-DD. */
  period: string
  value: number
  note: string
}

export interface PreviewCell {
  text: string
  error: string | null
}

export interface PreviewRow {
  /** The row number as pasted, counting a header row and blank lines. */
  row: number
  period: PreviewCell
  value: PreviewCell
  note: PreviewCell
  /** The point the row gives, when all its cells are good. */
  point: ParsedPoint | null
}

export interface PasteResult {
  rows: PreviewRow[]
  /** The header row's cells, when the first row was a header. */
  header: string[] | null
  /** Every problem, in row order, each naming its row and column. */
  errors: string[]
  points: ParsedPoint[]
}

export interface PasteOptions {
  /** Periods already saved for the measure. */
  existingPeriods?: ReadonlySet<string>
  /** Whether pasted values may replace saved ones for the same period. */
  replace?: boolean
}

export const MAX_PASTED_ROWS = 1000
export const MAX_NOTE = 2000
export const PERIOD_FORMATS = '2026-01, 2026-01-01, Jan 2026 or 01/01/2026'

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
]

function monthNumber(word: string): number | null {
  const lower = word.toLowerCase()
  if (lower.length < 3) return null
  const index = MONTHS.findIndex((m) => m.startsWith(lower))
  return index < 0 ? null : index + 1
}

function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (year < 1900 || year > 2200) return null
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${year}-${pad(month)}-${pad(day)}`
}

/**
 * A period as its first day: 2026-01 and Jan 2026 (or January 2026, Jan-26) mean 2026-01-01;
 * 2026-01-15, 15/01/2026 (en-GB, day first) and 15 Jan 2026 are days. Null when unreadable.
 */
export function parsePeriod(text: string): string | null {
  const t = text.trim()
  let m = /^(\d{4})-(\d{1,2})$/.exec(t)
  if (m) return isoDay(Number(m[1]), Number(m[2]), 1)
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t)
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t)
  if (m) return isoDay(Number(m[3]), Number(m[2]), Number(m[1]))
  m = /^([a-z]+)\.?[\s/-]*(\d{4}|\d{2})$/i.exec(t)
  if (m) {
    const month = monthNumber(m[1] ?? '')
    const year = (m[2] ?? '').length === 2 ? 2000 + Number(m[2]) : Number(m[2])
    return month ? isoDay(year, month, 1) : null
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{4})$/i.exec(t)
  if (m) {
    const month = monthNumber(m[2] ?? '')
    return month ? isoDay(Number(m[3]), month, Number(m[1])) : null
  }
  return null
}

/** A number, allowing a trailing % (45% is 45) and thousands separators (1,234.5). */
export function parseValue(text: string): number | null {
  const t = text.trim().replace(/^−/, '-').replace(/\s*%$/, '')
  if (!/^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/.test(t) || !/\d/.test(t)) return null
  const value = Number(t.replace(/,/g, ''))
  return Number.isFinite(value) ? value : null
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '')

/** A header row has words only: no cell reads as a period or a number. */
function looksLikeHeader(cells: string[]): boolean {
  return cells.every((c) => parsePeriod(c) === null && parseValue(c) === null)
}

/** A period in words for people: "Jan 2026" for a month's first day, "15 Jan 2026" otherwise. */
const periodWords = (period: string) => formatPeriod(period, period.endsWith('-01'))

/** Which column holds what: by header names when there is a header, else period, value, note. */
function columnsFor(header: string[] | null): { period: number; value: number; note: number } {
  if (!header) return { period: 0, value: 1, note: 2 }
  const find = (pattern: RegExp, taken: number[]) =>
    header.findIndex((h, i) => !taken.includes(i) && pattern.test(h))
  const found = find(/period|month|date|week|quarter|year/i, [])
  const period = found < 0 ? 0 : found
  const named = find(/note|comment|remark/i, [period])
  const value = find(/value|count|number|total|rate|percent|%|score|result/i, [period, named])
  const free = (taken: number[]) => [0, 1, 2, 3].find((i) => !taken.includes(i)) ?? 3
  const valueColumn = value < 0 ? free([period, named]) : value
  return { period, value: valueColumn, note: named < 0 ? free([period, valueColumn]) : named }
}

export function parsePasted(text: string, options: PasteOptions = {}): PasteResult {
  const parsed = Papa.parse<string[]>(text.replace(/\r\n?/g, '\n'), {
    delimiter: text.includes('\t') ? '\t' : '',
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false
  })
  const lines = parsed.data.map((cells, i) => ({ row: i + 1, cells }))
  const filled = lines.filter((l) => !isBlank(l.cells))
  const first = filled[0]
  const header = first && looksLikeHeader(first.cells) ? first.cells.map((c) => c.trim()) : null
  const columns = columnsFor(header)
  const seen = new Map<string, number>()
  const errors: string[] = []
  const rows: PreviewRow[] = []
  for (const line of header ? filled.slice(1) : filled) {
    const cell = (column: number): PreviewCell => ({
      text: (line.cells[column] ?? '').trim(),
      error: null
    })
    const row: PreviewRow = {
      row: line.row,
      period: cell(columns.period),
      value: cell(columns.value),
      note: cell(columns.note),
      point: null
    }
    const fail = (which: 'period' | 'value' | 'note', message: string) => {
      const where = `Row ${line.row}, column ${columns[which] + 1}: ${message}`
      row[which].error = where
      errors.push(where)
    }
    const period = parsePeriod(row.period.text)
    if (row.period.text === '') fail('period', 'a period is missing')
    else if (!period) fail('period', `'${row.period.text}' is not a date (use ${PERIOD_FORMATS})`)
    else if (seen.has(period)) {
      fail('period', `${periodWords(period)} appears twice (also row ${seen.get(period) ?? ''})`)
    } else if (options.existingPeriods?.has(period) && !options.replace) {
      fail(
        'period',
        `${periodWords(period)} already has a saved value (choose to replace saved values)`
      )
    }
    if (period && !seen.has(period)) seen.set(period, line.row)
    const value = parseValue(row.value.text)
    if (row.value.text === '') fail('value', 'a value is missing')
    else if (value === null) fail('value', `'${row.value.text}' is not a number`)
    if (row.note.text.length > MAX_NOTE) {
      fail('note', `the note is longer than ${MAX_NOTE.toLocaleString('en-GB')} characters`)
    }
    if (period && value !== null && !row.period.error && !row.note.error) {
      row.point = { period, value, note: row.note.text }
    }
    rows.push(row)
  }
  if (rows.length > MAX_PASTED_ROWS) {
    errors.unshift(`Too many rows: at most ${MAX_PASTED_ROWS.toLocaleString('en-GB')} at a time`)
  }
  const points = rows.flatMap((r) => (r.point ? [r.point] : []))
  return { rows, header, errors, points }
}
