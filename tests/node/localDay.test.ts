// The user's local day for records dated from their timestamp: a quote saved without a meeting
// just after midnight is that day's quote in every time zone (run under TZ=Pacific/Kiritimati
// and TZ=Europe/London in CI and by hand).
import { describe, expect, it } from 'vitest'
import { localDay, localTimestamp, type ApiContext } from '../../api/context'
import { testApi } from '../support/store'

// Half past midnight on 1 June where the tests run (in London: BST, UTC+1, so the UTC day is
// still 31 May).
const JUST_AFTER_MIDNIGHT = new Date(2026, 5, 1, 0, 30, 15, 250)

describe('local timestamps', () => {
  it('start with the local day and name the same instant', () => {
    const ctx = { clock: () => JUST_AFTER_MIDNIGHT } as Pick<ApiContext, 'clock'> as ApiContext
    const stamp = localTimestamp(ctx)
    expect(stamp).toMatch(/^2026-06-01T00:30:15\.250[+-]\d\d:\d\d$/)
    expect(new Date(stamp).getTime()).toBe(JUST_AFTER_MIDNIGHT.getTime())
    expect(localDay(JUST_AFTER_MIDNIGHT)).toBe('2026-06-01')
  })
})

describe('a quote saved without a meeting', () => {
  it('is dated the local day it was saved, in search and in reports', () => {
    const api = testApi(JUST_AFTER_MIDNIGHT)
    try {
      const programmeId = api.call('programmes.create', {
        name: 'Better Together',
        startDate: '2026-01-05'
      }).id
      const siteId = api.call('sites.create', {
        programmeId,
        name: 'Eastbrook',
        startDate: '2026-02-01'
      }).id
      api.call('quotes.create', {
        siteId,
        text: 'Midnight thoughts about shared care plans',
        speakerRole: 'GP',
        consent: 'yes'
      })
      const stored = api.store.sqlite.prepare('SELECT created_at FROM quotes').get() as {
        created_at: string
      }
      expect(stored.created_at.slice(0, 10)).toBe('2026-06-01')
      const found = api.call('search.query', { programmeId, q: 'midnight' })
      const hits = found.groups.flatMap((g) => g.sites.flatMap((s) => s.hits))
      expect(hits.map((h) => [h.kind, h.date])).toEqual([['quote', '2026-06-01']])
    } finally {
      api.close()
    }
  })
})
