// One numbering of a site's tests of change for every chart and report, and label rows that
// never let two labels overprint.
import { describe, expect, it } from 'vitest'
import { labelRows, testNumbers } from '../../domain/testNumbers'
import { testMarkers as reportNumbers } from '../../domain/reports/model'
import { outcomeSeries } from '../../renderer/src/features/outcomes/outcomeSeries'

const tests = [
  { id: 'c', title: 'Library drop-in', startedOn: '2026-05-04', decidedOn: null },
  { id: 'a', title: 'Shared referral form', startedOn: '2026-03-02', decidedOn: '2026-06-01' },
  { id: 'b', title: 'Huddle', startedOn: '2026-03-02', decidedOn: null },
  { id: 'd', title: 'Dropped without a start', startedOn: null, decidedOn: '2026-02-01' },
  { id: 'e', title: 'Only an idea', startedOn: null, decidedOn: null }
]

describe('testNumbers', () => {
  it('numbers by start date then title, decided-only tests after, ideas not at all', () => {
    expect([...testNumbers(tests)]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
      ['d', 4]
    ])
  })

  it('gives a started test the number the reports give it', () => {
    const numbers = testNumbers(tests)
    const asReported = tests.map((t) => ({
      ...t,
      kind: 'quick_win' as const,
      status: 'testing',
      decisionReason: ''
    }))
    for (const m of reportNumbers(asReported)) {
      const test = tests.find((t) => t.title === m.title)
      expect(numbers.get(test?.id ?? ''), m.title).toBe(m.number)
    }
  })

  it('gives the outcome chart the same numbers as the site, whatever the outcome', () => {
    const s = outcomeSeries({
      title: 'More trust',
      agreedOn: '2026-04-01',
      baselineRating: 3,
      ratings: [],
      meetings: [],
      testsOfChange: tests
        .filter((t) => t.startedOn)
        .map((t) => ({
          testId: t.id,
          title: t.title,
          event: 'started' as const,
          status: 'testing',
          date: t.startedOn ?? '',
          linked: false
        }))
    })
    expect(s.testMarkers.map((m) => [m.title, m.code])).toEqual([['Library drop-in', 'T3']])
  })
})

describe('labelRows', () => {
  it('puts labels closer than the gap on separate rows, however many there are', () => {
    expect(labelRows([10, 10, 10, 11, 40, 41], 5)).toEqual([0, 1, 2, 3, 0, 1])
  })

  it('reuses a row once a label has passed, whatever order the positions come in', () => {
    expect(labelRows([30, 0, 3, 9], 5)).toEqual([0, 0, 1, 0])
  })
})
