// An action carried forward keeps the due date first agreed: "due in a period" and "done on time"
// are judged against it on the dashboard, in the programme report's figures and in a site's
// engagement, so moving a missed date does not turn it into an action done on time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testApi, type TestApi } from '../support/store'

let api: TestApi
beforeEach(() => {
  api = testApi()
})
afterEach(() => api.close())

function setUp() {
  const programmeId = api.call('programmes.create', { name: 'Dates', startDate: '2026-01-05' }).id
  const siteId = api.call('sites.create', {
    programmeId,
    name: 'Harbour',
    startDate: '2026-01-05'
  }).id
  const meeting = (heldOn: string, extra: object = {}) =>
    api.call('meetings.create', {
      siteId,
      heldOn,
      durationMinutes: 60,
      kind: 'partnership',
      ...extra
    }).id
  const first = meeting('2026-01-20', {
    actions: [
      { description: 'Draft the rota', dueOn: '2026-02-16' },
      { description: 'Book the room', dueOn: '2026-03-20' }
    ]
  })
  const [rota, room] = api.call('meetings.get', { id: first }).actions.map((a) => a.id)
  return { programmeId, siteId, meeting, rota: rota ?? '', room: room ?? '' }
}

describe('the due date first agreed', () => {
  it('is kept when an action is carried forward, once, however often it moves', () => {
    const { programmeId, meeting, rota, room } = setUp()
    meeting('2026-03-10', {
      reviewedActions: [
        { id: rota, outcome: 'carry', dueOn: '2026-04-20' },
        { id: room, outcome: 'done' }
      ]
    })
    meeting('2026-04-21', {
      reviewedActions: [{ id: rota, outcome: 'carry', dueOn: '2026-05-18' }]
    })
    const rows = api.store.sqlite
      .prepare(
        'SELECT description, due_on, first_due_on, carried_forward FROM actions ORDER BY description'
      )
      .raw()
      .all()
    expect(rows).toEqual([
      ['Book the room', '2026-03-20', null, 0],
      ['Draft the rota', '2026-05-18', '2026-02-16', 2]
    ])
    const rotaRow = api.call('actions.list', { programmeId }).find((a) => a.id === rota)
    expect(rotaRow).toMatchObject({
      dueOn: '2026-05-18',
      firstDueOn: '2026-02-16',
      carriedForward: 2
    })
  })

  it('decides the dashboard’s and report’s "due" and "done on time", and engagement’s late', () => {
    const { programmeId, siteId, meeting, rota, room } = setUp()
    meeting('2026-03-10', {
      reviewedActions: [
        { id: rota, outcome: 'carry', dueOn: '2026-05-18' },
        { id: room, outcome: 'done' }
      ]
    })
    api.call('actions.setStatus', { id: rota, status: 'done', completedOn: '2026-05-10' })
    const actions = (from: string, to: string) =>
      api.call('dashboard.get', { programmeId, from, to }).sites[0]?.actions
    // January to April: the rota was first due on 16 Feb and the room on 20 Mar; only the room
    // was done by its date.
    expect(actions('2026-01-05', '2026-04-30')).toMatchObject({ due: 2, doneOnTime: 1 })
    // The whole year: the rota, done by its new date, was still not done on time.
    expect(actions('2026-01-05', '2026-11-21')).toMatchObject({ due: 2, doneOnTime: 1 })
    // May alone: nothing was first due then.
    expect(actions('2026-05-01', '2026-05-31')).toMatchObject({ due: 0, doneOnTime: 0 })
    expect(api.call('sites.engagement', { siteId }).actions).toMatchObject({
      doneOnTime: 1,
      doneLate: 1
    })
  })
})
