// Reads people pasted from a spreadsheet (tab-separated) or CSV text: name, role, organisation,
// sector, email and phone, with an optional header row. Sectors may be typed in words ("NHS",
// "voluntary", "GP practice"). Every bad cell is named by its row and column as pasted, so the
// preview can mark it before anything is saved. Pure: no React.
import Papa from 'papaparse'
import { SECTORS, type Sector } from '../../../../domain/vocabulary'
import { matchSector, SECTOR_HINT, words } from './sectorWords'

export const COLUMNS = ['name', 'role', 'organisation', 'sector', 'email', 'phone'] as const
export type Column = (typeof COLUMNS)[number]

export const MAX_PASTED_PEOPLE = 500

export interface PreviewCell {
  text: string
  error: string | null
}

export interface PastedPerson {
  name: string
  role: string
  organisation: string
  sector: Sector | null
  email: string
  phone: string
}

export interface PreviewRow {
  /** The row number as pasted, counting a header row and blank lines. */
  row: number
  cells: Record<Column, PreviewCell>
  /** The person the row gives, when all its cells are good. */
  person: PastedPerson | null
  /** Already in the directory (same name and organisation): saved once, not again. */
  alreadyThere: boolean
  /** The organisation named is not in the programme yet and will be created. */
  newOrganisation: boolean
  /** For a new organisation named on an earlier row too: that row, which creates it. */
  organisationFromRow: number | null
  /** The sector the person's organisation has or will have (an existing one keeps its own). */
  organisationSector: Sector | null
}

export interface PeoplePaste {
  rows: PreviewRow[]
  header: string[] | null
  errors: string[]
  people: PastedPerson[]
}

/** What the programme already has, to reuse organisations and spot people already there. */
export interface Directory {
  organisations: { name: string; sector: string }[]
  people: { name: string; organisationName: string | null }[]
}

