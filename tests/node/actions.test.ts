import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiInput } from '../../api/contract'
import type { ApiErrorCode } from '../../api/result'
import { expectRejected as rejected } from '../support/rejections'
import { testApi, type TestApi } from '../support/store'

// Today is 2026-11-21 (FIXED_NOW): an open action due before then is overdue.
let api: TestApi
let programmeId: string
let otherProgrammeId: string
let east: string
let west: string
let asha: string
let ben: string
let outsider: string
beforeEach(() => {
  api = testApi()
  programmeId = api.call('programmes.create', {
    name: 'Better Together',
    startDate: '2026-01-05'
  }).id
  otherProgrammeId = api.call('programmes.create', { name: 'Other', startDate: '2026-01-05' }).id
  const site = (name: string, programme = programmeId) =>
    api.call('sites.create', { programmeId: programme, name, startDate: '2026-02-01' }).id
  east = site('Eastbrook')
  west = site('Westvale')
  const person = (name: string, programme = programmeId) =>
    api.call('people.create', { programmeId: programme, name, role: 'GP' }).id
  asha = person('Asha Patel')
  ben = person('Ben Okafor')
  outsider = person('Olu Field', otherProgrammeId)
})
afterEach(() => api.close())

/** A refused call: the code, the field it names (in the path and in words), nothing changed. */
function expectRejected(
  name: string,
  input: unknown,
  code: ApiErrorCode,
  path: string,
  words: RegExp
) {
  return rejected(api, name, input, code, path, words)
}

const base = { heldOn: '2026-03-10', durationMinutes: 180, kind: 'partnership' } as const
function meeting(fields: Partial<ApiInput<'meetings.create'>> = {}, siteId = east) {
  return api.call('meetings.create', { siteId, ...base, ...fields }).id
}

function action(description: string, fields: Partial<ApiInput<'actions.create'>> = {}) {
  const input = { siteId: east, agreedOn: '2026-09-01', dueOn: '2026-12-01', ...fields }
  return api.call('actions.create', { description, ...input }).id
}

function list(filter: Partial<ApiInput<'actions.list'>> = {}) {
  return api.call('actions.list', { programmeId, ...filter })
}
const names = (filter: Partial<ApiInput<'actions.list'>> = {}) =>
  list(filter).map((a) => a.description)

function get(id: string) {
  const found = list().find((a) => a.id === id)
  if (!found) throw new Error(`action ${id} is not listed`)
  return found
}

describe('the action tracker', () => {
  let eastOverdue: string
  beforeEach(() => {
    const march = meeting({
      actions: [
        { description: 'East overdue', ownerId: asha, dueOn: '2026-11-01' },
        { description: 'East later', ownerId: ben, dueOn: '2026-12-15', notes: 'Ask the ICB' },
        { description: 'East done', dueOn: '2026-10-01' }
      ]
    })
    const ids = api.call('meetings.get', { id: march }).actions.map((a) => a.id)
    eastOverdue = ids.find((id) => get(id).description === 'East overdue') ?? ''
    const done = ids.find((id) => get(id).description === 'East done') ?? ''
    api.call('actions.setStatus', { id: done, status: 'done', completedOn: '2026-09-30' })
    action('West overdue', { siteId: west, ownerId: ben, dueOn: '2026-11-01' })
    action('West due today', { siteId: west, dueOn: '2026-11-21' })
    const other = api.call('sites.create', {
      programmeId: otherProgrammeId,
      name: 'Elsewhere',
      startDate: '2026-02-01'
    }).id
    action('Other programme', { siteId: other, dueOn: '2026-10-01' })
  })

  it('lists open overdue actions first, then by due date and site, flagging the overdue', () => {
    expect(list().map((a) => [a.description, a.siteName, a.overdue])).toEqual([
      ['East overdue', 'Eastbrook', true],
      ['West overdue', 'Westvale', true],
      ['East done', 'Eastbrook', false],
      ['West due today', 'Westvale', false],
      ['East later', 'Eastbrook', false]
    ])
    expect(get(eastOverdue)).toEqual({
      id: eastOverdue,
      siteId: east,
      siteName: 'Eastbrook',
      meetingId: expect.any(String),
      meetingHeldOn: '2026-03-10',
      reflectionId: null,
      description: 'East overdue',
      ownerId: asha,
      ownerName: 'Asha Patel',
      agreedOn: '2026-03-10',
      dueOn: '2026-11-01',
      firstDueOn: null,
      status: 'open',
      completedOn: null,
      carriedForward: 0,
      notes: '',
      overdue: true,
      daysOverdue: 20
    })
  })

  it('filters by site, owner, status and overdue, alone and together', () => {
    expect(names({ siteId: east })).toEqual(['East overdue', 'East done', 'East later'])
    expect(names({ ownerId: ben })).toEqual(['West overdue', 'East later'])
    expect(names({ status: 'done' })).toEqual(['East done'])
    expect(names({ status: 'open', siteId: west })).toEqual(['West overdue', 'West due today'])
    expect(names({ overdueOnly: true })).toEqual(['East overdue', 'West overdue'])
    expect(names({ overdueOnly: true, ownerId: asha })).toEqual(['East overdue'])
    expect(names({ status: 'dropped' })).toEqual([])
  })

  it('leaves out the actions of archived sites until they are restored', () => {
    api.call('sites.archive', { id: west })
    expect(names()).toEqual(['East overdue', 'East done', 'East later'])
    expect(names({ siteId: west })).toEqual([])
    api.call('sites.restore', { id: west })
    expect(names({ siteId: west })).toEqual(['West overdue', 'West due today'])
  })
})

