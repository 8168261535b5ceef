// Anonymised reports against an adversarial case (tests/support/leakyCase.ts): the site and
// programme reports are exported through the real verbs, Word files unzipped, and everything that
// leaves the machine (document, file name, every part of the Word file, its properties) is scanned
// for every form of every name, email address and phone number. Also quotes by role, and the
// name matcher's rules on their own: ordinary words kept, accents and encodings folded.
import { strFromU8, unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatchAsync } from '../../api/dispatch'
import type { ApiOutput } from '../../api/contract'
import { reportFields } from '../../api/schemas/reports'
import { nameMatcher, type StoreName } from '../../domain/reports/anonymise'
import type { ReportDocument, SiteSection } from '../../domain/reports/model'
import { unwrap } from '../support/api'
import { testApi, type TestApi } from '../support/store'
import { LEAKY, leaks, seedLeakyCase } from '../support/leakyCase'

let api: TestApi
let ids: { programmeId: string; siteId: string; otherSiteId: string; reportId: string }

function anonymise(id: string, anonymised = true) {
  const saved = reportFields.parse(api.call('reports.get', { id }))
  api.call('reports.update', {
    ...saved,
    summary: `Summary. ${LEAKY}`,
    nextSteps: `Next steps. ${LEAKY}`,
    anonymised
  })
}

async function exportWord(id: string): Promise<ApiOutput<'reports.exportWord'>> {
  return unwrap(
    'reports.exportWord',
    await dispatchAsync('reports.exportWord', { id }, api.ctx)
  ) as ApiOutput<'reports.exportWord'>
}

