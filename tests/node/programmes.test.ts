import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { snapshot, testApi, type TestApi } from './support'

let api: TestApi
beforeEach(() => {
  api = testApi()
})
afterEach(() => api.close())

describe('programmes', () => {
  it('creates, reads, updates and lists a programme', () => {
    const { id } = api.call('programmes.create', {
      name: 'Better Together',
      commissioners: 'National Integration Fund',
      startDate: '2026-01-05',
      endDate: '2028-01-05'
    })
    api.call('programmes.update', {
      id,
      name: 'Better Together 2',
      startDate: '2026-01-05',
      stageModel: 'forming'
    })
    const programme = api.call('programmes.get', { id })
    expect(programme.name).toBe('Better Together 2')
    expect(programme.endDate).toBeNull()
    expect(api.call('programmes.list', {}).map((p) => p.id)).toEqual([id])
  })

  it('rejects an end date before the start date, naming the field, and writes nothing', () => {
    const before = snapshot(api.store)
    const result = api.attempt('programmes.create', {
      name: 'Backwards',
      startDate: '2026-05-01',
      endDate: '2026-04-01'
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid_input')
    expect(result.error.issues?.[0]?.path).toBe('endDate')
    expect(result.error.message).toContain('End date must be on or after the start date')
    expect(snapshot(api.store)).toEqual(before)
  })
})
