// Shared set-up for the partnership-health tests: a programme with two sites, people in and out
// of the programme.
import { testApi, type TestApi } from '../support/store'

export interface HealthFixture {
  api: TestApi
  programmeId: string
  otherProgrammeId: string
  siteId: string
  otherSiteId: string
  trustId: string
  asha: string
  ben: string
  outsider: string
  outsideOrganisation: string
}

export function healthFixture(): HealthFixture {
  const api = testApi()
  const programme = (name: string) =>
    api.call('programmes.create', { name, startDate: '2026-01-05' }).id
  const programmeId = programme('Better Together')
  const otherProgrammeId = programme('Other programme')
  const site = (name: string) =>
    api.call('sites.create', { programmeId, name, startDate: '2026-02-01' }).id
  const siteId = site('Eastbrook')
  const otherSiteId = site('Westvale')
  const trustId = api.call('organisations.create', {
    programmeId,
    name: 'Northshire NHS Trust',
    sector: 'nhs'
  }).id
  const person = (name: string, role: string) =>
    api.call('people.create', { programmeId, name, role, organisationId: trustId }).id
  const asha = person('Asha Patel', 'District nurse')
  const ben = person('Ben Okafor', 'GP')
  const outsider = api.call('people.create', {
    programmeId: otherProgrammeId,
    name: 'Olu Field',
    role: 'GP'
  }).id
  const outsideOrganisation = api.call('organisations.create', {
    programmeId: otherProgrammeId,
    name: 'Faraway Housing',
    sector: 'housing'
  }).id
  for (const personId of [asha, ben]) {
    api.call('siteMembers.add', { siteId, personId, role: 'member', joinedOn: '2026-02-01' })
  }
  return {
    api,
    programmeId,
    otherProgrammeId,
    siteId,
    otherSiteId,
    trustId,
    asha,
    ben,
    outsider,
    outsideOrganisation
  }
}