/** Every text part of a Word file: body, headers, footers, properties, comments, alt text. */
function wordParts(base64: string): Record<string, string> {
  const parts = unzipSync(Buffer.from(base64, 'base64'))
  return Object.fromEntries(
    Object.entries(parts)
      .filter(([name]) => /\.(xml|rels)$/.test(name))
      .map(([name, bytes]) => [
        name,
        strFromU8(bytes)
          .replace(/<[^>]+>/g, ' ')
          .replace(/&apos;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&')
      ])
  )
}

function section<K extends SiteSection['key']>(doc: ReportDocument, key: K) {
  return doc.sites[0]?.sections.find((s): s is Extract<SiteSection, { key: K }> => s.key === key)
}

beforeEach(() => {
  api = testApi()
  ids = seedLeakyCase(api)
})
afterEach(() => api.close())

describe('anonymised reports leak no name, email or phone number', () => {
  it('carries the case into every section it exports (the attack reaches the report)', () => {
    anonymise(ids.reportId, false)
    const { document } = api.call('reports.render', { id: ids.reportId })
    const text = JSON.stringify(document)
    expect(text).toContain('Mary-Jane Smith-Patel')
    expect(text).toContain('07700 900123')
    for (const key of ['summary', 'partnership', 'outcomes', 'tests', 'learning', 'voices']) {
      expect(JSON.stringify(section(document, key as SiteSection['key']))).toContain('Okafor')
    }
  })

  it('leaves nothing in the site report, its Word file or its file name', async () => {
    anonymise(ids.reportId)
    const { document, fileStem } = api.call('reports.render', { id: ids.reportId })
    expect(leaks(JSON.stringify(document))).toEqual([])
    expect(leaks(fileStem)).toEqual([])
    const file = await exportWord(ids.reportId)
    expect(leaks(file.fileName)).toEqual([])
    const parts = wordParts(file.base64)
    expect(Object.keys(parts)).toContain('docProps/core.xml')
    for (const [name, text] of Object.entries(parts)) expect(leaks(text), name).toEqual([])
  })

  it('leaves nothing in the programme report of every site', async () => {
    const { id } = api.call('reports.create', {
      programmeId: ids.programmeId,
      title: 'Coastal Care Together: Eastbrook and Greyfriars',
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30'
    })
    anonymise(id)
    const { document, fileStem } = api.call('reports.render', { id })
    expect(document.sites).toHaveLength(2)
    expect(leaks(JSON.stringify(document))).toEqual([])
    expect(leaks(fileStem)).toEqual([])
    const file = await exportWord(id)
    for (const [name, text] of Object.entries(wordParts(file.base64))) {
      expect(leaks(text), name).toEqual([])
    }
  })

  it('says in plain words what was taken out, and keeps ordinary words', () => {
    anonymise(ids.reportId)
    const { document } = api.call('reports.render', { id: ids.reportId })
    const summary = section(document, 'summary')?.text ?? ''
    expect(summary).toContain('[email removed]')
    expect(summary).toContain('[phone number removed]')
    // A title and a name the store does not know become words; Cllr Hale is a known stakeholder.
    expect(summary).toContain('A doctor said Ward councillor and someone would ring a professor.')
    expect(summary).toMatch(/^Summary\. Care coordinator chaired; Care coordinator said/)
    expect(summary).toContain("Practice manager's notes")
  })
})

describe('names recorded outside the directory', () => {
  it('are taken out too: facilitators, reviewers and the senders of review packs', () => {
    api.call('meetings.create', {
      siteId: ids.siteId,
      heldOn: '2026-02-10',
      durationMinutes: 60,
      kind: 'partnership',
      facilitator: 'Sarah Okafor and Jim Bell (consultants)'
    })
    const saved = reportFields.parse(api.call('reports.get', { id: ids.reportId }))
    api.call('reports.update', {
      ...saved,
      summary: 'Sarah Okafor will run a sponsors session with Jim Bell; BELL agreed.',
      nextSteps: '',
      anonymised: true
    })
    const summary = section(api.call('reports.render', { id: ids.reportId }).document, 'summary')
    expect(summary?.text).not.toMatch(/Sarah|Okafor|Jim|Bell|BELL/)
    expect(summary?.text).toContain('the facilitator will run a sponsors session')
    // "consultants", a word in the field, is not taken for a name.
    api.call('reports.update', { ...saved, summary: 'Two consultants came.', anonymised: true })
    const plain = section(api.call('reports.render', { id: ids.reportId }).document, 'summary')
    expect(plain?.text).toBe('Two consultants came.')
  })
})

describe('quotes are attributed by role', () => {
  it('never by a name typed as the role, anonymised or not', () => {
    const { document } = api.call('reports.render', { id: ids.reportId })
    expect(section(document, 'voices')?.quotes.map((q) => q.role)).toEqual([
      'GP',
      'Practice manager'
    ])
  })
})

describe('the name matcher', () => {
  const names: StoreName[] = [
    ['person', 'Rose Mark', 'Nurse'],
    ['person', 'Will Faith', 'GP'],
    ['person', 'Asha Patel', 'Team leader'],
    ['site', 'Eastbrook', ''],
    ['organisation', 'Kestrel Coast NHS Trust', 'nhs'],
    ['organisation', 'Mind', 'voluntary_community'],
    ['site', "St Aldhelm's", '']
  ].map(([kind, name, detail], i) => ({
    kind: kind as StoreName['kind'],
    id: `n${i}`,
    programmeId: 'p',
    name: name ?? '',
    detail: detail ?? ''
  }))
  const matcher = nameMatcher(names, (n) =>
    n.kind === 'person' ? n.detail : n.kind === 'site' ? 'Site A' : 'an NHS organisation'
  )

  it('keeps ordinary words in lower case, initials, dates, figures and generic words', () => {
    const text =
      'Attendance rose; we will mark it; have faith and hope; the bill came. Trust grew. ' +
      "Mrs H's weekend; Smith et al. found 12 of 40 (2026-03-10, 01/02/2026, 0.5, 3 x 1000). " +
      'The Coast Library drop-in and the NHS Trust board met. Mr A. came. Keep it in mind.'
    expect(matcher.replace(text)).toBe(text)
  })

  it('finds names however the letters were encoded, and contact details in any form', () => {
    const decomposed = 'Zoe\u0308 and Asha\u2019s'
    expect(matcher.replace(decomposed)).toBe('Zoe\u0308 and Team leader\u2019s')
    expect(
      matcher.replace(
        'Write to a.patel@nhs.net or ring 01632 960 123, (0161) 496 0000, +44 7700 900123.'
      )
    ).toBe(
      'Write to [email removed] or ring [phone number removed], [phone number removed], [phone number removed].'
    )
    expect(
      matcher.replace(
        'See https://example.org/asha, www.eastbrook.org.uk, @asha_p (EB4 9QT). Meet @ 10.'
      )
    ).toBe(
      'See [web address removed], [web address removed], [social media name removed] ([postcode removed]). Meet @ 10.'
    )
    // A name in a script without capitals is a name as written.
    const wang = nameMatcher(
      [
        {
          kind: 'person',
          id: 'w',
          programmeId: 'p',
          name: '\u738b\u4f1f \u674e\u5a1c',
          detail: 'GP'
        }
      ],
      (n) => n.detail
    )
    expect(wang.replace('\u738b\u4f1f said so')).toBe('GP said so')
    expect(matcher.find('Rose Mark, asha and Eastbrookians').map((h) => h.entry.of)).toEqual([
      'Rose Mark',
      'Asha Patel',
      'Eastbrook'
    ])
  })

  it('replaces names as written, possessive, unaccented, in capitals or split by punctuation', () => {
    expect(
      matcher.replace("Rose's plan. MARK, Will and asha met PATEL; Zoe's Eastbrook-based.")
    ).toBe("Nurse's plan. Nurse, GP and Team leader met Team leader; Zoe's Site A-based.")
    expect(matcher.replace("Mind and MIND met at St. Aldhelm\u2019s; Aldhelm's hall.")).toBe(
      "an NHS organisation and an NHS organisation met at Site A; Site A's hall."
    )
    expect(matcher.replace('Kestrel staff came; Dr Okafor and Cllr Hale too.')).toBe(
      'an NHS organisation staff came; a doctor and a councillor too.'
    )
  })
})