describe('one action', () => {
  it('creates an action outside a meeting, and one from a meeting on its date', () => {
    const loose = action('Ask the ICB for data', { ownerId: asha, notes: 'By email' })
    expect(get(loose)).toMatchObject({
      meetingId: null,
      meetingHeldOn: null,
      agreedOn: '2026-09-01',
      dueOn: '2026-12-01',
      ownerName: 'Asha Patel',
      notes: 'By email',
      status: 'open'
    })
    const meetingId = meeting()
    const fromMeeting = action('Book a room', { meetingId, agreedOn: '2026-03-10' })
    expect(get(fromMeeting)).toMatchObject({ meetingId, meetingHeldOn: '2026-03-10' })
    expect(api.call('meetings.get', { id: meetingId }).actions.map((a) => a.id)).toEqual([
      fromMeeting
    ])
  })

  it('updates an action; done without a date means today, and reopening clears it', () => {
    const id = action('Ask the ICB', { ownerId: asha })
    const fields = { id, description: 'Ask the ICB for data', dueOn: '2026-12-20', notes: 'n' }
    api.call('actions.update', { ...fields, ownerId: ben, status: 'done' })
    expect(get(id)).toMatchObject({
      description: 'Ask the ICB for data',
      ownerId: ben,
      dueOn: '2026-12-20',
      notes: 'n',
      status: 'done',
      completedOn: '2026-11-21'
    })
    api.call('actions.update', {
      ...fields,
      ownerId: '',
      status: 'dropped',
      completedOn: '2026-10-02'
    })
    expect(get(id)).toMatchObject({ ownerId: null, status: 'dropped', completedOn: '2026-10-02' })
    api.call('actions.update', { ...fields, status: 'open', completedOn: '2026-10-02' })
    expect(get(id)).toMatchObject({ status: 'open', completedOn: null })
  })

  it('sets the status: done today or on a given date, dropped, and reopened', () => {
    const id = action('Ask the ICB')
    api.call('actions.setStatus', { id, status: 'done' })
    expect(get(id)).toMatchObject({ status: 'done', completedOn: '2026-11-21' })
    api.call('actions.setStatus', { id, status: 'open' })
    expect(get(id)).toMatchObject({ status: 'open', completedOn: null })
    api.call('actions.setStatus', { id, status: 'dropped', completedOn: '2026-09-01' })
    expect(get(id)).toMatchObject({ status: 'dropped', completedOn: '2026-09-01' })
  })

  it('keeps showing and guarding a meeting’s actions once its site is archived', () => {
    const id = meeting({ actions: [{ description: 'Book a room', dueOn: '2026-04-01' }] })
    api.call('sites.archive', { id: east })
    expect(names()).toEqual([])
    expect(api.call('meetings.get', { id }).actions.map((a) => a.description)).toEqual([
      'Book a room'
    ])
    const prepared = api.call('meetings.prepare', { siteId: east, heldOn: '2026-04-14' })
    expect(prepared.openActions.map((a) => a.description)).toEqual(['Book a room'])
    const update = { id, ...base, heldOn: '2026-04-02' }
    expectRejected(
      'meetings.update',
      update,
      'invalid_input',
      'heldOn',
      /2026-04-01.*"Book a room"/
    )
  })

  it('deletes an action, and only that one', () => {
    const meetingId = meeting({
      actions: [
        { description: 'A', dueOn: '2026-04-01' },
        { description: 'B', dueOn: '2026-04-02' }
      ]
    })
    const [first] = api.call('meetings.get', { id: meetingId }).actions
    api.call('actions.delete', { id: first?.id ?? '' })
    expect(names()).toEqual(['B'])
    expect(api.call('meetings.list', { siteId: east })[0]?.actionCount).toBe(1)
  })
})

