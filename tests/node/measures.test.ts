// Measure verbs on a fresh store: measures, points saved all or nothing, baselines, and the site's
// tests of change read back as chart markers. Rejections change nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiInput } from '../../api/contract'
import { testApi, type TestApi } from '../support/store'
import { expectRejected } from '../support/rejections'

let api: TestApi
let siteId: string
let otherSiteId: string
beforeEach(() => {
  api = testApi()
  const { id: programmeId } = api.call('programmes.create', {
    name: 'Better Together',
    startDate: '2026-01-05'
  })
  const site = (name: string) =>
    api.call('sites.create', { programmeId, name, startDate: '2026-01-05' }).id
  siteId = site('Eastbrook')
  otherSiteId = site('Westvale')
})
afterEach(() => api.close())

function outcome(title: string, site = siteId) {
  const id = `outcome-${title.length}-${site}`
  api.store.sqlite
    .prepare('INSERT INTO agreed_outcomes (id, site_id, title, agreed_on) VALUES (?, ?, ?, ?)')
    .run(id, site, title, '2026-01-05')
  return id
}

type CreateInput = ApiInput<'measures.create'>
function measure(fields: Partial<CreateInput> = {}) {
  return api.call('measures.create', {
    siteId,
    name: 'People reviewed jointly',
    unit: 'people a month',
    better: 'higher',
    ...fields
  }).id
}

const month = (i: number) => `2026-${String(i).padStart(2, '0')}-01`
const points = (values: number[]) =>
  values.map((value, i) => ({ period: month(i + 1), value, note: '' }))

describe('measures', () => {
  it('creates a measure tied to an outcome and reads it back', () => {
    const outcomeId = outcome('More joint working')
    const id = measure({ outcomeId, target: 20, rules: 'ihi', baselinePoints: 12 })
    const got = api.call('measures.get', { id })
    expect(got.measure).toMatchObject({
      name: 'People reviewed jointly',
      unit: 'people a month',
      better: 'higher',
      target: 20,
      rules: 'ihi',
      baselinePoints: 12,
      archivedAt: null
    })
    expect(got.outcome).toEqual({ id: outcomeId, title: 'More joint working' })
    expect(got.outcomes).toEqual([{ id: outcomeId, title: 'More joint working' }])
    expect(got).toMatchObject({ points: [], baselines: [], markers: [] })
  })

  it('lists the site’s measures with their points and baselines, leaving out archived ones', () => {
    const a = measure({ name: 'Waiting days', better: 'lower' })
    const b = measure({ name: 'Calls answered' })
    api.call('measures.savePoints', { measureId: a, points: points([5, 7]) })
    api.call('measures.addBaseline', { measureId: a, startsOn: '2026-02-01', reason: 'New form' })
    api.call('measures.archive', { id: b })
    const list = api.call('measures.list', { siteId })
    expect(list.measures.map((m) => m.name)).toEqual(['Waiting days'])
    expect(list.measures[0]?.points).toEqual([
      { period: '2026-01-01', value: 5 },
      { period: '2026-02-01', value: 7 }
    ])
    expect(list.measures[0]?.baselineStarts).toEqual(['2026-02-01'])
    expect(api.call('measures.list', { siteId, includeArchived: true }).measures).toHaveLength(2)
    api.call('measures.restore', { id: b })
    expect(api.call('measures.list', { siteId }).measures).toHaveLength(2)
  })

  it('updates a measure, including its rules', () => {
    const id = measure()
    api.call('measures.update', { id, name: 'Joint reviews', better: 'higher', rules: 'ihi' })
    expect(api.call('measures.get', { id }).measure).toMatchObject({
      name: 'Joint reviews',
      rules: 'ihi',
      target: null,
      unit: ''
    })
  })

  it('refuses bad measures, naming the field', () => {
    const base = { siteId, name: 'Reviews', better: 'higher' }
    expectRejected(api, 'measures.create', { ...base, name: ' ' }, 'invalid_input', 'name', /Name/)
    expectRejected(
      api,
      'measures.create',
      { ...base, better: 'more' },
      'invalid_input',
      'better',
      /higher or lower/
    )
    expectRejected(
      api,
      'measures.create',
      { ...base, target: 'lots' },
      'invalid_input',
      'target',
      /Target must be a number/
    )
    expectRejected(
      api,
      'measures.create',
      { ...base, baselinePoints: 6 },
      'invalid_input',
      'baselinePoints',
      /from 10 to 500/
    )
    expectRejected(
      api,
      'measures.create',
      { ...base, outcomeId: outcome('Trust', otherSiteId) },
      'invalid_input',
      'outcomeId',
      /agreed by another site/
    )
    expectRejected(
      api,
      'measures.create',
      { ...base, siteId: 'nope' },
      'not_found',
      'siteId',
      /site/
    )
    expectRejected(api, 'measures.get', { id: 'nope' }, 'not_found', 'id', /No measure/)
  })
})

