// A review pack of more cycles than a pack holds is refused in words, with what to narrow, and
// nothing is written (at 500 sites "every cycle" is more than 5,000).
import { afterEach, expect, it } from 'vitest'
import { MAX_PACK_CYCLES } from '../../api/schemas/reviewPacks'
import { snapshot, testApi, type TestApi } from '../support/store'

let api: TestApi | undefined
afterEach(() => api?.close())

it('refuses a pack of too many cycles, saying how many and what to narrow', () => {
  api = testApi()
  const { id: programmeId } = api.call('programmes.create', {
    name: 'Ageing Well Together',
    startDate: '2024-01-05'
  })
  const { id: siteId } = api.call('sites.create', {
    programmeId,
    name: 'Harrowdene',
    startDate: '2024-01-05'
  })
  // Cycles are the reflections feature's records: stored here as it stores them, for speed.
  const insert = api.store.sqlite.prepare(
    "INSERT INTO reflection_cycles (id, programme_id, site_id, held_on, observe, status) VALUES (?, ?, ?, ?, 'Seen', 'shared')"
  )
  api.store.sqlite.transaction(() => {
    for (let i = 0; i <= MAX_PACK_CYCLES; i++)
      insert.run(`cycle-${i}`, programmeId, siteId, '2025-03-01')
  })()
  const before = snapshot(api.store)
  const result = api.attempt('reviewPacks.export', {
    programmeId,
    siteIds: [],
    statuses: [],
    exportedBy: 'Sam'
  })
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  if (result.ok) return
  expect(result.error.message).toBe(
    'This choice holds 5,001 reflection cycles and a review pack holds at most 5,000: choose fewer sites, a shorter period or fewer statuses, and send more than one pack'
  )
  expect(snapshot(api.store)).toEqual(before)
})
