import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiInput } from '../../api/contract'
import type { ApiErrorCode } from '../../api/result'
import { agreedOutcomes } from '../../db/schema'
import {
  funnelBars,
  funnelSummary,
  stageTotals
} from '../../renderer/src/features/testsOfChange/funnelSeries'
import { snapshot, testApi, type TestApi } from '../support/store'

let api: TestApi
let programmeId: string
let otherProgrammeId: string
let siteId: string
let otherSiteId: string
let asha: string
let outsider: string
let meetingId: string
let otherMeetingId: string
let reflectionId: string
let outcomeA: string
let outcomeB: string
let otherOutcome: string

function outcome(site: string, title: string) {
  const id = api.ctx.newId()
  api.ctx.db
    .insert(agreedOutcomes)
    .values({ id, siteId: site, title, agreedOn: '2026-02-01' })
    .run()
  return id
}

beforeEach(() => {
  api = testApi()
  programmeId = api.call('programmes.create', { name: 'Ageing Well', startDate: '2026-01-05' }).id
  otherProgrammeId = api.call('programmes.create', { name: 'Other', startDate: '2026-01-05' }).id
  const site = (name: string) =>
    api.call('sites.create', { programmeId, name, startDate: '2026-02-01' }).id
  siteId = site('Eastbrook')
  otherSiteId = site('Westvale')
  asha = api.call('people.create', { programmeId, name: 'Asha Patel', role: 'District nurse' }).id
  outsider = api.call('people.create', {
    programmeId: otherProgrammeId,
    name: 'Olu Field',
    role: 'GP'
  }).id
  const meeting = (site: string, heldOn: string) =>
    api.call('meetings.create', { siteId: site, heldOn, durationMinutes: 120, kind: 'partnership' })
      .id
  meetingId = meeting(siteId, '2026-03-10')
  otherMeetingId = meeting(otherSiteId, '2026-03-10')
  reflectionId = api.call('reflections.create', {
    programmeId,
    siteId,
    heldOn: '2026-03-12',
    plan: '- Try a shared form'
  }).id
  outcomeA = outcome(siteId, 'Fewer delayed discharges')
  outcomeB = outcome(siteId, 'People tell their story once')
  otherOutcome = outcome(otherSiteId, 'Westvale outcome')
})
afterEach(() => api.close())

type CreateInput = ApiInput<'testsOfChange.create'>
function createTest(fields: Partial<CreateInput> = {}) {
  return api.call('testsOfChange.create', {
    siteId,
    title: 'One shared referral form',
    idea: 'Two teams trial one referral form',
    prediction: 'Referrals reach the right team in two days, not ten',
    kind: 'quick_win',
    createdOn: '2026-03-10',
    ...fields
  }).id
}

function rejected(name: string, input: unknown, code: ApiErrorCode, path: string, words: RegExp) {
  const before = snapshot(api.store)
  const result = api.attempt(name, input)
  if (result.ok) throw new Error(`${name} was accepted`)
  expect(result.error.code).toBe(code)
  expect(result.error.issues?.[0]?.path).toBe(path)
  expect(result.error.issues?.[0]?.message).toMatch(words)
  expect(result.error.message).toContain(path)
  expect(snapshot(api.store)).toEqual(before)
  return result.error
}

const move = (id: string, status: string, on: string, reason = '') =>
  api.call('testsOfChange.move', { id, status: status as 'planned', on, reason })
const cycle = (testId: string, startedOn: string, endedOn: string | null = null) =>
  api.call('testsOfChange.addCycle', { testId, plan: 'Try it', startedOn, endedOn }).id

