import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { expectRejected } from '../support/rejections'
import { handlers, type ApiInput } from '../../api/contract'
import type { ApiErrorCode } from '../../api/result'
import { FIXED_NOW, snapshot, testApi, type TestApi } from '../support/store'

let api: TestApi
let programmeId: string
let siteId: string
let otherSiteId: string
let asha: string
let ben: string
let cas: string
let outsider: string
beforeEach(() => {
  api = testApi()
  const programme = (name: string) =>
    api.call('programmes.create', { name, startDate: '2026-01-05' })
  programmeId = programme('Better Together').id
  const other = programme('Other').id
  const site = (name: string) =>
    api.call('sites.create', { programmeId, name, startDate: '2026-02-01' }).id
  siteId = site('Eastbrook')
  otherSiteId = site('Westvale')
  const trust = api.call('organisations.create', { programmeId, name: 'NHS Trust', sector: 'nhs' })
  const person = (name: string, role: string, programme = programmeId) =>
    api.call('people.create', { programmeId: programme, name, role, organisationId: trust.id }).id
  asha = person('Asha Patel', 'District nurse')
  ben = person('Ben Okafor', 'GP')
  cas = person('Cas Doyle', 'Librarian')
  outsider = api.call('people.create', { programmeId: other, name: 'Olu Field', role: 'GP' }).id
  const join = (personId: string, role: 'coordinator' | 'member') =>
    api.call('siteMembers.add', { siteId, personId, role, joinedOn: '2026-02-01' })
  join(asha, 'coordinator')
  join(ben, 'member')
})
afterEach(() => api.close())

type CreateInput = ApiInput<'meetings.create'>
const base = { heldOn: '2026-03-10', durationMinutes: 180, kind: 'partnership' } as const
function meeting(fields: Partial<CreateInput> = {}) {
  return api.call('meetings.create', { siteId, ...base, ...fields }).id
}

function tableCounts() {
  return Object.fromEntries(
    Object.entries(snapshot(api.store)).map(([t, rows]) => [t, rows.length])
  )
}

