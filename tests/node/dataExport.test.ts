// Programme data export: the tables the API returns (exact values, names and labels resolved,
// private fields only when asked), the record of each export, refusals that change nothing, and
// the file builders (CSV, zip, workbook) read back with papaparse, fflate and exceljs.
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import Papa from 'papaparse'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DATA_KIND_KEYS, type DataKind } from '../../api/schemas/dataExport'
import { listExports } from '../../db/queries/reportExports'
import {
  buildCsvZip,
  buildWorkbook,
  escapeCell,
  sheetCell,
  toCsv,
  type ExportTable
} from '../../renderer/src/features/dataExport/exportFiles'
import { FIXED_NOW, testApi, type TestApi } from '../support/store'
import { expectRejected } from '../support/rejections'

let api: TestApi
let programmeId: string
beforeEach(() => {
  api = testApi()
  programmeId = seedProgramme(api)
})
afterEach(() => api.close())

const FORMULA = '=HYPERLINK("http://x","y")'

/** A small programme touching every kind of record, through the API verbs. */
function seedProgramme(t: TestApi): string {
  const { id } = t.call('programmes.create', {
    name: 'Ageing Well Together',
    startDate: '2026-01-05'
  })
  const surgery = t.call('organisations.create', {
    programmeId: id,
    name: 'Eastbrook Surgery',
    sector: 'primary_care'
  }).id
  const asha = t.call('people.create', {
    programmeId: id,
    name: 'Asha Patel',
    role: 'GP',
    organisationId: surgery,
    email: 'asha@example.org',
    phone: '+44 1632 960001'
  }).id
  const ben = t.call('people.create', {
    programmeId: id,
    name: 'Ben Ode',
    role: 'Social worker'
  }).id
  const east = t.call('sites.create', {
    programmeId: id,
    name: 'Eastbrook',
    locality: 'East Town',
    startDate: '2026-01-10'
  }).id
  const west = t.call('sites.create', {
    programmeId: id,
    name: 'Westvale',
    startDate: '2026-02-01'
  }).id
  t.call('sites.archive', { id: west })
  t.call('siteStages.record', { siteId: east, stage: 'frustration', judgedOn: '2026-03-01' })
  t.call('siteMembers.add', {
    siteId: east,
    personId: asha,
    role: 'coordinator',
    joinedOn: '2026-01-10'
  })
  const meeting = t.call('meetings.create', {
    siteId: east,
    heldOn: '2026-03-10',
    startTime: '14:00',
    durationMinutes: 180,
    kind: 'partnership',
    venue: 'Library',
    attendance: [
      { personId: asha, status: 'attended' },
      { personId: ben, status: 'apologies' }
    ],
    unnamedAttendees: 3,
    methods: ['Appreciative inquiry', 'Dialogue not debate'],
    decisions: ['Meet monthly'],
    energy: 4,
    quotes: [
      { text: FORMULA, speakerRole: 'GP', personId: asha, consent: 'yes' },
      { text: 'We finally talk', speakerRole: 'Social worker', consent: 'not_asked' }
    ],
    actions: [{ description: '+1 huddle a week', ownerId: ben, dueOn: '2026-04-10' }]
  }).id
  const outcome = t.call('outcomes.create', {
    siteId: east,
    title: 'More trust',
    agreedOn: '2026-03-10',
    baselineRating: 2
  }).id
  t.call('outcomes.rate', {
    outcomeId: outcome,
    ratedOn: '2026-04-14',
    rating: 5,
    judgedBy: 'group',
    evidence: '@SUM(A1)',
    meetingId: meeting
  })
  const test = t.call('testsOfChange.create', {
    siteId: east,
    title: 'Social worker joins the GP huddle',
    kind: 'adaptive',
    ownerId: ben,
    outcomeIds: [outcome],
    createdOn: '2026-03-10'
  }).id
  t.call('testsOfChange.addCycle', {
    testId: test,
    plan: 'Join for a month',
    startedOn: '2026-03-15',
    endedOn: '2026-04-15'
  })
  const measure = t.call('measures.create', {
    siteId: east,
    outcomeId: outcome,
    name: 'People reviewed jointly',
    unit: 'people',
    better: 'higher',
    target: 10
  }).id
  t.call('measures.savePoints', {
    measureId: measure,
    points: [
      { period: '2026-03-01', value: 4 },
      { period: '2026-04-01', value: -2, note: '-2 after the Easter break' }
    ]
  })
  const councillor = t.call('stakeholders.add', {
    siteId: east,
    name: 'Cllr Jo Bright',
    description: 'Ward councillor',
    group: 'inform',
    placedOn: '2026-02-01'
  }).id
  t.call('stakeholders.move', { id: councillor, group: 'involve_closely', placedOn: '2026-05-01' })
  t.call('healthChecks.record', {
    siteId: east,
    frameworkId: 'library-qualities',
    checkedOn: '2026-03-10',
    judgedBy: 'group',
    meetingId: meeting,
    judgements: [{ itemId: 'library-quality-commitment', value: 'partly', note: 'Some came' }]
  })
  return id
}

