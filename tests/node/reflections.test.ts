// Reflection cycles through the real dispatch on a migrated in-memory store: the log and its filters,
// what a new cycle starts from, reading, changing and deleting a cycle, and actions made from its
// Plan. Every rejection changes nothing. (Tagging with themes is in themes.test.ts.)
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiInput } from '../../api/contract'
import {
  expectRejected,
  reflectionFixture,
  tableCounts,
  type ReflectionFixture,
  type RejectionCase
} from './reflectionFixture'
import { FIXED_NOW, type TestApi } from '../support/store'

let api: TestApi
let programmeId: string
let otherProgrammeId: string
let east: string
let west: string
let foreignSite: string
let asha: string
let ben: string
let outsider: string
let eastMeeting: string
let westMeeting: string
let cycle: ReflectionFixture['cycle']
beforeEach(() => {
  const f = reflectionFixture()
  ;({ api, programmeId, otherProgrammeId, east, west, foreignSite, asha, ben, outsider } = f)
  ;({ eastMeeting, westMeeting, cycle } = f)
})
afterEach(() => api.close())

describe('recording a reflection cycle', () => {
  it('records a site-level cycle linked to a meeting and reads it back', () => {
    const id = cycle({
      meetingId: eastMeeting,
      title: 'After the March meeting',
      participantIds: [ben, asha, ben],
      observe: '**Mrs B** waited *three days*',
      reflect: 'We assumed the ward knew',
      plan: '- Ask housing\n- Trial the form',
      act: '',
      status: 'shared'
    })
    const got = api.call('reflections.get', { id })
    expect(got.cycle).toEqual({
      id,
      programmeId,
      siteId: east,
      meetingId: eastMeeting,
      heldOn: '2026-03-12',
      title: 'After the March meeting',
      observe: '**Mrs B** waited *three days*',
      reflect: 'We assumed the ward knew',
      plan: '- Ask housing\n- Trial the form',
      act: '',
      status: 'shared',
      createdAt: FIXED_NOW.toISOString(),
      updatedAt: FIXED_NOW.toISOString()
    })
    expect(got.site).toEqual({ id: east, name: 'Eastbrook' })
    expect(got.meeting).toEqual({ id: eastMeeting, heldOn: '2026-03-10', kind: 'partnership' })
    expect(got.participants).toEqual([
      { personId: asha, name: 'Asha Patel', role: 'District nurse' },
      { personId: ben, name: 'Ben Okafor', role: 'GP' }
    ])
    expect(got).toMatchObject({ sites: [], tags: [], comments: [], actions: [], previous: null })
  })

  it('records a team-level cycle across chosen sites, draft by default', () => {
    const id = cycle({ siteId: null, siteIds: [west, east, west], heldOn: '2026-04-01' })
    const got = api.call('reflections.get', { id })
    expect(got.cycle).toMatchObject({ siteId: null, meetingId: null, status: 'draft', title: '' })
    expect(got.site).toBeNull()
    expect(got.meeting).toBeNull()
    expect(got.sites).toEqual([
      { siteId: east, name: 'Eastbrook' },
      { siteId: west, name: 'Westvale' }
    ])
    const whole = cycle({ siteId: undefined, heldOn: '2026-04-02' })
    expect(api.call('reflections.get', { id: whole }).sites).toEqual([])
  })

  it('updates a cycle, replacing its participants and sites', () => {
    const site = cycle({ participantIds: [asha], meetingId: eastMeeting })
    api.call('reflections.update', {
      id: site,
      heldOn: '2026-03-14',
      title: 'Renamed',
      participantIds: [ben],
      observe: 'o',
      reflect: 'r',
      plan: 'p',
      act: 'a',
      status: 'reviewed'
    })
    const got = api.call('reflections.get', { id: site })
    expect(got.cycle).toMatchObject({ heldOn: '2026-03-14', title: 'Renamed', meetingId: null })
    expect(got.cycle).toMatchObject({ observe: 'o', reflect: 'r', plan: 'p', act: 'a' })
    expect(got.cycle).toMatchObject({ siteId: east, status: 'reviewed' })
    expect(got.participants.map((p) => p.personId)).toEqual([ben])

    const team = cycle({ siteId: null, siteIds: [east], participantIds: [asha, ben] })
    api.call('reflections.update', { id: team, heldOn: '2026-03-12', siteIds: [west] })
    const after = api.call('reflections.get', { id: team })
    expect(after.sites.map((s) => s.siteId)).toEqual([west])
    expect(after.participants).toEqual([])
    expect(tableCounts(api)).toMatchObject({
      reflection_cycle_sites: 1,
      reflection_participants: 1
    })
  })

  it('changes the status on its own', () => {
    const id = cycle({ plan: 'Keep this' })
    api.call('reflections.setStatus', { id, status: 'shared' })
    expect(api.call('reflections.get', { id }).cycle).toMatchObject({
      status: 'shared',
      plan: 'Keep this'
    })
    api.call('reflections.setStatus', { id, status: 'reviewed' })
    expect(api.call('reflections.get', { id }).cycle.status).toBe('reviewed')
  })

  it('deletes a cycle with its tags, comments, participants and sites; its actions stay, unlinked', () => {
    const doomed = cycle({ siteId: null, siteIds: [east, west], participantIds: [asha] })
    const kept = cycle({ participantIds: [asha] })
    api.call('reflections.tag', { cycleId: doomed, themeId: 'element-curious' })
    api.call('reflections.tag', { cycleId: kept, themeId: 'element-curious' })
    api.call('reviewComments.add', { cycleId: doomed, phase: 'plan', author: 'Lee', body: 'Why?' })
    const { id: action } = api.call('reflections.makeAction', {
      cycleId: doomed,
      siteId: west,
      description: 'Ask housing',
      dueOn: '2026-04-01'
    })
    const keptBefore = api.call('reflections.get', { id: kept })
    api.call('reflections.delete', { id: doomed })
    expect(api.call('reflections.list', { programmeId }).map((c) => c.id)).toEqual([kept])
    expect(api.call('reflections.get', { id: kept })).toEqual(keptBefore)
    expect(tableCounts(api)).toMatchObject({
      reflection_cycles: 1,
      reflection_cycle_sites: 0,
      reflection_participants: 1,
      reflection_tags: 1,
      review_comments: 0,
      actions: 1
    })
    const [left] = api.call('actions.list', { programmeId })
    expect(left).toMatchObject({ id: action, reflectionId: null, description: 'Ask housing' })
    expect(api.attempt('reflections.get', { id: doomed })).toMatchObject({ ok: false })
  })
})