describe('starting a test of change', () => {
  it('records the test with its outcomes, source, owner and a new shared idea', () => {
    const id = createTest({
      ownerId: asha,
      kind: 'adaptive',
      outcomeIds: [outcomeB, outcomeA, outcomeA],
      sourceMeetingId: meetingId,
      sourceReflectionId: reflectionId,
      createdOn: '2026-03-12',
      newChangeIdea: { title: 'Shared referral form', description: 'One form for all' }
    })
    const got = api.call('testsOfChange.get', { id })
    expect(got.test).toMatchObject({
      siteId,
      title: 'One shared referral form',
      kind: 'adaptive',
      status: 'idea',
      ownerId: asha,
      createdOn: '2026-03-12',
      startedOn: null,
      decidedOn: null
    })
    expect(got.owner).toEqual({ id: asha, name: 'Asha Patel', role: 'District nurse' })
    expect(got.outcomes.map((o) => o.title)).toEqual([
      'Fewer delayed discharges',
      'People tell their story once'
    ])
    expect(got.sourceMeeting).toEqual({ id: meetingId, heldOn: '2026-03-10', kind: 'partnership' })
    expect(got.sourceReflection).toMatchObject({ id: reflectionId, heldOn: '2026-03-12' })
    expect(got.changeIdea).toMatchObject({ title: 'Shared referral form' })
    expect(got.history.map((h) => [h.status, h.changedOn])).toEqual([['idea', '2026-03-12']])
    expect(got.moves).toEqual(['planned', 'abandoned'])
    expect(got.site).toEqual({ id: siteId, name: 'Eastbrook', programmeId })
  })

  it('offers the site its outcomes, meetings, reflections, ideas and people', () => {
    const prepared = api.call('testsOfChange.prepare', { siteId })
    expect(prepared.outcomes.map((o) => o.title)).toEqual([
      'Fewer delayed discharges',
      'People tell their story once'
    ])
    expect(prepared.meetings.map((m) => m.id)).toEqual([meetingId])
    expect(prepared.reflections.map((r) => r.id)).toEqual([reflectionId])
    expect(prepared.people.map((p) => p.name)).toEqual(['Asha Patel'])
  })

  it('rejects bad links and fields, naming the field and saving nothing', () => {
    const base = { siteId, title: 'A test', kind: 'quick_win', createdOn: '2026-03-10' }
    const create = 'testsOfChange.create'
    rejected(create, { ...base, title: '  ' }, 'invalid_input', 'title', /Title is required/)
    rejected(create, { ...base, kind: 'big' }, 'invalid_input', 'kind', /quick win/)
    rejected(create, { ...base, createdOn: '10/03/2026' }, 'invalid_input', 'createdOn', /date/)
    rejected(
      create,
      { ...base, outcomeIds: [outcomeA, otherOutcome] },
      'not_found',
      'outcomeIds.1',
      /agreed outcome of Eastbrook/
    )
    rejected(create, { ...base, ownerId: outsider }, 'invalid_input', 'ownerId', /Owner Olu Field/)
    rejected(
      create,
      { ...base, sourceMeetingId: otherMeetingId },
      'invalid_input',
      'sourceMeetingId',
      /Eastbrook's meetings/
    )
    rejected(
      create,
      { ...base, sourceMeetingId: meetingId, createdOn: '2026-03-09' },
      'invalid_input',
      'createdOn',
      /on or after 2026-03-10, the date of the meeting/
    )
    rejected(
      create,
      { ...base, sourceReflectionId: reflectionId },
      'invalid_input',
      'createdOn',
      /the date of the reflection/
    )
    const ideaId = api.call('changeIdeas.create', { programmeId, title: 'Huddles' }).id
    rejected(
      create,
      { ...base, changeIdeaId: ideaId, newChangeIdea: { title: 'Other' } },
      'invalid_input',
      'newChangeIdea',
      /not both/
    )
    rejected(
      create,
      { ...base, newChangeIdea: { title: ' huddles ' } },
      'conflict',
      'newChangeIdea.title',
      /already exists/
    )
    const foreign = api.call('changeIdeas.create', { programmeId: otherProgrammeId, title: 'X' })
    rejected(
      create,
      { ...base, changeIdeaId: foreign.id },
      'invalid_input',
      'changeIdeaId',
      /not in this programme/
    )
    rejected(create, { ...base, siteId: 'nope' }, 'not_found', 'siteId', /No site/)
  })
})

