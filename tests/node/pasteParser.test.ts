// Reading pasted spreadsheet rows: TSV and CSV, with or without a header, en-GB dates, and every
// bad cell named by its row and column as pasted.
import { describe, expect, it } from 'vitest'
import {
  parsePasted,
  parsePeriod,
  parseValue
} from '../../renderer/src/features/measures/pasteParser'

describe('periods', () => {
  it('reads months and days in the formats people paste', () => {
    expect(parsePeriod('2026-01')).toBe('2026-01-01')
    expect(parsePeriod('2026-3')).toBe('2026-03-01')
    expect(parsePeriod('2026-01-15')).toBe('2026-01-15')
    expect(parsePeriod('Jan 2026')).toBe('2026-01-01')
    expect(parsePeriod('September 2026')).toBe('2026-09-01')
    expect(parsePeriod('Sept 2026')).toBe('2026-09-01')
    expect(parsePeriod('Mar-26')).toBe('2026-03-01')
    expect(parsePeriod('15 Mar 2026')).toBe('2026-03-15')
  })

  it('reads slashed dates day first (en-GB)', () => {
    expect(parsePeriod('01/02/2026')).toBe('2026-02-01')
    expect(parsePeriod('13/01/2026')).toBe('2026-01-13')
    expect(parsePeriod('1/2/2026')).toBe('2026-02-01')
  })

  it('refuses dates that do not exist and words that are not months', () => {
    expect(parsePeriod('31/02/2026')).toBeNull()
    expect(parsePeriod('01/13/2026')).toBeNull()
    expect(parsePeriod('2026-13')).toBeNull()
    expect(parsePeriod('Ma 2026')).toBeNull()
    expect(parsePeriod('last month')).toBeNull()
    expect(parsePeriod('')).toBeNull()
  })
})

describe('values', () => {
  it('reads numbers with a percent sign or thousands separators', () => {
    expect(parseValue('12')).toBe(12)
    expect(parseValue(' 12.5 ')).toBe(12.5)
    expect(parseValue('-3')).toBe(-3)
    expect(parseValue('45%')).toBe(45)
    expect(parseValue('1,234')).toBe(1234)
    expect(parseValue('1,234,567.25')).toBe(1234567.25)
    expect(parseValue('.5')).toBe(0.5)
  })

  it('refuses what is not a number', () => {
    for (const text of ['n/a', '', '12a', '1,23', '1.2.3', '%', '-', 'twelve']) {
      expect(parseValue(text), text).toBeNull()
    }
  })
})

describe('pasted rows', () => {
  it('reads tab-separated rows from a spreadsheet without a header', () => {
    const result = parsePasted('Jan 2026\t12\tFirst month\nFeb 2026\t15\n')
    expect(result.header).toBeNull()
    expect(result.errors).toEqual([])
    expect(result.points).toEqual([
      { period: '2026-01-01', value: 12, note: 'First month' },
      { period: '2026-02-01', value: 15, note: '' }
    ])
  })

  it('reads CSV with a header, finding the columns by name', () => {
    const text = 'Notes,Month,Referrals\n"Slow start, new form",2026-01,"1,204"\n,2026-02,1310\n'
    const result = parsePasted(text)
    expect(result.header).toEqual(['Notes', 'Month', 'Referrals'])
    expect(result.errors).toEqual([])
    expect(result.points).toEqual([
      { period: '2026-01-01', value: 1204, note: 'Slow start, new form' },
      { period: '2026-02-01', value: 1310, note: '' }
    ])
  })

  it('names the row and column of a bad number, counting the header', () => {
    const result = parsePasted('Month\tValue\n2026-01\t12\nn2026-02\t14\n2026-03\tn/a\n')
    expect(result.errors).toEqual([
      "Row 3, column 1: 'n2026-02' is not a date (use 2026-01, 2026-01-01, Jan 2026 or 01/01/2026)",
      "Row 4, column 2: 'n/a' is not a number"
    ])
    expect(
      result.rows.map((r) => [r.row, r.period.error !== null, r.value.error !== null])
    ).toEqual([
      [2, false, false],
      [3, true, false],
      [4, false, true]
    ])
    expect(result.points).toEqual([{ period: '2026-01-01', value: 12, note: '' }])
  })

  it('skips empty lines but keeps counting rows as pasted', () => {
    const result = parsePasted('\n2026-01\t12\n\n   \n2026-02\t\n')
    expect(result.rows.map((r) => r.row)).toEqual([2, 5])
    expect(result.errors).toEqual(['Row 5, column 2: a value is missing'])
  })

  it('reads en-GB slashed dates in CSV with Windows line endings', () => {
    const result = parsePasted('01/03/2026,7\r\n01/04/2026,9\r\n')
    expect(result.points.map((p) => p.period)).toEqual(['2026-03-01', '2026-04-01'])
  })

  it('refuses a period given twice, and one already saved unless replacing', () => {
    const text = '2026-01\t1\n2026-02\t2\nJan 2026\t3\n'
    expect(parsePasted(text).errors).toEqual([
      'Row 3, column 1: Jan 2026 appears twice (also row 1)'
    ])
    const saved = new Set(['2026-02-01'])
    expect(parsePasted('2026-02\t2\n', { existingPeriods: saved }).errors).toEqual([
      'Row 1, column 1: Feb 2026 already has a saved value (choose to replace saved values)'
    ])
    expect(parsePasted('2026-02\t2\n', { existingPeriods: saved, replace: true }).errors).toEqual(
      []
    )
  })

  it('asks for a value when only one column is pasted', () => {
    const result = parsePasted('2026-01\n2026-02\n')
    expect(result.errors).toEqual([
      'Row 1, column 2: a value is missing',
      'Row 2, column 2: a value is missing'
    ])
    expect(result.points).toEqual([])
  })

  it('has nothing to show for nothing pasted', () => {
    expect(parsePasted('')).toEqual({ rows: [], header: null, errors: [], points: [] })
    expect(parsePasted('\n\n').rows).toEqual([])
  })
})
