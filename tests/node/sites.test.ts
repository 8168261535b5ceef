import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiErrorCode } from '../../api/result'
import { FIXED_NOW, testApi, type TestApi } from '../support/store'
import { expectRejected } from '../support/rejections'

let api: TestApi
let programmeId: string
let siteId: string
beforeEach(() => {
  api = testApi()
  programmeId = api.call('programmes.create', {
    name: 'Better Together',
    startDate: '2026-01-05'
  }).id
  siteId = api.call('sites.create', { programmeId, name: 'Eastbrook', startDate: '2026-02-01' }).id
})
afterEach(() => api.close())

type Sector = 'nhs' | 'local_authority' | 'voluntary_community'
function person(name: string, sector?: Sector, organisation = `${name}'s employer`) {
  const organisationId = sector
    ? api.call('organisations.create', { programmeId, name: organisation, sector }).id
    : null
  return api.call('people.create', { programmeId, name, role: 'GP', organisationId }).id
}

function stage(stage: string, judgedOn: string) {
  return api.call('siteStages.record', { siteId, stage, judgedOn }).id
}

describe('sites', () => {
  it('creates a site with defaults and reads it with its stage options', () => {
    const page = api.call('sites.get', { id: siteId })
    expect(page.site).toMatchObject({
      id: siteId,
      programmeId,
      name: 'Eastbrook',
      locality: '',
      purpose: '',
      focus: '',
      startDate: '2026-02-01',
      status: 'active',
      archivedAt: null
    })
    expect(page.programme).toEqual({
      id: programmeId,
      name: 'Better Together',
      stageModel: 'forming'
    })
    expect(page.stageOptions.map((o) => o.value)).toEqual([
      'forming',
      'frustration',
      'functioning',
      'flying',
      'failing'
    ])
    expect(page.stageOptions[3]).toEqual({ value: 'flying', label: 'Flying' })
    expect(page).toMatchObject({ stages: [], members: [], bySector: [], byRole: [] })
  })

  it('updates a site, allowing the start date up to its first stage judgement', () => {
    stage('forming', '2026-03-01')
    const fields = { id: siteId, name: 'Eastbrook PCN', locality: 'East', focus: 'Frail elderly' }
    api.call('sites.update', { ...fields, startDate: '2026-01-15', status: 'paused' })
    api.call('sites.update', { ...fields, startDate: '2026-03-01', status: 'closed' })
    expect(api.call('sites.get', { id: siteId }).site).toMatchObject({
      name: 'Eastbrook PCN',
      locality: 'East',
      focus: 'Frail elderly',
      startDate: '2026-03-01',
      status: 'closed'
    })
  })

  it('archives and restores a site, keeping its stages and members', () => {
    stage('forming', '2026-03-01')
    api.call('siteMembers.add', {
      siteId,
      personId: person('Asha'),
      role: 'sponsor',
      joinedOn: '2026-02-01'
    })
    const before = api.call('sites.get', { id: siteId })
    api.call('sites.archive', { id: siteId })
    const archived = api.call('sites.get', { id: siteId })
    expect(archived.site.archivedAt).toBe(FIXED_NOW.toISOString())
    expect(archived.stages).toEqual(before.stages)
    expect(archived.members).toEqual(before.members)
    expect(api.call('programmes.overview', { id: programmeId }).sites).toEqual([])
    api.call('sites.restore', { id: siteId })
    expect(api.call('sites.get', { id: siteId })).toEqual(before)
    expect(api.call('programmes.overview', { id: programmeId }).sites.map((s) => s.id)).toEqual([
      siteId
    ])
  })
})

