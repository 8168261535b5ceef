// Programme data export end to end: on the Reports and exports page, export the sample programme
// as CSV files in a zip and as an Excel workbook (real downloads), open both files, check a few
// records and the escaping of a formula-looking quote, and check each export was recorded.
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import Papa from 'papaparse'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { listExports } from '../../db/queries/reportExports'
import { expectAccessible, goTo, openSession, screenshot, seed, type Session } from './support'

const NOW = new Date('2026-11-28T10:00:00Z')
const clock = () => NOW
const EXPORTS = path.resolve(__dirname, '../../test-artifacts/exports')
const FORMULA = '=HYPERLINK("http://x","y")'

let session: Session | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

/** The sample programme, plus a formula-looking quote and a person with contact details. */
function seedProgramme(s: Session) {
  const { programmeId } = seed(s, 'sample.create', { sites: 2 }, clock)
  const overview = seed(s, 'programmes.overview', { id: programmeId }, clock)
  const siteId = overview.sites[0]?.id ?? ''
  const { id: personId } = seed(
    s,
    'people.create',
    { programmeId, name: 'Zoe Quill', role: 'Pharmacist', email: 'zoe.quill@example.org' },
    clock
  )
  seed(
    s,
    'quotes.create',
    { siteId, text: FORMULA, speakerRole: 'Pharmacist', personId, consent: 'yes' },
    clock
  )
  const kinds = seed(s, 'dataExport.kinds', { programmeId }, clock)
  return { programmeId, kinds }
}

/** Clicks Export data and keeps the file it offers under test-artifacts/exports. */
async function exportData(page: Page): Promise<{ file: string; name: string }> {
  const [offered] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export data' }).click()
  ])
  fs.mkdirSync(EXPORTS, { recursive: true })
  const name = offered.suggestedFilename()
  const file = path.join(EXPORTS, name)
  await offered.saveAs(file)
  return { file, name }
}

const csvRows = (files: Record<string, Uint8Array>, name: string) => {
  const bytes = files[name]
  if (!bytes) throw new Error(`${name} is not in the zip`)
  // A UTF-8 byte-order mark first, so Excel reads accents (TextDecoder drops it when decoding).
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  return Papa.parse<string[]>(strFromU8(bytes), { newline: '\r\n' }).data
}