describe('the reflection log', () => {
  let e1: string
  let e2: string
  let w1: string
  let t1: string
  beforeEach(() => {
    e1 = cycle({ heldOn: '2026-03-12', meetingId: eastMeeting })
    e2 = cycle({ heldOn: '2026-05-10', status: 'shared', title: 'May' })
    w1 = cycle({ siteId: west, heldOn: '2026-04-02', status: 'reviewed' })
    t1 = cycle({ siteId: null, siteIds: [east, west], heldOn: '2026-06-01' })
    const tag = (cycleId: string, themeId: string, phase?: 'plan' | 'observe') =>
      api.call('reflections.tag', { cycleId, themeId, phase })
    tag(e1, 'element-curious')
    tag(e1, 'element-curious', 'plan')
    tag(e1, 'practice-shared-purpose', 'observe')
    tag(w1, 'element-curious', 'observe')
    tag(t1, 'practice-shared-purpose')
    api.call('reviewComments.add', { cycleId: e1, phase: 'cycle', author: 'Lee', body: 'Q' })
    api.call('reflections.makeAction', { cycleId: e1, description: 'A', dueOn: '2026-04-01' })
    cycle({ siteId: foreignSite, programmeId: otherProgrammeId, heldOn: '2026-04-01' })
  })

  const ids = (filter: Partial<ApiInput<'reflections.list'>> = {}) =>
    api.call('reflections.list', { programmeId, ...filter }).map((c) => c.id)

  it('lists the programme’s cycles newest first with their site, themes and counts', () => {
    expect(ids()).toEqual([t1, e2, w1, e1])
    const rows = api.call('reflections.list', { programmeId })
    expect(rows.find((c) => c.id === e1)).toEqual({
      id: e1,
      siteId: east,
      siteName: 'Eastbrook',
      meetingId: eastMeeting,
      meetingHeldOn: '2026-03-10',
      heldOn: '2026-03-12',
      title: '',
      status: 'draft',
      themes: expect.any(String),
      openComments: 1,
      actionCount: 1
    })
    expect(
      rows
        .find((c) => c.id === e1)
        ?.themes?.split(',')
        .sort()
    ).toEqual(['Be curious', 'Defining a shared purpose'])
    expect(rows.find((c) => c.id === t1)).toMatchObject({ siteId: null, siteName: null })
    expect(rows.find((c) => c.id === e2)).toMatchObject({ themes: null, openComments: 0 })
  })

  it('filters by site, the team, status, theme and dates, alone or together', () => {
    expect(ids({ siteId: east })).toEqual([e2, e1])
    expect(ids({ siteId: west })).toEqual([w1])
    expect(ids({ siteId: 'team' })).toEqual([t1])
    expect(ids({ status: 'shared' })).toEqual([e2])
    expect(ids({ status: 'draft' })).toEqual([t1, e1])
    expect(ids({ themeId: 'element-curious' })).toEqual([w1, e1])
    expect(ids({ themeId: 'practice-shared-purpose' })).toEqual([t1, e1])
    expect(ids({ themeId: 'element-curious', siteId: west })).toEqual([w1])
    expect(ids({ from: '2026-04-02' })).toEqual([t1, e2, w1])
    expect(ids({ to: '2026-04-02' })).toEqual([w1, e1])
    expect(ids({ from: '2026-04-01', to: '2026-05-31' })).toEqual([e2, w1])
    expect(ids({ from: '2026-04-01', to: '2026-05-31', siteId: east })).toEqual([e2])
    expect(ids({ siteId: foreignSite })).toEqual([])
  })

  it('leaves out the cycles of archived sites', () => {
    api.call('sites.archive', { id: west })
    expect(ids()).toEqual([t1, e2, e1])
    expect(ids({ themeId: 'element-curious' })).toEqual([e1])
  })
})

