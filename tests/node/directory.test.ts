import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiErrorCode } from '../../api/result'
import { FIXED_NOW, testApi, type TestApi } from '../support/store'
import { expectRejected } from '../support/rejections'

let api: TestApi
let programmeId: string
let otherProgrammeId: string
beforeEach(() => {
  api = testApi()
  programmeId = api.call('programmes.create', {
    name: 'Better Together',
    startDate: '2026-01-05'
  }).id
  otherProgrammeId = api.call('programmes.create', { name: 'Other', startDate: '2026-01-05' }).id
})
afterEach(() => api.close())

function organisation(name: string, sector: 'nhs' | 'housing' = 'nhs', programme = programmeId) {
  return api.call('organisations.create', { programmeId: programme, name, sector }).id
}

function person(name: string, organisationId: string | null = null) {
  return api.call('people.create', { programmeId, name, role: 'Social worker', organisationId }).id
}

function site(name: string) {
  return api.call('sites.create', { programmeId, name, startDate: '2026-02-01' }).id
}

describe('organisations', () => {
  it('lists a programme’s organisations by name with a count of unarchived people', () => {
    const trust = organisation('northshire Trust')
    const homes = organisation('Eastbrook Homes', 'housing')
    organisation('Elsewhere', 'nhs', otherProgrammeId)
    person('Asha', trust)
    person('Ben', trust)
    api.call('people.archive', { id: person('Cas', trust) })
    expect(api.call('organisations.list', { programmeId })).toEqual([
      { id: homes, name: 'Eastbrook Homes', sector: 'housing', archivedAt: null, peopleCount: 0 },
      { id: trust, name: 'northshire Trust', sector: 'nhs', archivedAt: null, peopleCount: 2 }
    ])
  })

  it('updates an organisation', () => {
    const id = organisation('Northshire Trust')
    api.call('organisations.update', { id, name: '  Northshire ICB ', sector: 'housing' })
    expect(api.call('organisations.list', { programmeId })).toMatchObject([
      { id, name: 'Northshire ICB', sector: 'housing' }
    ])
  })

  it('archives and restores an organisation, keeping its data and its people', () => {
    const id = organisation('Northshire Trust')
    person('Asha', id)
    const [before] = api.call('organisations.list', { programmeId })
    api.call('organisations.archive', { id })
    expect(api.call('organisations.list', { programmeId })).toEqual([])
    expect(api.call('organisations.list', { programmeId, includeArchived: true })).toEqual([
      { ...before, archivedAt: FIXED_NOW.toISOString() }
    ])
    expect(api.call('people.list', { programmeId })[0]?.organisationName).toBe('Northshire Trust')
    api.call('organisations.restore', { id })
    expect(api.call('organisations.list', { programmeId })).toEqual([before])
  })
})

