// The files of a programme data export, built from the tables the API returns: CSV files in a zip
// (with a README) or one Excel workbook. Pure (no DOM, no React), so node tests build and read them.
// exceljs is large, so it is loaded only when a workbook is built (its own bundle chunk).
import { strToU8, zipSync } from 'fflate'
import Papa from 'papaparse'

export type Cell = string | number | null

/** One kind of record as the API's dataExport.table returns it. */
export interface ExportTable {
  kind: string
  label: string
  fileName: string
  columns: string[]
  rows: Cell[][]
}

/** What the README and the workbook's first sheet say about the export. */
export interface ExportAbout {
  programmeName: string
  exportedOn: string
  includePrivate: boolean
}

const UTF8_BOM = '\ufeff'
/** Excel refuses a cell holding more characters than this. */
export const XLSX_CELL_LIMIT = 32_767
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * A text that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return) gets a leading apostrophe, per OWASP's CSV injection guidance; numbers stay numbers.
 */
export function escapeCell(value: Cell): Cell {
  if (typeof value === 'string' && FORMULA_START.test(value)) return `'${value}`
  return value
}

/** One table as CSV: a UTF-8 byte-order mark (so Excel reads accents), CRLF line ends. */
export function toCsv(table: ExportTable): string {
  return (
    UTF8_BOM +
    Papa.unparse(
      { fields: table.columns, data: table.rows.map((row) => row.map(escapeCell)) },
      { newline: '\r\n', escapeFormulae: false }
    )
  )
}

function privacyLine(about: ExportAbout): string {
  return about.includePrivate
    ? 'Private fields ARE included: who said each quote, and email addresses and phone numbers. Keep these files as safely as the app itself.'
    : 'Private fields are left out: who said each quote (quotes name only the speaker’s role), email addresses and phone numbers, including any typed into notes or descriptions.'
}

const ESCAPING_NOTE =
  'A text that begins with = + - or @ starts with an apostrophe (’), so a spreadsheet shows it rather than running it as a formula.'

/** What the export holds, in words: the zip's README.txt and the workbook's first sheet. */
export function readme(tables: ExportTable[], about: ExportAbout, format: 'csv' | 'xlsx'): string {
  const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`
  const lines = [
    `Data export: ${about.programmeName}`,
    `Exported on ${about.exportedOn} from Partnership Learning Log.`,
    '',
    format === 'csv'
      ? 'One CSV file per kind of record (UTF-8, comma-separated, first row the column names).'
      : 'One worksheet per kind of record (first row the column names).',
    'Dates are written YYYY-MM-DD. Archived records are included, with the day they were archived.',
    privacyLine(about),
    ESCAPING_NOTE,
    '',
    format === 'csv' ? 'Files:' : 'Worksheets:',
    ...tables.map(
      (t) => `  ${format === 'csv' ? `${t.fileName}: ` : ''}${t.label} (${rows(t.rows.length)})`
    ),
    ''
  ]
  return lines.join('\r\n')
}

/** The CSV files and a README.txt, zipped. */
export function buildCsvZip(tables: ExportTable[], about: ExportAbout): Uint8Array {
  const files: Record<string, Uint8Array> = { 'README.txt': strToU8(readme(tables, about, 'csv')) }
  for (const table of tables) files[table.fileName] = strToU8(toCsv(table))
  return zipSync(files, { level: 6, mtime: new Date(`${about.exportedOn}T12:00:00`) })
}

type ExcelModule = typeof import('exceljs')

async function loadExcel(): Promise<ExcelModule> {
  // exceljs is CommonJS: the bundler and Node hand its exports over as the default export.
  const loaded = (await import('exceljs')) as ExcelModule & { default?: ExcelModule }
  return loaded.default ?? loaded
}

/**
 * A cell for a worksheet: escaped like the CSV, text always stored as text (never a formula), line
 * breaks as Excel writes them (LF: XML would turn a lone CR into LF anyway).
 */
export function sheetCell(value: Cell): string | number | null {
  const escaped = escapeCell(value)
  if (typeof escaped !== 'string') return escaped
  const text = escaped.replace(/\r\n?/g, '\n')
  if (text.length <= XLSX_CELL_LIMIT) return text
  const cut = ' [cut: longer than Excel allows; the CSV export has it whole]'
  return text.slice(0, XLSX_CELL_LIMIT - cut.length) + cut
}

function columnWidth(table: ExportTable, index: number): number {
  let longest = table.columns[index]?.length ?? 8
  for (const row of table.rows.slice(0, 200)) {
    longest = Math.max(longest, String(row[index] ?? '').length)
  }
  return Math.min(60, Math.max(10, longest + 2))
}

/** One workbook: an "About this export" sheet, then one sheet per kind with a frozen bold header. */
export async function buildWorkbook(
  tables: ExportTable[],
  about: ExportAbout
): Promise<Uint8Array> {
  const { Workbook } = await loadExcel()
  const workbook = new Workbook()
  workbook.creator = 'Partnership Learning Log'
  workbook.created = new Date(`${about.exportedOn}T12:00:00`)
  const info = workbook.addWorksheet('About this export')
  info.columns = [{ width: 110 }]
  for (const line of readme(tables, about, 'xlsx').split('\r\n')) {
    info.addRow([sheetCell(line)])
  }
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.label.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }]
    })
    sheet.columns = table.columns.map((header, i) => ({
      header: sheetCell(header) as string,
      width: columnWidth(table, i)
    }))
    sheet.getRow(1).font = { bold: true }
    for (const row of table.rows) sheet.addRow(row.map(sheetCell))
  }
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
