// The action tracker a page at a time (actions.page): the pages, read one after another, are the
// whole list in the same order as actions.list for every filter the tracker offers; the counts are
// of everything that matches, not the page; and a bad page or filter is refused by name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiInput, ApiOutput } from '../../api/contract'
import { readAllPages } from '../support/pages'
import { expectRejected } from '../support/rejections'
import { testApi, type TestApi } from '../support/store'

type Filter = Omit<ApiInput<'actions.page'>, 'programmeId' | 'offset' | 'limit'>
type Row = ApiOutput<'actions.list'>[number]

let api: TestApi
let programmeId: string
let siteId: string
let ownerId: string

beforeAll(() => {
  api = testApi()
  programmeId = api.call('sample.create', { sites: 12 }).programmeId
  const all = api.call('actions.list', { programmeId })
  const first = all.find((a) => a.ownerId !== null)
  siteId = first?.siteId ?? ''
  ownerId = first?.ownerId ?? ''
})
afterAll(() => api.close())

const allPages = (filter: Filter, limit: number) =>
  readAllPages(api, 'actions.page', { programmeId, ...filter }, limit)

const ids = (rows: Row[]) => rows.map((a) => a.id)

const FILTERS: [string, () => Filter][] = [
  ['no filter', () => ({})],
  ['the tracker’s default: open actions', () => ({ status: 'open' })],
  ['done actions', () => ({ status: 'done' })],
  ['dropped actions', () => ({ status: 'dropped' })],
  ['overdue only', () => ({ overdueOnly: true })],
  ['one site', () => ({ siteId })],
  ['one owner', () => ({ ownerId })],
  ['one site’s open overdue actions of one owner', () => ({ siteId, ownerId, overdueOnly: true })]
]

