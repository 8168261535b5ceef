// The UK date reading behind the one date field: each accepted way of typing a day, and the
// messages for a missing or impossible one.
import { describe, expect, it } from 'vitest'
import { parseUkDate, showUkDate } from '../../renderer/src/lib/ukDate'

describe('parseUkDate', () => {
  it.each([
    ['21/11/2026', '2026-11-21'],
    ['21 Nov 2026', '2026-11-21'],
    ['21 November 2026', '2026-11-21'],
    ['21-11-2026', '2026-11-21'],
    ['2026-11-21', '2026-11-21'],
    ['1/9/2015', '2015-09-01'],
    ['01092015', '2015-09-01'],
    ['  21.11.2026 ', '2026-11-21'],
    ['29/02/2024', '2024-02-29']
  ])('reads %s as %s, day first', (typed, iso) => {
    expect(parseUkDate(typed)).toEqual({ ok: true, iso })
  })

  it('refuses a day that does not exist', () => {
    expect(parseUkDate('31/02/2026')).toEqual({
      ok: false,
      message: '31/02/2026 is not a real date'
    })
    expect(parseUkDate('29/02/2026')).toEqual({
      ok: false,
      message: '29/02/2026 is not a real date'
    })
    expect(parseUkDate('2026-13-01')).toEqual({
      ok: false,
      message: '2026-13-01 is not a real date'
    })
  })

  it('asks for a missing date by its label', () => {
    expect(parseUkDate('  ', 'Start date')).toEqual({ ok: false, message: 'Enter the start date' })
  })

  it('says how to type something that is not a date at all', () => {
    expect(parseUkDate('next Tuesday')).toEqual({
      ok: false,
      message: 'next Tuesday is not a date: type it as day/month/year, like 21/11/2026'
    })
  })

  it('shows ISO days as dd/mm/yyyy and anything else as it is', () => {
    expect(showUkDate('2026-11-21')).toBe('21/11/2026')
    expect(showUkDate('')).toBe('')
    expect(showUkDate('31/02')).toBe('31/02')
  })
})