const table = (kind: DataKind, includePrivate = false) =>
  api.call('dataExport.table', { programmeId, kind, includePrivate })
const allTables = (includePrivate = false): ExportTable[] =>
  DATA_KIND_KEYS.map((kind) => table(kind, includePrivate))
/** Rows as objects keyed by column header, for readable expectations. */
const records = (kind: DataKind, includePrivate = false) => {
  const t = table(kind, includePrivate)
  return t.rows.map((row) => Object.fromEntries(t.columns.map((c, i) => [c, row[i]])))
}

describe('dataExport.kinds', () => {
  it('lists every kind with its row count and the file name stem', () => {
    const kinds = api.call('dataExport.kinds', { programmeId })
    expect(kinds.programmeName).toBe('Ageing Well Together')
    expect(kinds.fileStem).toBe('ageing-well-together-data-2026-11-21')
    expect(kinds.exportedOn).toBe('2026-11-21')
    expect(Object.fromEntries(kinds.kinds.map((k) => [k.kind, k.rowCount]))).toEqual({
      sites: 2,
      people: 2,
      organisations: 1,
      siteMemberships: 1,
      meetings: 1,
      attendance: 2,
      actions: 1,
      outcomes: 1,
      outcomeRatings: 1,
      testsOfChange: 1,
      pdsaCycles: 1,
      measures: 1,
      measurePoints: 2,
      quotes: 2,
      stakeholderPlacements: 2,
      healthJudgements: 1
    })
    expect(kinds.kinds.map((k) => k.label)).toContain('PDSA cycles')
    // The counts are the rows each table holds.
    for (const k of kinds.kinds) expect(table(k.kind).rows).toHaveLength(k.rowCount)
  })

  it('writes the stakeholder matrix and health checks with labels, not codes', () => {
    expect(records('stakeholderPlacements')).toEqual([
      {
        Site: 'Eastbrook',
        Stakeholder: 'Cllr Jo Bright',
        Kind: 'Outside the directory',
        Description: 'Ward councillor',
        Group: 'Inform',
        'Placed on': '2026-02-01',
        Note: ''
      },
      {
        Site: 'Eastbrook',
        Stakeholder: 'Cllr Jo Bright',
        Kind: 'Outside the directory',
        Description: 'Ward councillor',
        Group: 'Involve closely',
        'Placed on': '2026-05-01',
        Note: ''
      }
    ])
    expect(records('healthJudgements')).toEqual([
      {
        Site: 'Eastbrook',
        'Checked on': '2026-03-10',
        Framework: 'Relationship qualities',
        'Judged by': 'The group at a meeting',
        'Meeting date': '2026-03-10',
        Heading: '',
        Item: 'Commitment',
        Judgement: 'Partly',
        Note: 'Some came',
        'Note on the check': ''
      }
    ])
  })

  it('counts health checks as checks, with how many judgements their rows hold', () => {
    const siteId = api.call('programmes.overview', { id: programmeId }).sites[0]?.id ?? ''
    api.call('healthChecks.record', {
      siteId,
      frameworkId: 'library-qualities',
      checkedOn: '2026-06-10',
      judgedBy: 'consultant',
      judgements: [
        { itemId: 'library-quality-commitment', value: 'present' },
        { itemId: 'library-quality-capability', value: 'partly' },
        { itemId: 'library-quality-possibility', value: 'missing' }
      ]
    })
    const health = api
      .call('dataExport.kinds', { programmeId })
      .kinds.find((k) => k.kind === 'healthJudgements')
    expect(health).toEqual({
      kind: 'healthJudgements',
      label: 'Health checks',
      rowCount: 4,
      recordCount: 2,
      rowWord: 'judgement'
    })
    expect(table('healthJudgements').rows).toHaveLength(4)
    const quotes = api
      .call('dataExport.kinds', { programmeId })
      .kinds.find((k) => k.kind === 'quotes')
    expect(quotes).toMatchObject({ rowCount: 2, recordCount: 2, rowWord: null })
  })

  it('counts only this programme’s records', () => {
    const other = api.call('programmes.create', { name: 'Other', startDate: '2026-01-05' }).id
    const counts = api.call('dataExport.kinds', { programmeId: other }).kinds
    expect(counts.every((k) => k.rowCount === 0)).toBe(true)
    expect(api.call('dataExport.table', { programmeId: other, kind: 'quotes' }).rows).toEqual([])
  })
})

