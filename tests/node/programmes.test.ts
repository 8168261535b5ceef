import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiErrorCode } from '../../api/result'
import { FIXED_NOW, snapshot, testApi, type TestApi } from '../support/store'
import { expectRejected } from '../support/rejections'

let api: TestApi
beforeEach(() => {
  api = testApi()
})
afterEach(() => api.close())

function programme(
  name = 'Better Together',
  startDate = '2026-01-05',
  stageModel: 'forming' | 'initiating' = 'forming'
) {
  return api.call('programmes.create', { name, startDate, stageModel }).id
}

function person(programmeId: string, name: string, organisationId: string | null = null) {
  return api.call('people.create', { programmeId, name, role: 'GP', organisationId }).id
}

function member(siteId: string, personId: string, role: 'coordinator' | 'member', left = '') {
  api.call('siteMembers.add', { siteId, personId, role, joinedOn: '2026-02-01', leftOn: left })
}

describe('programmes', () => {
  it('creates, reads, updates and lists a programme', () => {
    const { id } = api.call('programmes.create', {
      name: 'Better Together',
      commissioners: 'National Integration Fund',
      startDate: '2026-01-05',
      endDate: '2028-01-05'
    })
    api.call('programmes.update', {
      id,
      name: 'Better Together 2',
      startDate: '2026-01-05',
      stageModel: 'forming'
    })
    const programme = api.call('programmes.get', { id })
    expect(programme.name).toBe('Better Together 2')
    expect(programme.endDate).toBeNull()
    expect(api.call('programmes.list', {}).map((p) => p.id)).toEqual([id])
  })

  it('fills defaults on create and stamps updatedAt on update', () => {
    const id = programme('  Spaced name  ')
    const created = api.call('programmes.get', { id })
    expect(created).toMatchObject({
      name: 'Spaced name',
      commissioners: '',
      description: '',
      endDate: null,
      stageModel: 'forming',
      archivedAt: null,
      outcomes: []
    })
    api.call('programmes.update', {
      id,
      name: 'Renamed',
      startDate: '2026-01-05',
      endDate: '2026-12-31',
      description: 'Two years of action learning',
      stageModel: 'initiating'
    })
    const updated = api.call('programmes.get', { id })
    expect(updated).toMatchObject({
      name: 'Renamed',
      endDate: '2026-12-31',
      description: 'Two years of action learning',
      stageModel: 'initiating',
      updatedAt: FIXED_NOW.toISOString()
    })
  })

  it('lists newest first with a count of unarchived sites, hiding archived programmes', () => {
    const older = programme('Older', '2025-01-01')
    const newer = programme('Newer', '2026-06-01')
    const alsoNew = programme('Also new', '2026-06-01')
    const a = api.call('sites.create', { programmeId: older, name: 'A', startDate: '2025-02-01' })
    api.call('sites.create', { programmeId: older, name: 'B', startDate: '2025-02-01' })
    api.call('sites.archive', { id: a.id })
    const list = api.call('programmes.list', {})
    expect(list.map((p) => p.name)).toEqual(['Also new', 'Newer', 'Older'])
    expect(list.find((p) => p.id === older)?.siteCount).toBe(1)
    expect(list.find((p) => p.id === newer)?.siteCount).toBe(0)

    api.call('programmes.archive', { id: alsoNew })
    expect(api.call('programmes.list', {}).map((p) => p.id)).toEqual([newer, older])
    const all = api.call('programmes.list', { includeArchived: true })
    expect(all.find((p) => p.id === alsoNew)?.archivedAt).toBe(FIXED_NOW.toISOString())
  })

  it('archives and restores a programme, keeping its data', () => {
    const id = programme()
    api.call('programmeOutcomes.create', {
      programmeId: id,
      title: 'Trust',
      level: 'relationships'
    })
    const before = api.call('programmes.get', { id })
    api.call('programmes.archive', { id })
    const archived = api.call('programmes.get', { id })
    expect(archived).toEqual({ ...before, archivedAt: FIXED_NOW.toISOString() })
    expect(api.call('programmes.list', {})).toEqual([])
    api.call('programmes.restore', { id })
    expect(api.call('programmes.get', { id })).toEqual(before)
    expect(api.call('programmes.list', {}).map((p) => p.id)).toEqual([id])
  })

  it('changes the stage model only while no stage of the old model is recorded', () => {
    const id = programme()
    const fields = { id, name: 'Better Together', startDate: '2026-01-05' }
    api.call('programmes.update', { ...fields, stageModel: 'initiating' })
    api.call('programmes.update', { ...fields, stageModel: 'forming' })
    const site = api.call('sites.create', { programmeId: id, name: 'A', startDate: '2026-02-01' })
    const stage = api.call('siteStages.record', {
      siteId: site.id,
      stage: 'frustration',
      judgedOn: '2026-03-01'
    })
    const error = expectRejected(
      api,
      'programmes.update',
      { ...fields, stageModel: 'initiating' },
      'conflict',
      'stageModel'
    )
    expect(error.message).toContain('frustration')
    api.call('programmes.update', { ...fields, name: 'Same model is fine', stageModel: 'forming' })
    api.call('siteStages.remove', { id: stage.id })
    api.call('programmes.update', { ...fields, stageModel: 'initiating' })
    expect(api.call('programmes.get', { id }).stageModel).toBe('initiating')
  })
})

