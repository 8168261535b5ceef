// The site report's "Stakeholder matrix" and "Partnership health" sections: built from the period,
// left out on request, and anonymised (stakeholders outside the directory included).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ReportDocument, SiteSection } from '../../domain/reports/model'
import { healthFixture, type HealthFixture } from './healthFixture'
import { reportFields } from '../../api/schemas/reports'

let f: HealthFixture
let reportId: string
beforeEach(() => {
  f = healthFixture()
  const { api, siteId } = f
  api.call('stakeholders.add', {
    siteId,
    personId: f.asha,
    group: 'inform',
    placedOn: '2026-02-10'
  })
  const jo = api.call('stakeholders.add', {
    siteId,
    name: 'Cllr Jo Bright',
    description: 'Ward councillor',
    group: 'be_aware_of',
    placedOn: '2026-02-10'
  }).id
  api.call('stakeholders.add', {
    siteId,
    name: 'The local paper',
    description: 'Weekly newspaper',
    group: 'be_aware_of',
    placedOn: '2026-02-10'
  })
  api.call('stakeholders.move', { id: jo, group: 'involve_closely', placedOn: '2026-04-01' })
  api.call('stakeholders.add', {
    siteId,
    organisationId: f.trustId,
    group: 'keep_on_board',
    placedOn: '2026-08-01'
  })
  const check = (checkedOn: string, commitment: string) =>
    api.call('healthChecks.record', {
      siteId,
      frameworkId: 'library-qualities',
      checkedOn,
      judgedBy: 'consultant',
      judgements: [{ itemId: 'library-quality-commitment', value: commitment }]
    })
  check('2026-03-01', 'present')
  check('2026-05-01', 'missing')
  check('2026-09-01', 'partly')
  reportId = api.call('reports.create', {
    programmeId: f.programmeId,
    siteId,
    periodFrom: '2026-03-15',
    periodTo: '2026-06-30'
  }).id
})
afterEach(() => f.api.close())

function update(fields: { anonymised?: boolean; leftOut?: ('stakeholders' | 'health')[] }) {
  const saved = reportFields.parse(f.api.call('reports.get', { id: reportId }))
  f.api.call('reports.update', { ...saved, ...fields })
}

function section<K extends SiteSection['key']>(doc: ReportDocument, key: K) {
  return doc.sites[0]?.sections.find((s): s is Extract<SiteSection, { key: K }> => s.key === key)
}

describe('partnership health in the site report', () => {
  it('shows the matrix at the period end with its moves, and the checks of the period', () => {
    const { document } = f.api.call('reports.render', { id: reportId })
    expect(section(document, 'stakeholders')).toEqual({
      key: 'stakeholders',
      asOf: '2026-06-30',
      groups: [
        { label: 'Involve closely', names: ['Cllr Jo Bright (Ward councillor)'] },
        { label: 'Keep on board', names: [] },
        { label: 'Inform', names: ['Asha Patel'] },
        { label: 'Be aware of', names: ['The local paper (Weekly newspaper)'] }
      ],
      changes: ['Cllr Jo Bright moved from be aware of to involve closely on 1 Apr 2026']
    })
    expect(section(document, 'health')).toEqual({
      key: 'health',
      frameworks: [
        {
          name: 'Relationship qualities',
          table: {
            columns: ['Item', 'Latest judgement', 'Change', 'Judged on'],
            rows: [['Commitment', 'Missing', 'Worse (was present)', '1 May 2026']]
          }
        }
      ],
      checks: [
        {
          checkedOn: '2026-05-01',
          framework: 'Relationship qualities',
          summary: 'Since 1 Mar 2026: Commitment went from present to missing (worse).'
        }
      ]
    })
  })

  it('leaves the sections out when asked', () => {
    update({ leftOut: ['stakeholders', 'health'] })
    const { document } = f.api.call('reports.render', { id: reportId })
    expect(document.sites[0]?.sections.map((s) => s.key)).not.toContain('stakeholders')
    expect(document.sites[0]?.sections.map((s) => s.key)).not.toContain('health')
  })

  it('anonymises directory people and stakeholders outside the directory, leaving ordinary words', () => {
    update({ anonymised: true })
    const { document } = f.api.call('reports.render', { id: reportId })
    const matrix = section(document, 'stakeholders')
    expect(matrix?.groups.map((g) => g.names)).toEqual([
      ['Ward councillor (Ward councillor)'],
      [],
      ['District nurse'],
      ['The local paper (Weekly newspaper)']
    ])
    expect(matrix?.changes).toEqual([
      'Ward councillor moved from be aware of to involve closely on 1 Apr 2026'
    ])
    expect(JSON.stringify(document)).not.toMatch(/Jo Bright|Asha|Eastbrook/)
  })
})
