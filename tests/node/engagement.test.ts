import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { actionOutcomes } from '../../db/queries/engagement'
import { testApi, type TestApi } from '../support/store'

// Today is 2026-11-21 (FIXED_NOW).
let api: TestApi
let programmeId: string
let siteId: string
beforeEach(() => {
  api = testApi()
  programmeId = api.call('programmes.create', {
    name: 'Better Together',
    startDate: '2026-01-05'
  }).id
  siteId = api.call('sites.create', { programmeId, name: 'Eastbrook', startDate: '2026-01-05' }).id
})
afterEach(() => api.close())

type Sector = 'nhs' | 'local_authority' | 'primary_care' | 'voluntary_community'
function organisation(name: string, sector: Sector) {
  return api.call('organisations.create', { programmeId, name, sector }).id
}
function person(name: string, role: string, organisationId: string | null = null) {
  return api.call('people.create', { programmeId, name, role, organisationId }).id
}
function member(personId: string, joinedOn: string, leftOn: string | null = null, site = siteId) {
  api.call('siteMembers.add', { siteId: site, personId, role: 'member', joinedOn, leftOn })
}
type Marks = Record<string, 'attended' | 'apologies'>
function meeting(
  heldOn: string,
  marks: Marks,
  more: {
    unnamed?: number
    kind?: 'partnership' | 'debrief'
    actions?: { description: string; dueOn: string }[]
    reviewedActions?: { id: string; outcome: 'done' | 'drop' }[]
    site?: string
  } = {}
) {
  return api.call('meetings.create', {
    siteId: more.site ?? siteId,
    heldOn,
    durationMinutes: 180,
    kind: more.kind ?? 'partnership',
    attendance: Object.entries(marks).map(([personId, status]) => ({ personId, status })),
    unnamedAttendees: more.unnamed ?? 0,
    actions: more.actions ?? [],
    reviewedActions: more.reviewedActions ?? []
  }).id
}
function actionId(description: string) {
  const found = api
    .call('actions.list', { programmeId, siteId })
    .find((a) => a.description === description)
  if (!found) throw new Error(`No action ${description}`)
  return found.id
}