describe('recording a meeting', () => {
  it('records a meeting with everything in one go and reads it back', () => {
    const id = meeting({
      startTime: '14:00',
      venue: 'Eastbrook Library',
      facilitator: 'Jo (consultant)',
      purpose: 'Agree first tests of change',
      attendance: [
        { personId: cas, status: 'attended' },
        { personId: ben, status: 'apologies' },
        { personId: asha, status: 'attended' }
      ],
      unnamedAttendees: 4,
      focusAreas: [{ title: 'Hospital discharge', notes: 'Friday delays' }, { title: 'Falls' }],
      decisions: ['Meet monthly', ' Invite housing '],
      methods: ['Appreciative inquiry', 'Our own ladder', 'Appreciative inquiry '],
      learning: 'Stories moved people more than data',
      notes: 'Long check-in',
      checkOut: 'Hopeful',
      energy: 4,
      actions: [
        { description: 'Book the library', ownerId: asha, dueOn: '2026-04-01', notes: 'Ask Cas' },
        { description: 'Draft a shared form', dueOn: '2026-03-10' }
      ],
      quotes: [{ text: 'We finally talk', speakerRole: 'GP', personId: ben, consent: 'yes' }]
    })
    const got = api.call('meetings.get', { id })
    expect(got.meeting).toEqual({
      id,
      siteId,
      ...base,
      startTime: '14:00',
      venue: 'Eastbrook Library',
      facilitator: 'Jo (consultant)',
      purpose: 'Agree first tests of change',
      unnamedAttendees: 4,
      methods: ['Appreciative inquiry', 'Our own ladder'],
      learning: 'Stories moved people more than data',
      notes: 'Long check-in',
      checkOut: 'Hopeful',
      energy: 4,
      createdAt: FIXED_NOW.toISOString(),
      updatedAt: FIXED_NOW.toISOString()
    })
    expect(got.site).toEqual({ id: siteId, name: 'Eastbrook', programmeId })
    expect(got.attendance.map((a) => [a.name, a.role, a.organisationName, a.status])).toEqual([
      ['Asha Patel', 'District nurse', 'NHS Trust', 'attended'],
      ['Cas Doyle', 'Librarian', 'NHS Trust', 'attended'],
      ['Ben Okafor', 'GP', 'NHS Trust', 'apologies']
    ])
    expect(got.focusAreas.map((f) => [f.title, f.notes])).toEqual([
      ['Hospital discharge', 'Friday delays'],
      ['Falls', '']
    ])
    expect(got.decisions.map((d) => d.text)).toEqual(['Meet monthly', 'Invite housing'])
    expect(got.quotes).toMatchObject([
      { text: 'We finally talk', speakerRole: 'GP', personName: 'Ben Okafor', consent: 'yes' }
    ])
    expect(got.quotes[0]).toMatchObject({ meetingId: id, meetingHeldOn: '2026-03-10' })
    expect(got.actions).toMatchObject([
      { description: 'Draft a shared form', ownerId: null, dueOn: '2026-03-10', notes: '' },
      { description: 'Book the library', ownerName: 'Asha Patel', notes: 'Ask Cas' }
    ])
    for (const action of got.actions) {
      expect(action).toMatchObject({ meetingId: id, agreedOn: '2026-03-10', siteId })
      expect(action).toMatchObject({ status: 'open', completedOn: null, carriedForward: 0 })
    }
  })

  it('fills defaults: no start time, energy or lists', () => {
    const id = meeting({ startTime: '', energy: '' })
    const got = api.call('meetings.get', { id })
    expect(got.meeting).toMatchObject({ startTime: null, energy: null, unnamedAttendees: 0 })
    expect(got.meeting.methods).toEqual([])
    expect(got).toMatchObject({ attendance: [], focusAreas: [], decisions: [] })
    expect(got).toMatchObject({ quotes: [], actions: [] })
  })

  it('lists a site’s meetings newest first with attendance, action and quote counts', () => {
    const march = meeting({
      attendance: [
        { personId: asha, status: 'attended' },
        { personId: ben, status: 'apologies' },
        { personId: cas, status: 'attended' }
      ],
      unnamedAttendees: 2,
      actions: [{ description: 'A', dueOn: '2026-04-01' }],
      quotes: [{ text: 'Q', speakerRole: 'GP', consent: 'no' }]
    })
    const april = meeting({ heldOn: '2026-04-14', kind: 'debrief', venue: 'Online' })
    api.call('meetings.create', { siteId: otherSiteId, ...base })
    const list = api.call('meetings.list', { siteId })
    expect(list.map((m) => m.id)).toEqual([april, march])
    expect(list[1]).toEqual({
      id: march,
      heldOn: '2026-03-10',
      startTime: null,
      durationMinutes: 180,
      kind: 'partnership',
      venue: '',
      purpose: '',
      attended: 2,
      apologies: 1,
      unnamedAttendees: 2,
      actionCount: 1,
      quoteCount: 1
    })
    expect(list[0]).toMatchObject({ kind: 'debrief', venue: 'Online', attended: 0, actionCount: 0 })
  })
})