describe('reviewing earlier actions at a meeting', () => {
  it('marks them done, carries them forward, drops them or leaves them', () => {
    const march = meeting({
      actions: ['Done', 'Carried', 'Dropped', 'Left'].map((description) => ({
        description,
        dueOn: '2026-04-01'
      }))
    })
    const ids = Object.fromEntries(
      api.call('meetings.get', { id: march }).actions.map((a) => [a.description, a.id])
    )
    meeting({
      heldOn: '2026-04-14',
      reviewedActions: [
        { id: ids.Done ?? '', outcome: 'done' },
        { id: ids.Carried ?? '', outcome: 'carry', dueOn: '2026-05-12' },
        { id: ids.Dropped ?? '', outcome: 'drop' },
        { id: ids.Left ?? '', outcome: 'leave', dueOn: '2026-09-09' }
      ]
    })
    const state = () =>
      Object.fromEntries(
        list({ siteId: east }).map((a) => [
          a.description,
          [a.status, a.dueOn, a.completedOn, a.carriedForward]
        ])
      )
    expect(state()).toEqual({
      Done: ['done', '2026-04-01', '2026-04-14', 0],
      Carried: ['open', '2026-05-12', null, 1],
      Dropped: ['dropped', '2026-04-01', '2026-04-14', 0],
      Left: ['open', '2026-04-01', null, 0]
    })
    meeting({
      heldOn: '2026-05-12',
      reviewedActions: [{ id: ids.Carried ?? '', outcome: 'carry', dueOn: '2026-05-12' }]
    })
    expect(state().Carried).toEqual(['open', '2026-05-12', null, 2])
  })
})