describe('moving a test through its lifecycle', () => {
  it('goes planned -> testing -> adopted, recording each move and the decision', () => {
    const id = createTest()
    move(id, 'planned', '2026-03-15')
    move(id, 'testing', '2026-04-01', 'First month')
    cycle(id, '2026-04-01', '2026-04-30')
    move(id, 'adopted', '2026-05-10', ' Referrals now take two days ')
    const got = api.call('testsOfChange.get', { id })
    expect(got.test).toMatchObject({
      status: 'adopted',
      startedOn: '2026-04-01',
      decidedOn: '2026-05-10',
      decisionReason: 'Referrals now take two days'
    })
    expect(got.history.map((h) => [h.status, h.changedOn, h.reason])).toEqual([
      ['idea', '2026-03-10', ''],
      ['planned', '2026-03-15', ''],
      ['testing', '2026-04-01', 'First month'],
      ['adopted', '2026-05-10', 'Referrals now take two days']
    ])
    expect(got.moves).toEqual([])
  })

  it('refuses impossible moves with the rule, writing no history row', () => {
    const id = createTest()
    const error = rejected(
      'testsOfChange.move',
      { id, status: 'adopted', on: '2026-03-20', reason: 'Sure' },
      'conflict',
      'status',
      /^A test can be adopted only after testing \(it is at idea\)$/
    )
    expect(error.message).toBe('status: A test can be adopted only after testing (it is at idea)')
    move(id, 'planned', '2026-03-15')
    rejected(
      'testsOfChange.move',
      { id, status: 'adopted', on: '2026-03-20', reason: 'Sure' },
      'conflict',
      'status',
      /\(it is at planned\)/
    )
    move(id, 'testing', '2026-03-20')
    rejected(
      'testsOfChange.move',
      { id, status: 'adopted', on: '2026-03-25', reason: 'Works' },
      'conflict',
      'status',
      /at least one PDSA cycle/
    )
    cycle(id, '2026-03-20')
    rejected(
      'testsOfChange.move',
      { id, status: 'adopted', on: '2026-03-25', reason: '   ' },
      'invalid_input',
      'reason',
      /Reason is required/
    )
    rejected(
      'testsOfChange.move',
      { id, status: 'adopted', on: '2026-03-19', reason: 'Works' },
      'invalid_input',
      'on',
      /on or after 2026-03-20, the date of the last move \(testing\)/
    )
    rejected(
      'testsOfChange.move',
      { id, status: 'planned', on: '2026-03-25' },
      'conflict',
      'status',
      /cannot move back/
    )
    rejected(
      'testsOfChange.move',
      { id, status: 'finished', on: '2026-03-25' },
      'invalid_input',
      'status',
      /Choose where/
    )
    expect(api.call('testsOfChange.get', { id }).history).toHaveLength(3)
  })

  it('tests an adapted test again, keeping the first testing date and clearing the decision', () => {
    const id = createTest()
    move(id, 'planned', '2026-03-15')
    move(id, 'testing', '2026-03-20')
    move(id, 'adapted', '2026-04-20', 'Try with housing too')
    expect(api.call('testsOfChange.get', { id }).test).toMatchObject({
      status: 'adapted',
      decidedOn: '2026-04-20',
      decisionReason: 'Try with housing too'
    })
    move(id, 'testing', '2026-05-01')
    const got = api.call('testsOfChange.get', { id })
    expect(got.test).toMatchObject({
      status: 'testing',
      startedOn: '2026-03-20',
      decidedOn: null,
      decisionReason: ''
    })
    expect(got.moves).toEqual(['adapted', 'abandoned'])
    expect(got.adoptionBlocked).toMatch(/PDSA cycle/)
    move(id, 'abandoned', '2026-06-01', 'Housing could not join')
    expect(api.call('testsOfChange.get', { id }).test.status).toBe('abandoned')
  })
})