describe('site stages', () => {
  it('records judgements newest first with labels, from the site start date on, and removes one', () => {
    const first = stage('forming', '2026-02-01')
    stage('functioning', '2026-08-01')
    api.call('siteStages.record', {
      siteId,
      stage: 'frustration',
      judgedOn: '2026-05-01',
      reason: 'Two partners withdrew'
    })
    let stages = api.call('sites.get', { id: siteId }).stages
    expect(stages.map((s) => [s.judgedOn, s.stage, s.label])).toEqual([
      ['2026-08-01', 'functioning', 'Functioning'],
      ['2026-05-01', 'frustration', 'Frustration'],
      ['2026-02-01', 'forming', 'Forming']
    ])
    expect(stages[1]).toMatchObject({ reason: 'Two partners withdrew', siteId })
    expect(stages[0]?.createdAt).toBe(FIXED_NOW.toISOString())

    api.call('siteStages.remove', { id: first })
    stages = api.call('sites.get', { id: siteId }).stages
    expect(stages.map((s) => s.stage)).toEqual(['functioning', 'frustration'])
  })
})

describe('site members', () => {
  it('groups current members by sector and counts them by role', () => {
    const add = (personId: string, role: 'sponsor' | 'coordinator' | 'member', leftOn = '') =>
      api.call('siteMembers.add', { siteId, personId, role, joinedOn: '2026-02-01', leftOn }).id
    add(person('Zed', 'nhs', 'Northshire Trust'), 'coordinator')
    add(person('Amy', 'nhs', 'Eastbrook Surgery'), 'member')
    add(person('Cal', 'voluntary_community', 'Age Concern'), 'member')
    add(person('Dee', 'local_authority', 'Northshire Council'), 'sponsor')
    add(person('Eve'), 'member')
    add(person('Old', 'local_authority', 'Housing Dept'), 'coordinator', '2026-10-01')
    api.call('siteMembers.add', {
      siteId,
      personId: person('New', 'nhs', 'Later Trust'),
      role: 'member',
      joinedOn: '2026-12-01'
    })

    const page = api.call('sites.get', { id: siteId })
    expect(page.members.map((m) => [m.name, m.current])).toEqual([
      ['Amy', true],
      ['Cal', true],
      ['Dee', true],
      ['Eve', true],
      ['New', false],
      ['Old', false],
      ['Zed', true]
    ])
    expect(page.members[0]).toMatchObject({
      profession: 'GP',
      organisationName: 'Eastbrook Surgery',
      sector: 'nhs',
      role: 'member',
      personArchived: false
    })
    expect(
      page.bySector.map((g) => [
        g.sector,
        g.label,
        g.organisations.map((o) => [o.name, o.members.map((m) => m.name)])
      ])
    ).toEqual([
      [
        'nhs',
        'NHS / health board',
        [
          ['Eastbrook Surgery', ['Amy']],
          ['Northshire Trust', ['Zed']]
        ]
      ],
      ['local_authority', 'Local authority and social care', [['Northshire Council', ['Dee']]]],
      ['voluntary_community', 'Voluntary and community sector', [['Age Concern', ['Cal']]]],
      [null, 'No organisation recorded', [['No organisation', ['Eve']]]]
    ])
    expect(page.byRole).toEqual([
      { role: 'sponsor', label: 'Sponsor', count: 1 },
      { role: 'coordinator', label: 'Coordinator', count: 1 },
      { role: 'member', label: 'Member', count: 3 }
    ])
  })

  it('updates a membership, lets someone rejoin after leaving, and removes a mistake', () => {
    const personId = person('Asha', 'nhs')
    const id = api.call('siteMembers.add', {
      siteId,
      personId,
      role: 'member',
      joinedOn: '2026-02-01'
    }).id
    api.call('siteMembers.update', {
      id,
      role: 'coordinator',
      joinedOn: '2026-02-01',
      leftOn: '2026-06-01'
    })
    let members = api.call('sites.get', { id: siteId }).members
    expect(members).toMatchObject([
      { id, role: 'coordinator', leftOn: '2026-06-01', current: false }
    ])

    const again = api.call('siteMembers.add', {
      siteId,
      personId,
      role: 'member',
      joinedOn: '2026-06-01'
    }).id
    members = api.call('sites.get', { id: siteId }).members
    expect(members.map((m) => [m.id, m.current])).toEqual([
      [id, false],
      [again, true]
    ])
    api.call('siteMembers.remove', { id: again })
    expect(api.call('sites.get', { id: siteId }).members.map((m) => m.id)).toEqual([id])
  })

  it('shows an archived person as archived but still a member', () => {
    const personId = person('Asha')
    api.call('siteMembers.add', { siteId, personId, role: 'member', joinedOn: '2026-02-01' })
    api.call('people.archive', { id: personId })
    const [m] = api.call('sites.get', { id: siteId }).members
    expect(m).toMatchObject({ personId, personArchived: true, current: true })
  })
})

