// The reflections log a page at a time (reflections.page): the pages, read one after another, are
// the whole list in the same order as reflections.list for every filter the log offers; the total
// is of everything that matches, not the page; and a bad page or filter is refused by name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiInput, ApiOutput } from '../../api/contract'
import { readAllPages } from '../support/pages'
import { expectRejected } from '../support/rejections'
import { testApi, type TestApi } from '../support/store'

type Filter = Omit<ApiInput<'reflections.page'>, 'programmeId' | 'offset' | 'limit'>
type Row = ApiOutput<'reflections.list'>[number]

let api: TestApi
let programmeId: string
let siteId: string
let themeId: string

beforeAll(() => {
  api = testApi()
  programmeId = api.call('sample.create', { sites: 16 }).programmeId
  const all = api.call('reflections.list', { programmeId })
  siteId = all.find((c) => c.siteId !== null)?.siteId ?? ''
  const themes = api.call('themes.list', { programmeId })
  const tagged = themes.find(
    (t) => api.call('reflections.list', { programmeId, themeId: t.id }).length > 0
  )
  themeId = tagged?.id ?? ''
})
afterAll(() => api.close())

const allPages = (filter: Filter, limit: number) =>
  readAllPages(api, 'reflections.page', { programmeId, ...filter }, limit)

const ids = (rows: Row[]) => rows.map((c) => c.id)

const FILTERS: [string, () => Filter][] = [
  ['no filter', () => ({})],
  ['drafts', () => ({ status: 'draft' })],
  ['shared for review', () => ({ status: 'shared' })],
  ['reviewed', () => ({ status: 'reviewed' })],
  ['the team’s cycles', () => ({ siteId: 'team' })],
  ['one site', () => ({ siteId })],
  ['one theme', () => ({ themeId })],
  ['a date range', () => ({ from: '2026-03-01', to: '2026-09-30' })],
  ['one site’s reviewed cycles on one theme', () => ({ siteId, themeId, status: 'reviewed' })]
]

