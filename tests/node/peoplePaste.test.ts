// Reading a pasted list of people: TSV and CSV, with or without a header, sectors in words, and
// every bad cell named by its row and column as pasted.
import { describe, expect, it } from 'vitest'
import {
  issuesByRow,
  parsePeoplePaste,
  type Directory
} from '../../renderer/src/features/directory/peoplePaste'
import { matchSector } from '../../renderer/src/features/directory/sectorWords'

const directory: Directory = {
  organisations: [{ name: 'Northshire NHS Trust', sector: 'nhs' }],
  people: [{ name: 'Asha Patel', organisationName: 'Northshire NHS Trust' }]
}
const empty: Directory = { organisations: [], people: [] }

describe('sectors in words', () => {
  it('reads keys, labels and the words people use', () => {
    const cases: [string, string][] = [
      ['NHS', 'nhs'],
      ['NHS / health board', 'nhs'],
      ['council', 'local_authority'],
      ['Local authority', 'local_authority'],
      ['Social care', 'local_authority'],
      ['GP practice', 'primary_care'],
      ['primary_care', 'primary_care'],
      ['Voluntary', 'voluntary_community'],
      ['VCSE', 'voluntary_community'],
      ['Voluntary & community', 'voluntary_community'],
      ['housing', 'housing'],
      ['Housing Association', 'housing'],
      ['Private', 'independent_provider'],
      ['Community', 'community_members'],
      ['Carers', 'people_using_services']
    ]
    for (const [typed, sector] of cases) expect(matchSector(typed), typed).toBe(sector)
  })

  it('knows no sector for other words', () => {
    for (const typed of ['', 'Health & wellbeing hub', 'education', 'police', 'loc']) {
      expect(matchSector(typed), typed).toBeNull()
    }
  })
})