describe('programmes.overview', () => {
  it('shows one card per site with latest stage, coordinators and current partnership counts', () => {
    const id = programme()
    const org = (name: string, sector: 'nhs' | 'housing' | 'local_authority') =>
      api.call('organisations.create', { programmeId: id, name, sector }).id
    const trust = org('Northshire NHS Trust', 'nhs')
    const practice = org('Eastbrook Surgery', 'nhs')
    const council = org('Northshire Council', 'local_authority')
    const homes = org('Eastbrook Homes', 'housing')

    const east = api.call('sites.create', {
      programmeId: id,
      name: 'Eastbrook',
      locality: 'East Northshire',
      startDate: '2026-02-01'
    }).id
    api.call('siteStages.record', { siteId: east, stage: 'forming', judgedOn: '2026-03-01' })
    api.call('siteStages.record', { siteId: east, stage: 'functioning', judgedOn: '2026-09-01' })
    api.call('siteStages.record', { siteId: east, stage: 'frustration', judgedOn: '2026-06-01' })
    member(east, person(id, 'Smith, Jo', trust), 'coordinator')
    member(east, person(id, 'Amir Khan', council), 'coordinator')
    member(east, person(id, 'Bea Lowe', practice), 'member')
    member(east, person(id, 'Dev Rao'), 'member')
    member(east, person(id, 'Former Coordinator', homes), 'coordinator', '2026-10-01')
    api.call('siteMembers.add', {
      siteId: east,
      personId: person(id, 'Not Yet', homes),
      role: 'member',
      joinedOn: '2026-12-01'
    })

    const west = api.call('sites.create', {
      programmeId: id,
      name: 'westvale',
      startDate: '2026-03-01'
    })
    const gone = api.call('sites.create', {
      programmeId: id,
      name: 'Closed',
      startDate: '2026-03-01'
    })
    api.call('sites.archive', { id: gone.id })
    api.call('programmeOutcomes.create', {
      programmeId: id,
      title: 'Trust',
      level: 'relationships'
    })

    const overview = api.call('programmes.overview', { id })
    expect(overview.programme.id).toBe(id)
    expect(overview.outcomes.map((o) => o.title)).toEqual(['Trust'])
    expect(overview.sites.map((s) => s.name)).toEqual(['Eastbrook', 'westvale'])
    expect(overview.sites[0]).toMatchObject({
      id: east,
      locality: 'East Northshire',
      status: 'active',
      startDate: '2026-02-01',
      stage: 'functioning',
      stageLabel: 'Functioning',
      stageJudgedOn: '2026-09-01',
      coordinators: ['Amir Khan', 'Smith, Jo'],
      organisationCount: 3,
      sectorCount: 2,
      memberCount: 4
    })
    expect(overview.sites[1]).toMatchObject({
      id: west.id,
      stage: null,
      stageLabel: null,
      coordinators: [],
      organisationCount: 0,
      sectorCount: 0,
      memberCount: 0
    })

    const all = api.call('programmes.overview', { id, includeArchived: true })
    expect(all.sites.map((s) => s.name)).toEqual(['Closed', 'Eastbrook', 'westvale'])
    expect(all.sites[0]?.archivedAt).toBe(FIXED_NOW.toISOString())
  })

  it('labels stages with the programme stage model', () => {
    const id = programme('Initiating', '2026-01-01', 'initiating')
    const site = api.call('sites.create', { programmeId: id, name: 'A', startDate: '2026-01-01' })
    api.call('siteStages.record', {
      siteId: site.id,
      stage: 'following_through',
      judgedOn: '2026-05-01'
    })
    const [card] = api.call('programmes.overview', { id }).sites
    expect(card?.stageLabel).toBe('Following through')
  })
})