const HEADER_WORDS: Record<Column, RegExp> = {
  name: /^(full |person'?s? |first and last )?names?$|^who$/,
  role: /^(job )?(role|title|profession|job)( or profession| title)?$/,
  organisation: /^(organi[sz]ations?|org|employer|agency|service|team)( name)?$/,
  sector: /^(sector|organi[sz]ation (type|sector)|type)$/,
  email: /^e-?mail( address)?$/,
  phone: /^((tele)?phone|mobile( phone)?|mob|tel|cell( phone)?)( number| no)?$/
}

/** Names match whatever their case or spacing (the API compares them the same way). */
const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB')

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function headerColumns(cells: string[]): Record<Column, number> | null {
  const found: Partial<Record<Column, number>> = {}
  cells.forEach((cell, i) => {
    const column = COLUMNS.find((c) => HEADER_WORDS[c].test(words(cell)))
    if (column && found[column] === undefined) found[column] = i
  })
  if (Object.keys(found).length < 2 || found.name === undefined) return null
  return { name: -1, role: -1, organisation: -1, sector: -1, email: -1, phone: -1, ...found }
}

const POSITIONS: Record<Column, number> = {
  name: 0,
  role: 1,
  organisation: 2,
  sector: 3,
  email: 4,
  phone: 5
}

/** Digits with the spaces, brackets, dots, dashes and "+" people write numbers with. */
const PHONE = /^\+?[\d\s().-]*\d[\d\s().-]*$/

/** The pasted lines that have anything in them, numbered as pasted. */
function pastedLines(text: string): { row: number; cells: string[] }[] {
  const parsed = Papa.parse<string[]>(text.replace(/\r\n?/g, '\n'), {
    delimiter: text.includes('\t') ? '\t' : '',
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false
  })
  return parsed.data
    .map((cells, i) => ({ row: i + 1, cells }))
    .filter((l) => l.cells.some((c) => c.trim() !== ''))
}

/** Each cell of one row on its own terms; gives the sector typed, when it is one we know. */
function checkCells(
  cells: Record<Column, PreviewCell>,
  fail: (c: Column, message: string) => void
): Sector | null {
  const { name, role, organisation, email } = {
    name: cells.name.text,
    role: cells.role.text,
    organisation: cells.organisation.text,
    email: cells.email.text
  }
  if (!name) fail('name', 'a name is missing')
  else if (name.length > 200) fail('name', 'the name is longer than 200 characters')
  if (!role) fail('role', 'a role or profession is missing')
  else if (role.length > 120) fail('role', 'the role is longer than 120 characters')
  if (organisation.length > 200) fail('organisation', 'the name is longer than 200 characters')
  if (email && (!EMAIL.test(email) || email.length > 200)) {
    fail('email', `'${email}' does not look like name@example.org`)
  }
  const phone = cells.phone.text
  if (phone.length > 60) fail('phone', 'the phone number is longer than 60 characters')
  else if (phone && !PHONE.test(phone)) {
    fail('phone', `'${phone}' does not look like a phone number`)
  }
  const sector = cells.sector.text ? matchSector(cells.sector.text) : null
  if (cells.sector.text && !sector) {
    fail('sector', `'${cells.sector.text}' is not a sector we know (use ${SECTOR_HINT})`)
  } else if (sector && !organisation) {
    fail('sector', 'a sector belongs to an organisation: give one or leave the sector empty')
  }
  return sector
}

/**
 * After every row is read: a new organisation needs its sector on at least one of its rows, and
 * each row with no problem left gives its person.
 */
function finishRows(
  rows: PreviewRow[],
  newSectors: ReadonlyMap<string, { sector: Sector | null }>,
  sectorColumn: number,
  errors: string[]
): void {
  for (const row of rows) {
    const orgKey = nameKey(row.cells.organisation.text)
    if (row.newOrganisation) row.organisationSector = newSectors.get(orgKey)?.sector ?? null
    if (row.newOrganisation && !newSectors.get(orgKey)?.sector && !row.cells.sector.error) {
      const where = `Row ${row.row}, ${sectorColumn < 0 ? 'sector' : `column ${sectorColumn + 1}`}: ${row.cells.organisation.text} is not in the directory yet: give its sector`
      row.cells.sector.error = where
      errors.push(where)
    }
    if (COLUMNS.every((c) => !row.cells[c].error)) {
      row.person = {
        name: row.cells.name.text,
        role: row.cells.role.text,
        organisation: row.cells.organisation.text,
        sector: row.cells.sector.text ? matchSector(row.cells.sector.text) : null,
        email: row.cells.email.text,
        phone: row.cells.phone.text
      }
    }
  }
}

export function parsePeoplePaste(text: string, directory: Directory): PeoplePaste {
  const lines = pastedLines(text)
  const first = lines[0]
  const named = first ? headerColumns(first.cells) : null
  const header = named && first ? first.cells.map((c) => c.trim()) : null
  const columns = named ?? POSITIONS
  const organisations = new Map(directory.organisations.map((o) => [nameKey(o.name), o]))
  const known = new Set(
    directory.people.map((p) => `${nameKey(p.name)}\u0000${nameKey(p.organisationName ?? '')}`)
  )
  const newSectors = new Map<string, { sector: Sector | null; row: number }>()
  const firstRows = new Map<string, number>()
  const seen = new Map<string, number>()
  const errors: string[] = []
  const rows: PreviewRow[] = []

  for (const line of header ? lines.slice(1) : lines) {
    const cell = (c: Column): PreviewCell => ({
      text: columns[c] < 0 ? '' : (line.cells[columns[c]] ?? '').trim(),
      error: null
    })
    const cells = Object.fromEntries(COLUMNS.map((c) => [c, cell(c)])) as Record<
      Column,
      PreviewCell
    >
    const fail = (c: Column, message: string) => {
      const where = `Row ${line.row}, ${columns[c] < 0 ? c : `column ${columns[c] + 1}`}: ${message}`
      cells[c].error ??= where
      errors.push(where)
    }
    const sector = checkCells(cells, fail)
    const { name, organisation } = { name: cells.name.text, organisation: cells.organisation.text }
    const orgKey = nameKey(organisation)
    const newOrganisation = orgKey !== '' && !organisations.has(orgKey)
    const organisationFromRow = firstRows.get(orgKey) ?? null
    if (newOrganisation && organisationFromRow === null) firstRows.set(orgKey, line.row)
    if (newOrganisation) {
      const earlier = newSectors.get(orgKey)
      if (!earlier) newSectors.set(orgKey, { sector, row: line.row })
      else if (sector && earlier.sector && sector !== earlier.sector) {
        fail(
          'sector',
          `${organisation} is given as ${SECTORS[earlier.sector]} in row ${earlier.row}`
        )
      } else if (sector && !earlier.sector) newSectors.set(orgKey, { sector, row: line.row })
    }
    const personKey = `${nameKey(name)}\u0000${orgKey}`
    const twice = seen.get(personKey)
    if (name && twice !== undefined) fail('name', `${name} appears twice (also row ${twice})`)
    else seen.set(personKey, line.row)
    rows.push({
      row: line.row,
      cells,
      person: null,
      alreadyThere: known.has(personKey),
      newOrganisation,
      organisationFromRow,
      organisationSector: (organisations.get(orgKey)?.sector as Sector | undefined) ?? null
    })
  }
  finishRows(rows, newSectors, columns.sector, errors)
  errors.sort((a, b) => rowOf(a) - rowOf(b))
  if (rows.length > MAX_PASTED_PEOPLE) {
    errors.unshift(`Too many rows: at most ${MAX_PASTED_PEOPLE} at a time`)
  }
  const people = rows.flatMap((r) => (r.person ? [r.person] : []))
  return { rows, header, errors, people }
}

const rowOf = (error: string) => Number(/^Row (\d+)/.exec(error)?.[1] ?? 0)

/** The API's issues ("people.3.sector") as the rows they came from, for a refusal after saving. */
export function issuesByRow(
  issues: readonly { path: string; message: string }[],
  rows: readonly PreviewRow[]
): string[] {
  const sent = rows.filter((r) => r.person)
  return issues.map((issue) => {
    const m = /^people\.(\d+)\.?(\w*)/.exec(issue.path)
    const row = m ? sent[Number(m[1])] : undefined
    return row ? `Row ${row.row}${m?.[2] ? `, ${m[2]}` : ''}: ${issue.message}` : issue.message
  })
}
