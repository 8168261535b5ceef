// Reports for commissioners on a real migrated store: what each section holds for a period, what is
// never exported (unconsented quotes, whole reflections, private links), anonymisation with stable
// pseudonyms and the final scan for names, the Word file, and the record of each export.
import { strFromU8, unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch, dispatchAsync } from '../../api/dispatch'
import type { ApiOutput } from '../../api/contract'
import type { ReportDocument, SiteSection } from '../../domain/reports/model'
import { expectRejected } from '../support/rejections'
import { unwrap } from '../support/api'
import { FIXED_NOW, snapshot, testApi, type TestApi } from '../support/store'
import { reportFields } from '../../api/schemas/reports'

let api: TestApi
let ids: { programmeId: string; siteId: string; cycleId: string; reportId: string }

function seedSite(a: TestApi) {
  const { id: programmeId } = a.call('programmes.create', {
    name: 'Ageing Well Together',
    startDate: '2026-01-05'
  })
  const { id: siteId } = a.call('sites.create', {
    programmeId,
    name: 'Harrowdene',
    locality: 'Harrowdene Vale',
    purpose: 'Joint working for housebound older people in Harrowdene',
    startDate: '2026-01-05'
  })
  const org = (name: string, sector: 'nhs' | 'voluntary_community') =>
    a.call('organisations.create', { programmeId, name, sector }).id
  const trust = org('Northshire NHS Trust', 'nhs')
  const charity = org('Harrowdene Age Concern', 'voluntary_community')
  const person = (name: string, role: string, organisationId: string) =>
    a.call('people.create', { programmeId, name, role, organisationId, email: '' }).id
  const priya = person('Priya Shah', 'GP', trust)
  const rose = person('Rose Okafor', 'District nurse', trust)
  const tom = person('Tom Reid', 'Social worker', charity)
  const sam = person('Sam Reid', 'Social worker', charity)
  a.call('siteMembers.add', { siteId, personId: priya, role: 'sponsor', joinedOn: '2026-01-05' })
  a.call('siteMembers.add', { siteId, personId: rose, role: 'coordinator', joinedOn: '2026-01-05' })
  a.call('siteMembers.add', { siteId, personId: tom, role: 'member', joinedOn: '2026-01-05' })
  a.call('siteMembers.add', { siteId, personId: sam, role: 'member', joinedOn: '2026-01-05' })
  const meeting = (heldOn: string, quotes: { text: string; consent: 'yes' | 'no' }[]) =>
    a.call('meetings.create', {
      siteId,
      heldOn,
      durationMinutes: 180,
      kind: 'partnership',
      unnamedAttendees: 2,
      attendance: [
        { personId: priya, status: 'attended' },
        { personId: tom, status: 'attended' },
        { personId: rose, status: 'apologies' }
      ],
      quotes: quotes.map((q) => ({ ...q, speakerRole: 'GP', personId: priya }))
    }).id
  meeting('2026-02-03', [{ text: 'We rang each other before the visit.', consent: 'yes' }])
  meeting('2026-03-10', [{ text: 'I do not trust the council with this.', consent: 'no' }])
  meeting('2027-01-10', [{ text: 'Said after the period.', consent: 'yes' }])
  const { id: outcomeId } = a.call('outcomes.create', {
    siteId,
    title: 'Trust between agencies',
    agreedOn: '2026-02-03',
    baselineRating: 3
  })
  a.call('outcomes.rate', {
    outcomeId,
    ratedOn: '2026-03-10',
    rating: 6,
    evidence: 'Rose Okafor said the district nurses now ring first.',
    judgedBy: 'group'
  })
  const { id: cycleId } = a.call('reflections.create', {
    programmeId,
    siteId,
    heldOn: '2026-03-11',
    observe: 'Tom Reid came late again.',
    reflect: 'The group is starting to trust each other. Priya was frustrated with the council.'
  })
  a.call('reportExcerpts.add', {
    cycleId,
    phase: 'reflect',
    text: 'The group is starting to trust each other.'
  })
  const { id: reportId } = a.call('reports.create', {
    programmeId,
    siteId,
    periodFrom: '2026-01-01',
    periodTo: '2026-06-30'
  })
  return { programmeId, siteId, cycleId, reportId }
}