describe('dataExport.table', () => {
  it('writes sites with labels, the latest stage and archived ones with their day', () => {
    const sites = table('sites')
    expect(sites).toMatchObject({ kind: 'sites', label: 'Sites', fileName: 'sites.csv' })
    expect(records('sites')).toEqual([
      {
        Site: 'Eastbrook',
        Locality: 'East Town',
        Purpose: '',
        'Population or service focus': '',
        'Start date': '2026-01-10',
        Status: 'Active',
        'Latest stage': 'Frustration',
        'Stage judged on': '2026-03-01',
        'Archived on': null
      },
      {
        Site: 'Westvale',
        Locality: '',
        Purpose: '',
        'Population or service focus': '',
        'Start date': '2026-02-01',
        Status: 'Active',
        'Latest stage': null,
        'Stage judged on': null,
        'Archived on': '2026-11-21'
      }
    ])
  })

  it('writes people by role without contact details unless asked', () => {
    expect(table('people').columns).toEqual([
      'Role or profession',
      'Name',
      'Organisation',
      'Sector',
      'Archived on'
    ])
    expect(table('people').rows).toEqual([
      ['GP', 'Asha Patel', 'Eastbrook Surgery', 'Primary care / GP practices', null],
      ['Social worker', 'Ben Ode', null, null, null]
    ])
    expect(records('people', true)[0]).toEqual({
      'Role or profession': 'GP',
      Name: 'Asha Patel',
      Organisation: 'Eastbrook Surgery',
      Sector: 'Primary care / GP practices',
      Email: 'asha@example.org',
      Phone: '+44 1632 960001',
      'Archived on': null
    })
  })

  it('writes quotes by role only, naming who said them only when asked', () => {
    expect(records('quotes')).toEqual([
      {
        Site: 'Eastbrook',
        Quote: FORMULA,
        "Speaker's role": 'GP',
        Consent: 'Yes, may be used in reports',
        'Meeting date': '2026-03-10'
      },
      {
        Site: 'Eastbrook',
        Quote: 'We finally talk',
        "Speaker's role": 'Social worker',
        Consent: 'Not asked yet',
        'Meeting date': '2026-03-10'
      }
    ])
    expect(records('quotes', true).map((r) => r['Person quoted'])).toEqual(['Asha Patel', null])
  })

  it('leaves every private value out of every table by default', () => {
    const text = JSON.stringify(allTables())
    expect(text).not.toContain('asha@example.org')
    expect(text).not.toContain('960001')
    expect(text).not.toContain('Person quoted')
    const withPrivate = JSON.stringify(allTables(true))
    expect(withPrivate).toContain('asha@example.org')
    expect(withPrivate).toContain('Person quoted')
  })

  it('takes emails and phone numbers typed into notes out too, unless private fields are asked for', () => {
    const [siteId] = api.call('programmes.overview', { id: programmeId }).sites.map((x) => x.id)
    api.call('actions.create', {
      siteId: siteId ?? '',
      agreedOn: '2026-03-01',
      dueOn: '2026-04-01',
      description: 'Ring Tom on 01632 960222 or write to tom.whitaker@eastshire.gov.uk',
      notes: 'Priya mobile 07700 900789; met on 2026-03-10'
    })
    const action = (include: boolean) =>
      records('actions', include).find((r) => String(r.Action).startsWith('Ring Tom'))
    expect(action(false)).toMatchObject({
      Action: 'Ring Tom on [phone number removed] or write to [email removed]',
      Notes: 'Priya mobile [phone number removed]; met on 2026-03-10'
    })
    expect(action(true)).toMatchObject({
      Action: 'Ring Tom on 01632 960222 or write to tom.whitaker@eastshire.gov.uk',
      Notes: 'Priya mobile 07700 900789; met on 2026-03-10'
    })
  })

  it('writes meetings, attendance and actions with names and labels resolved', () => {
    expect(records('meetings')).toEqual([
      {
        Site: 'Eastbrook',
        Date: '2026-03-10',
        'Start time': '14:00',
        'Duration (minutes)': 180,
        'Kind of meeting': 'Partnership meeting',
        Venue: 'Library',
        Facilitator: '',
        Purpose: '',
        Attended: 1,
        'Sent apologies': 1,
        'Attendees not named': 3,
        Methods: 'Appreciative inquiry; Dialogue not debate',
        'Focus areas': '',
        Decisions: 'Meet monthly',
        'What was learned': '',
        'Check-out': '',
        'Energy (1 to 5)': 4,
        Notes: ''
      }
    ])
    expect(table('attendance').rows).toEqual([
      ['Eastbrook', '2026-03-10', 'Asha Patel', 'GP', 'Eastbrook Surgery', 'Attended'],
      ['Eastbrook', '2026-03-10', 'Ben Ode', 'Social worker', null, 'Sent apologies']
    ])
    expect(records('actions')).toEqual([
      {
        Site: 'Eastbrook',
        Action: '+1 huddle a week',
        Owner: 'Ben Ode',
        'Agreed on': '2026-03-10',
        'Due on': '2026-04-10',
        Status: 'Open',
        'Completed on': null,
        'Meeting date': '2026-03-10',
        'Times carried forward': 0,
        Notes: ''
      }
    ])
    expect(table('siteMemberships').rows).toEqual([
      ['Eastbrook', 'Asha Patel', 'GP', 'Eastbrook Surgery', 'Coordinator', '2026-01-10', null]
    ])
    expect(table('organisations').rows).toEqual([
      ['Eastbrook Surgery', 'Primary care / GP practices', 1, null]
    ])
  })

  it('writes outcomes, ratings, tests of change, cycles, measures and points', () => {
    expect(records('outcomes')[0]).toMatchObject({
      'Agreed outcome': 'More trust',
      'Baseline rating (0 to 10)': 2,
      'Latest rating (0 to 10)': 5,
      'Latest rated on': '2026-04-14',
      'Archived on': null
    })
    expect(table('outcomeRatings').rows).toEqual([
      ['Eastbrook', 'More trust', '2026-04-14', 5, 'The group', '@SUM(A1)', '2026-03-10']
    ])
    expect(records('testsOfChange')[0]).toMatchObject({
      'Test of change': 'Social worker joins the GP huddle',
      Kind: 'Adaptive challenge (no one agency holds the answer)',
      Status: 'Idea',
      Owner: 'Ben Ode',
      'Agreed outcomes': 'More trust',
      'Date started': '2026-03-10',
      'PDSA cycles': 1
    })
    expect(records('pdsaCycles')[0]).toMatchObject({
      'Test of change': 'Social worker joins the GP huddle',
      Cycle: 1,
      'Started on': '2026-03-15',
      'Ended on': '2026-04-15',
      Plan: 'Join for a month'
    })
    expect(records('measures')[0]).toMatchObject({
      Measure: 'People reviewed jointly',
      Direction: 'Higher is better',
      Target: 10,
      'Agreed outcome': 'More trust',
      'Data points': 2
    })
    expect(table('measurePoints').rows).toEqual([
      ['Eastbrook', 'People reviewed jointly', 'people', '2026-03-01', 4, ''],
      [
        'Eastbrook',
        'People reviewed jointly',
        'people',
        '2026-04-01',
        -2,
        '-2 after the Easter break'
      ]
    ])
  })
})

