// Shared set-up for the partnership-health tests: a programme with two sites, people in and out
// of the programme, and a rejection check that proves nothing changed.
import { expect } from 'vitest'
import type { ApiErrorCode } from '../../api/result'
import { snapshot, testApi, type TestApi } from './support'

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

/** A rejected call: the code, the field it names (in the path and in words), nothing changed. */
export function expectRejected(
  api: TestApi,
  name: string,
  input: unknown,
  code: ApiErrorCode,
  path: string,
  words: RegExp
) {
  const before = snapshot(api.store)
  const result = api.attempt(name, input)
  if (result.ok) throw new Error(`${name} was accepted`)
  expect(result.error.code).toBe(code)
  expect(result.error.issues?.[0]?.path).toBe(path)
  expect(result.error.issues?.[0]?.message).toMatch(words)
  expect(snapshot(api.store)).toEqual(before)
  return result.error
}