describe('rejected action calls change nothing', () => {
  let meetingId = ''
  let westMeetingId = ''
  let open = ''
  let done = ''
  let westAction = ''
  let later = ''
  beforeEach(() => {
    meetingId = meeting({ actions: [{ description: 'Open one', dueOn: '2026-04-01' }] })
    open = list()[0]?.id ?? ''
    done = action('Done one', { agreedOn: '2026-03-01', dueOn: '2026-04-01' })
    api.call('actions.setStatus', { id: done, status: 'done' })
    westMeetingId = meeting({}, west)
    westAction = action('West one', { siteId: west, agreedOn: '2026-03-01' })
    later = action('Agreed later', { agreedOn: '2026-04-20' })
  })

  const review = (r: object) => ({
    siteId: east,
    ...base,
    heldOn: '2026-04-14',
    reviewedActions: [r]
  })
  const create = (f: object) => ({
    siteId: east,
    description: 'X',
    agreedOn: '2026-09-01',
    dueOn: '2026-12-01',
    ...f
  })
  const update = (f: object) => ({
    id: open,
    description: 'X',
    dueOn: '2026-04-01',
    status: 'open',
    ...f
  })
  type Case = [string, string, () => unknown, ApiErrorCode, string, RegExp]
  // prettier-ignore
  const cases: Case[] = [
    ['reviewing an action of another site', 'meetings.create', () => review({ id: westAction, outcome: 'done' }), 'not_found', 'reviewedActions.0.id', /action of this site/],
    ['reviewing the same action twice', 'meetings.create', () => ({ ...review({ id: open, outcome: 'leave' }), reviewedActions: [{ id: open, outcome: 'carry', dueOn: '2026-05-01' }, { id: open, outcome: 'carry', dueOn: '2026-05-02' }] }), 'invalid_input', 'reviewedActions.1.id', /^The action "Open one" is reviewed twice$/],
    ['reviewing an unknown action', 'meetings.create', () => review({ id: 'nope', outcome: 'done' }), 'not_found', 'reviewedActions.0.id', /action/],
    ['reviewing an action already done', 'meetings.create', () => review({ id: done, outcome: 'drop' }), 'invalid_input', 'reviewedActions.0.id', /^The action "Done one" is already done$/],
    ['reviewing an action agreed after the meeting', 'meetings.create', () => review({ id: later, outcome: 'done' }), 'invalid_input', 'reviewedActions.0.id', /^The action "Agreed later" was agreed on 2026-04-20/],
    ['carrying forward without a new due date', 'meetings.create', () => review({ id: open, outcome: 'carry' }), 'invalid_input', 'reviewedActions.0.dueOn', /^New due date must be on or after 2026-04-14 \(the meeting date\)$/],
    ['carrying forward to before the meeting', 'meetings.create', () => review({ id: open, outcome: 'carry', dueOn: '2026-04-13' }), 'invalid_input', 'reviewedActions.0.dueOn', /^New due date must be on or after 2026-04-14/],
    ['a review outcome that is not known', 'meetings.create', () => review({ id: open, outcome: 'maybe' }), 'invalid_input', 'reviewedActions.0.outcome', /done, carry forward or drop/],
    ['an action from a meeting agreed on another day', 'actions.create', () => create({ meetingId, agreedOn: '2026-03-11' }), 'invalid_input', 'agreedOn', /^An action from a meeting is agreed on the meeting date \(2026-03-10\)$/],
    ['an action from another site’s meeting', 'actions.create', () => create({ meetingId: westMeetingId, agreedOn: '2026-03-10' }), 'invalid_input', 'meetingId', /^That meeting belongs to another site$/],
    ['an action from an unknown meeting', 'actions.create', () => create({ meetingId: 'nope' }), 'not_found', 'meetingId', /meeting/],
    ['an action due before it was agreed', 'actions.create', () => create({ dueOn: '2026-08-31' }), 'invalid_input', 'dueOn', /^Due date must be on or after 2026-09-01 \(when it was agreed\)$/],
    ['an action owned by someone from another programme', 'actions.create', () => create({ ownerId: outsider }), 'invalid_input', 'ownerId', /^Owner Olu Field is not in this programme$/],
    ['an action owned by an unknown person', 'actions.create', () => create({ ownerId: 'nope' }), 'not_found', 'ownerId', /person/],
    ['an action without a description', 'actions.create', () => create({ description: ' ' }), 'invalid_input', 'description', /^Action is required$/],
    ['an action with a malformed due date', 'actions.create', () => create({ dueOn: '1 May' }), 'invalid_input', 'dueOn', /^Due date must be a date/],
    ['an action for an unknown site', 'actions.create', () => create({ siteId: 'nope' }), 'not_found', 'siteId', /site/],
    ['updating an unknown action', 'actions.update', () => update({ id: 'nope' }), 'not_found', 'id', /action/],
    ['an update due before it was agreed', 'actions.update', () => update({ dueOn: '2026-03-09' }), 'invalid_input', 'dueOn', /^Due date must be on or after 2026-03-10/],
    ['an update completed before it was agreed', 'actions.update', () => update({ status: 'done', completedOn: '2026-03-09' }), 'invalid_input', 'completedOn', /^Date completed must be on or after 2026-03-10/],
    ['an update with an unknown status', 'actions.update', () => update({ status: 'stalled' }), 'invalid_input', 'status', /^Choose open, done or dropped$/],
    ['an update to an owner from another programme', 'actions.update', () => update({ ownerId: outsider }), 'invalid_input', 'ownerId', /^Owner Olu Field/],
    ['a status completed before it was agreed', 'actions.setStatus', () => ({ id: open, status: 'done', completedOn: '2026-01-01' }), 'invalid_input', 'completedOn', /^Date completed must be on or after/],
    ['a status that is not known', 'actions.setStatus', () => ({ id: open, status: 'half' }), 'invalid_input', 'status', /^Choose open, done or dropped$/],
    ['setting the status of an unknown action', 'actions.setStatus', () => ({ id: 'nope', status: 'done' }), 'not_found', 'id', /action/],
    ['deleting an unknown action', 'actions.delete', () => ({ id: 'nope' }), 'not_found', 'id', /action/],
    ['listing the actions of an unknown programme', 'actions.list', () => ({ programmeId: 'nope' }), 'not_found', 'programmeId', /programme/],
    ['listing by an unknown status', 'actions.list', () => ({ programmeId, status: 'late' }), 'invalid_input', 'status', /^Status must be open, done or dropped$/],
    ['an overdue filter that is not a boolean', 'actions.list', () => ({ programmeId, overdueOnly: 'yes' }), 'invalid_input', 'overdueOnly', /^Overdue only must be true or false$/]
  ]

  it.each(cases)('rejects %s (%s)', (_label, verb, input, code, path, words) => {
    expectRejected(verb, input(), code, path, words)
  })
})
