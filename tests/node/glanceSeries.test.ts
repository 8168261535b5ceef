import { describe, expect, it } from 'vitest'
import {
  glanceAttendance,
  testStartMarkers,
  testStatusCounts,
  timeSince,
  trajectorySeries,
  type Glance
} from '../../renderer/src/features/sites/glance/glanceSeries'

type Outcome = Glance['outcomes'][number]
type Test = Glance['testsOfChange']['tests'][number]

/** Midnight UTC of a day, as the time axis places it. */
const d = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`)
const DAY = 24 * 60 * 60 * 1000

const trust: Outcome = {
  id: 'o-trust',
  title: 'More trust',
  agreedOn: '2026-02-10',
  baselineRating: 3,
  ratings: [
    { ratedOn: '2026-03-10', rating: 5 },
    { ratedOn: '2026-06-09', rating: 7 }
  ]
}
const community: Outcome = {
  id: 'o-community',
  title: 'More community involvement',
  agreedOn: '2026-03-10',
  baselineRating: null,
  ratings: [{ ratedOn: '2026-06-09', rating: 4 }]
}
// Rated on the day it was agreed, and twice on 12 May (the later recorded stands).
const technology: Outcome = {
  id: 'o-tech',
  title: 'Better use of technology',
  agreedOn: '2026-04-14',
  baselineRating: 2,
  ratings: [
    { ratedOn: '2026-04-14', rating: 3 },
    { ratedOn: '2026-05-12', rating: 4 },
    { ratedOn: '2026-05-12', rating: 5 }
  ]
}

const test = (
  id: string,
  title: string,
  status: Test['status'],
  startedOn: string | null,
  decidedOn: string | null = null
): Test => ({ id, title, status, startedOn, decidedOn })
const tests: Test[] = [
  test('t-library', 'Library drop-in', 'idea', null),
  test('t-form', 'One shared referral form', 'testing', '2026-05-05'),
  test('t-huddle', 'Social worker joins the GP huddle', 'adopted', '2026-03-17', '2026-04-28'),
  test('t-apps', 'Apps trial', 'abandoned', '2026-05-05', '2026-05-30')
]

describe('trajectorySeries', () => {
  it('puts every outcome on one 0-10 chart with the tests of change numbered by start date', () => {
    const series = trajectorySeries([trust, community, technology], tests)
    expect(series.lines).toEqual([
      {
        key: 'o1',
        outcomeId: 'o-trust',
        title: 'More trust',
        baseline: 3,
        points: [
          {
            t: d('2026-02-10'),
            date: '2026-02-10',
            label: '10 Feb 2026',
            rating: 3,
            baseline: true
          },
          {
            t: d('2026-03-10'),
            date: '2026-03-10',
            label: '10 Mar 2026',
            rating: 5,
            baseline: false
          },
          {
            t: d('2026-06-09'),
            date: '2026-06-09',
            label: '9 Jun 2026',
            rating: 7,
            baseline: false
          }
        ],
        latest: {
          t: d('2026-06-09'),
          date: '2026-06-09',
          label: '9 Jun 2026',
          rating: 7,
          baseline: false
        },
        change: 4
      },
      {
        key: 'o2',
        outcomeId: 'o-community',
        title: 'More community involvement',
        baseline: null,
        points: [
          {
            t: d('2026-06-09'),
            date: '2026-06-09',
            label: '9 Jun 2026',
            rating: 4,
            baseline: false
          }
        ],
        latest: {
          t: d('2026-06-09'),
          date: '2026-06-09',
          label: '9 Jun 2026',
          rating: 4,
          baseline: false
        },
        change: null
      },
      {
        key: 'o3',
        outcomeId: 'o-tech',
        title: 'Better use of technology',
        baseline: 2,
        points: [
          {
            t: d('2026-04-14'),
            date: '2026-04-14',
            label: '14 Apr 2026',
            rating: 3,
            baseline: false
          },
          {
            t: d('2026-05-12'),
            date: '2026-05-12',
            label: '12 May 2026',
            rating: 5,
            baseline: false
          }
        ],
        latest: {
          t: d('2026-05-12'),
          date: '2026-05-12',
          label: '12 May 2026',
          rating: 5,
          baseline: false
        },
        change: 3
      }
    ])
    expect(series.rows).toEqual([
      { t: d('2026-02-10'), o1: 3, o2: null, o3: null },
      { t: d('2026-03-10'), o1: 5, o2: null, o3: null },
      { t: d('2026-04-14'), o1: null, o2: null, o3: 3 },
      { t: d('2026-05-12'), o1: null, o2: null, o3: 5 },
      { t: d('2026-06-09'), o1: 7, o2: 4, o3: null }
    ])
    // Two tests started on 5 May: numbered by title, and drawn as one line labelled with both.
    expect(series.markers).toEqual([
      {
        code: 'T1',
        testId: 't-huddle',
        title: 'Social worker joins the GP huddle',
        status: 'adopted',
        t: d('2026-03-17'),
        date: '2026-03-17',
        label: '17 Mar 2026'
      },
      {
        code: 'T2',
        testId: 't-apps',
        title: 'Apps trial',
        status: 'abandoned',
        t: d('2026-05-05'),
        date: '2026-05-05',
        label: '5 May 2026'
      },
      {
        code: 'T3',
        testId: 't-form',
        title: 'One shared referral form',
        status: 'testing',
        t: d('2026-05-05'),
        date: '2026-05-05',
        label: '5 May 2026'
      }
    ])
    expect(series.markerLines).toEqual([
      { t: d('2026-03-17'), date: '2026-03-17', codes: 'T1' },
      { t: d('2026-05-05'), date: '2026-05-05', codes: 'T2, T3' }
    ])
    // 119 days from first to last: the minimum 14 days of room either side.
    expect(series.domain).toEqual([d('2026-01-27'), d('2026-06-23')])
    expect(series.ticks).toEqual([
      { t: d('2026-02-01'), label: 'Feb 2026' },
      { t: d('2026-03-01'), label: 'Mar 2026' },
      { t: d('2026-04-01'), label: 'Apr 2026' },
      { t: d('2026-05-01'), label: 'May 2026' },
      { t: d('2026-06-01'), label: 'Jun 2026' }
    ])
    expect(series.summary).toBe(
      '3 agreed outcomes, rated from 0 to 10. More trust: from 3 (baseline) to 7 on 9 Jun 2026; ' +
        'More community involvement: 4 on 9 Jun 2026; ' +
        'Better use of technology: from 3 on 14 Apr 2026 to 5 on 12 May 2026. ' +
        'Tests of change started: T1 on 17 Mar 2026, T2 on 5 May 2026, T3 on 5 May 2026.'
    )
  })

  it('numbers tests the same way whatever order they arrive in', () => {
    const codes = (list: Test[]) => testStartMarkers(list).map((m) => `${m.code} ${m.testId}`)
    expect(codes([...tests].reverse())).toEqual(codes(tests))
    expect(codes(tests)).toEqual(['T1 t-huddle', 'T2 t-apps', 'T3 t-form'])
  })

  it('draws a lone baseline and says nothing has been rated or started', () => {
    const series = trajectorySeries(
      [
        {
          id: 'o1',
          title: 'Stronger relationships',
          agreedOn: '2026-03-10',
          baselineRating: 4,
          ratings: []
        }
      ],
      [test('t1', 'Library drop-in', 'idea', null)]
    )
    expect(series.rows).toEqual([{ t: d('2026-03-10'), o1: 4 }])
    expect(series.lines[0]?.latest).toBeNull()
    expect(series.lines[0]?.change).toBeNull()
    expect(series.markers).toEqual([])
    expect(series.domain).toEqual([d('2026-02-24'), d('2026-03-24')])
    // Only one first-of-the-month inside the axis: the day itself is the tick.
    expect(series.ticks).toEqual([{ t: d('2026-03-10'), label: '10 Mar 2026' }])
    expect(series.summary).toBe(
      '1 agreed outcome, rated from 0 to 10. Stronger relationships: baseline 4, no ratings yet. ' +
        'No test of change has started yet.'
    )
  })

  it('thins the month ticks over a long programme and pads by 4% of the span', () => {
    const series = trajectorySeries(
      [
        {
          id: 'o1',
          title: 'Trust',
          agreedOn: '2025-01-15',
          baselineRating: null,
          ratings: [
            { ratedOn: '2025-01-15', rating: 2 },
            { ratedOn: '2026-06-09', rating: 6 }
          ]
        }
      ],
      []
    )
    const span = d('2026-06-09') - d('2025-01-15') // 510 days
    const pad = Math.round(span * 0.04) // 20.4 days
    expect(pad).toBeGreaterThan(14 * DAY)
    expect(series.domain).toEqual([d('2025-01-15') - pad, d('2026-06-09') + pad])
    expect(series.ticks.map((t) => t.label)).toEqual([
      'Jan 2025',
      'Apr 2025',
      'Jul 2025',
      'Oct 2025',
      'Jan 2026',
      'Apr 2026'
    ])
    expect(series.summary).toBe(
      '1 agreed outcome, rated from 0 to 10. Trust: from 2 on 15 Jan 2025 to 6 on 9 Jun 2026. ' +
        'No test of change has started yet.'
    )
  })

  it('has nothing to place when no outcome is agreed', () => {
    expect(trajectorySeries([], [])).toEqual({
      lines: [],
      rows: [],
      markers: [],
      markerLines: [],
      domain: null,
      ticks: [],
      summary: 'No outcomes agreed yet.'
    })
    const withTests = trajectorySeries([], tests)
    expect(withTests.summary).toBe('No outcomes agreed yet.')
    expect(withTests.markers.map((m) => m.code)).toEqual(['T1', 'T2', 'T3'])
  })
})

describe('the rest of the overview', () => {
  it('shapes attendance for the engagement chart', () => {
    expect(
      glanceAttendance([
        { meetingId: 'm1', heldOn: '2026-02-10', named: 2, unnamed: 2, apologies: 1 },
        { meetingId: 'm2', heldOn: '2026-03-10', named: 2, unnamed: 0, apologies: 1 }
      ])
    ).toEqual([
      {
        meetingId: 'm1',
        heldOn: '2026-02-10',
        label: '10 Feb 2026',
        named: 2,
        unnamed: 2,
        present: 4,
        apologies: 1
      },
      {
        meetingId: 'm2',
        heldOn: '2026-03-10',
        label: '10 Mar 2026',
        named: 2,
        unnamed: 0,
        present: 2,
        apologies: 1
      }
    ])
  })

  it('lists tests of change per status in lifecycle order', () => {
    expect(
      testStatusCounts({ idea: 1, planned: 0, testing: 1, adopted: 1, adapted: 0, abandoned: 1 })
    ).toEqual([
      { status: 'idea', label: 'Idea', count: 1 },
      { status: 'planned', label: 'Planned', count: 0 },
      { status: 'testing', label: 'Testing', count: 1 },
      { status: 'adopted', label: 'Adopted (business as usual)', count: 1 },
      { status: 'adapted', label: 'Adapted', count: 0 },
      { status: 'abandoned', label: 'Abandoned', count: 1 }
    ])
  })

  it('says how long ago a day was', () => {
    expect(timeSince('2026-11-21', '2026-11-21')).toBe('today')
    expect(timeSince('2026-11-20', '2026-11-21')).toBe('yesterday')
    expect(timeSince('2026-11-08', '2026-11-21')).toBe('13 days ago')
    expect(timeSince('2026-11-07', '2026-11-21')).toBe('2 weeks ago')
    expect(timeSince('2026-04-20', '2026-11-21')).toBe('30 weeks ago')
    expect(timeSince('2026-11-22', '2026-11-21')).toBe('in 1 day')
  })
})
