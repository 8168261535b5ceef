// directory.importList: a pasted list saved all or nothing, organisations reused by name or
// created with their sector, people already there left alone, memberships added once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiInput } from '../../api/contract'
import { snapshot, testApi, type TestApi } from '../support/store'

let api: TestApi
let programmeId: string
let otherProgrammeId: string
let siteId: string
let trust: string
let asha: string
beforeEach(() => {
  api = testApi()
  programmeId = api.call('programmes.create', {
    name: 'Better Together',
    startDate: '2026-01-05'
  }).id
  otherProgrammeId = api.call('programmes.create', { name: 'Other', startDate: '2026-01-05' }).id
  siteId = api.call('sites.create', { programmeId, name: 'Eastbrook', startDate: '2026-02-01' }).id
  trust = api.call('organisations.create', {
    programmeId,
    name: 'Northshire NHS Trust',
    sector: 'nhs'
  }).id
  asha = api.call('people.create', {
    programmeId,
    name: 'Asha Patel',
    role: 'District nurse',
    organisationId: trust
  }).id
})
afterEach(() => api.close())

type Input = ApiInput<'directory.importList'>

function importList(people: Input['people'], joinSite?: Input['joinSite']) {
  return api.call('directory.importList', { programmeId, people, joinSite })
}

/** A refused list: every issue by row and field, and the store exactly as it was. */
function expectRefused(input: unknown, code: string, issues: { path: string; message: string }[]) {
  const before = snapshot(api.store)
  const result = api.attempt('directory.importList', input)
  if (result.ok) throw new Error('the list was accepted')
  expect(result.error.code).toBe(code)
  expect(result.error.issues).toEqual(issues)
  expect(snapshot(api.store)).toEqual(before)
}

const people = () => api.call('people.list', { programmeId })