describe('sites.engagement', () => {
  it('counts attendance, representation, personal records and action outcomes', () => {
    const surgery = organisation('Riverside Surgery', 'primary_care')
    const council = organisation('Eastbrook Council', 'local_authority')
    const trust = organisation('Eastbrook NHS Trust', 'nhs')
    const ageConcern = organisation('Age Concern Eastbrook', 'voluntary_community')
    const asha = person('Asha', 'GP', surgery)
    const ben = person('Ben', 'Social worker', council)
    const cara = person('Cara', 'District nurse', trust)
    const dev = person('Dev', 'Librarian', ageConcern)
    const eve = person('Eve', 'Pharmacist')
    const finn = person('Finn', 'Senior manager', council)
    const gus = person('Gus', 'Housing officer')
    const hana = person('Hana', 'Carer')
    const ivy = person('Ivy', 'Consultant')
    for (const p of [asha, ben, cara]) member(p, '2026-01-05')
    member(dev, '2026-04-15') // joined late: came to m3 as a guest first
    member(eve, '2026-01-05', '2026-03-01') // left before m2
    member(gus, '2026-01-05', '2026-03-01') // out for m2, back from m3
    member(gus, '2026-04-01')
    member(hana, '2026-06-10') // joined after the last meeting

    meeting(
      '2026-02-10',
      { [asha]: 'attended', [ben]: 'attended', [cara]: 'attended', [eve]: 'apologies' },
      {
        unnamed: 2,
        actions: [
          { description: 'Share the referral form', dueOn: '2026-03-01' },
          { description: 'Book the library room', dueOn: '2026-03-10' },
          { description: 'Invite the housing team', dueOn: '2026-02-20' }
        ]
      }
    )
    // A debrief is listed but counts for no one's record.
    meeting('2026-02-11', { [asha]: 'attended', [ivy]: 'attended' }, { kind: 'debrief' })
    meeting(
      '2026-03-10',
      { [asha]: 'attended', [ben]: 'attended', [finn]: 'attended', [cara]: 'apologies' },
      {
        reviewedActions: [
          { id: actionId('Share the referral form'), outcome: 'done' }, // late
          { id: actionId('Book the library room'), outcome: 'done' }, // on the day it was due
          { id: actionId('Invite the housing team'), outcome: 'drop' }
        ]
      }
    )
    meeting(
      '2026-04-14',
      { [asha]: 'attended', [cara]: 'attended', [dev]: 'attended' },
      { unnamed: 3, actions: [{ description: 'Map community assets', dueOn: '2026-05-01' }] }
    )
    meeting(
      '2026-05-12',
      { [asha]: 'attended', [cara]: 'attended', [dev]: 'attended', [ben]: 'apologies' },
      { unnamed: 1 }
    )
    meeting(
      '2026-06-09',
      { [asha]: 'attended', [cara]: 'attended', [dev]: 'attended', [gus]: 'attended' },
      {
        actions: [
          { description: 'Write to the commissioners', dueOn: '2026-12-01' },
          { description: 'Agree the winter plan', dueOn: '2026-11-21' } // due today: not overdue
        ]
      }
    )
    const standalone = api.call('actions.create', {
      siteId,
      description: 'Send the newsletter',
      agreedOn: '2026-07-01',
      dueOn: '2026-07-15'
    }).id
    api.call('actions.setStatus', { id: standalone, status: 'done', completedOn: '2026-07-10' })

    // Another site's meetings and actions stay out of Eastbrook's figures.
    const westfield = api.call('sites.create', {
      programmeId,
      name: 'Westfield',
      startDate: '2026-01-05'
    }).id
    member(asha, '2026-01-05', null, westfield)
    meeting('2026-02-12', { [asha]: 'attended', [ben]: 'apologies' }, { site: westfield })
    api.call('actions.create', {
      siteId: westfield,
      description: 'Westfield action',
      agreedOn: '2026-02-12',
      dueOn: '2026-02-28'
    })

    const result = api.call('sites.engagement', { siteId })
    expect(result.site).toEqual({ id: siteId, name: 'Eastbrook' })
    expect(result.today).toBe('2026-11-21')

    const figures = result.meetings.map(({ id: _id, startTime: _t, ...m }) => m)
    expect(figures).toEqual([
      {
        heldOn: '2026-02-10',
        kind: 'partnership',
        named: 3,
        apologies: 1,
        unnamed: 2,
        organisations: 3,
        sectors: 3,
        sectorKeys: ['nhs', 'local_authority', 'primary_care']
      },
      {
        heldOn: '2026-02-11',
        kind: 'debrief',
        named: 2,
        apologies: 0,
        unnamed: 0,
        organisations: 1,
        sectors: 1,
        sectorKeys: ['primary_care']
      },
      {
        heldOn: '2026-03-10',
        kind: 'partnership',
        named: 3,
        apologies: 1,
        unnamed: 0,
        organisations: 2, // Ben and Finn both from the council
        sectors: 2,
        sectorKeys: ['local_authority', 'primary_care']
      },
      {
        heldOn: '2026-04-14',
        kind: 'partnership',
        named: 3,
        apologies: 0,
        unnamed: 3,
        organisations: 3,
        sectors: 3,
        sectorKeys: ['nhs', 'primary_care', 'voluntary_community']
      },
      {
        heldOn: '2026-05-12',
        kind: 'partnership',
        named: 3,
        apologies: 1,
        unnamed: 1,
        organisations: 3,
        sectors: 3,
        sectorKeys: ['nhs', 'primary_care', 'voluntary_community']
      },
      {
        heldOn: '2026-06-09',
        kind: 'partnership',
        named: 4, // Gus has no organisation: counted as present, not as an organisation
        apologies: 0,
        unnamed: 0,
        organisations: 3,
        sectors: 3,
        sectorKeys: ['nhs', 'primary_care', 'voluntary_community']
      }
    ])

    const none = { firstAttended: null, lastAttended: null }
    expect(result.people).toEqual([
      {
        personId: asha,
        name: 'Asha',
        role: 'GP',
        organisationName: 'Riverside Surgery',
        sector: 'primary_care',
        joinedOn: '2026-01-05',
        leftOn: null,
        attended: 5,
        apologies: 0,
        memberMeetings: 5,
        attendedWhileMember: 5,
        attendedFirstHalf: 2,
        attendedLastThree: 3,
        firstAttended: '2026-02-10',
        lastAttended: '2026-06-09',
        pattern: 'xxxxx'
      },
      {
        personId: ben,
        name: 'Ben',
        role: 'Social worker',
        organisationName: 'Eastbrook Council',
        sector: 'local_authority',
        joinedOn: '2026-01-05',
        leftOn: null,
        attended: 2,
        apologies: 1,
        memberMeetings: 5,
        attendedWhileMember: 2,
        attendedFirstHalf: 2,
        attendedLastThree: 0,
        firstAttended: '2026-02-10',
        lastAttended: '2026-03-10',
        pattern: 'xx-a-'
      },
      {
        personId: cara,
        name: 'Cara',
        role: 'District nurse',
        organisationName: 'Eastbrook NHS Trust',
        sector: 'nhs',
        joinedOn: '2026-01-05',
        leftOn: null,
        attended: 4,
        apologies: 1,
        memberMeetings: 5,
        attendedWhileMember: 4,
        attendedFirstHalf: 1,
        attendedLastThree: 3,
        firstAttended: '2026-02-10',
        lastAttended: '2026-06-09',
        pattern: 'xaxxx'
      },
      {
        personId: dev,
        name: 'Dev',
        role: 'Librarian',
        organisationName: 'Age Concern Eastbrook',
        sector: 'voluntary_community',
        joinedOn: '2026-04-15',
        leftOn: null,
        attended: 3,
        apologies: 0,
        memberMeetings: 2,
        attendedWhileMember: 2,
        attendedFirstHalf: 1,
        attendedLastThree: 2,
        firstAttended: '2026-04-14',
        lastAttended: '2026-06-09',
        pattern: 'xx'
      },
      {
        personId: eve,
        name: 'Eve',
        role: 'Pharmacist',
        organisationName: null,
        sector: null,
        joinedOn: '2026-01-05',
        leftOn: '2026-03-01',
        attended: 0,
        apologies: 1,
        memberMeetings: 1,
        attendedWhileMember: 0,
        attendedFirstHalf: 0,
        attendedLastThree: 0,
        ...none,
        pattern: 'a'
      },
      {
        personId: finn,
        name: 'Finn',
        role: 'Senior manager',
        organisationName: 'Eastbrook Council',
        sector: 'local_authority',
        joinedOn: null,
        leftOn: null,
        attended: 1,
        apologies: 0,
        memberMeetings: 0,
        attendedWhileMember: 0,
        attendedFirstHalf: 0,
        attendedLastThree: 0,
        firstAttended: '2026-03-10',
        lastAttended: '2026-03-10',
        pattern: ''
      },
      {
        personId: gus,
        name: 'Gus',
        role: 'Housing officer',
        organisationName: null,
        sector: null,
        joinedOn: '2026-01-05',
        leftOn: null,
        attended: 1,
        apologies: 0,
        memberMeetings: 4, // not a member on 10 March
        attendedWhileMember: 1,
        attendedFirstHalf: 0,
        attendedLastThree: 1,
        firstAttended: '2026-06-09',
        lastAttended: '2026-06-09',
        pattern: '---x'
      },
      {
        personId: hana,
        name: 'Hana',
        role: 'Carer',
        organisationName: null,
        sector: null,
        joinedOn: '2026-06-10',
        leftOn: null,
        attended: 0,
        apologies: 0,
        memberMeetings: 0,
        attendedWhileMember: 0,
        attendedFirstHalf: 0,
        attendedLastThree: 0,
        ...none,
        pattern: ''
      }
    ])

    expect(result.actions).toEqual({
      total: 7,
      doneOnTime: 2, // booked the room on its due day; the newsletter early
      doneLate: 1, // the referral form, due 1 March, done 10 March
      openNotDue: 2, // due 1 December, and due today
      openOverdue: 1, // community assets, due 1 May
      dropped: 1
    })
    // A week on, everything still open is overdue.
    expect(actionOutcomes(api.ctx.db, siteId, '2026-12-02')).toMatchObject({
      openNotDue: 0,
      openOverdue: 3
    })
  })

  it('answers for a site with no meetings and no actions', () => {
    const asha = person('Asha', 'GP')
    member(asha, '2026-01-05')
    const result = api.call('sites.engagement', { siteId })
    expect(result.meetings).toEqual([])
    expect(result.people).toHaveLength(1)
    expect(result.people[0]).toMatchObject({
      name: 'Asha',
      attended: 0,
      memberMeetings: 0,
      pattern: '',
      firstAttended: null
    })
    expect(result.actions).toEqual({
      total: 0,
      doneOnTime: 0,
      doneLate: 0,
      openNotDue: 0,
      openOverdue: 0,
      dropped: 0
    })
  })

  it('rejects an unknown site and a missing one', () => {
    const unknown = api.attempt('sites.engagement', { siteId: 'no-such-site' })
    expect(unknown.ok).toBe(false)
    if (unknown.ok) throw new Error('accepted')
    expect(unknown.error.code).toBe('not_found')
    expect(unknown.error.issues?.[0]?.path).toBe('siteId')
    expect(unknown.error.message).toContain('no-such-site')

    const missing = api.attempt('sites.engagement', {})
    expect(missing.ok).toBe(false)
    if (missing.ok) throw new Error('accepted')
    expect(missing.error.code).toBe('invalid_input')
    expect(missing.error.issues?.[0]?.path).toBe('siteId')
  })
})