function settings(id: string) {
  // The update schema keeps only the saved fields of what reports.get answers.
  return reportFields.parse(api.call('reports.get', { id }))
}

function render(id: string): ApiOutput<'reports.render'> {
  return api.call('reports.render', { id })
}

function section<K extends SiteSection['key']>(doc: ReportDocument, key: K) {
  return doc.sites[0]?.sections.find((s): s is Extract<SiteSection, { key: K }> => s.key === key)
}

beforeEach(() => {
  api = testApi()
  ids = seedSite(api)
})
afterEach(() => api.close())

describe('reports.create and reports.update', () => {
  it('names a new report after the site and period, and saves the summary and sections', () => {
    expect(settings(ids.reportId)).toMatchObject({
      title: 'Harrowdene: site report, 1 Jan 2026 to 30 Jun 2026',
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      leftOut: [],
      confidential: true,
      anonymised: false
    })
    api.call('reports.update', {
      ...settings(ids.reportId),
      summary: 'A good half year.',
      leftOut: ['engagement', 'overview']
    })
    // A site report has no programme overview to leave out.
    expect(settings(ids.reportId)).toMatchObject({
      summary: 'A good half year.',
      leftOut: ['engagement']
    })
  })

  it("lists a site's reports apart from the programme's own, saying which are anonymised", () => {
    const { id: programmeReportId } = api.call('reports.create', {
      programmeId: ids.programmeId,
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30'
    })
    api.call('reports.update', { ...settings(ids.reportId), anonymised: true })
    expect(
      api.call('reports.list', { programmeId: ids.programmeId, siteId: ids.siteId }).reports
    ).toEqual([
      {
        id: ids.reportId,
        title: 'Harrowdene: site report, 1 Jan 2026 to 30 Jun 2026',
        periodFrom: '2026-01-01',
        periodTo: '2026-06-30',
        anonymised: true,
        updatedAt: FIXED_NOW.toISOString()
      }
    ])
    expect(api.call('reports.list', { programmeId: ids.programmeId }).reports).toMatchObject([
      { id: programmeReportId, anonymised: false }
    ])
  })

  it('refuses a period that ends before it starts, and a site from another programme', () => {
    expectRejected(
      api,
      'reports.create',
      {
        programmeId: ids.programmeId,
        siteId: ids.siteId,
        periodFrom: '2026-06-01',
        periodTo: '2026-05-01'
      },
      'invalid_input',
      'periodTo',
      /on or after the period start \(2026-06-01\)/
    )
    const { id: other } = api.call('programmes.create', { name: 'Other', startDate: '2026-01-05' })
    expectRejected(
      api,
      'reports.create',
      { programmeId: other, siteId: ids.siteId, periodFrom: '2026-01-01', periodTo: '2026-05-01' },
      'invalid_input',
      'siteId',
      /another programme/
    )
    expectRejected(
      api,
      'reports.update',
      { ...settings(ids.reportId), leftOut: ['gossip'] },
      'invalid_input',
      'leftOut.0',
      /Unknown report section/
    )
  })
})