describe('programme outcomes', () => {
  it('creates outcomes in order, updates them and archives and restores them', () => {
    const programmeId = programme()
    const first = api.call('programmeOutcomes.create', {
      programmeId,
      title: 'Shared care plans',
      level: 'team_practice'
    }).id
    const second = api.call('programmeOutcomes.create', {
      programmeId,
      title: 'A quicker discharge',
      description: 'Fewer delayed days',
      level: 'people_using_services'
    }).id
    let outcomes = api.call('programmes.get', { id: programmeId }).outcomes
    expect(outcomes.map((o) => [o.id, o.position, o.level])).toEqual([
      [first, 0, 'team_practice'],
      [second, 1, 'people_using_services']
    ])
    expect(outcomes[1]?.description).toBe('Fewer delayed days')

    api.call('programmeOutcomes.update', {
      id: first,
      title: 'Shared plans',
      level: 'organisations'
    })
    api.call('programmeOutcomes.archive', { id: second })
    outcomes = api.call('programmes.get', { id: programmeId }).outcomes
    expect(outcomes[0]).toMatchObject({
      title: 'Shared plans',
      level: 'organisations',
      position: 0
    })
    expect(outcomes[1]).toMatchObject({
      title: 'A quicker discharge',
      archivedAt: FIXED_NOW.toISOString()
    })
    api.call('programmeOutcomes.restore', { id: second })
    const restored = api.call('programmes.get', { id: programmeId }).outcomes[1]
    expect(restored).toMatchObject({ title: 'A quicker discharge', archivedAt: null, position: 1 })
  })
})

