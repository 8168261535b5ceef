// Reports for the commissioners, end to end on the sample programme: a site report as PDF and Word,
// the same anonymised, and a programme report as PDF. The PDFs are read back with poppler
// (pdftotext, pdftoppm) and the Word files' XML is read back, and the anonymised files are
// scanned for every name the store holds. The files stay in test-artifacts/reports/.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import {
  expectAccessible,
  goTo,
  openSession,
  printReportPdf,
  screenshot,
  seed,
  type Session
} from './support'

const OUT = path.resolve(__dirname, '../../test-artifacts/reports')
const NOW = new Date('2026-11-21T10:00:00Z')
const clock = () => NOW
let session: Session | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

/** The text of a Word document's body, headers and footers. */
function wordText(file: string): { text: string; xml: string } {
  const parts = unzipSync(fs.readFileSync(file))
  const xml = Object.entries(parts)
    .filter(([name]) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name))
    .map(([, bytes]) => strFromU8(bytes))
    .join('\n')
  return {
    xml,
    text: xml
      .replace(/<[^>]+>/g, ' ')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
  }
}

/** Collapses spacing and line breaks, as a PDF's extracted text breaks lines anywhere. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ')
}

async function downloadWord(page: Page, file: string, button = 'Export Word'): Promise<void> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click()
  ])
  await download.saveAs(file)
  await page.getByRole('status').filter({ hasText: 'Exported' }).waitFor()
}

/** Every name the store holds, whole and (for people) as first name and surname. */
function storeNames(s: Session): string[] {
  const rows = s.harness.store.sqlite
    .prepare(
      `SELECT name, 1 AS person FROM people UNION ALL SELECT name, 0 FROM organisations
       UNION ALL SELECT name, 0 FROM sites UNION ALL SELECT locality, 0 FROM sites WHERE locality <> ''`
    )
    .all() as { name: string; person: number }[]
  const names = new Set<string>()
  for (const r of rows) {
    names.add(r.name)
    if (r.person) for (const part of r.name.split(/\s+/)) if (part.length > 1) names.add(part)
  }
  return [...names]
}

function namesIn(text: string, names: string[]): string[] {
  return names.filter((n) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'u'
    ).test(text)
  )
}