describe('what a cycle starts from', () => {
  it('offers the last Plan at the same site with what happened to its actions', () => {
    expect(api.call('reflections.prepare', { programmeId, siteId: east })).toEqual({
      previous: null
    })
    const march = cycle({ heldOn: '2026-03-12', plan: 'March plan', title: 'March' })
    const april = cycle({ heldOn: '2026-04-12', plan: 'April plan' })
    cycle({ siteId: west, heldOn: '2026-04-20', plan: 'Westvale plan' })
    cycle({ siteId: null, heldOn: '2026-04-25', plan: 'Team plan' })
    const make = (cycleId: string, description: string) =>
      api.call('reflections.makeAction', { cycleId, description, dueOn: '2026-05-01' }).id
    const done = make(april, 'Ask housing')
    make(april, 'Trial the form')
    make(march, 'Older')
    api.call('actions.setStatus', { id: done, status: 'done', completedOn: '2026-04-20' })

    const prepared = api.call('reflections.prepare', {
      programmeId,
      siteId: east,
      heldOn: '2026-05-10'
    })
    expect(prepared.previous).toMatchObject({ id: april, heldOn: '2026-04-12', plan: 'April plan' })
    // As the tracker orders them: overdue first.
    expect(prepared.previous?.actions.map((a) => [a.description, a.status, a.overdue])).toEqual([
      ['Trial the form', 'open', true],
      ['Ask housing', 'done', false]
    ])
    const before = api.call('reflections.prepare', {
      programmeId,
      siteId: east,
      heldOn: '2026-04-01'
    })
    expect(before.previous).toMatchObject({ id: march, title: 'March', plan: 'March plan' })
    expect(before.previous?.actions.map((a) => a.description)).toEqual(['Older'])
    const today = api.call('reflections.prepare', { programmeId, siteId: east })
    expect(today.previous?.id).toBe(april)
  })

  it('offers the last team-level Plan for a team cycle', () => {
    cycle({ heldOn: '2026-04-20', plan: 'Eastbrook plan' })
    expect(api.call('reflections.prepare', { programmeId }).previous).toBeNull()
    const team = cycle({ siteId: null, siteIds: [east], heldOn: '2026-04-01', plan: 'Team plan' })
    api.call('reflections.makeAction', {
      cycleId: team,
      siteId: east,
      description: 'Share the learning',
      dueOn: '2026-05-01'
    })
    const prepared = api.call('reflections.prepare', { programmeId, heldOn: '2026-06-01' })
    expect(prepared.previous).toMatchObject({ id: team, plan: 'Team plan' })
    expect(prepared.previous?.actions.map((a) => [a.siteName, a.description])).toEqual([
      ['Eastbrook', 'Share the learning']
    ])
  })

  it('shows each cycle the one before it at the same level', () => {
    const march = cycle({ heldOn: '2026-03-12', plan: 'March plan' })
    const sameDay = cycle({ heldOn: '2026-03-12', plan: 'Second March plan' })
    const may = cycle({ heldOn: '2026-05-12' })
    cycle({ siteId: west, heldOn: '2026-04-12' })
    const teamApril = cycle({ siteId: null, heldOn: '2026-04-12' })
    const teamJune = cycle({ siteId: null, heldOn: '2026-06-12' })
    const previous = (id: string) => api.call('reflections.get', { id }).previous?.id ?? null
    expect(previous(march)).toBeNull()
    expect(previous(sameDay)).toBe(march)
    expect(previous(may)).toBe(sameDay)
    expect(previous(teamApril)).toBeNull()
    expect(previous(teamJune)).toBe(teamApril)
    expect(api.call('reflections.get', { id: may }).previous?.plan).toBe('Second March plan')
  })
})