describe('data points', () => {
  it('adds points all at once and reads them back in period order', () => {
    const measureId = measure()
    const saved = api.call('measures.savePoints', {
      measureId,
      points: [
        { period: '2026-03-01', value: 9, note: 'Huddle began' },
        { period: '2026-01-01', value: 4, note: '' },
        { period: '2026-02-01', value: 6.5, note: '' }
      ]
    })
    expect(saved).toMatchObject({ added: 3, updated: 0, deleted: 0 })
    const got = api.call('measures.get', { id: measureId })
    expect(got.points.map((p) => [p.period, p.value, p.note])).toEqual([
      ['2026-01-01', 4, ''],
      ['2026-02-01', 6.5, ''],
      ['2026-03-01', 9, 'Huddle began']
    ])
  })

  it('saves none of a batch with one bad point', () => {
    const measureId = measure()
    const batch = points([1, 2, 3, 4])
    const bad = [...batch.slice(0, 2), { ...batch[2], value: 'n/a' }, batch[3]]
    expectRejected(
      api,
      'measures.savePoints',
      { measureId, points: bad },
      'invalid_input',
      'points.2.value',
      /Value must be a number/
    )
    expectRejected(
      api,
      'measures.savePoints',
      { measureId, points: [...batch.slice(0, 3), { ...batch[3], period: '2026-13-01' }] },
      'invalid_input',
      'points.3.period',
      /Period must be a date/
    )
    expect(api.call('measures.get', { id: measureId }).points).toEqual([])
  })

  it('refuses a period given twice, naming the row', () => {
    const measureId = measure()
    const batch = [...points([1, 2, 3]), { period: '2026-02-01', value: 9, note: '' }]
    const error = expectRejected(
      api,
      'measures.savePoints',
      { measureId, points: batch },
      'invalid_input',
      'points.3.period',
      /2026-02-01 appears twice/
    )
    expect(error.message).toBe('points.3.period: 2026-02-01 appears twice')
  })

  it('adds only new periods in add mode and updates saved ones in replace mode', () => {
    const measureId = measure()
    api.call('measures.savePoints', { measureId, points: points([1, 2]) })
    expectRejected(
      api,
      'measures.savePoints',
      { measureId, points: [{ period: '2026-03-01', value: 3 }, ...points([5])] },
      'conflict',
      'points.1.period',
      /2026-01-01 already has a value \(1\); save in replace mode/
    )
    const replaced = api.call('measures.savePoints', {
      measureId,
      mode: 'replace',
      points: [
        { period: '2026-01-01', value: 5, note: 'Corrected' },
        { period: '2026-03-01', value: 3, note: '' }
      ],
      deletePeriods: ['2026-02-01']
    })
    expect(replaced).toMatchObject({ added: 1, updated: 1, deleted: 1 })
    expect(
      api.call('measures.get', { id: measureId }).points.map((p) => [p.period, p.value, p.note])
    ).toEqual([
      ['2026-01-01', 5, 'Corrected'],
      ['2026-03-01', 3, '']
    ])
  })

  it('refuses an empty batch and deleting a period that is not saved', () => {
    const measureId = measure()
    api.call('measures.savePoints', { measureId, points: points([1]) })
    expectRejected(
      api,
      'measures.savePoints',
      { measureId, points: [] },
      'invalid_input',
      'points',
      /at least one/
    )
    expectRejected(
      api,
      'measures.savePoints',
      { measureId, mode: 'replace', points: points([2]), deletePeriods: ['2026-05-01'] },
      'not_found',
      'deletePeriods.0',
      /No saved point for 2026-05-01/
    )
    expectRejected(
      api,
      'measures.savePoints',
      { measureId: 'nope', points: points([1]) },
      'not_found',
      'measureId',
      /No measure/
    )
  })

  it('deletes one point', () => {
    const measureId = measure()
    api.call('measures.savePoints', { measureId, points: points([1, 2]) })
    const [first] = api.call('measures.get', { id: measureId }).points
    api.call('measures.deletePoint', { id: first?.id ?? '' })
    expect(api.call('measures.get', { id: measureId }).points.map((p) => p.value)).toEqual([2])
    expectRejected(api, 'measures.deletePoint', { id: 'nope' }, 'not_found', 'id', /No data point/)
  })
})