describe('reports for commissioners, end to end', () => {
  it('exports a site report as PDF and Word, anonymised too, and a programme report', async () => {
    fs.rmSync(OUT, { recursive: true, force: true })
    fs.mkdirSync(OUT, { recursive: true })
    session = await openSession(clock)
    const s = session
    const { page } = s
    const { programmeId } = seed(s, 'sample.create', { sites: 4 }, clock)
    const db = s.harness.store.sqlite
    const site = db
      .prepare(
        `SELECT s.id, s.name, s.start_date AS startDate FROM sites s
         WHERE s.programme_id = ? AND EXISTS (SELECT 1 FROM quotes q WHERE q.site_id = s.id AND q.consent = 'no')
         ORDER BY (SELECT count(*) FROM quotes q WHERE q.site_id = s.id) DESC LIMIT 1`
      )
      .get(programmeId) as { id: string; name: string; startDate: string }
    const quotes = db
      .prepare('SELECT text, speaker_role AS role, consent FROM quotes WHERE site_id = ?')
      .all(site.id) as { text: string; role: string; consent: string }[]
    const consented = quotes.find((q) => q.consent === 'yes')
    const unconsented = quotes.find(
      (q) => q.consent === 'no' && !quotes.some((o) => o.consent === 'yes' && o.text === q.text)
    )
    expect(consented && unconsented).toBeTruthy()
    // A passage of a reflection, marked for reports, and a person named in the summary.
    const cycle = db
      .prepare(
        "SELECT id, reflect FROM reflection_cycles WHERE site_id = ? AND reflect <> '' LIMIT 1"
      )
      .get(site.id) as { id: string; reflect: string }
    const passage = cycle.reflect.split(/(?<=\.)\s/)[0] ?? cycle.reflect
    seed(s, 'reportExcerpts.add', { cycleId: cycle.id, phase: 'reflect', text: passage }, clock)
    const coordinator = db
      .prepare(
        "SELECT p.name FROM site_members m JOIN people p ON p.id = m.person_id WHERE m.site_id = ? AND m.role = 'coordinator' LIMIT 1"
      )
      .get(site.id) as { name: string }

    // Start a site report from the site's Reports tab.
    await goTo(s, `/programmes/${programmeId}/sites/${site.id}`)
    await page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name: 'Reports' })
      .click()
    await page.getByRole('heading', { name: 'Site reports' }).waitFor()
    await expectAccessible(page, 'site reports')
    await page.getByLabel('Period from').fill('2025-01-01')
    await page.getByLabel('Period to').fill('2026-11-21')
    await page.getByRole('button', { name: 'Start a site report' }).click()
    await page.getByRole('heading', { name: 'Report settings' }).waitFor()
    await page
      .getByRole('textbox', { name: 'Summary' })
      .fill(
        `${coordinator.name} and the group kept going through a hard winter. Ünïcödé ✅ مرحبا بالعالم ${'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(3)}`
      )
    await page
      .getByRole('textbox', { name: 'Next steps' })
      .fill('Agree the shared referral form with both practices.')
    await page.getByRole('button', { name: 'Save report' }).click()
    await page.getByRole('button', { name: 'Saved' }).waitFor()
    const preview = page.getByRole('article')
    await expect.poll(() => preview.innerText()).toContain('Agree the shared referral form')
    for (const heading of [
      'Purpose and the partnership',
      'Agreed outcomes and progress',
      'Tests of change',
      'Learning',
      'Voices',
      'Engagement',
      'Next steps'
    ]) {
      await preview.getByRole('heading', { name: heading, exact: true }).waitFor()
    }
    await screenshot(page, 'report-editor')
    await expectAccessible(page, 'report editor')
    const reportId = page.url().split('/reports/')[1] ?? ''

    await downloadWord(page, path.join(OUT, 'site-report.docx'))
    await printReportPdf(s, reportId, path.join(OUT, 'site-report.pdf'), 3)
    seed(
      s,
      'reports.recordExport',
      { id: reportId, format: 'pdf', fileName: 'site-report.pdf' },
      clock
    )

    const pdf = flat(pdfText(path.join(OUT, 'site-report.pdf')))
    const word = wordText(path.join(OUT, 'site-report.docx'))
    for (const text of [pdf, flat(word.text)]) {
      for (const heading of [
        'Summary',
        'Purpose and the partnership',
        'Agreed outcomes and progress',
        'Tests of change',
        'Learning',
        'Voices',
        'Engagement',
        'Next steps'
      ]) {
        expect(text).toContain(heading)
      }
      expect(text).toContain(site.name)
      expect(text).toContain(flat(`“${consented?.text}”`))
      expect(text).toContain(`(${consented?.role})`)
      expect(text).not.toContain(unconsented?.text ?? '')
      expect(text).toContain(flat(passage))
    }
    expect(pdf).toContain('Confidential · Page 1 of')
    expect(word.xml).toContain('w:val="Heading1"')
    expect(word.xml).toMatch(/<pic:pic|<w:drawing>/)

    // The same report anonymised: one switch, then both formats again. With the switch changed
    // and not saved, the export buttons save first and export the report as saved.
    await page.getByRole('checkbox', { name: /Anonymise/ }).check()
    await page
      .getByText('The preview shows the report as last saved; exporting saves it first.')
      .waitFor()
    await downloadWord(page, path.join(OUT, 'site-report-anonymised.docx'), 'Save and export Word')
    await page.getByRole('button', { name: 'Saved' }).waitFor()
    await page.getByRole('heading', { name: 'Names in anonymised reports' }).waitFor()
    await expect.poll(() => preview.innerText()).toContain('Anonymised: people are named by role')
    await printReportPdf(s, reportId, path.join(OUT, 'site-report-anonymised.pdf'), 3)
    await screenshot(page, 'report-editor-anonymised')

    const pseudonym = db
      .prepare("SELECT pseudonym FROM pseudonyms WHERE kind = 'site' AND record_id = ?")
      .get(site.id) as { pseudonym: string }
    expect(pseudonym.pseudonym).toMatch(/^Site [A-D]$/)
    const names = storeNames(s)
    expect(names.length).toBeGreaterThan(50)
    const anonPdf = flat(pdfText(path.join(OUT, 'site-report-anonymised.pdf')))
    const anonWord = flat(wordText(path.join(OUT, 'site-report-anonymised.docx')).text)
    for (const text of [anonPdf, anonWord]) {
      expect(namesIn(text, names)).toEqual([])
      expect(text).toContain(`${pseudonym.pseudonym}: site report`)
      expect(text).toContain('and the group kept going through a hard winter')
      expect(text).toContain(`(${consented?.role})`)
    }

    // The exports are listed on the site page.
    await goTo(s, `/programmes/${programmeId}/sites/${site.id}/reports`)
    const history = page.getByRole('region', { name: 'What was sent' })
    await expect.poll(() => history.getByRole('row').count()).toBe(4)
    await screenshot(page, 'site-reports')

    // A programme report of every site.
    await goTo(s, `/programmes/${programmeId}/reports`)
    await page.getByRole('heading', { name: 'Programme reports' }).waitFor()
    await page.getByRole('button', { name: 'Start a programme report' }).click()
    await page.getByRole('heading', { name: 'Report settings' }).waitFor()
    await page
      .getByRole('article')
      .getByRole('heading', { name: 'Outcomes and figures across the sites' })
      .waitFor()
    const programmeReportId = page.url().split('/reports/')[1] ?? ''
    await printReportPdf(s, programmeReportId, path.join(OUT, 'programme-report.pdf'), 3)
    const programmePdf = flat(pdfText(path.join(OUT, 'programme-report.pdf')))
    expect(programmePdf).toContain('Outcomes and figures across the sites')
    const siteNames = db
      .prepare('SELECT name FROM sites WHERE programme_id = ?')
      .all(programmeId) as { name: string }[]
    for (const { name } of siteNames) expect(programmePdf).toContain(name)
    await screenshot(page, 'programme-report')
    await expectAccessible(page, 'programme report')

    fs.rmSync(path.join(OUT, 'store.sqlite'), { force: true })
    db.exec(`VACUUM INTO '${path.join(OUT, 'store.sqlite').replace(/'/g, "''")}'`)
  })
})