describe('pasted people', () => {
  it('reads tab-separated rows without a header, in the usual column order', () => {
    const text =
      'Ben Okafor\tGP\tRiverside Surgery\tGP practice\tben@example.org\n\nEve Hall\tCarer\n'
    const result = parsePeoplePaste(text, empty)
    expect(result.header).toBeNull()
    expect(result.errors).toEqual([])
    expect(result.people).toEqual([
      {
        name: 'Ben Okafor',
        role: 'GP',
        organisation: 'Riverside Surgery',
        sector: 'primary_care',
        email: 'ben@example.org',
        phone: ''
      },
      { name: 'Eve Hall', role: 'Carer', organisation: '', sector: null, email: '', phone: '' }
    ])
    expect(result.rows.map((r) => [r.row, r.newOrganisation, r.alreadyThere])).toEqual([
      [1, true, false],
      [3, false, false]
    ])
    expect(result.rows.map((r) => r.organisationSector)).toEqual(['primary_care', null])
  })

  it('finds columns by a header row in any order, and marks who is already there', () => {
    const text =
      'Email,Organisation,Full name,Job title\n,northshire nhs trust,asha patel,District nurse\n' +
      '"c@x.org","Northshire NHS Trust","Jones, Cara",Nurse\n'
    const result = parsePeoplePaste(text, directory)
    expect(result.header).toEqual(['Email', 'Organisation', 'Full name', 'Job title'])
    expect(result.errors).toEqual([])
    expect(result.people).toEqual([
      {
        name: 'asha patel',
        role: 'District nurse',
        organisation: 'northshire nhs trust',
        sector: null,
        email: '',
        phone: ''
      },
      {
        name: 'Jones, Cara',
        role: 'Nurse',
        organisation: 'Northshire NHS Trust',
        sector: null,
        email: 'c@x.org',
        phone: ''
      }
    ])
    expect(result.rows.map((r) => [r.row, r.newOrganisation, r.alreadyThere])).toEqual([
      [2, false, true],
      [3, false, false]
    ])
    expect(result.rows.map((r) => r.organisationSector)).toEqual(['nhs', 'nhs'])
  })

  it('reads a phone column by its header words or as the sixth column', () => {
    for (const word of ['Phone', 'Telephone', 'Mobile', 'Tel', 'Phone number', 'Mobile no.']) {
      const result = parsePeoplePaste(`Name,Role,${word}\nAsha Patel,GP,+44 7700 900123\n`, empty)
      expect(result.errors).toEqual([])
      expect(result.people[0]?.phone).toBe('+44 7700 900123')
    }
    const plain = parsePeoplePaste('Eve Hall\tCarer\t\t\t\t(01632) 960-001\n', empty)
    expect(plain.people).toEqual([
      {
        name: 'Eve Hall',
        role: 'Carer',
        organisation: '',
        sector: null,
        email: '',
        phone: '(01632) 960-001'
      }
    ])
    const bad = parsePeoplePaste(`Name\tRole\tTel\nEve Hall\tCarer\tcall reception\n`, empty)
    expect(bad.errors).toEqual([
      "Row 2, column 3: 'call reception' does not look like a phone number"
    ])
    expect(bad.rows[0]?.cells.phone.error).toBe(bad.errors[0])
    expect(bad.people).toEqual([])
  })

  it('gives a new organisation the sector from any of its rows, made once', () => {
    const text = 'Ben\tGP\tRiverside Surgery\t\nDev\tManager\triverside surgery\tGP\n'
    const result = parsePeoplePaste(text, empty)
    expect(result.errors).toEqual([])
    expect(
      result.rows.map((r) => [r.newOrganisation, r.organisationFromRow, r.organisationSector])
    ).toEqual([
      [true, null, 'primary_care'],
      [true, 1, 'primary_care']
    ])
  })

  it('names the row and column of every problem, counting the header', () => {
    const text = [
      'Name\tRole\tOrganisation\tSector\tEmail',
      'Ben Okafor\tGP\tRiverside Surgery\tHealth & wellbeing\t',
      '\tNurse\tRiverside Surgery\tGP practice\tnot-an-email',
      'Dev Shah\t\t\tHousing\t',
      'Eve Hall\tOfficer\tEastbrook Homes\t\t',
      'Fay Lee\tOfficer\tRiverside Surgery\tNHS\t',
      'ben okafor\tGP\triverside surgery\t\t'
    ].join('\n')
    const result = parsePeoplePaste(text, directory)
    expect(result.errors).toEqual([
      "Row 2, column 4: 'Health & wellbeing' is not a sector we know (use NHS, local authority, GP practice, voluntary, housing, independent, community or carers)",
      'Row 3, column 1: a name is missing',
      "Row 3, column 5: 'not-an-email' does not look like name@example.org",
      'Row 4, column 2: a role or profession is missing',
      'Row 4, column 4: a sector belongs to an organisation: give one or leave the sector empty',
      'Row 5, column 4: Eastbrook Homes is not in the directory yet: give its sector',
      'Row 6, column 4: Riverside Surgery is given as Primary care / GP practices in row 3',
      'Row 7, column 1: ben okafor appears twice (also row 2)'
    ])
    expect(result.rows[0]?.cells.sector).toEqual({
      text: 'Health & wellbeing',
      error: result.errors[0]
    })
    expect(result.people).toEqual([])
  })

  it('names a missing column by its name when the header has no such column', () => {
    const result = parsePeoplePaste('Name,Organisation\nBen Okafor,Riverside Surgery\n', empty)
    expect(result.errors).toEqual([
      'Row 2, role: a role or profession is missing',
      'Row 2, sector: Riverside Surgery is not in the directory yet: give its sector'
    ])
  })

  it('refuses more rows than can be saved at once', () => {
    const text = Array.from({ length: 501 }, (_, i) => `Person ${i}\tGP`).join('\n')
    expect(parsePeoplePaste(text, empty).errors).toEqual(['Too many rows: at most 500 at a time'])
  })

  it('puts the API’s issues back on the rows they came from', () => {
    const result = parsePeoplePaste('Name\tRole\nBen\tGP\nEve\tCarer\n', empty)
    expect(
      issuesByRow(
        [
          { path: 'people.1.name', message: 'Eve is on the list twice' },
          { path: 'joinSite.siteId', message: 'No site with id x' }
        ],
        result.rows
      )
    ).toEqual(['Row 3, name: Eve is on the list twice', 'No site with id x'])
  })
})