describe('people', () => {
  it('creates people and lists them with their organisation and current sites', () => {
    const trust = organisation('Northshire Trust')
    const asha = api.call('people.create', {
      programmeId,
      name: 'Asha Patel',
      role: 'District nurse',
      organisationId: trust,
      email: ' asha@example.org ',
      phone: '01234 567890'
    }).id
    const ben = api.call('people.create', {
      programmeId,
      name: 'ben Okafor',
      role: 'Carer',
      organisationId: ''
    }).id
    api.call('people.create', { programmeId: otherProgrammeId, name: 'Elsewhere', role: 'GP' })

    const east = site('Eastbrook')
    const west = site('Westvale')
    const north = site('Northfield')
    const south = site('Southmoor')
    const join = (siteId: string, joinedOn: string, leftOn = '') =>
      api.call('siteMembers.add', { siteId, personId: asha, role: 'coordinator', joinedOn, leftOn })
    join(east, '2026-02-01')
    join(west, '2026-02-01', '2026-10-01') // left before today
    join(north, '2026-12-01') // not joined yet
    join(south, '2026-02-01')
    api.call('sites.archive', { id: south })

    const list = api.call('people.list', { programmeId })
    expect(list).toEqual([
      {
        id: asha,
        name: 'Asha Patel',
        role: 'District nurse',
        organisationId: trust,
        organisationName: 'Northshire Trust',
        sector: 'nhs',
        email: 'asha@example.org',
        phone: '01234 567890',
        archivedAt: null,
        sites: 'Eastbrook (coordinator)'
      },
      {
        id: ben,
        name: 'ben Okafor',
        role: 'Carer',
        organisationId: null,
        organisationName: null,
        sector: null,
        email: '',
        phone: '',
        archivedAt: null,
        sites: null
      }
    ])
  })

  it('updates a person, moving them between organisations and to none', () => {
    const trust = organisation('Northshire Trust')
    const homes = organisation('Eastbrook Homes', 'housing')
    const id = person('Asha', trust)
    const fields = { id, name: 'Asha Patel', role: 'Team lead', email: '', phone: '' }
    api.call('people.update', { ...fields, organisationId: homes })
    expect(api.call('people.list', { programmeId })[0]).toMatchObject({
      name: 'Asha Patel',
      role: 'Team lead',
      organisationName: 'Eastbrook Homes',
      sector: 'housing'
    })
    api.call('people.update', { ...fields, organisationId: null })
    expect(api.call('people.list', { programmeId })[0]?.organisationId).toBeNull()
  })

  it('archives and restores a person, keeping their details and memberships', () => {
    const id = person('Asha', organisation('Northshire Trust'))
    const siteId = site('Eastbrook')
    api.call('siteMembers.add', { siteId, personId: id, role: 'member', joinedOn: '2026-02-01' })
    const [before] = api.call('people.list', { programmeId })
    api.call('people.archive', { id })
    expect(api.call('people.list', { programmeId })).toEqual([])
    expect(api.call('people.list', { programmeId, includeArchived: true })).toEqual([
      { ...before, archivedAt: FIXED_NOW.toISOString() }
    ])
    expect(api.call('sites.get', { id: siteId }).members).toMatchObject([{ personId: id }])
    api.call('people.restore', { id })
    expect(api.call('people.list', { programmeId })).toEqual([before])
  })
})

describe('filtering the directory in the store', () => {
  it('finds people by name, role, organisation, sector label or partnership, ignoring case', () => {
    const trust = organisation('Northshire Trust')
    const homes = organisation('Eastbrook Homes', 'housing')
    const asha = person('Asha Patel', trust)
    const ben = api.call('people.create', {
      programmeId,
      name: 'Ben Okafor',
      role: 'GP',
      organisationId: homes
    }).id
    const cas = person('Cas 100%_sure')
    api.call('siteMembers.add', {
      siteId: site('Westvale'),
      personId: cas,
      role: 'member',
      joinedOn: '2026-02-01'
    })
    const names = (filter: string) =>
      api.call('people.list', { programmeId, filter }).map((p) => p.id)
    expect(names('')).toEqual([asha, ben, cas])
    expect(names('  patel ')).toEqual([asha])
    expect(names('SOCIAL')).toEqual([asha, cas])
    expect(names('northshire')).toEqual([asha])
    // Sectors by the words shown ("Housing", "NHS / health board"), not their keys.
    expect(names('housing')).toEqual([ben])
    expect(names('health board')).toEqual([asha])
    expect(names('westvale')).toEqual([cas])
    // LIKE's wildcards are taken as they were typed.
    expect(names('100%_')).toEqual([cas])
    expect(names('%')).toEqual([cas])
    expect(names('zebra')).toEqual([])
  })

  it('finds organisations by name or sector label', () => {
    const trust = organisation('Northshire Trust')
    const homes = organisation('Eastbrook Homes', 'housing')
    organisation('Elsewhere Housing', 'housing', otherProgrammeId)
    const names = (filter: string) =>
      api.call('organisations.list', { programmeId, filter }).map((o) => o.id)
    expect(names('')).toEqual([homes, trust])
    expect(names('TRUST')).toEqual([trust])
    expect(names('housing')).toEqual([homes])
    expect(names('nhs')).toEqual([trust])
    expect(names('_')).toEqual([])
  })
})