describe('actions from a Plan', () => {
  it('makes an action for a site cycle’s own site, agreed on the cycle’s date', () => {
    const id = cycle({ heldOn: '2026-03-12' })
    const { id: action } = api.call('reflections.makeAction', {
      cycleId: id,
      description: 'Ask housing to the next meeting',
      ownerId: asha,
      dueOn: '2026-03-12'
    })
    expect(api.call('reflections.get', { id }).actions).toMatchObject([
      {
        id: action,
        siteId: east,
        reflectionId: id,
        meetingId: null,
        description: 'Ask housing to the next meeting',
        ownerName: 'Asha Patel',
        agreedOn: '2026-03-12',
        dueOn: '2026-03-12',
        status: 'open'
      }
    ])
    const sameSite = api.call('reflections.makeAction', {
      cycleId: id,
      siteId: east,
      description: 'Naming its own site is fine',
      dueOn: '2026-04-01'
    })
    expect(api.call('actions.list', { programmeId, siteId: east }).map((a) => a.id)).toEqual([
      action,
      sameSite.id
    ])
  })

  it('makes an action for one of the sites a team cycle names', () => {
    const whole = cycle({ siteId: null, heldOn: '2026-04-01' })
    const named = cycle({ siteId: null, siteIds: [west], heldOn: '2026-04-01' })
    api.call('reflections.makeAction', {
      cycleId: whole,
      siteId: east,
      description: 'Whole programme',
      dueOn: '2026-05-01'
    })
    api.call('reflections.makeAction', {
      cycleId: named,
      siteId: west,
      description: 'Westvale only',
      dueOn: '2026-05-01'
    })
    const list = api.call('actions.list', { programmeId })
    expect(list.map((a) => [a.siteName, a.description, a.reflectionId])).toEqual([
      ['Eastbrook', 'Whole programme', whole],
      ['Westvale', 'Westvale only', named]
    ])
  })
})

