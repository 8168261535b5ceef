// Rows that tie on what a list is sorted by (two people with one name, two meetings at the same
// time on the same day, two sites with one name) come in one fixed order, by id, every time: not
// in whatever order SQLite happens to read them, which can differ between a list and an export.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testApi, type TestApi } from '../support/store'

let api: TestApi
beforeEach(() => {
  api = testApi()
  // Ids count down, so the order records were entered in is the reverse of id order.
  let n = 9000
  api.ctx.newId = () => `id-${String(n--).padStart(4, '0')}`
})
afterEach(() => api.close())

const ascending = (ids: string[]) => [...ids].sort()
const descending = (ids: string[]) => [...ids].sort().reverse()

describe('ties are broken by id', () => {
  it('in the people list, the programme overview and a site’s meetings', () => {
    const programmeId = api.call('programmes.create', { name: 'Ties', startDate: '2026-01-05' }).id
    const people = [1, 2, 3].map(
      () => api.call('people.create', { programmeId, name: 'Sam Jones', role: 'GP' }).id
    )
    const listed = api.call('people.list', { programmeId }).map((p) => p.id)
    expect(listed).toEqual(ascending(people))

    const sites = [1, 2].map(
      () => api.call('sites.create', { programmeId, name: 'Eastbrook', startDate: '2026-02-01' }).id
    )
    const overview = api.call('programmes.overview', { id: programmeId })
    expect(overview.sites.map((s) => s.id)).toEqual(ascending(sites))

    const siteId = sites[0] ?? ''
    const meetings = [1, 2, 3].map(
      () =>
        api.call('meetings.create', {
          siteId,
          heldOn: '2026-03-10',
          startTime: '10:00',
          durationMinutes: 60,
          kind: 'partnership'
        }).id
    )
    expect(api.call('meetings.list', { siteId }).map((m) => m.id)).toEqual(descending(meetings))
  })
})