describe('baselines and markers', () => {
  it('starts a new baseline from a date after the first point, once per date', () => {
    const measureId = measure()
    api.call('measures.savePoints', { measureId, points: points([1, 2, 3]) })
    const { id } = api.call('measures.addBaseline', {
      measureId,
      startsOn: '2026-03-01',
      reason: 'Shared referral form adopted'
    })
    expect(api.call('measures.get', { id: measureId }).baselines).toEqual([
      { id, startsOn: '2026-03-01', reason: 'Shared referral form adopted' }
    ])
    expectRejected(
      api,
      'measures.addBaseline',
      { measureId, startsOn: '2026-03-01' },
      'conflict',
      'startsOn',
      /already starts on 2026-03-01/
    )
    expectRejected(
      api,
      'measures.addBaseline',
      { measureId, startsOn: '2026-01-01' },
      'invalid_input',
      'startsOn',
      /after the first data point \(2026-01-01\)/
    )
    api.call('measures.removeBaseline', { id })
    expect(api.call('measures.get', { id: measureId }).baselines).toEqual([])
    expectRejected(api, 'measures.removeBaseline', { id }, 'not_found', 'id', /No baseline/)
  })

  it('reads the site’s tests of change as start and decision markers', () => {
    const insert = api.store.sqlite.prepare(
      `INSERT INTO tests_of_change (id, site_id, title, kind, status, started_on, decided_on, created_on)
       VALUES (?, ?, ?, 'quick_win', ?, ?, ?, '2026-01-05')`
    )
    insert.run(
      't-a',
      siteId,
      'Social worker at the GP huddle',
      'adopted',
      '2026-02-03',
      '2026-05-20'
    )
    insert.run('t-b', siteId, 'Library drop-in', 'testing', '2026-04-07', '2026-06-01')
    insert.run('t-c', siteId, 'Not started yet', 'planned', null, null)
    insert.run('t-d', otherSiteId, 'Elsewhere', 'testing', '2026-03-01', null)
    api.store.sqlite
      .prepare(
        "INSERT INTO test_status_changes (id, test_id, status, changed_on) VALUES ('c1', 't-b', 'adapted', '2026-06-01')"
      )
      .run()
    const id = measure()
    const markers = api.call('measures.get', { id }).markers
    expect(markers.map((m) => [m.date, m.label, m.kind, m.testTitle])).toEqual([
      ['2026-02-03', 'T1 start', 'started', 'Social worker at the GP huddle'],
      ['2026-04-07', 'T2 start', 'started', 'Library drop-in'],
      ['2026-05-20', 'T1 adopted', 'adopted', 'Social worker at the GP huddle'],
      ['2026-06-01', 'T2 adapted', 'adapted', 'Library drop-in']
    ])
    expect(markers.map((m) => m.testId)).toEqual(['t-a', 't-b', 't-a', 't-b'])
  })
})
