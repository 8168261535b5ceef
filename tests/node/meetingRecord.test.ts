// Recording a meeting in one go: rating every outcome at a meeting in one write, and the last
// meeting's attendance for "same as last meeting".
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { snapshot, testApi, type TestApi } from '../support/store'

let api: TestApi
let siteId: string
let people: string[]
let outcomes: string[]

beforeEach(() => {
  api = testApi()
  const programmeId = api.call('programmes.create', { name: 'Week', startDate: '2026-01-05' }).id
  siteId = api.call('sites.create', { programmeId, name: 'Ashby', startDate: '2026-01-05' }).id
  people = ['Asha', 'Ben', 'Cara'].map(
    (name) => api.call('people.create', { programmeId, name, role: 'GP' }).id
  )
  outcomes = ['More trust', 'Shared decisions', 'Better IT'].map(
    (title) => api.call('outcomes.create', { siteId, title, agreedOn: '2026-02-01' }).id
  )
})
afterEach(() => api.close())

function meeting(heldOn: string, attendance: Record<string, 'attended' | 'apologies'> = {}) {
  return api.call('meetings.create', {
    siteId,
    heldOn,
    durationMinutes: 180,
    kind: 'partnership',
    attendance: Object.entries(attendance).map(([personId, status]) => ({ personId, status }))
  }).id
}

describe('outcomes.rateAtMeeting', () => {
  it('rates several outcomes at once, dated by the meeting and linked to it', () => {
    const meetingId = meeting('2026-03-10')
    const result = api.call('outcomes.rateAtMeeting', {
      meetingId,
      ratings: [
        { outcomeId: outcomes[0] ?? '', rating: 4, evidence: 'GPs now phone social workers' },
        { outcomeId: outcomes[2] ?? '', rating: 2 }
      ]
    })
    expect(result.ratedOn).toBe('2026-03-10')
    const trust = api.call('outcomes.get', { id: outcomes[0] ?? '' })
    expect(trust.ratings).toMatchObject([
      {
        ratedOn: '2026-03-10',
        rating: 4,
        evidence: 'GPs now phone social workers',
        judgedBy: 'group',
        meetingId
      }
    ])
    const list = api.call('outcomes.list', { siteId })
    expect(list.map((o) => o.latest)).toEqual([
      { rating: 4, ratedOn: '2026-03-10' },
      null,
      { rating: 2, ratedOn: '2026-03-10' }
    ])
  })

  it.each([
    [
      'a rating out of range',
      () => [{ outcomeId: outcomes[0], rating: 11 }],
      m0,
      'ratings.0.rating',
      /0 to 10/
    ],
    [
      'the same outcome twice',
      () => [
        { outcomeId: outcomes[1], rating: 3 },
        { outcomeId: outcomes[1], rating: 4 }
      ],
      m0,
      'ratings.1.outcomeId',
      /rated once/
    ],
    [
      'an outcome agreed after the meeting',
      () => [{ outcomeId: outcomes[0], rating: 3 }],
      () => meeting('2026-01-20'),
      'ratings.0.outcomeId',
      /agreed on 2026-02-01, after this meeting/
    ],
    ['no ratings at all', () => [], m0, 'ratings', /at least one/]
  ])('refuses %s and changes nothing', (_name, ratings, makeMeeting, path, message) => {
    const meetingId = makeMeeting()
    const before = snapshot(api.store)
    const result = api.attempt('outcomes.rateAtMeeting', {
      meetingId,
      ratings: ratings()
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.issues?.[0]?.path).toBe(path)
    expect(result.error.issues?.[0]?.message).toMatch(message)
    expect(snapshot(api.store)).toEqual(before)
  })
})

function m0() {
  return meeting('2026-03-10')
}

describe('meetings.lastAttendance', () => {
  it('gives who came to the site’s last meeting before the day, named, leaving out the one edited', () => {
    const [asha = '', ben = '', cara = ''] = people
    expect(api.call('meetings.lastAttendance', { siteId, before: '2026-03-01' })).toBeNull()
    const march = meeting('2026-03-10', { [asha]: 'attended', [ben]: 'apologies' })
    const april = meeting('2026-04-14', { [cara]: 'attended' })
    // Named, so a form whose list does not hold them (not members, long ago) can add them.
    expect(api.call('meetings.lastAttendance', { siteId, before: '2026-05-01' })).toEqual({
      meetingId: april,
      heldOn: '2026-04-14',
      attendance: [
        { personId: cara, status: 'attended', name: 'Cara', role: 'GP', organisationName: null }
      ]
    })
    const beforeApril = api.call('meetings.lastAttendance', {
      siteId,
      before: '2026-04-14',
      meetingId: april
    })
    expect(beforeApril?.meetingId).toBe(march)
    api.call('people.archive', { id: cara })
    // Someone archived since is not offered again.
    expect(api.call('meetings.lastAttendance', { siteId, before: '2026-05-01' })).toEqual({
      meetingId: april,
      heldOn: '2026-04-14',
      attendance: []
    })
    expect(beforeApril?.attendance.map(({ personId, status }) => ({ personId, status }))).toEqual(
      [
        { personId: asha, status: 'attended' },
        { personId: ben, status: 'apologies' }
      ].sort((a, b) => a.personId.localeCompare(b.personId))
    )
  })
})