describe('reports.render', () => {
  it('builds every section from the period only, with consented quotes by role and marked excerpts', () => {
    const { document } = render(ids.reportId)
    expect(document.sites[0]?.sections.map((s) => s.key)).toEqual([
      'summary',
      'partnership',
      'outcomes',
      'tests',
      'learning',
      'voices',
      'engagement',
      'stakeholders',
      'health',
      'nextSteps'
    ])
    expect(section(document, 'partnership')).toMatchObject({
      sponsors: ['Priya Shah (GP)'],
      coordinators: ['Rose Okafor (District nurse)'],
      sectors: [
        {
          label: 'NHS / health board',
          organisations: ['Northshire NHS Trust'],
          count: 1,
          people: 2
        },
        {
          label: 'Voluntary and community sector',
          organisations: ['Harrowdene Age Concern'],
          count: 1,
          people: 2
        }
      ]
    })
    expect(section(document, 'outcomes')?.table.rows).toEqual([
      ['Trust between agencies', '3', '6 (10 Mar 2026)', '+3']
    ])
    expect(section(document, 'voices')?.quotes).toEqual([
      { text: 'We rang each other before the visit.', role: 'GP', saidOn: '2026-02-03' }
    ])
    expect(section(document, 'learning')?.excerpts).toEqual([
      {
        heldOn: '2026-03-11',
        phase: 'Reflect',
        text: 'The group is starting to trust each other.',
        team: false
      }
    ])
    expect(section(document, 'engagement')).toMatchObject({
      meetingsHeld: 2,
      partnershipMeetings: 2,
      averageAttendance: 4,
      organisations: 2
    })
    // The rest of the reflection, the unconsented quote and the quoted person never appear.
    const text = JSON.stringify(document)
    expect(text).not.toContain('came late')
    expect(text).not.toContain('frustrated')
    expect(text).not.toContain('do not trust the council')
    expect(text).not.toContain('Said after the period')
  })

  it('says nothing was recorded in an empty period and leaves out the sections left out', () => {
    api.call('reports.update', {
      ...settings(ids.reportId),
      periodFrom: '2025-01-01',
      periodTo: '2025-06-30',
      leftOut: ['voices', 'summary']
    })
    const { document } = render(ids.reportId)
    expect(document.sites[0]?.sections.map((s) => s.key)).toEqual([
      'partnership',
      'outcomes',
      'tests',
      'learning',
      'engagement',
      'stakeholders',
      'health',
      'nextSteps'
    ])
    expect(section(document, 'outcomes')?.lines).toEqual([])
    expect(section(document, 'engagement')?.meetingsHeld).toBe(0)
  })
})

describe('anonymised reports', () => {
  function anonymise(summary = '') {
    api.call('reports.update', { ...settings(ids.reportId), anonymised: true, summary })
  }

  it('replaces every person, organisation and site in every text, the same way each time', () => {
    anonymise(
      'Priya Shah and ROSE met the Northshire NHS Trust team in Harrowdene Vale. Attendance rose. Reid came.'
    )
    const first = render(ids.reportId)
    const { document } = first
    expect(document.subject).toBe('Site A')
    expect(section(document, 'summary')?.text).toBe(
      'GP and District nurse met the an NHS organisation team in Site A. Attendance rose. a participant came.'
    )
    expect(section(document, 'partnership')).toMatchObject({
      purpose: 'Joint working for housebound older people in Site A',
      sponsors: ['GP'],
      sectors: [
        { label: 'NHS / health board', organisations: [], count: 1 },
        { label: 'Voluntary and community sector', organisations: [], count: 1 }
      ]
    })
    expect(section(document, 'outcomes')?.evidence[0]?.note).toBe(
      'District nurse said the district nurses now ring first.'
    )
    const text = JSON.stringify(document)
    for (const name of ['Priya', 'Shah', 'Okafor', 'Harrowdene', 'Northshire', 'Tom Reid']) {
      expect(text).not.toContain(name)
    }
    // Pseudonyms are kept: the same data gives the same document and fingerprint.
    expect(render(ids.reportId).fingerprint).toBe(first.fingerprint)
    expect(
      api.store.sqlite
        .prepare('SELECT kind, pseudonym FROM pseudonyms ORDER BY kind, pseudonym')
        .all()
    ).toEqual([
      { kind: 'person', pseudonym: 'District nurse' },
      { kind: 'person', pseudonym: 'GP' },
      { kind: 'person', pseudonym: 'Participant 1' },
      { kind: 'person', pseudonym: 'Participant 2' },
      { kind: 'site', pseudonym: 'Site A' }
    ])
  })

  it('lets the consultant choose a site name, never a real one', () => {
    anonymise()
    api.call('pseudonyms.setSite', { siteId: ids.siteId, pseudonym: 'Millbrook' })
    expect(render(ids.reportId).document.subject).toBe('Millbrook')
    expectRejected(
      api,
      'pseudonyms.setSite',
      { siteId: ids.siteId, pseudonym: 'harrowdene vale' },
      'invalid_input',
      'pseudonym',
      /name of a real locality/
    )
  })

  it('says in which part of a section a name remains', () => {
    anonymise()
    expect(render(ids.reportId).document.subject).toBe('Site A')
    // A pseudonym that is part of a real name (set outside the verb, which would refuse it).
    api.store.sqlite.prepare("UPDATE pseudonyms SET pseudonym = 'Priya' WHERE kind = 'site'").run()
    const result = api.attempt('reports.render', { id: ids.reportId })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.issues).toContainEqual({
      path: 'Priya \u203a Purpose and the partnership',
      message: expect.stringMatching(/^\u201cPriya Shah\u201d \(person\), in the purpose: /)
    })
  })

  it('refuses a site name with a real name inside it, however it is spelt', () => {
    anonymise()
    for (const [pseudonym, part] of [
      ['Rose Valley', 'Rose'],
      ['Northshire Bay', 'Northshire'],
      ['Okáfor Park', 'Ok\u00e1for']
    ]) {
      expectRejected(
        api,
        'pseudonyms.setSite',
        { siteId: ids.siteId, pseudonym },
        'invalid_input',
        'pseudonym',
        new RegExp(`\u201c${part}\u201d is part of the name of a real`)
      )
    }
    expect(render(ids.reportId).document.subject).toBe('Site A')
  })

  it('stops the export and says where when a real name is still in the finished text', () => {
    anonymise()
    expect(render(ids.reportId).document.subject).toBe('Site A')
    // A pseudonym that is someone's surname (set outside the verb, which would refuse it).
    api.store.sqlite.prepare("UPDATE pseudonyms SET pseudonym = 'Okafor' WHERE kind = 'site'").run()
    const before = snapshot(api.store)
    const result = api.attempt('reports.render', { id: ids.reportId })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('conflict')
    expect(result.error.message).toMatch(/still names/)
    expect(result.error.issues?.[0]).toEqual({
      path: 'Title',
      message: expect.stringContaining('\u201cRose Okafor\u201d (person)')
    })
    expect(result.error.issues?.map((i) => i.path)).toContain(
      'Okafor \u203a Purpose and the partnership'
    )
    expect(snapshot(api.store)).toEqual(before)
  })
})