describe('the action tracker’s pages', () => {
  it('hold enough actions on the sample programme to need several pages', () => {
    const all = api.call('actions.list', { programmeId })
    expect(all.length).toBeGreaterThan(400)
    expect(all.some((a) => a.overdue)).toBe(true)
    expect(all.some((a) => a.status === 'done')).toBe(true)
    expect(all.some((a) => a.status === 'dropped')).toBe(true)
  })

  it.each(FILTERS)('read in turn are the whole list in its order (%s)', (_label, filter) => {
    const list = api.call('actions.list', { programmeId, ...filter() })
    expect(list.length).toBeGreaterThan(0)
    for (const limit of [200, 37, 1]) {
      if (list.length / limit > 300) continue
      const pages = allPages(filter(), limit)
      expect(pages.flatMap((p) => p.rows)).toEqual(list)
      expect(pages.every((p) => p.rows.length <= limit)).toBe(true)
      expect(pages.map((p) => p.total)).toEqual(pages.map(() => list.length))
      expect(pages.map((p) => p.overdue)).toEqual(
        pages.map(() => list.filter((a) => a.overdue).length)
      )
    }
  })

  it('sort overdue first, then by due date, then by site name', () => {
    const rows = allPages({ status: 'open' }, 200).flatMap((p) => p.rows)
    const key = (a: Row) => [a.overdue ? 0 : 1, a.dueOn, a.siteName.toLowerCase()] as const
    for (const [i, row] of rows.entries()) {
      const before = rows[i - 1]
      if (!before) continue
      const [o1, d1, s1] = key(before)
      const [o2, d2, s2] = key(row)
      expect(o1 < o2 || (o1 === o2 && (d1 < d2 || (d1 === d2 && s1 <= s2)))).toBe(true)
    }
    const firstNotOverdue = rows.findIndex((a) => !a.overdue)
    expect(firstNotOverdue).toBeGreaterThan(0)
    expect(rows.slice(firstNotOverdue).some((a) => a.overdue)).toBe(false)
  })

  it('apply each filter in the store', () => {
    const rows = (filter: Filter) => allPages(filter, 200).flatMap((p) => p.rows)
    expect(rows({ siteId }).every((a) => a.siteId === siteId)).toBe(true)
    expect(rows({ ownerId }).every((a) => a.ownerId === ownerId)).toBe(true)
    expect(rows({ status: 'done' }).every((a) => a.status === 'done')).toBe(true)
    const overdue = rows({ overdueOnly: true })
    expect(overdue.every((a) => a.status === 'open' && a.dueOn < '2026-11-21')).toBe(true)
    expect(overdue.every((a) => a.overdue && a.daysOverdue > 0)).toBe(true)
  })

  it('default to the first 200 and count what matches beyond them', () => {
    const list = api.call('actions.list', { programmeId })
    const page = api.call('actions.page', { programmeId })
    expect(ids(page.rows)).toEqual(ids(list.slice(0, 200)))
    expect(page.total).toBe(list.length)
    const last = api.call('actions.page', { programmeId, offset: list.length - 3, limit: 200 })
    expect(ids(last.rows)).toEqual(ids(list.slice(-3)))
  })

  it('past the end are empty but still counted', () => {
    const list = api.call('actions.list', { programmeId, status: 'open' })
    const page = api.call('actions.page', {
      programmeId,
      status: 'open',
      offset: list.length,
      limit: 50
    })
    expect(page).toEqual({
      rows: [],
      total: list.length,
      overdue: list.filter((a) => a.overdue).length
    })
  })

  it('leave out archived sites, as the full list does', () => {
    const before = api.call('actions.page', { programmeId, siteId, limit: 1 })
    expect(before.total).toBeGreaterThan(0)
    api.call('sites.archive', { id: siteId })
    const after = api.call('actions.page', { programmeId, siteId, limit: 1 })
    expect(after).toEqual({ rows: [], total: 0, overdue: 0 })
    const all = api.call('actions.page', { programmeId, limit: 200 })
    expect(all.total).toBe(api.call('actions.list', { programmeId }).length)
    api.call('sites.restore', { id: siteId })
    expect(api.call('actions.page', { programmeId, siteId, limit: 1 }).total).toBe(before.total)
  })

  it('move up when an action on them is marked done, and back when reopened', () => {
    const open = api.call('actions.page', { programmeId, status: 'open', limit: 5 })
    const [first, second] = open.rows
    if (!first || !second) throw new Error('The sample has too few open actions')
    api.call('actions.setStatus', { id: first.id, status: 'done', completedOn: '2026-11-21' })
    const after = api.call('actions.page', { programmeId, status: 'open', limit: 5 })
    expect(after.rows[0]?.id).toBe(second.id)
    expect(after.total).toBe(open.total - 1)
    expect(after.overdue).toBe(open.overdue - (first.overdue ? 1 : 0))
    api.call('actions.setStatus', { id: first.id, status: 'open' })
    expect(api.call('actions.page', { programmeId, status: 'open', limit: 5 })).toEqual(open)
  })
})

describe('a page the tracker cannot show', () => {
  // prettier-ignore
  const cases: [string, () => unknown, 'invalid_input' | 'not_found', string, RegExp][] = [
    ['an unknown programme', () => ({ programmeId: 'nope' }), 'not_found', 'programmeId', /programme/],
    ['no programme', () => ({}), 'invalid_input', 'programmeId', /Programme/],
    ['more than 200 rows a page', () => ({ programmeId, limit: 201 }), 'invalid_input', 'limit', /^Limit must be at most 200 actions a page$/],
    ['a page of no rows', () => ({ programmeId, limit: 0 }), 'invalid_input', 'limit', /^Limit must be at least 1$/],
    ['a fractional limit', () => ({ programmeId, limit: 2.5 }), 'invalid_input', 'limit', /^Limit must be a whole number$/],
    ['a limit given as text', () => ({ programmeId, limit: '50' }), 'invalid_input', 'limit', /^Limit must be a number$/],
    ['a negative offset', () => ({ programmeId, offset: -1 }), 'invalid_input', 'offset', /^Offset cannot be negative$/],
    ['a fractional offset', () => ({ programmeId, offset: 0.5 }), 'invalid_input', 'offset', /^Offset must be a whole number$/],
    ['an unknown status', () => ({ programmeId, status: 'late' }), 'invalid_input', 'status', /^Status must be open, done or dropped$/],
    ['an overdue filter that is not a boolean', () => ({ programmeId, overdueOnly: 'yes' }), 'invalid_input', 'overdueOnly', /^Overdue only must be true or false$/]
  ]

  it.each(cases)('is refused: %s', (_label, input, code, path, words) => {
    expectRejected(api, 'actions.page', input(), code, path, words)
  })
})