describe('adding a person in one go', () => {
  it('creates their new organisation and puts them straight into a site’s partnership', () => {
    const siteId = site('Eastbrook')
    const id = api.call('people.create', {
      programmeId,
      name: 'Cas Doyle',
      role: 'Librarian',
      newOrganisation: { name: ' Eastbrook Library ', sector: 'local_authority' },
      joinSite: { siteId, role: 'member', joinedOn: '2026-03-01' }
    }).id
    const [organisation] = api.call('organisations.list', { programmeId })
    expect(organisation).toMatchObject({
      name: 'Eastbrook Library',
      sector: 'local_authority',
      peopleCount: 1
    })
    expect(api.call('people.list', { programmeId })).toMatchObject([
      {
        id,
        organisationId: organisation?.id,
        organisationName: 'Eastbrook Library',
        sites: 'Eastbrook (member)'
      }
    ])
    expect(api.call('sites.get', { id: siteId }).members).toMatchObject([
      { personId: id, role: 'member', joinedOn: '2026-03-01', leftOn: null }
    ])
    const offered = api.call('meetings.prepare', { siteId, heldOn: '2026-03-10' }).people
    expect(offered).toMatchObject([{ id, isMember: true }])
  })

  it('keeps an existing organisation and joins no site when neither is asked for', () => {
    const trust = organisation('Northshire Trust')
    const id = person('Asha', trust)
    expect(api.call('organisations.list', { programmeId })).toHaveLength(1)
    expect(api.call('people.list', { programmeId })).toMatchObject([
      { id, organisationId: trust, sites: null }
    ])
  })
})

