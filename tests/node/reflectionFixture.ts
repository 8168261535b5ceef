// Shared set-up for the reflection and theme tests: two programmes, sites, people and a meeting at
// each site, on a fresh migrated in-memory store.
import type { ApiInput } from '../../api/contract'
import type { ApiErrorCode } from '../../api/result'
import { snapshot, testApi, type TestApi } from '../support/store'

// The one rejection check, here too for the tests that import it with the fixture.
export { expectRejected } from '../support/rejections'

export interface ReflectionFixture {
  api: TestApi
  programmeId: string
  otherProgrammeId: string
  east: string
  west: string
  /** A site of the other programme. */
  foreignSite: string
  asha: string
  ben: string
  /** A person of the other programme. */
  outsider: string
  eastMeeting: string
  westMeeting: string
  /** Records a cycle at Eastbrook on 2026-03-12 unless told otherwise. */
  cycle(fields?: Partial<ApiInput<'reflections.create'>>): string
}

export function reflectionFixture(): ReflectionFixture {
  const api = testApi()
  const programme = (name: string) =>
    api.call('programmes.create', { name, startDate: '2026-01-05' }).id
  const programmeId = programme('Better Together')
  const otherProgrammeId = programme('Other')
  const site = (name: string, inProgramme = programmeId) =>
    api.call('sites.create', { programmeId: inProgramme, name, startDate: '2026-02-01' }).id
  const east = site('Eastbrook')
  const west = site('Westvale')
  const foreignSite = site('Elsewhere', otherProgrammeId)
  const person = (name: string, role: string, inProgramme = programmeId) =>
    api.call('people.create', { programmeId: inProgramme, name, role }).id
  const meeting = (siteId: string) =>
    api.call('meetings.create', {
      siteId,
      heldOn: '2026-03-10',
      durationMinutes: 180,
      kind: 'partnership'
    }).id
  return {
    api,
    programmeId,
    otherProgrammeId,
    east,
    west,
    foreignSite,
    asha: person('Asha Patel', 'District nurse'),
    ben: person('Ben Okafor', 'GP'),
    outsider: person('Olu Field', 'GP', otherProgrammeId),
    eastMeeting: meeting(east),
    westMeeting: meeting(west),
    cycle: (fields = {}) =>
      api.call('reflections.create', {
        programmeId,
        siteId: east,
        heldOn: '2026-03-12',
        ...fields
      }).id
  }
}

/** How many rows each table holds. */
export function tableCounts(api: TestApi): Record<string, number> {
  return Object.fromEntries(
    Object.entries(snapshot(api.store)).map(([t, rows]) => [t, rows.length])
  )
}

/** One row of a rejection table: label, verb, input (built when the case runs), code, path, words. */
export type RejectionCase = [string, string, () => unknown, ApiErrorCode, string, RegExp]