describe('the reflections log’s pages', () => {
  it('hold enough cycles on the sample programme to need several pages', () => {
    const all = api.call('reflections.list', { programmeId })
    expect(all.length).toBeGreaterThan(200)
    expect(all.some((c) => c.siteId === null)).toBe(true)
    expect(new Set(all.map((c) => c.status)).size).toBe(3)
    expect(siteId).not.toBe('')
    expect(themeId).not.toBe('')
  })

  it.each(FILTERS)('read in turn are the whole list in its order (%s)', (_label, filter) => {
    const list = api.call('reflections.list', { programmeId, ...filter() })
    for (const limit of [200, 37, 1]) {
      if (list.length / limit > 300) continue
      const pages = allPages(filter(), limit)
      expect(pages.flatMap((p) => p.rows)).toEqual(list)
      expect(pages.every((p) => p.rows.length <= limit)).toBe(true)
      expect(pages.map((p) => p.total)).toEqual(pages.map(() => list.length))
    }
  })

  it('sort newest first', () => {
    const rows = allPages({}, 200).flatMap((p) => p.rows)
    for (const [i, row] of rows.entries()) {
      const before = rows[i - 1]
      if (before) expect(before.heldOn >= row.heldOn).toBe(true)
    }
  })

  it('apply each filter in the store', () => {
    const rows = (filter: Filter) => allPages(filter, 200).flatMap((p) => p.rows)
    expect(rows({ siteId }).every((c) => c.siteId === siteId)).toBe(true)
    expect(rows({ siteId: 'team' }).every((c) => c.siteId === null)).toBe(true)
    expect(rows({ status: 'shared' }).every((c) => c.status === 'shared')).toBe(true)
    const ranged = rows({ from: '2026-03-01', to: '2026-09-30' })
    expect(ranged.length).toBeGreaterThan(0)
    expect(ranged.every((c) => c.heldOn >= '2026-03-01' && c.heldOn <= '2026-09-30')).toBe(true)
    const themed = rows({ themeId })
    expect(themed.length).toBeGreaterThan(0)
    expect(themed.every((c) => c.themes !== null)).toBe(true)
  })

  it('default to the first 200 and count what matches beyond them', () => {
    const list = api.call('reflections.list', { programmeId })
    const page = api.call('reflections.page', { programmeId })
    expect(ids(page.rows)).toEqual(ids(list.slice(0, 200)))
    expect(page.total).toBe(list.length)
    const last = api.call('reflections.page', { programmeId, offset: list.length - 3 })
    expect(ids(last.rows)).toEqual(ids(list.slice(-3)))
  })

  it('past the end are empty but still counted', () => {
    const list = api.call('reflections.list', { programmeId, status: 'draft' })
    const page = api.call('reflections.page', {
      programmeId,
      status: 'draft',
      offset: list.length,
      limit: 50
    })
    expect(page).toEqual({ rows: [], total: list.length })
  })

  it('leave out archived sites’ cycles but keep the team’s, as the full list does', () => {
    const before = api.call('reflections.page', { programmeId, siteId, limit: 1 })
    const all = api.call('reflections.page', { programmeId, limit: 1 })
    expect(before.total).toBeGreaterThan(0)
    api.call('sites.archive', { id: siteId })
    expect(api.call('reflections.page', { programmeId, siteId, limit: 1 })).toEqual({
      rows: [],
      total: 0
    })
    const without = api.call('reflections.page', { programmeId, limit: 200 })
    expect(without.total).toBe(all.total - before.total)
    expect(without.total).toBe(api.call('reflections.list', { programmeId }).length)
    expect(api.call('reflections.page', { programmeId, siteId: 'team', limit: 1 }).total).toBe(
      api.call('reflections.list', { programmeId, siteId: 'team' }).length
    )
    api.call('sites.restore', { id: siteId })
    expect(api.call('reflections.page', { programmeId, siteId, limit: 1 }).total).toBe(before.total)
  })

  it('follow a change of status: a cycle leaves the drafts and comes back', () => {
    const drafts = api.call('reflections.page', { programmeId, status: 'draft', limit: 5 })
    const [first, second] = drafts.rows
    if (!first || !second) throw new Error('The sample has too few draft cycles')
    api.call('reflections.setStatus', { id: first.id, status: 'shared' })
    const after = api.call('reflections.page', { programmeId, status: 'draft', limit: 5 })
    expect(after.rows[0]?.id).toBe(second.id)
    expect(after.total).toBe(drafts.total - 1)
    api.call('reflections.setStatus', { id: first.id, status: 'draft' })
    expect(
      api.call('reflections.page', { programmeId, status: 'draft', limit: 5 }).rows.map((c) => c.id)
    ).toEqual(drafts.rows.map((c) => c.id))
  })
})

describe('a page the log cannot show', () => {
  // prettier-ignore
  const cases: [string, () => unknown, 'invalid_input' | 'not_found', string, RegExp | undefined][] = [
    ['an unknown programme', () => ({ programmeId: 'nope' }), 'not_found', 'programmeId', /programme/],
    ['no programme', () => ({}), 'invalid_input', 'programmeId', /Programme/],
    ['more than 200 rows a page', () => ({ programmeId, limit: 201 }), 'invalid_input', 'limit', /^Limit must be at most 200 reflection cycles a page$/],
    ['a page of no rows', () => ({ programmeId, limit: 0 }), 'invalid_input', 'limit', /^Limit must be at least 1$/],
    ['a fractional limit', () => ({ programmeId, limit: 2.5 }), 'invalid_input', 'limit', /^Limit must be a whole number$/],
    ['a limit given as text', () => ({ programmeId, limit: '50' }), 'invalid_input', 'limit', /^Limit must be a number$/],
    ['a negative offset', () => ({ programmeId, offset: -1 }), 'invalid_input', 'offset', /^Offset cannot be negative$/],
    ['a fractional offset', () => ({ programmeId, offset: 0.5 }), 'invalid_input', 'offset', /^Offset must be a whole number$/],
    ['an unknown status', () => ({ programmeId, status: 'late' }), 'invalid_input', 'status', undefined],
    ['a malformed from date', () => ({ programmeId, from: 'May' }), 'invalid_input', 'from', /^From must be a date/]
  ]

  it.each(cases)('is refused: %s', (_label, input, code, path, words) => {
    expectRejected(api, 'reflections.page', input(), code, path, words)
  })
})