describe('rejected directory calls change nothing', () => {
  let organisationId: string
  let foreignOrganisationId: string
  let personId: string
  let siteId: string
  let foreignSiteId: string
  beforeEach(() => {
    siteId = site('Eastbrook')
    foreignSiteId = api.call('sites.create', {
      programmeId: otherProgrammeId,
      name: 'Elsewhere',
      startDate: '2026-02-01'
    }).id
    organisationId = organisation('Northshire Trust')
    foreignOrganisationId = organisation('Elsewhere Trust', 'nhs', otherProgrammeId)
    personId = person('Asha', organisationId)
  })
  const org = { name: 'Age Concern', sector: 'voluntary_community' }
  const who = { name: 'Ben', role: 'GP' }
  const join = (f: object = {}) => ({ siteId, role: 'member', joinedOn: '2026-03-01', ...f })

  type Case = [string, string, () => unknown, ApiErrorCode, string]
  // prettier-ignore
  const cases: Case[] = [
    ['an organisation for an unknown programme', 'organisations.create', () => ({ ...org, programmeId: 'nope' }), 'not_found', 'programmeId'],
    ['an organisation with an empty name', 'organisations.create', () => ({ ...org, programmeId, name: '' }), 'invalid_input', 'name'],
    ['an organisation with a too-long name', 'organisations.create', () => ({ ...org, programmeId, name: 'x'.repeat(201) }), 'invalid_input', 'name'],
    ['an organisation name that is not text', 'organisations.create', () => ({ ...org, programmeId, name: null }), 'invalid_input', 'name'],
    ['an unknown sector', 'organisations.create', () => ({ ...org, programmeId, sector: 'police' }), 'invalid_input', 'sector'],
    ['no sector', 'organisations.create', () => ({ programmeId, name: 'X' }), 'invalid_input', 'sector'],
    ['updating an unknown organisation', 'organisations.update', () => ({ ...org, id: 'nope' }), 'not_found', 'id'],
    ['archiving an unknown organisation', 'organisations.archive', () => ({ id: 'nope' }), 'not_found', 'id'],
    ['restoring an unknown organisation', 'organisations.restore', () => ({ id: 'nope' }), 'not_found', 'id'],
    ['listing organisations of an unknown programme', 'organisations.list', () => ({ programmeId: 'nope' }), 'not_found', 'programmeId'],
    ['listing organisations without a programme', 'organisations.list', () => ({}), 'invalid_input', 'programmeId'],
    ['a person for an unknown programme', 'people.create', () => ({ ...who, programmeId: 'nope' }), 'not_found', 'programmeId'],
    ['a person with an empty name', 'people.create', () => ({ ...who, programmeId, name: '  ' }), 'invalid_input', 'name'],
    ['a person without a role', 'people.create', () => ({ programmeId, name: 'Ben' }), 'invalid_input', 'role'],
    ['a too-long role', 'people.create', () => ({ ...who, programmeId, role: 'x'.repeat(121) }), 'invalid_input', 'role'],
    ['a malformed email', 'people.create', () => ({ ...who, programmeId, email: 'ben at example' }), 'invalid_input', 'email'],
    ['a too-long phone number', 'people.create', () => ({ ...who, programmeId, phone: '1'.repeat(61) }), 'invalid_input', 'phone'],
    ['an organisation id that is not text', 'people.create', () => ({ ...who, programmeId, organisationId: 7 }), 'invalid_input', 'organisationId'],
    ['an unknown organisation', 'people.create', () => ({ ...who, programmeId, organisationId: 'nope' }), 'not_found', 'organisationId'],
    ['an organisation from another programme', 'people.create', () => ({ ...who, programmeId, organisationId: foreignOrganisationId }), 'invalid_input', 'organisationId'],
    ['moving someone to another programme’s organisation', 'people.update', () => ({ ...who, id: personId, organisationId: foreignOrganisationId }), 'invalid_input', 'organisationId'],
    ['both an organisation and a new one', 'people.create', () => ({ ...who, programmeId, organisationId, newOrganisation: org }), 'invalid_input', 'newOrganisation'],
    ['a new organisation without a name', 'people.create', () => ({ ...who, programmeId, newOrganisation: { ...org, name: ' ' } }), 'invalid_input', 'newOrganisation.name'],
    ['a new organisation with an unknown sector', 'people.create', () => ({ ...who, programmeId, newOrganisation: { ...org, sector: 'police' } }), 'invalid_input', 'newOrganisation.sector'],
    ['joining another programme’s site', 'people.create', () => ({ ...who, programmeId, newOrganisation: org, joinSite: join({ siteId: foreignSiteId }) }), 'invalid_input', 'joinSite.siteId'],
    ['joining an unknown site', 'people.create', () => ({ ...who, programmeId, joinSite: join({ siteId: 'nope' }) }), 'not_found', 'joinSite.siteId'],
    ['joining a site in an unknown role', 'people.create', () => ({ ...who, programmeId, joinSite: join({ role: 'chair' }) }), 'invalid_input', 'joinSite.role'],
    ['joining a site on a malformed date', 'people.create', () => ({ ...who, programmeId, joinSite: join({ joinedOn: 'March' }) }), 'invalid_input', 'joinSite.joinedOn'],
    ['updating an unknown person', 'people.update', () => ({ ...who, id: 'nope' }), 'not_found', 'id'],
    ['archiving an unknown person', 'people.archive', () => ({ id: 'nope' }), 'not_found', 'id'],
    ['restoring an unknown person', 'people.restore', () => ({ id: 'nope' }), 'not_found', 'id'],
    ['listing people of an unknown programme', 'people.list', () => ({ programmeId: 'nope' }), 'not_found', 'programmeId'],
    ['a people list flag that is not a boolean', 'people.list', () => ({ programmeId, includeArchived: 1 }), 'invalid_input', 'includeArchived']
  ]

  it.each(cases)('rejects %s (%s)', (_label, verb, input, code, path) => {
    expectRejected(api, verb, input(), code, path)
  })

  it('explains which field is wrong in words a person can act on', () => {
    const error = expectRejected(
      api,
      'people.create',
      { ...who, programmeId, organisationId: foreignOrganisationId },
      'invalid_input',
      'organisationId'
    )
    expect(error.message).toContain('belongs to another programme')
    const both = expectRejected(
      api,
      'people.create',
      { ...who, programmeId, organisationId, newOrganisation: org },
      'invalid_input',
      'newOrganisation'
    )
    expect(both.issues?.[0]?.message).toBe(
      'New organisation: choose an existing organisation or add a new one, not both'
    )
    const elsewhere = expectRejected(
      api,
      'people.create',
      { ...who, programmeId, newOrganisation: org, joinSite: join({ siteId: foreignSiteId }) },
      'invalid_input',
      'joinSite.siteId'
    )
    expect(elsewhere.issues?.[0]?.message).toBe('That site belongs to another programme')
    const role = expectRejected(
      api,
      'people.create',
      { ...who, programmeId, joinSite: join({ role: 'chair' }) },
      'invalid_input',
      'joinSite.role'
    )
    expect(role.issues?.[0]?.message).toBe('Choose a role in the partnership')
  })
})