describe('PDSA cycles', () => {
  it('adds, edits and deletes cycles in order, with ordered dates', () => {
    const id = createTest()
    const first = cycle(id, '2026-03-10', '2026-03-31')
    const second = cycle(id, '2026-04-01')
    api.call('testsOfChange.updateCycle', {
      id: second,
      plan: 'Add the pharmacy',
      prediction: 'Fewer calls',
      doNotes: 'Done',
      study: 'Half the calls',
      act: 'Adopt',
      startedOn: '2026-04-02',
      endedOn: '2026-04-30'
    })
    const cycles = api.call('testsOfChange.get', { id }).cycles
    expect(cycles.map((c) => [c.id, c.position, c.startedOn, c.endedOn])).toEqual([
      [first, 1, '2026-03-10', '2026-03-31'],
      [second, 2, '2026-04-02', '2026-04-30']
    ])
    expect(cycles[1]).toMatchObject({ study: 'Half the calls', doNotes: 'Done' })
    api.call('testsOfChange.deleteCycle', { id: first })
    expect(api.call('testsOfChange.get', { id }).cycles.map((c) => c.id)).toEqual([second])
  })

  it('rejects cycles before the test or ending before they start', () => {
    const id = createTest()
    rejected(
      'testsOfChange.addCycle',
      { testId: id, startedOn: '2026-03-09' },
      'invalid_input',
      'startedOn',
      /on or after 2026-03-10, when the test of change was started/
    )
    rejected(
      'testsOfChange.addCycle',
      { testId: id, startedOn: '2026-03-12', endedOn: '2026-03-11' },
      'invalid_input',
      'endedOn',
      /End date must be on or after the start date \(2026-03-12\)/
    )
    const c = cycle(id, '2026-03-12')
    rejected(
      'testsOfChange.updateCycle',
      { id: c, startedOn: '2026-03-12', endedOn: '2026-03-01' },
      'invalid_input',
      'endedOn',
      /End date/
    )
    rejected(
      'testsOfChange.addCycle',
      { testId: 'nope', startedOn: '2026-03-12' },
      'not_found',
      'testId',
      /No test of change/
    )
  })

  it('keeps the only cycle of an adopted test', () => {
    const id = createTest()
    move(id, 'planned', '2026-03-15')
    move(id, 'testing', '2026-03-20')
    const only = cycle(id, '2026-03-20')
    move(id, 'adopted', '2026-04-20', 'It works')
    rejected('testsOfChange.deleteCycle', { id: only }, 'conflict', 'id', /at least one PDSA cycle/)
  })
})

describe('editing and deleting a test', () => {
  it('updates links and its creation date, which cannot pass its first move', () => {
    const id = createTest({ outcomeIds: [outcomeA] })
    move(id, 'planned', '2026-03-20')
    api.call('testsOfChange.update', {
      id,
      title: 'Shared form',
      kind: 'adaptive',
      outcomeIds: [outcomeB],
      createdOn: '2026-03-11'
    })
    const got = api.call('testsOfChange.get', { id })
    expect(got.test).toMatchObject({
      title: 'Shared form',
      kind: 'adaptive',
      createdOn: '2026-03-11'
    })
    expect(got.outcomes.map((o) => o.id)).toEqual([outcomeB])
    expect(got.history[0]).toMatchObject({ status: 'idea', changedOn: '2026-03-11' })
    rejected(
      'testsOfChange.update',
      { id, title: 'Shared form', kind: 'adaptive', createdOn: '2026-03-21' },
      'invalid_input',
      'createdOn',
      /on or before 2026-03-20, when it moved to planned/
    )
  })

  it('deletes a test with its cycles and history, keeping the shared idea', () => {
    const id = createTest({ newChangeIdea: { title: 'Shared form' } })
    cycle(id, '2026-03-12')
    api.call('testsOfChange.delete', { id })
    const rows = snapshot(api.store)
    expect(rows['tests_of_change']).toEqual([])
    expect(rows['pdsa_cycles']).toEqual([])
    expect(rows['test_status_changes']).toEqual([])
    expect(rows['change_ideas']).toHaveLength(1)
    rejected('testsOfChange.get', { id }, 'not_found', 'id', /No test of change/)
  })
})