describe('rejected reflection calls change nothing', () => {
  let site = ''
  let team = ''
  let namedTeam = ''
  // Inputs are built when each case runs, once the records they name exist.
  const create = (fields: () => object) => () => ({
    programmeId,
    siteId: east,
    heldOn: '2026-03-12',
    ...fields()
  })
  const update = (fields: () => object) => () => ({ id: site, heldOn: '2026-03-12', ...fields() })
  const action = (fields: () => object) => () => ({
    cycleId: site,
    description: 'Ask housing',
    dueOn: '2026-04-01',
    ...fields()
  })
  const teamAction = (fields: () => object) => action(() => ({ cycleId: team, ...fields() }))
  // prettier-ignore
  const cases: RejectionCase[] = [
    ['a malformed date', 'reflections.create', create(() => ({ heldOn: '12/03/2026' })), 'invalid_input', 'heldOn', /^Date must be a date/],
    ['no programme', 'reflections.create', () => ({ heldOn: '2026-03-12' }), 'invalid_input', 'programmeId', /^Programme is required/],
    ['an unknown programme', 'reflections.create', create(() => ({ programmeId: 'nope' })), 'not_found', 'programmeId', /programme/],
    ['an unknown site', 'reflections.create', create(() => ({ siteId: 'nope' })), 'not_found', 'siteId', /site/],
    ['a site of another programme', 'reflections.create', create(() => ({ siteId: foreignSite })), 'invalid_input', 'siteId', /site belongs to another programme/],
    ['a meeting of another site', 'reflections.create', create(() => ({ meetingId: westMeeting })), 'invalid_input', 'meetingId', /meeting/],
    ['a meeting linked to a team cycle', 'reflections.create', create(() => ({ siteId: null, meetingId: eastMeeting })), 'invalid_input', 'meetingId', /meeting/],
    ['an unknown meeting', 'reflections.create', create(() => ({ meetingId: 'nope' })), 'not_found', 'meetingId', /meeting/],
    ['sites named on a site cycle', 'reflections.create', create(() => ({ siteIds: [west] })), 'invalid_input', 'siteIds', /team-level cycle looks across several sites/],
    ['a team cycle across another programme’s site', 'reflections.create', create(() => ({ siteId: null, siteIds: [east, foreignSite] })), 'invalid_input', 'siteIds.1', /site belongs to another programme/],
    ['a team cycle across an unknown site', 'reflections.create', create(() => ({ siteId: null, siteIds: ['nope'] })), 'not_found', 'siteIds.0', /site/],
    ['a participant from another programme', 'reflections.create', create(() => ({ participantIds: [asha, outsider] })), 'invalid_input', 'participantIds.1', /^Participant Olu Field is not in this programme/],
    ['an unknown participant', 'reflections.create', create(() => ({ participantIds: ['nope'] })), 'not_found', 'participantIds.0', /person/],
    ['an unknown status', 'reflections.create', create(() => ({ status: 'final' })), 'invalid_input', 'status', /draft, shared for review or reviewed/],
    ['a title that is too long', 'reflections.create', create(() => ({ title: 'x'.repeat(201) })), 'invalid_input', 'title', /^Title must be at most 200 characters/],
    ['Observe that is not text', 'reflections.create', create(() => ({ observe: 42 })), 'invalid_input', 'observe', /^Observe must be text/],
    ['updating an unknown cycle', 'reflections.update', () => ({ id: 'nope', heldOn: '2026-03-12' }), 'not_found', 'id', /reflection cycle/],
    ['an update linking another site’s meeting', 'reflections.update', update(() => ({ meetingId: westMeeting })), 'invalid_input', 'meetingId', /meeting/],
    ['an update linking an unknown meeting', 'reflections.update', update(() => ({ meetingId: 'nope' })), 'not_found', 'meetingId', /meeting/],
    ['an update with a participant from another programme', 'reflections.update', update(() => ({ participantIds: [outsider] })), 'invalid_input', 'participantIds.0', /^Participant Olu Field/],
    ['an update naming sites on a site cycle', 'reflections.update', update(() => ({ siteIds: [west] })), 'invalid_input', 'siteIds', /team-level cycle/],
    ['an update with a malformed date', 'reflections.update', update(() => ({ heldOn: '2026-13-01' })), 'invalid_input', 'heldOn', /^Date must be a date/],
    ['setting an unknown status', 'reflections.setStatus', () => ({ id: site, status: 'done' }), 'invalid_input', 'status', /draft, shared for review or reviewed/],
    ['the status of an unknown cycle', 'reflections.setStatus', () => ({ id: 'nope', status: 'shared' }), 'not_found', 'id', /reflection cycle/],
    ['deleting an unknown cycle', 'reflections.delete', () => ({ id: 'nope' }), 'not_found', 'id', /reflection cycle/],
    ['reading an unknown cycle', 'reflections.get', () => ({ id: 'nope' }), 'not_found', 'id', /reflection cycle/],
    ['listing an unknown programme', 'reflections.list', () => ({ programmeId: 'nope' }), 'not_found', 'programmeId', /programme/],
    ['listing from a malformed date', 'reflections.list', () => ({ programmeId, from: 'May' }), 'invalid_input', 'from', /^From must be a date/],
    ['preparing for an unknown site', 'reflections.prepare', () => ({ programmeId, siteId: 'nope' }), 'not_found', 'siteId', /site/],
    ['an action due before the reflection', 'reflections.makeAction', action(() => ({ dueOn: '2026-03-11' })), 'invalid_input', 'dueOn', /^Due date must be on or after 2026-03-12 \(the reflection date\)$/],
    ['an action without words', 'reflections.makeAction', action(() => ({ description: '  ' })), 'invalid_input', 'description', /^Action is required/],
    ['an action without a due date', 'reflections.makeAction', action(() => ({ dueOn: undefined })), 'invalid_input', 'dueOn', /^Due date must be a date/],
    ['an action from an unknown cycle', 'reflections.makeAction', action(() => ({ cycleId: 'nope' })), 'not_found', 'cycleId', /reflection cycle/],
    ['an action for another site from a site cycle', 'reflections.makeAction', action(() => ({ siteId: west })), 'invalid_input', 'siteId', /site's cycle is for that site/],
    ['an action owned by someone from another programme', 'reflections.makeAction', action(() => ({ ownerId: outsider })), 'invalid_input', 'ownerId', /^Action owner Olu Field is not in this programme/],
    ['a team cycle’s action without a site', 'reflections.makeAction', teamAction(() => ({})), 'invalid_input', 'siteId', /^Choose which site the action is for/],
    ['a team cycle’s action for another programme’s site', 'reflections.makeAction', teamAction(() => ({ siteId: foreignSite })), 'invalid_input', 'siteId', /site belongs to another programme/],
    ['a team cycle’s action for an unknown site', 'reflections.makeAction', teamAction(() => ({ siteId: 'nope' })), 'not_found', 'siteId', /site/],
    ['a team cycle’s action for a site it does not name', 'reflections.makeAction', () => ({ ...teamAction(() => ({ siteId: east }))(), cycleId: namedTeam }), 'invalid_input', 'siteId', /site this cycle looks across/],
  ]

  it.each(cases)('rejects %s (%s)', (_label, verb, input, code, path, words) => {
    site = cycle({ participantIds: [asha], meetingId: eastMeeting })
    team = cycle({ siteId: null })
    namedTeam = cycle({ siteId: null, siteIds: [west] })
    api.call('reflections.tag', { cycleId: site, themeId: 'element-curious' })
    expectRejected(api, verb, input(), code, path, words)
  })
})