describe('rejected programme calls change nothing', () => {
  let id: string
  let outcomeId: string
  beforeEach(() => {
    id = programme()
    outcomeId = api.call('programmeOutcomes.create', {
      programmeId: id,
      title: 'Trust',
      level: 'self'
    }).id
  })
  const valid = { name: 'New', startDate: '2026-01-05' }
  const long = (n: number) => 'x'.repeat(n)

  type Case = [string, string, () => unknown, ApiErrorCode, string]
  // prettier-ignore
  const cases: Case[] = [
    ['a name that is not text', 'programmes.create', () => ({ ...valid, name: 42 }), 'invalid_input', 'name'],
    ['an empty name', 'programmes.create', () => ({ ...valid, name: '   ' }), 'invalid_input', 'name'],
    ['a too-long name', 'programmes.create', () => ({ ...valid, name: long(201) }), 'invalid_input', 'name'],
    ['no name at all', 'programmes.create', () => ({ startDate: '2026-01-05' }), 'invalid_input', 'name'],
    ['no start date', 'programmes.create', () => ({ name: 'New' }), 'invalid_input', 'startDate'],
    ['30 February', 'programmes.create', () => ({ ...valid, startDate: '2026-02-30' }), 'invalid_input', 'startDate'],
    ['a UK-style date', 'programmes.create', () => ({ ...valid, startDate: '21/11/2026' }), 'invalid_input', 'startDate'],
    ['a date as a number', 'programmes.create', () => ({ ...valid, startDate: 20260105 }), 'invalid_input', 'startDate'],
    ['month 13', 'programmes.create', () => ({ ...valid, endDate: '2026-13-01' }), 'invalid_input', 'endDate'],
    ['an end before the start', 'programmes.create', () => ({ ...valid, endDate: '2026-01-04' }), 'invalid_input', 'endDate'],
    ['an unknown stage model', 'programmes.create', () => ({ ...valid, stageModel: 'storming' }), 'invalid_input', 'stageModel'],
    ['too-long commissioners', 'programmes.create', () => ({ ...valid, commissioners: long(501) }), 'invalid_input', 'commissioners'],
    ['a description that is not text', 'programmes.create', () => ({ ...valid, description: 5 }), 'invalid_input', 'description'],
    ['an update with an end before the start', 'programmes.update', () => ({ id, ...valid, endDate: '2025-12-31' }), 'invalid_input', 'endDate'],
    ['an update without an id', 'programmes.update', () => valid, 'invalid_input', 'id'],
    ['an update of an unknown programme', 'programmes.update', () => ({ ...valid, id: 'nope' }), 'not_found', 'id'],
    ['get of an unknown programme', 'programmes.get', () => ({ id: 'nope' }), 'not_found', 'id'],
    ['get with an empty id', 'programmes.get', () => ({ id: '' }), 'invalid_input', 'id'],
    ['archive of an unknown programme', 'programmes.archive', () => ({ id: 'nope' }), 'not_found', 'id'],
    ['restore of an unknown programme', 'programmes.restore', () => ({ id: 'nope' }), 'not_found', 'id'],
    ['overview of an unknown programme', 'programmes.overview', () => ({ id: 'nope' }), 'not_found', 'id'],
    ['a list flag that is not a boolean', 'programmes.list', () => ({ includeArchived: 'yes' }), 'invalid_input', 'includeArchived'],
    ['an outcome for an unknown programme', 'programmeOutcomes.create', () => ({ programmeId: 'nope', title: 'T', level: 'self' }), 'not_found', 'programmeId'],
    ['an outcome without a title', 'programmeOutcomes.create', () => ({ programmeId: id, level: 'self' }), 'invalid_input', 'title'],
    ['an outcome at an unknown level', 'programmeOutcomes.create', () => ({ programmeId: id, title: 'T', level: 'world' }), 'invalid_input', 'level'],
    ['an outcome with a too-long description', 'programmeOutcomes.create', () => ({ programmeId: id, title: 'T', level: 'self', description: long(10_001) }), 'invalid_input', 'description'],
    ['an update with an empty title', 'programmeOutcomes.update', () => ({ id: outcomeId, title: '', level: 'self' }), 'invalid_input', 'title'],
    ['an update of an unknown outcome', 'programmeOutcomes.update', () => ({ id: 'nope', title: 'T', level: 'self' }), 'not_found', 'id'],
    ['archive of an unknown outcome', 'programmeOutcomes.archive', () => ({ id: 'nope' }), 'not_found', 'id'],
    ['restore of an unknown outcome', 'programmeOutcomes.restore', () => ({ id: 'nope' }), 'not_found', 'id']
  ]

  it.each(cases)('rejects %s (%s)', (_label, verb, input, code, path) => {
    expectRejected(api, verb, input(), code, path)
  })

  it('names the field in the message for a bad date', () => {
    const error = expectRejected(
      api,
      'programmes.create',
      { ...valid, startDate: '2026-02-30' },
      'invalid_input',
      'startDate'
    )
    expect(error.message).toContain('Start date must be a date (YYYY-MM-DD)')
  })

  it('rejects an unknown verb without touching the store', () => {
    const before = snapshot(api.store)
    const result = api.attempt('programmes.delete', { id })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('unknown_verb')
    expect(result.error.message).toContain('programmes.delete')
    expect(snapshot(api.store)).toEqual(before)
  })
})