describe('exports', () => {
  it('makes a Word document with headings, the chart and the same content, and records exports', async () => {
    expect(dispatch('reports.exportWord', { id: ids.reportId }, api.ctx)).toMatchObject({
      ok: false
    })
    const file = unwrap(
      'reports.exportWord',
      await dispatchAsync('reports.exportWord', { id: ids.reportId }, api.ctx)
    ) as ApiOutput<'reports.exportWord'>
    expect(file.fileName).toBe('harrowdene-report-2026-01-01-to-2026-06-30.docx')
    const parts = unzipSync(Buffer.from(file.base64, 'base64'))
    const xml = strFromU8(parts['word/document.xml'] ?? new Uint8Array())
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>')
    expect(xml).toContain('We rang each other before the visit.')
    expect(xml).not.toContain('do not trust the council')
    expect(
      Object.keys(parts).some((name) => name.startsWith('word/media/') && name.endsWith('.png'))
    ).toBe(true)
    expect(strFromU8(parts['word/footer1.xml'] ?? new Uint8Array())).toContain('Confidential')

    const recorded = api.call('reports.recordExport', {
      id: ids.reportId,
      format: 'docx',
      fileName: file.fileName
    })
    expect(recorded.fingerprint).toBe(file.fingerprint)
    expect(api.call('exports.list', { programmeId: ids.programmeId, siteId: ids.siteId })).toEqual([
      expect.objectContaining({
        reportId: ids.reportId,
        scope: 'site',
        subject: 'Harrowdene',
        format: 'docx',
        anonymised: false,
        fileName: file.fileName,
        fingerprint: file.fingerprint,
        exportedAt: FIXED_NOW.toISOString()
      })
    ])
    // The record stays when the report is deleted: it is what left the machine.
    api.call('reports.delete', { id: ids.reportId })
    expect(api.call('exports.list', { programmeId: ids.programmeId })).toHaveLength(1)
  })

  it('builds a programme report with the outcomes across sites and each site', () => {
    const { id } = api.call('reports.create', {
      programmeId: ids.programmeId,
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30'
    })
    const { document } = render(id)
    expect(document.scope).toBe('programme')
    expect(document.overview?.figures.rows[0]?.slice(0, 3)).toEqual([
      'Harrowdene',
      'Not judged',
      '2'
    ])
    expect(document.sites.map((s) => s.name)).toEqual(['Harrowdene'])
    expect(document.summary).toBe('')
  })
})
