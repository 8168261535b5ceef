// "The same people missing": members who missed each of a site's last three partnership meetings
// while members (apologies count as missing; the consultancy's own people are left out) get one
// early warning per site, linked to the site's engagement.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testApi, type TestApi } from '../support/store'

let api: TestApi
beforeEach(() => {
  api = testApi()
})
afterEach(() => api.close())

function setUp() {
  const programmeId = api.call('programmes.create', { name: 'Ties', startDate: '2026-01-05' }).id
  const siteId = api.call('sites.create', {
    programmeId,
    name: 'Harbour',
    startDate: '2026-01-05'
  }).id
  const person = (
    name: string,
    role: 'sponsor' | 'member' | 'consultant',
    joinedOn = '2026-01-05',
    leftOn: string | null = null
  ) => {
    const id = api.call('people.create', { programmeId, name, role: 'Officer' }).id
    api.call('siteMembers.add', { siteId, personId: id, role, joinedOn, leftOn })
    return id
  }
  return { programmeId, siteId, person }
}

function meeting(
  siteId: string,
  heldOn: string,
  attended: string[],
  apologies: string[] = [],
  kind: 'partnership' | 'other' = 'partnership'
) {
  api.call('meetings.create', {
    siteId,
    heldOn,
    durationMinutes: 60,
    kind,
    attendance: [
      ...attended.map((personId) => ({ personId, status: 'attended' as const })),
      ...apologies.map((personId) => ({ personId, status: 'apologies' as const }))
    ]
  })
}

const missing = (programmeId: string) =>
  api.call('dashboard.get', { programmeId }).warnings.filter((w) => w.rule === 'members_missing')

describe('the same people missing', () => {
  it('names members who missed each of the last three partnership meetings, and only them', () => {
    const { programmeId, siteId, person } = setUp()
    const tom = person('Tom Whitaker', 'sponsor')
    const ann = person('Ann Lee', 'member')
    const cat = person('Cat Moss', 'consultant')
    const dev = person('Dev Rao', 'member', '2026-04-01') // joined after the first of the three
    person('Eve Hart', 'member', '2026-01-05', '2026-05-01') // has left
    const gus = person('Gus Finn', 'member')
    expect(missing(programmeId)).toEqual([]) // no meetings yet
    meeting(siteId, '2026-01-20', [tom, ann, cat, gus])
    meeting(siteId, '2026-03-10', [ann], [tom, gus])
    meeting(siteId, '2026-04-14', [], [tom])
    meeting(siteId, '2026-04-28', [ann, cat], [], 'other') // not a partnership meeting
    // Three partnership meetings so far; Ann and Gus came to the first of them.
    expect(missing(programmeId)).toEqual([])
    meeting(siteId, '2026-05-12', [dev])
    const [warning, ...others] = missing(programmeId)
    expect(others).toEqual([])
    expect(warning).toMatchObject({
      siteId,
      title: 'The same people missing',
      message:
        'Gus Finn (member) and Tom Whitaker (sponsor) missed each of the last 3 partnership meetings.',
      href: `/programmes/${programmeId}/sites/${siteId}/engagement`,
      linkLabel: 'Engagement at Harbour'
    })
    // Coming to the latest meeting takes someone off the list.
    meeting(siteId, '2026-06-02', [tom])
    expect(missing(programmeId)[0]?.message).toBe(
      'Ann Lee (member) and Gus Finn (member) missed each of the last 3 partnership meetings.'
    )
  })
})