describe('preparing the meeting form', () => {
  it('offers the site’s members, flagged on the date, and no one else from the programme', () => {
    const person = (name: string, role = 'OT') =>
      api.call('people.create', { programmeId, name, role }).id
    const dee = person('Dee Long')
    api.call('siteMembers.add', { siteId, personId: dee, role: 'member', joinedOn: '2026-06-01' })
    const eve = person('Eve Stone')
    const spell = { siteId, personId: eve, role: 'member' } as const
    api.call('siteMembers.add', { ...spell, joinedOn: '2026-02-01', leftOn: '2026-04-01' })
    api.call('siteMembers.add', { ...spell, joinedOn: '2026-07-01' })
    const fay = person('Fay Westvale')
    api.call('siteMembers.add', {
      siteId: otherSiteId,
      personId: fay,
      role: 'member',
      joinedOn: '2026-02-01'
    })
    const gone = person('Al Gone', 'GP')
    api.call('siteMembers.add', { siteId, personId: gone, role: 'member', joinedOn: '2026-02-01' })
    api.call('people.archive', { id: gone })

    const prepared = api.call('meetings.prepare', { siteId, heldOn: '2026-05-01' })
    expect(prepared.site).toEqual({ id: siteId, name: 'Eastbrook', programmeId })
    // Cas (in the programme, never in this partnership nor at its meetings) and Fay (Westvale)
    // are found with people.find instead.
    expect(prepared.people.map((p) => [p.name, p.isMember])).toEqual([
      ['Asha Patel', true],
      ['Ben Okafor', true],
      ['Dee Long', false], // joins after this date
      ['Eve Stone', false] // left before it, rejoins after it
    ])
    expect(prepared.people[0]).toEqual({
      id: asha,
      name: 'Asha Patel',
      role: 'District nurse',
      organisationName: 'NHS Trust',
      isMember: true,
      memberships: [{ joinedOn: '2026-02-01', leftOn: null }]
    })
    expect(prepared.people[3]?.memberships).toEqual([
      { joinedOn: '2026-02-01', leftOn: '2026-04-01' },
      { joinedOn: '2026-07-01', leftOn: null }
    ])
    const march = api.call('meetings.prepare', { siteId, heldOn: '2026-03-01' })
    expect(march.people.filter((p) => p.isMember).map((p) => p.name)).toEqual([
      'Asha Patel',
      'Ben Okafor',
      'Eve Stone'
    ])
    const today = api.call('meetings.prepare', { siteId })
    expect(today.people.filter((p) => p.isMember).map((p) => p.name)).toEqual([
      'Asha Patel',
      'Ben Okafor',
      'Dee Long',
      'Eve Stone'
    ])
  })

  it('offers who came to the site’s last six meetings by the date, and who is on the one edited', () => {
    const guest = (name: string) =>
      api.call('people.create', { programmeId, name, role: 'Councillor' }).id
    const [gus, hal, ivy] = [guest('Gus Early'), guest('Hal Late'), guest('Ivy Elsewhere')]
    const days = ['03-02', '03-09', '03-16', '03-23', '03-30', '04-06', '04-13']
    const ids = days.map((day, i) =>
      meeting({
        heldOn: `2026-${day}`,
        attendance: [
          { personId: asha, status: 'attended' },
          ...(i === 0 ? [{ personId: gus, status: 'attended' as const }] : []),
          ...(i === 6 ? [{ personId: hal, status: 'apologies' as const }] : [])
        ]
      })
    )
    api.call('meetings.create', {
      siteId: otherSiteId,
      ...base,
      attendance: [{ personId: ivy, status: 'attended' }]
    })
    const offered = (heldOn: string, meetingId?: string) =>
      api
        .call('meetings.prepare', { siteId, heldOn, meetingId })
        .people.filter((p) => !p.isMember)
        .map((p) => p.name)
    // Gus came to the first of seven meetings only: no longer recent after the seventh.
    expect(offered('2026-05-01')).toEqual(['Hal Late'])
    expect(offered('2026-04-06')).toEqual(['Gus Early'])
    // Editing the first meeting: Gus is on it, even once archived; that meeting is not "recent".
    api.call('people.archive', { id: gus })
    expect(offered('2026-03-02', ids[0])).toEqual(['Gus Early'])
    expect(offered('2026-05-01', ids[0])).toEqual(['Gus Early', 'Hal Late'])
    expect(offered('2026-05-01')).toEqual(['Hal Late'])
  })

  it('lists open actions agreed before the date, leaving out the meeting being edited', () => {
    const march = meeting({
      actions: [
        { description: 'March open', dueOn: '2026-04-01' },
        { description: 'March done', dueOn: '2026-04-01' }
      ]
    })
    const april = meeting({
      heldOn: '2026-04-14',
      actions: [{ description: 'April open', dueOn: '2026-05-01' }]
    })
    const done = api
      .call('meetings.get', { id: march })
      .actions.find((a) => a.description === 'March done')
    api.call('actions.setStatus', { id: done?.id ?? '', status: 'done' })
    api.call('meetings.create', {
      siteId: otherSiteId,
      ...base,
      actions: [{ description: 'Westvale open', dueOn: '2026-04-01' }]
    })
    const open = (heldOn?: string, meetingId?: string) =>
      api
        .call('meetings.prepare', { siteId, heldOn, meetingId })
        .openActions.map((a) => a.description)
    expect(open('2026-03-10')).toEqual([])
    expect(open('2026-04-14')).toEqual(['March open'])
    expect(open('2026-05-12')).toEqual(['March open', 'April open'])
    expect(open('2026-05-12', april)).toEqual(['March open'])
    expect(open()).toEqual(['March open', 'April open'])
    // Overdue as of the meeting's day, not today: on 14 Apr only March's action (due 1 Apr) was
    // late, by 13 days; on 1 May April's was due that day, not yet late.
    const late = (heldOn: string) =>
      api
        .call('meetings.prepare', { siteId, heldOn })
        .openActions.map((a) => [a.description, a.overdue, a.daysOverdue])
    expect(late('2026-04-14')).toEqual([['March open', true, 13]])
    expect(late('2026-05-01')).toEqual([
      ['March open', true, 30],
      ['April open', false, 0]
    ])
  })
})