describe('directory.importList', () => {
  it('creates new organisations and people, reusing what the programme has', () => {
    const counts = importList([
      { name: 'Ben Okafor', role: 'GP', organisation: 'Riverside Surgery', sector: 'primary_care' },
      { name: 'asha patel', role: 'District nurse', organisation: 'NORTHSHIRE nhs trust' },
      {
        name: 'Cara Jones',
        role: 'Nurse',
        organisation: ' northshire NHS  Trust ',
        email: 'c@x.org'
      },
      { name: 'Dev Shah', role: 'Practice manager', organisation: 'riverside surgery' },
      { name: 'Eve Hall', role: 'Carer' }
    ])
    expect(counts).toEqual({
      organisationsCreated: 1,
      peopleCreated: 4,
      peopleAlreadyThere: 1,
      membershipsAdded: 0
    })
    expect(api.call('organisations.list', { programmeId })).toEqual([
      { id: trust, name: 'Northshire NHS Trust', sector: 'nhs', archivedAt: null, peopleCount: 2 },
      {
        id: 'id-0006',
        name: 'Riverside Surgery',
        sector: 'primary_care',
        archivedAt: null,
        peopleCount: 2
      }
    ])
    expect(people().map((p) => [p.name, p.role, p.organisationName, p.email])).toEqual([
      ['Asha Patel', 'District nurse', 'Northshire NHS Trust', ''],
      ['Ben Okafor', 'GP', 'Riverside Surgery', ''],
      ['Cara Jones', 'Nurse', 'Northshire NHS Trust', 'c@x.org'],
      ['Dev Shah', 'Practice manager', 'Riverside Surgery', ''],
      ['Eve Hall', 'Carer', null, '']
    ])
  })

  it('keeps the phone number given with a person', () => {
    importList([
      { name: 'Eve Hall', role: 'Carer', phone: '+44 7700 900123' },
      { name: 'Fay Lin', role: 'Nurse' }
    ])
    expect(
      people()
        .filter((p) => p.name === 'Eve Hall' || p.name === 'Fay Lin')
        .map((p) => [p.name, p.phone])
    ).toEqual([
      ['Eve Hall', '+44 7700 900123'],
      ['Fay Lin', '']
    ])
    expectRefused(
      { programmeId, people: [{ name: 'Gus Moor', role: 'GP', phone: '0'.repeat(61) }] },
      'invalid_input',
      [{ path: 'people.0.phone', message: 'Phone must be at most 60 characters' }]
    )
  })

  it('reuses an archived organisation and keeps an existing one’s own sector', () => {
    const homes = api.call('organisations.create', {
      programmeId,
      name: 'Eastbrook Homes',
      sector: 'housing'
    }).id
    api.call('organisations.archive', { id: homes })
    const counts = importList([
      { name: 'Cara Jones', role: 'Housing officer', organisation: 'eastbrook homes' },
      { name: 'Dev Shah', role: 'Nurse', organisation: 'Northshire NHS Trust', sector: 'housing' }
    ])
    expect(counts).toEqual({
      organisationsCreated: 0,
      peopleCreated: 2,
      peopleAlreadyThere: 0,
      membershipsAdded: 0
    })
    const all = api.call('people.list', { programmeId })
    expect(all.map((p) => [p.name, p.organisationId, p.sector])).toEqual([
      ['Asha Patel', trust, 'nhs'],
      ['Cara Jones', homes, 'housing'],
      ['Dev Shah', trust, 'nhs']
    ])
  })

  it('puts everyone into the site’s partnership as members, once', () => {
    const joinSite = { siteId, joinedOn: '2026-03-02' }
    const first = importList(
      [
        { name: 'Asha Patel', role: 'District nurse', organisation: 'Northshire NHS Trust' },
        {
          name: 'Ben Okafor',
          role: 'GP',
          organisation: 'Riverside Surgery',
          sector: 'primary_care'
        }
      ],
      joinSite
    )
    expect(first).toEqual({
      organisationsCreated: 1,
      peopleCreated: 1,
      peopleAlreadyThere: 1,
      membershipsAdded: 2
    })
    const again = importList(
      [
        { name: 'Ben Okafor', role: 'GP', organisation: 'Riverside Surgery' },
        { name: 'Cara Jones', role: 'Nurse' }
      ],
      { siteId, joinedOn: '2026-04-01' }
    )
    expect(again).toEqual({
      organisationsCreated: 0,
      peopleCreated: 1,
      peopleAlreadyThere: 1,
      membershipsAdded: 1
    })
    const members = api.call('sites.get', { id: siteId }).members
    expect(members.map((m) => [m.name, m.role, m.joinedOn, m.leftOn])).toEqual([
      ['Asha Patel', 'member', '2026-03-02', null],
      ['Ben Okafor', 'member', '2026-03-02', null],
      ['Cara Jones', 'member', '2026-04-01', null]
    ])
    expect(people().find((p) => p.id === asha)?.sites).toBe('Eastbrook (member)')
  })

  it('refuses the whole list with every bad row named', () => {
    expectRefused(
      {
        programmeId,
        people: [
          { name: 'Ben Okafor', role: 'GP', organisation: 'Riverside Surgery' },
          { name: 'Cara Jones', role: 'Nurse', sector: 'housing' },
          { name: 'Dev Shah', role: 'Officer', organisation: 'Eastbrook Homes', sector: 'housing' },
          { name: 'Eve Hall', role: 'Officer', organisation: 'eastbrook homes', sector: 'nhs' },
          { name: 'dev shah', role: 'Manager', organisation: 'Eastbrook Homes' }
        ]
      },
      'invalid_input',
      [
        {
          path: 'people.0.sector',
          message: 'Riverside Surgery is a new organisation: give its sector'
        },
        {
          path: 'people.1.sector',
          message: 'A sector belongs to an organisation: give one or leave it empty'
        },
        {
          path: 'people.3.sector',
          message: 'Eastbrook Homes is given as Housing earlier in the list'
        },
        { path: 'people.4.name', message: 'dev shah (Eastbrook Homes) is on the list twice' }
      ]
    )
  })

  it('refuses rows the schema cannot take, by row and field', () => {
    expectRefused(
      {
        programmeId,
        people: [
          { name: 'Ben', role: 'GP', organisation: 'Riverside Surgery', sector: 'gp' },
          { name: ' ', role: 'GP', email: 'not an email' }
        ]
      },
      'invalid_input',
      [
        { path: 'people.0.sector', message: 'Choose a sector' },
        { path: 'people.1.name', message: 'Name is required' },
        { path: 'people.1.email', message: 'Email must look like name@example.org' }
      ]
    )
    expectRefused({ programmeId, people: [] }, 'invalid_input', [
      { path: 'people', message: 'Give at least one person to add' }
    ])
  })

  it('refuses a site of another programme, a missing site or a missing programme', () => {
    const elsewhere = api.call('sites.create', {
      programmeId: otherProgrammeId,
      name: 'Westvale',
      startDate: '2026-02-01'
    }).id
    const list = [{ name: 'Ben Okafor', role: 'GP' }]
    expectRefused(
      { programmeId, people: list, joinSite: { siteId: elsewhere, joinedOn: '2026-03-02' } },
      'invalid_input',
      [{ path: 'joinSite.siteId', message: 'Westvale belongs to another programme' }]
    )
    expectRefused(
      { programmeId, people: list, joinSite: { siteId: 'nope', joinedOn: '2026-03-02' } },
      'not_found',
      [{ path: 'joinSite.siteId', message: 'No site with id nope' }]
    )
    expectRefused(
      { programmeId, people: list, joinSite: { siteId, joinedOn: '31/02/2026' } },
      'invalid_input',
      [{ path: 'joinSite.joinedOn', message: 'Joined must be a date (YYYY-MM-DD)' }]
    )
    expectRefused({ programmeId: 'nope', people: list }, 'not_found', [
      { path: 'programmeId', message: 'No programme with id nope' }
    ])
  })

  it('does not reuse an organisation or person of another programme', () => {
    api.call('organisations.create', {
      programmeId: otherProgrammeId,
      name: 'Riverside Surgery',
      sector: 'nhs'
    })
    expectRefused(
      { programmeId, people: [{ name: 'Ben', role: 'GP', organisation: 'Riverside Surgery' }] },
      'invalid_input',
      [
        {
          path: 'people.0.sector',
          message: 'Riverside Surgery is a new organisation: give its sector'
        }
      ]
    )
  })
})