describe('rejected site calls change nothing', () => {
  let personId: string
  let memberId: string
  let stageId: string
  let outsiderId: string
  beforeEach(() => {
    personId = person('Asha', 'nhs')
    memberId = api.call('siteMembers.add', {
      siteId,
      personId,
      role: 'member',
      joinedOn: '2026-02-01',
      leftOn: '2026-12-31'
    }).id
    stageId = stage('forming', '2026-03-01')
    const other = api.call('programmes.create', { name: 'Other', startDate: '2026-01-01' }).id
    outsiderId = api.call('people.create', { programmeId: other, name: 'Outsider', role: 'GP' }).id
  })
  const site = { name: 'Westvale', startDate: '2026-02-01' }
  const join = { role: 'member', joinedOn: '2026-04-01' }

  type Case = [string, string, () => unknown, ApiErrorCode, string]
  // prettier-ignore
  const cases: Case[] = [
    ['a site for an unknown programme', 'sites.create', () => ({ ...site, programmeId: 'nope' }), 'not_found', 'programmeId'],
    ['a site without a programme', 'sites.create', () => site, 'invalid_input', 'programmeId'],
    ['a site with an empty name', 'sites.create', () => ({ ...site, programmeId, name: ' ' }), 'invalid_input', 'name'],
    ['a site name that is not text', 'sites.create', () => ({ ...site, programmeId, name: ['A'] }), 'invalid_input', 'name'],
    ['a site with 30 February', 'sites.create', () => ({ ...site, programmeId, startDate: '2026-02-30' }), 'invalid_input', 'startDate'],
    ['a site with a UK-style date', 'sites.create', () => ({ ...site, programmeId, startDate: '21/11/2026' }), 'invalid_input', 'startDate'],
    ['a site with an unknown status', 'sites.create', () => ({ ...site, programmeId, status: 'dormant' }), 'invalid_input', 'status'],
    ['a site with a too-long focus', 'sites.create', () => ({ ...site, programmeId, focus: 'x'.repeat(501) }), 'invalid_input', 'focus'],
    ['a site with a too-long locality', 'sites.create', () => ({ ...site, programmeId, locality: 'x'.repeat(201) }), 'invalid_input', 'locality'],
    ['moving the start after the first judgement', 'sites.update', () => ({ ...site, id: siteId, startDate: '2026-03-02' }), 'invalid_input', 'startDate'],
    ['updating an unknown site', 'sites.update', () => ({ ...site, id: 'nope' }), 'not_found', 'id'],
    ['getting an unknown site', 'sites.get', () => ({ id: 'nope' }), 'not_found', 'id'],
    ['archiving an unknown site', 'sites.archive', () => ({ id: 'nope' }), 'not_found', 'id'],
    ['restoring an unknown site', 'sites.restore', () => ({ id: 'nope' }), 'not_found', 'id'],
    ['a stage for an unknown site', 'siteStages.record', () => ({ siteId: 'nope', stage: 'forming', judgedOn: '2026-03-01' }), 'not_found', 'siteId'],
    ['a stage from the other model', 'siteStages.record', () => ({ siteId, stage: 'doing', judgedOn: '2026-03-01' }), 'invalid_input', 'stage'],
    ['a stage by its label', 'siteStages.record', () => ({ siteId, stage: 'Forming', judgedOn: '2026-03-01' }), 'invalid_input', 'stage'],
    ['a missing stage', 'siteStages.record', () => ({ siteId, judgedOn: '2026-03-01' }), 'invalid_input', 'stage'],
    ['a stage judged before the site started', 'siteStages.record', () => ({ siteId, stage: 'forming', judgedOn: '2026-01-31' }), 'invalid_input', 'judgedOn'],
    ['a stage judged on a bad date', 'siteStages.record', () => ({ siteId, stage: 'forming', judgedOn: '2026-04-31' }), 'invalid_input', 'judgedOn'],
    ['a stage with a too-long reason', 'siteStages.record', () => ({ siteId, stage: 'forming', judgedOn: '2026-03-01', reason: 'x'.repeat(10_001) }), 'invalid_input', 'reason'],
    ['removing an unknown judgement', 'siteStages.remove', () => ({ id: 'nope' }), 'not_found', 'id'],
    ['a member for an unknown site', 'siteMembers.add', () => ({ ...join, siteId: 'nope', personId }), 'not_found', 'siteId'],
    ['an unknown person', 'siteMembers.add', () => ({ ...join, siteId, personId: 'nope' }), 'not_found', 'personId'],
    ['a person from another programme', 'siteMembers.add', () => ({ ...join, siteId, personId: outsiderId }), 'invalid_input', 'personId'],
    ['someone already a current member', 'siteMembers.add', () => ({ ...join, siteId, personId }), 'conflict', 'personId'],
    ['a membership overlapping an earlier one', 'siteMembers.add', () => ({ ...join, siteId, personId, joinedOn: '2026-01-01', leftOn: '2026-02-02' }), 'conflict', 'personId'],
    ['leaving before joining', 'siteMembers.add', () => ({ siteId, personId: outsiderId, role: 'member', joinedOn: '2026-04-01', leftOn: '2026-03-31' }), 'invalid_input', 'leftOn'],
    ['an unknown partnership role', 'siteMembers.add', () => ({ ...join, siteId, personId, role: 'boss' }), 'invalid_input', 'role'],
    ['joining on a bad date', 'siteMembers.add', () => ({ ...join, siteId, personId, joinedOn: '2026-02-29' }), 'invalid_input', 'joinedOn'],
    ['no person', 'siteMembers.add', () => ({ ...join, siteId }), 'invalid_input', 'personId'],
    ['an update leaving before joining', 'siteMembers.update', () => ({ id: memberId, role: 'member', joinedOn: '2026-02-01', leftOn: '2026-01-31' }), 'invalid_input', 'leftOn'],
    ['updating an unknown membership', 'siteMembers.update', () => ({ ...join, id: 'nope' }), 'not_found', 'id'],
    ['removing an unknown membership', 'siteMembers.remove', () => ({ id: 'nope' }), 'not_found', 'id']
  ]

  it.each(cases)('rejects %s (%s)', (_label, verb, input, code, path) => {
    expectRejected(api, verb, input(), code, path)
  })

  it('refuses to reopen a membership while the person has a later current one', () => {
    api.call('siteMembers.update', {
      id: memberId,
      role: 'member',
      joinedOn: '2026-02-01',
      leftOn: '2026-05-01'
    })
    api.call('siteMembers.add', { siteId, personId, role: 'sponsor', joinedOn: '2026-05-01' })
    const input = { id: memberId, role: 'member', joinedOn: '2026-02-01', leftOn: null }
    const error = expectRejected(api, 'siteMembers.update', input, 'conflict', 'leftOn')
    expect(error.message).toContain('since 2026-05-01')
  })

  it('rejects removing the same judgement twice', () => {
    api.call('siteStages.remove', { id: stageId })
    expectRejected(api, 'siteStages.remove', { id: stageId }, 'not_found', 'id')
  })
})