describe('change ideas across sites and the programme funnel', () => {
  function tried() {
    const ideaId = api.call('changeIdeas.create', {
      programmeId,
      title: 'Social worker in the GP huddle',
      description: 'Weekly, for a month'
    }).id
    const here = createTest({ title: 'Huddle at Eastbrook', changeIdeaId: ideaId })
    const there = createTest({
      siteId: otherSiteId,
      title: 'Huddle at Westvale',
      changeIdeaId: ideaId
    })
    for (const id of [here, there]) {
      move(id, 'planned', '2026-03-15')
      move(id, 'testing', '2026-03-20')
      cycle(id, '2026-03-20', '2026-04-20')
    }
    move(here, 'adopted', '2026-05-01', 'Fewer admissions')
    move(there, 'abandoned', '2026-05-02', 'No social worker free')
    return { ideaId, here, there }
  }

  it('shows where an idea was tried and how each test ended', () => {
    const { ideaId, here, there } = tried()
    const got = api.call('changeIdeas.get', { id: ideaId })
    expect(got.idea.title).toBe('Social worker in the GP huddle')
    expect(got.counts).toEqual({
      tried: 2,
      sites: 2,
      adopted: 1,
      adapted: 0,
      abandoned: 1,
      underway: 0
    })
    expect(
      got.tests.map((t) => [t.testId, t.siteName, t.status, t.decidedOn, t.decisionReason])
    ).toEqual([
      [here, 'Eastbrook', 'adopted', '2026-05-01', 'Fewer admissions'],
      [there, 'Westvale', 'abandoned', '2026-05-02', 'No social worker free']
    ])
    const list = api.call('changeIdeas.list', { programmeId })
    expect(list.map((i) => [i.title, i.tests.length])).toEqual([
      ['Social worker in the GP huddle', 2]
    ])
    expect(api.call('changeIdeas.list', { programmeId: otherProgrammeId })).toEqual([])
    api.call('changeIdeas.update', { id: ideaId, title: 'GP huddle', description: '' })
    const second = api.call('changeIdeas.create', { programmeId, title: 'Library drop-in' }).id
    rejected(
      'changeIdeas.update',
      { id: second, title: 'gp HUDDLE' },
      'conflict',
      'title',
      /already exists/
    )
    rejected('changeIdeas.create', { programmeId, title: '' }, 'invalid_input', 'title', /required/)
  })

  it('counts tests per site and stage, and lists what became business as usual', () => {
    const { here } = tried()
    createTest({ title: 'Library drop-in' })
    const emptySite = api.call('sites.create', {
      programmeId,
      name: 'Ashford',
      startDate: '2026-02-01'
    }).id
    const archived = api.call('sites.create', {
      programmeId,
      name: 'Zed',
      startDate: '2026-02-01'
    }).id
    api.call('sites.archive', { id: archived })
    const funnel = api.call('testsOfChange.funnel', { programmeId })
    const zero = { idea: 0, planned: 0, testing: 0, adopted: 0, adapted: 0, abandoned: 0 }
    expect(funnel.sites).toEqual([
      { siteId: emptySite, siteName: 'Ashford', counts: zero },
      { siteId, siteName: 'Eastbrook', counts: { ...zero, idea: 1, adopted: 1 } },
      { siteId: otherSiteId, siteName: 'Westvale', counts: { ...zero, abandoned: 1 } }
    ])
    expect(funnel.adopted).toEqual([
      {
        testId: here,
        siteId,
        siteName: 'Eastbrook',
        title: 'Huddle at Eastbrook',
        decidedOn: '2026-05-01'
      }
    ])
  })

  it('turns the funnel into chart bars, totals and a summary sentence', () => {
    tried()
    createTest({ title: 'Library drop-in' })
    const funnel = api.call('testsOfChange.funnel', { programmeId })
    expect(
      funnelBars(funnel).map((b) => [b.siteName, b.idea, b.adopted, b.abandoned, b.total])
    ).toEqual([
      ['Eastbrook', 1, 1, 0, 2],
      ['Westvale', 0, 0, 1, 1]
    ])
    expect(stageTotals(funnel)).toMatchObject({ idea: 1, adopted: 1, abandoned: 1, total: 3 })
    expect(funnelSummary(funnel)).toBe('2 sites, 3 tests of change: 1 idea, 1 adopted, 1 abandoned')
    expect(funnelSummary({ sites: [], adopted: [] })).toBe('0 sites, 0 tests of change')
  })

  it('lists tests by site, programme and status', () => {
    tried()
    const site = api.call('testsOfChange.list', { siteId })
    expect(site.map((t) => [t.title, t.status, t.cycleCount])).toEqual([
      ['Huddle at Eastbrook', 'adopted', 1]
    ])
    const abandoned = api.call('testsOfChange.list', { programmeId, status: 'abandoned' })
    expect(abandoned.map((t) => t.siteName)).toEqual(['Westvale'])
    rejected('testsOfChange.list', {}, 'invalid_input', 'siteId', /Give a site or a programme/)
  })
})