describe('changing and deleting a meeting', () => {
  it('updates a meeting, replacing its attendance, focus areas and decisions', () => {
    const id = meeting({
      attendance: [{ personId: asha, status: 'attended' }],
      focusAreas: [{ title: 'Old focus' }],
      decisions: ['Old decision'],
      methods: ['Old method'],
      energy: 2,
      actions: [{ description: 'Book the library', dueOn: '2026-04-01' }]
    })
    const update = (fields: Partial<ApiInput<'meetings.update'>>) =>
      api.call('meetings.update', { id, ...base, ...fields })
    update({
      heldOn: '2026-03-20',
      durationMinutes: 150,
      kind: 'workshop',
      attendance: [
        { personId: ben, status: 'attended' },
        { personId: asha, status: 'apologies' }
      ],
      focusAreas: [{ title: 'New focus', notes: 'n' }],
      decisions: ['New decision', 'Second'],
      methods: ['Visual scenario planning'],
      energy: null
    })
    let got = api.call('meetings.get', { id })
    expect(got.meeting).toMatchObject({ heldOn: '2026-03-20', durationMinutes: 150, energy: null })
    expect(got.meeting).toMatchObject({ kind: 'workshop', methods: ['Visual scenario planning'] })
    expect(got.attendance.map((a) => [a.personId, a.status])).toEqual([
      [ben, 'attended'],
      [asha, 'apologies']
    ])
    expect(got.focusAreas.map((f) => f.title)).toEqual(['New focus'])
    expect(got.decisions.map((d) => d.text)).toEqual(['New decision', 'Second'])
    expect(got.actions.map((a) => a.agreedOn)).toEqual(['2026-03-20'])
    expect(tableCounts()).toMatchObject({ meeting_focus_areas: 1, meeting_decisions: 2 })

    update({ heldOn: '2026-04-01' }) // on the action's due date is fine
    got = api.call('meetings.get', { id })
    expect(got).toMatchObject({ attendance: [], focusAreas: [], decisions: [] })
    expect(got.actions.map((a) => a.agreedOn)).toEqual(['2026-04-01'])
  })

  it('refuses moving the date past an action it agreed, due or completed', () => {
    const id = meeting({ actions: [{ description: 'Book the library', dueOn: '2026-04-01' }] })
    const error = expectRejected(
      api,
      'meetings.update',
      { id, ...base, heldOn: '2026-04-02' },
      'invalid_input',
      'heldOn',
      /^Date must be on or before 2026-04-01.*"Book the library"/
    )
    expect(error.message).toContain('is due')
    const [action] = api.call('meetings.get', { id }).actions
    api.call('actions.setStatus', {
      id: action?.id ?? '',
      status: 'done',
      completedOn: '2026-03-15'
    })
    expectRejected(
      api,
      'meetings.update',
      { id, ...base, heldOn: '2026-03-20' },
      'invalid_input',
      'heldOn',
      /^Date must be on or before 2026-03-15.*was completed/
    )
  })

  it('previews and deletes a meeting with everything recorded at it, and nothing else', () => {
    const full: Partial<CreateInput> = {
      attendance: [
        { personId: asha, status: 'attended' },
        { personId: ben, status: 'apologies' }
      ],
      focusAreas: [{ title: 'Falls' }],
      decisions: ['Meet monthly', 'Invite housing'],
      actions: [{ description: 'A', dueOn: '2026-04-01' }],
      quotes: [
        { text: 'Q1', speakerRole: 'GP', consent: 'yes' },
        { text: 'Q2', speakerRole: 'Nurse', consent: 'no' }
      ]
    }
    const doomed = meeting(full)
    const kept = meeting({ ...full, heldOn: '2026-03-01' })
    api.call('quotes.create', { siteId, text: 'Loose', speakerRole: 'GP', consent: 'yes' })
    expect(api.call('meetings.deletePreview', { id: doomed })).toEqual({
      quotes: 2,
      actions: 1,
      focusAreas: 1,
      decisions: 2,
      attendance: 2
    })
    const keptBefore = api.call('meetings.get', { id: kept })
    api.call('meetings.delete', { id: doomed })
    expect(api.call('meetings.list', { siteId }).map((m) => m.id)).toEqual([kept])
    expect(api.call('meetings.get', { id: kept })).toEqual(keptBefore)
    expect(tableCounts()).toMatchObject({
      meetings: 1,
      meeting_attendance: 2,
      meeting_focus_areas: 1,
      meeting_decisions: 2,
      actions: 1,
      quotes: 3
    })
    expect(api.attempt('meetings.get', { id: doomed })).toMatchObject({ ok: false })
  })
})

