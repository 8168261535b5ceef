// Anonymised reports as PDF, end to end, on an adversarial case (tests/support/leakyCase.ts): the
// site report and the programme report are printed from the report page as the app prints them,
// and the PDF's text (pdftotext) and metadata (pdfinfo: title, author, subject, keywords) are
// scanned for every form of every name, email address and phone number. The files and a PNG of
// each first page stay in test-artifacts/reports-anonymised/.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { reportFields } from '../../api/schemas/reports'
import { LEAKY, leaks, seedLeakyCase } from '../support/leakyCase'
import { openSession, printReportPdf, seed, type Session } from './support'

const OUT = path.resolve(__dirname, '../../test-artifacts/reports-anonymised')
const NOW = new Date('2026-11-21T10:00:00Z')
const clock = () => NOW
let session: Session | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

describe('anonymised PDF reports, end to end', () => {
  it('carry no name, email address or phone number in their text or metadata', async () => {
    fs.rmSync(OUT, { recursive: true, force: true })
    fs.mkdirSync(OUT, { recursive: true })
    session = await openSession(clock)
    const s = session
    const call: Parameters<typeof seedLeakyCase>[0]['call'] = (name, input) =>
      seed(s, name, input, clock)
    const ids = seedLeakyCase({ call })
    const { id: programmeReportId } = call('reports.create', {
      programmeId: ids.programmeId,
      title: 'Coastal Care Together: Eastbrook and Greyfriars',
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30'
    })
    for (const [id, name] of [
      [ids.reportId, 'site'],
      [programmeReportId, 'programme']
    ] as const) {
      const saved = reportFields.parse(call('reports.get', { id }))
      call('reports.update', {
        ...saved,
        summary: `Summary. ${LEAKY}`,
        nextSteps: LEAKY,
        anonymised: true
      })
      const { fileStem } = call('reports.render', { id })
      expect(leaks(fileStem)).toEqual([])
      const file = path.join(OUT, `${name}-report-anonymised.pdf`)
      await printReportPdf(s, id, file)
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
      expect(text).toContain('Site A')
      expect(text).toContain('[email removed]')
      expect(leaks(text.replace(/\s+/g, ' '))).toEqual([])
      expect(leaks(info)).toEqual([])
    }
  })
})