describe('dataExport.record', () => {
  it('records the export with a fingerprint of the data recomputed on the server', () => {
    const recorded = api.call('dataExport.record', {
      programmeId,
      format: 'xlsx',
      fileName: 'ageing-well-together-data-2026-11-21.xlsx'
    })
    const [row] = listExports(api.store.db, { programmeId })
    expect(row).toEqual({
      id: recorded.id,
      programmeId,
      siteId: null,
      reportId: null,
      scope: 'programme',
      subject: 'Ageing Well Together',
      periodFrom: null,
      periodTo: null,
      anonymised: false,
      format: 'xlsx',
      fileName: 'ageing-well-together-data-2026-11-21.xlsx',
      fingerprint: recorded.fingerprint,
      exportedAt: FIXED_NOW.toISOString()
    })
    expect(row?.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    // The same data gives the same fingerprint; private fields or a change give another.
    const again = (includePrivate: boolean) =>
      api.call('dataExport.record', {
        programmeId,
        format: 'csv',
        fileName: 'x.zip',
        includePrivate
      }).fingerprint
    expect(again(false)).toBe(recorded.fingerprint)
    expect(again(true)).not.toBe(recorded.fingerprint)
    api.call('people.create', { programmeId, name: 'Cara Lee', role: 'Pharmacist' })
    expect(again(false)).not.toBe(recorded.fingerprint)
    expect(listExports(api.store.db, { programmeId })).toHaveLength(4)
  })
})

describe('refusals change nothing', () => {
  it('refuses an unknown kind, naming the kinds there are', () => {
    expectRejected(
      api,
      'dataExport.table',
      { programmeId, kind: 'reflections' },
      'invalid_input',
      'kind',
      /Kind must be one of sites, people/
    )
  })

  it('refuses an unknown programme for every verb', () => {
    const missing = { programmeId: 'nope' }
    expectRejected(
      api,
      'dataExport.kinds',
      missing,
      'not_found',
      'programmeId',
      /No programme with id nope/
    )
    expectRejected(
      api,
      'dataExport.table',
      { ...missing, kind: 'sites' },
      'not_found',
      'programmeId',
      /No programme/
    )
    expectRejected(
      api,
      'dataExport.record',
      { ...missing, format: 'csv', fileName: 'x.zip' },
      'not_found',
      'programmeId',
      /No programme/
    )
  })

  it('refuses a file name that does not match the format, and an unknown format', () => {
    expectRejected(
      api,
      'dataExport.record',
      { programmeId, format: 'csv', fileName: 'data.xlsx' },
      'invalid_input',
      'fileName',
      /must end in \.zip for CSV files or \.xlsx/
    )
    expectRejected(
      api,
      'dataExport.record',
      { programmeId, format: 'pdf', fileName: 'x.pdf' },
      'invalid_input',
      'format',
      /'csv' or 'xlsx'/
    )
  })
})

describe('the export files', () => {
  const NASTY: ExportTable = {
    kind: 'escaping',
    label: 'Escaping check',
    fileName: 'escaping.csv',
    columns: ['Quote', 'Count', 'Note'],
    rows: [
      [FORMULA, 1, 'plain, with a comma and "quotes"'],
      ['+1', -3, '-2'],
      ['@SUM(A1)', 2.5, null],
      ['\tTabbed', 0, '\rReturn'],
      ['Café für Ærø – “smart”', null, 'a\r\nnew line']
    ]
  }
  const about = {
    programmeName: 'Ageing Well Together',
    exportedOn: '2026-11-21',
    includePrivate: false
  }
  /** What a reader gets back: escaped texts, numbers as written, empty for null. */
  const expectedCells = (t: ExportTable) =>
    t.rows.map((row) => row.map((cell) => (cell === null ? '' : String(escapeCell(cell)))))

  it('escapes values a spreadsheet would run as formulas and leaves numbers alone', () => {
    expect(escapeCell(FORMULA)).toBe(`'${FORMULA}`)
    expect(escapeCell('+1')).toBe("'+1")
    expect(escapeCell('-2')).toBe("'-2")
    expect(escapeCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(escapeCell('\tx')).toBe("'\tx")
    expect(escapeCell('\rx')).toBe("'\rx")
    expect(escapeCell('a=b')).toBe('a=b')
    expect(escapeCell(-2)).toBe(-2)
    expect(escapeCell(null)).toBe(null)
    // Excel refuses longer cells: the workbook cuts them and says so (the CSV keeps them whole).
    const long = sheetCell('x'.repeat(40_000)) as string
    expect(long).toHaveLength(32_767)
    expect(long.endsWith('the CSV export has it whole]')).toBe(true)
  })

  it('CSV: a BOM, CRLF line ends, and papaparse reads back the records, escaped', () => {
    const csv = toCsv(NASTY)
    expect(csv.startsWith('\ufeffQuote,Count,Note\r\n')).toBe(true)
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' })
    expect(parsed.errors).toEqual([])
    expect(parsed.data).toEqual([NASTY.columns, ...expectedCells(NASTY)])
    expect(parsed.data[1]?.[0]).toBe(`'=HYPERLINK("http://x","y")`)
    expect(parsed.data[2]).toEqual(["'+1", '-3', "'-2"])
    expect(parsed.data[3]?.[0]).toBe("'@SUM(A1)")
  })

  it('CSV: the records from the store round-trip', () => {
    for (const t of allTables(true)) {
      const parsed = Papa.parse<string[]>(toCsv(t).slice(1), { newline: '\r\n' })
      expect(parsed.data).toEqual([t.columns, ...expectedCells(t)])
    }
  })

  it('zip: one CSV per kind and a README saying whether private fields are in', () => {
    const tables = allTables()
    const files = unzipSync(buildCsvZip(tables, about))
    expect(Object.keys(files).sort()).toEqual(
      [
        'README.txt',
        'actions.csv',
        'agreed-outcomes.csv',
        'attendance.csv',
        'health-checks.csv',
        'measure-points.csv',
        'measures.csv',
        'meetings.csv',
        'organisations.csv',
        'outcome-ratings.csv',
        'pdsa-cycles.csv',
        'people.csv',
        'quotes.csv',
        'site-memberships.csv',
        'sites.csv',
        'stakeholder-matrix.csv',
        'tests-of-change.csv'
      ].sort()
    )
    const readme = strFromU8(files['README.txt'] as Uint8Array)
    expect(readme).toContain('Data export: Ageing Well Together')
    expect(readme).toContain('Private fields are left out')
    expect(readme).toContain('quotes.csv: Quotes (2 rows)')
    const quotesCsv = files['quotes.csv'] as Uint8Array
    expect([...quotesCsv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    // TextDecoder (strFromU8) drops the byte-order mark; the text is then exactly toCsv's.
    expect(strFromU8(quotesCsv)).toBe(toCsv(table('quotes')).slice(1))
    const quotes = Papa.parse<string[]>(strFromU8(quotesCsv))
    expect(quotes.data[0]).toEqual(['Site', 'Quote', "Speaker's role", 'Consent', 'Meeting date'])
    expect(quotes.data[1]?.[1]).toBe(`'${FORMULA}`)
    const withPrivate = unzipSync(buildCsvZip(allTables(true), { ...about, includePrivate: true }))
    expect(strFromU8(withPrivate['README.txt'] as Uint8Array)).toContain(
      'Private fields ARE included'
    )
    expect(strFromU8(withPrivate['people.csv'] as Uint8Array)).toContain('asha@example.org')
  })

  it('workbook: the sheets, the values, numbers as numbers, no formula cells', async () => {
    const tables = [...allTables(), NASTY]
    const bytes = await buildWorkbook(tables, about)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer)
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'About this export',
      ...tables.map((t) => t.label)
    ])
    for (const [i, t] of tables.entries()) {
      const sheet = workbook.worksheets[i + 1]
      if (!sheet) throw new Error(`no sheet for ${t.kind}`)
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
      expect(sheet.getRow(1).font?.bold).toBe(true)
      const values: unknown[][] = []
      sheet.eachRow({ includeEmpty: true }, (row) => {
        const cells: unknown[] = []
        for (let c = 1; c <= t.columns.length; c++) {
          const cell = row.getCell(c)
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)
          expect(cell.formula).toBeFalsy()
          cells.push(cell.value ?? null)
        }
        values.push(cells)
      })
      expect(values).toEqual([t.columns, ...t.rows.map((row) => row.map(sheetCell))])
    }
    expect(workbook.getWorksheet('Escaping check')?.getCell('C5').value).toBe("'\nReturn")
    const quotes = workbook.getWorksheet('Quotes')
    expect(quotes?.getCell('B2').value).toBe(`'${FORMULA}`)
    const about1 = workbook.getWorksheet('About this export')
    expect(about1?.getCell('A1').value).toBe('Data export: Ageing Well Together')
  })
})