describe('rejected meeting calls change nothing', () => {
  type Case = [string, string, () => unknown, ApiErrorCode, string, RegExp]
  let existing = ''
  const update = (fields: object) => ({ id: existing, ...base, ...fields })
  const create = (fields: object) => ({ siteId, ...base, ...fields })
  const bad = (fields: () => object): [string, () => unknown] => [
    'meetings.create',
    () => create(fields())
  ]
  const action = { description: 'Book the library', dueOn: '2026-04-01' }
  const quote = { text: 'We talk', speakerRole: 'GP', consent: 'yes' }
  // prettier-ignore
  const cases: Case[] = [
    ['a duration of 0', ...bad(() => ({ durationMinutes: 0 })), 'invalid_input', 'durationMinutes', /^Duration must be more than 0/],
    ['a negative duration', ...bad(() => ({ durationMinutes: -30 })), 'invalid_input', 'durationMinutes', /^Duration must be more than 0/],
    ['a duration that is not a number', ...bad(() => ({ durationMinutes: 'three hours' })), 'invalid_input', 'durationMinutes', /^Duration must be a number/],
    ['a fractional duration', ...bad(() => ({ durationMinutes: 90.5 })), 'invalid_input', 'durationMinutes', /^Duration must be a whole number/],
    ['someone from another programme', ...bad(() => ({ attendance: [{ personId: outsider, status: 'attended' }] })), 'invalid_input', 'attendance.0.personId', /^Attendee Olu Field is not in this programme/],
    ['an unknown person', ...bad(() => ({ attendance: [{ personId: asha, status: 'attended' }, { personId: 'nope', status: 'attended' }] })), 'not_found', 'attendance.1.personId', /person/],
    ['the same person twice', ...bad(() => ({ attendance: [{ personId: asha, status: 'attended' }, { personId: asha, status: 'apologies' }] })), 'invalid_input', 'attendance.1.personId', /Asha Patel is listed twice in the attendance/],
    ['an attendance status that is not known', ...bad(() => ({ attendance: [{ personId: asha, status: 'late' }] })), 'invalid_input', 'attendance.0.status', /attended or sent apologies/],
    ['an action due before the meeting', ...bad(() => ({ actions: [action, { ...action, dueOn: '2026-03-09' }] })), 'invalid_input', 'actions.1.dueOn', /^Due date must be on or after 2026-03-10 \(the meeting date\)$/],
    ['an action owner from another programme', ...bad(() => ({ actions: [{ ...action, ownerId: outsider }] })), 'invalid_input', 'actions.0.ownerId', /^Action owner Olu Field/],
    ['a quote without text', ...bad(() => ({ quotes: [{ ...quote, text: '   ' }] })), 'invalid_input', 'quotes.0.text', /^Quote is required/],
    ['a quote without a speaker role', ...bad(() => ({ quotes: [{ ...quote, speakerRole: '' }] })), 'invalid_input', 'quotes.0.speakerRole', /^Speaker's role is required/],
    ['a quoted person from another programme', ...bad(() => ({ quotes: [{ ...quote, personId: outsider }] })), 'invalid_input', 'quotes.0.personId', /^Person quoted Olu Field/],
    ['energy of 0', ...bad(() => ({ energy: 0 })), 'invalid_input', 'energy', /^Energy must be from 1 to 5/],
    ['energy of 6', ...bad(() => ({ energy: 6 })), 'invalid_input', 'energy', /^Energy must be from 1 to 5/],
    ['energy that is not a number', ...bad(() => ({ energy: 'high' })), 'invalid_input', 'energy', /^Energy must be from 1 to 5/],
    ['a start time of 25:00', ...bad(() => ({ startTime: '25:00' })), 'invalid_input', 'startTime', /^Start time must be a time like 14:00/],
    ['a start time without minutes', ...bad(() => ({ startTime: '2pm' })), 'invalid_input', 'startTime', /^Start time/],
    ['a malformed date', ...bad(() => ({ heldOn: '10/03/2026' })), 'invalid_input', 'heldOn', /^Date must be a date/],
    ['an unknown kind', ...bad(() => ({ kind: 'party' })), 'invalid_input', 'kind', /kind of meeting/],
    ['a negative number of unnamed attendees', ...bad(() => ({ unnamedAttendees: -1 })), 'invalid_input', 'unnamedAttendees', /^Attendees not named cannot be negative/],
    ['an empty decision', ...bad(() => ({ decisions: ['Meet', ''] })), 'invalid_input', 'decisions.1', /^Decision is required/],
    ['a focus area without a title', ...bad(() => ({ focusAreas: [{ title: '' }] })), 'invalid_input', 'focusAreas.0.title', /^Focus area title is required/],
    ['an update with a duration of 0', 'meetings.update', () => update({ durationMinutes: 0 }), 'invalid_input', 'durationMinutes', /^Duration must be more than 0/],
    ['an update with someone from another programme', 'meetings.update', () => update({ attendance: [{ personId: outsider, status: 'attended' }] }), 'invalid_input', 'attendance.0.personId', /^Attendee Olu Field/],
    ['an update with the same person twice', 'meetings.update', () => update({ attendance: [{ personId: ben, status: 'attended' }, { personId: ben, status: 'attended' }] }), 'invalid_input', 'attendance.1.personId', /listed twice in the attendance/],
    ['an update with energy of 9', 'meetings.update', () => update({ energy: 9 }), 'invalid_input', 'energy', /^Energy must be from 1 to 5/],
    ['an unknown site', 'meetings.create', () => ({ ...base, siteId: 'nope' }), 'not_found', 'siteId', /site/],
    ['no site', 'meetings.create', () => base, 'invalid_input', 'siteId', /^Site is required/],
    ['listing the meetings of an unknown site', 'meetings.list', () => ({ siteId: 'nope' }), 'not_found', 'siteId', /site/],
    ['preparing for an unknown site', 'meetings.prepare', () => ({ siteId: 'nope' }), 'not_found', 'siteId', /site/],
    ['preparing without a site', 'meetings.prepare', () => ({ heldOn: '2026-03-10' }), 'invalid_input', 'siteId', /^Site is required/],
    ['preparing for a malformed date', 'meetings.prepare', () => ({ siteId, heldOn: '10/03/2026' }), 'invalid_input', 'heldOn', /^Date must be a date/],
    ['preparing to edit an unknown meeting', 'meetings.prepare', () => ({ siteId, meetingId: 'nope' }), 'not_found', 'meetingId', /meeting/],
    ['preparing to edit another site’s meeting', 'meetings.prepare', () => ({ siteId, meetingId: api.call('meetings.create', { ...base, siteId: otherSiteId }).id }), 'invalid_input', 'meetingId', /^That meeting belongs to another site$/],
    ['preparing with a meeting id that is not text', 'meetings.prepare', () => ({ siteId, meetingId: 7 }), 'invalid_input', 'meetingId', /^Meeting must be an id/],
    ['reading an unknown meeting', 'meetings.get', () => ({ id: 'nope' }), 'not_found', 'id', /meeting/],
    ['updating an unknown meeting', 'meetings.update', () => ({ ...base, id: 'nope' }), 'not_found', 'id', /meeting/],
    ['previewing the deletion of an unknown meeting', 'meetings.deletePreview', () => ({ id: 'nope' }), 'not_found', 'id', /meeting/],
    ['deleting an unknown meeting', 'meetings.delete', () => ({ id: 'nope' }), 'not_found', 'id', /meeting/]
  ]

  it.each(cases)('rejects %s (%s)', (_label, verb, input, code, path, words) => {
    existing = meeting({ attendance: [{ personId: asha, status: 'attended' }], actions: [action] })
    expectRejected(api, verb, input(), code, path, words)
  })

  it('leaves nothing behind when a meeting with attendance, actions and quotes fails late', () => {
    const earlier = meeting({ actions: [action] })
    const [done] = api.call('meetings.get', { id: earlier }).actions
    api.call('actions.setStatus', { id: done?.id ?? '', status: 'done' })
    const counts = tableCounts()
    const input = create({
      heldOn: '2026-04-14',
      attendance: [{ personId: asha, status: 'attended' }],
      focusAreas: [{ title: 'Falls' }],
      decisions: ['Meet monthly'],
      actions: [{ ...action, dueOn: '2026-05-01' }],
      quotes: [quote],
      reviewedActions: [{ id: done?.id ?? '', outcome: 'done' }]
    })
    const words = /The action "Book the library" is already done/
    expectRejected(api, 'meetings.create', input, 'invalid_input', 'reviewedActions.0.id', words)
    expect(tableCounts()).toEqual(counts)

    // The refusal comes after the writes: run outside dispatch's transaction, they stay behind.
    const verb = handlers['meetings.create']
    expect(() => verb.run(api.ctx, verb.input.parse(input))).toThrow(words)
    const after = tableCounts()
    const added = Object.keys(after).filter((t) => (after[t] ?? 0) > (counts[t] ?? 0))
    expect(added.sort()).toEqual([
      'actions',
      'meeting_attendance',
      'meeting_decisions',
      'meeting_focus_areas',
      'meetings',
      'quotes'
    ])
  })
})

describe('reviewing the open actions of earlier meetings', () => {
  const earlier = { ...base, heldOn: '2026-03-10' }
  const later = { ...base, heldOn: '2026-04-14' }
  let room = ''
  let forms = ''
  let westAction = ''
  beforeEach(() => {
    const id = meeting({
      ...earlier,
      actions: [
        { description: 'Book the library', dueOn: '2026-04-01' },
        { description: 'Share the referral form', dueOn: '2026-04-01' }
      ]
    })
    const actions = api.call('meetings.get', { id }).actions
    room = actions.find((a) => a.description === 'Book the library')?.id ?? ''
    forms = actions.find((a) => a.description === 'Share the referral form')?.id ?? ''
    const west = api.call('meetings.create', {
      ...earlier,
      siteId: otherSiteId,
      actions: [{ description: 'Visit the West surgery', dueOn: '2026-04-01' }]
    }).id
    westAction = api.call('meetings.get', { id: west }).actions[0]?.id ?? ''
  })
  const review = (...reviewedActions: { id: string; outcome: string; dueOn?: string }[]) => ({
    siteId,
    ...later,
    decisions: ['Meet monthly'],
    reviewedActions
  })
  const status = (id: string) =>
    api.call('actions.list', { programmeId }).find((a) => a.id === id)?.status

  it('changes exactly the actions named by id, whatever their order', () => {
    meeting({ ...later, reviewedActions: [{ id: forms, outcome: 'done' }] })
    expect([status(room), status(forms)]).toEqual(['open', 'done'])
  })

  it('refuses an action already done elsewhere, by its description, and saves nothing', () => {
    api.call('actions.setStatus', { id: room, status: 'done', completedOn: '2026-03-20' })
    const error = expectRejected(
      api,
      'meetings.create',
      review({ id: forms, outcome: 'leave' }, { id: room, outcome: 'carry', dueOn: '2026-05-01' }),
      'invalid_input',
      'reviewedActions.1.id',
      /^The action "Book the library" is already done$/
    )
    expect(error.issues).toHaveLength(1)
    expect(status(forms)).toBe('open')
  })

  it('refuses an action of another site, by its description, and saves nothing', () => {
    expectRejected(
      api,
      'meetings.create',
      review({ id: room, outcome: 'done' }, { id: westAction, outcome: 'done' }),
      'not_found',
      'reviewedActions.1.id',
      /^The action "Visit the West surgery" is not an action of this site$/
    )
    expect([status(room), status(westAction)]).toEqual(['open', 'open'])
  })

  it('refuses an action listed twice, by its description, and saves nothing', () => {
    expectRejected(
      api,
      'meetings.create',
      review(
        { id: room, outcome: 'done' },
        { id: forms, outcome: 'drop' },
        { id: room, outcome: 'leave' }
      ),
      'invalid_input',
      'reviewedActions.2.id',
      /^The action "Book the library" is reviewed twice$/
    )
    expect([status(room), status(forms)]).toEqual(['open', 'open'])
  })
})