describe('programme data export', () => {
  it('exports CSV files in a zip and an Excel workbook, escaped, recorded', async () => {
    session = await openSession(clock)
    const { programmeId, kinds } = seedProgramme(session)
    const page = session.page
    const count = (kind: string) => kinds.kinds.find((k) => k.kind === kind)?.rowCount ?? -1
    expect(count('meetings')).toBeGreaterThan(0)

    await goTo(session, `/programmes/${programmeId}/reports`)
    await page.getByRole('heading', { name: 'Data export' }).waitFor()
    await page.getByText(`Meetings: ${count('meetings')}`).waitFor()
    // Health checks are counted as checks, with the judgements their rows hold.
    const health = kinds.kinds.find((k) => k.kind === 'healthJudgements')
    expect(health?.recordCount).toBeGreaterThan(0)
    expect(health?.rowCount).toBeGreaterThan(health?.recordCount ?? 0)
    await page
      .getByRole('list', { name: 'Records to export' })
      .getByText(`Health checks: ${health?.recordCount} (${health?.rowCount} judgements)`)
      .waitFor()
    const privateBox = page.getByRole('checkbox', { name: /Include private fields/ })
    expect(await privateBox.isChecked()).toBe(false)
    expect(await page.getByRole('radio', { name: 'CSV files in a zip' }).isChecked()).toBe(true)

    // CSV files in a zip, private fields left out.
    const zip = await exportData(page)
    expect(zip.name).toBe(`${kinds.fileStem}.zip`)
    expect(zip.name).toMatch(/-data-2026-11-28\.zip$/)
    await page
      .getByText(/Exported \d+ records of 16 kinds as .*\.zip\. Private fields were left out\./)
      .waitFor()
    const files = unzipSync(new Uint8Array(fs.readFileSync(zip.file)))
    expect(Object.keys(files)).toContain('README.txt')
    expect(Object.keys(files)).toContain('meetings.csv')
    expect(strFromU8(files['README.txt'] as Uint8Array)).toContain('Private fields are left out')
    const meetings = csvRows(files, 'meetings.csv')
    expect(meetings[0]?.slice(0, 2)).toEqual(['Site', 'Date'])
    expect(meetings).toHaveLength(count('meetings') + 1)
    const quotes = csvRows(files, 'quotes.csv')
    expect(quotes[0]).not.toContain('Person quoted')
    expect(quotes.some((row) => row[1] === `'${FORMULA}`)).toBe(true)
    expect(strFromU8(files['people.csv'] as Uint8Array)).not.toContain('zoe.quill@example.org')

    // One Excel workbook, private fields included.
    await page.getByRole('radio', { name: 'One Excel workbook' }).check()
    await privateBox.check()
    await page.getByText(/send them only to people who may see both/).waitFor()
    const xlsx = await exportData(page)
    expect(xlsx.name).toBe(`${kinds.fileStem}.xlsx`)
    await page.getByText(/as .*\.xlsx\. Private fields are included\./).waitFor()
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(fs.readFileSync(xlsx.file) as unknown as ExcelJS.Buffer)
    expect(workbook.worksheets).toHaveLength(17)
    expect(workbook.getWorksheet('Meetings')?.rowCount).toBe(count('meetings') + 1)
    const quoteSheet = workbook.getWorksheet('Quotes')
    const header = quoteSheet?.getRow(1).values as unknown[]
    expect(header).toContain('Person quoted')
    let escaped = false
    quoteSheet?.eachRow((row) => {
      row.eachCell((cell) => {
        expect(cell.formula).toBeFalsy()
        if (cell.value === `'${FORMULA}`) escaped = true
      })
    })
    expect(escaped).toBe(true)
    const people = JSON.stringify(workbook.getWorksheet('People')?.getSheetValues())
    expect(people).toContain('zoe.quill@example.org')

    // Both exports were recorded (at the same fixed time, so in no particular order).
    const recorded = listExports(session.harness.store.db, { programmeId })
    expect(
      recorded.map((r) => [r.format, r.fileName, r.scope, r.anonymised, r.exportedAt]).sort()
    ).toEqual([
      ['csv', zip.name, 'programme', false, NOW.toISOString()],
      ['xlsx', xlsx.name, 'programme', false, NOW.toISOString()]
    ])
    expect(recorded.every((r) => /^[0-9a-f]{64}$/.test(r.fingerprint))).toBe(true)

    await screenshot(page, 'data-export')
    await expectAccessible(page, 'data export')
  })

  it('shows progress while reading each kind, and an error in words', async () => {
    session = await openSession(clock)
    const { programmeId } = seedProgramme(session)
    const page = session.page
    // Hold the meetings read until the progress has been checked, then fail the quotes read.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/api/dataExport.table', async (route) => {
      const body = route.request().postDataJSON() as { kind: string }
      if (body.kind === 'meetings') await held
      if (body.kind === 'quotes') {
        await route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({
            ok: false,
            error: {
              code: 'internal',
              message: 'Something went wrong in dataExport.table: disk I/O error'
            }
          })
        })
      } else await route.continue()
    })
    await goTo(session, `/programmes/${programmeId}/reports`)
    await page.getByRole('heading', { name: 'Data export' }).waitFor()
    await page.getByRole('button', { name: 'Export data' }).click()
    await page.getByText('Reading meetings (5 of 16)').waitFor()
    const progress = page.getByRole('progressbar', { name: 'Reading meetings (5 of 16)' })
    expect(await progress.getAttribute('value')).toBe('4')
    expect(await progress.getAttribute('max')).toBe('17')
    await screenshot(page, 'data-export-progress')
    expect(await page.getByRole('button', { name: 'Export data' }).isDisabled()).toBe(true)
    release()
    await page
      .getByText(
        'The export stopped and nothing was saved: Something went wrong in dataExport.table: disk I/O error'
      )
      .waitFor()
    expect(await page.getByRole('button', { name: 'Export data' }).isEnabled()).toBe(true)
    expect(listExports(session.harness.store.db, { programmeId })).toEqual([])
  })
})
