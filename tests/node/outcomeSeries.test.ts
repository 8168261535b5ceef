import { describe, expect, it } from 'vitest'
import {
  dayNumber,
  describeChange,
  outcomeSeries,
  type SeriesInput
} from '../../renderer/src/features/outcomes/outcomeSeries'

const DAY = 24 * 60 * 60 * 1000

const rating = (id: string, ratedOn: string, value: number): SeriesInput['ratings'][number] => ({
  id,
  ratedOn,
  rating: value,
  judgedBy: 'group',
  evidence: `Note ${id}`,
  meetingHeldOn: null
})

const base: SeriesInput = {
  title: 'More trust',
  agreedOn: '2026-02-03',
  baselineRating: 3,
  ratings: [],
  meetings: [],
  testsOfChange: []
}

describe('outcomeSeries', () => {
  it('draws ratings in date order with the baseline and the change from it', () => {
    const s = outcomeSeries({
      ...base,
      ratings: [rating('b', '2026-05-12', 7), rating('a', '2026-03-10', 4)]
    })
    expect(s.points.map((p) => [p.id, p.label, p.rating, p.change])).toEqual([
      ['a', '10 Mar 2026', 4, 1],
      ['b', '12 May 2026', 7, 4]
    ])
    expect(s.points[0]).toMatchObject({ t: dayNumber('2026-03-10'), judgedBy: 'The group' })
    expect(s.baseline).toBe(3)
    expect(s.latest?.id).toBe('b')
    expect(s.change).toBe(4)
    expect(s.summary).toBe(
      'More trust: baseline 3 out of 10 when agreed on 3 Feb 2026; 2 ratings, latest 7 out of 10 on 12 May 2026 (up 4 on the baseline).'
    )
    // The axis runs from before the agreed date to after the last rating, with monthly ticks.
    expect(s.domain[0]).toBeLessThan(dayNumber('2026-02-03'))
    expect(s.domain[1]).toBeGreaterThan(dayNumber('2026-05-12'))
    expect(s.ticks.map((t) => t.label)).toEqual(['Feb 2026', 'Mar 2026', 'Apr 2026', 'May 2026'])
  })

  it('handles a single rating and a fall without a baseline', () => {
    const one = outcomeSeries({ ...base, ratings: [rating('a', '2026-02-03', 1)] })
    expect(one.points).toHaveLength(1)
    expect(one.change).toBe(-2)
    expect(one.summary).toContain(
      '1 rating, latest 1 out of 10 on 3 Feb 2026 (down 2 on the baseline)'
    )
    // A short span still has a usable axis: two ticks inside the domain.
    expect(one.ticks).toHaveLength(2)
    for (const tick of one.ticks) {
      expect(tick.t).toBeGreaterThanOrEqual(one.domain[0])
      expect(tick.t).toBeLessThanOrEqual(one.domain[1])
    }
    const none = outcomeSeries({
      ...base,
      baselineRating: null,
      ratings: [rating('a', '2026-03-01', 5)]
    })
    expect(none.change).toBeNull()
    expect(none.points[0]?.change).toBeNull()
    expect(none.summary).toBe(
      'More trust: no baseline recorded when agreed on 3 Feb 2026; 1 rating, latest 5 out of 10 on 1 Mar 2026.'
    )
  })

  it('has no points and says so when nothing is rated yet', () => {
    const s = outcomeSeries(base)
    expect(s.points).toEqual([])
    expect(s.latest).toBeNull()
    expect(s.change).toBeNull()
    expect(s.summary).toBe(
      'More trust: baseline 3 out of 10 when agreed on 3 Feb 2026; no ratings of progress yet.'
    )
    expect(s.domain[1] - s.domain[0]).toBeGreaterThanOrEqual(28 * DAY)
  })

  it('marks meetings and tests of change from the agreed date, one code per test', () => {
    const s = outcomeSeries({
      ...base,
      ratings: [rating('a', '2026-03-10', 4)],
      meetings: [
        { id: 'm0', heldOn: '2026-01-20' },
        { id: 'm1', heldOn: '2026-02-03' },
        { id: 'm2', heldOn: '2026-07-07' }
      ],
      testsOfChange: [
        {
          testId: 'x',
          title: 'Huddle',
          event: 'decided',
          status: 'adopted',
          date: '2026-06-01',
          linked: true
        },
        {
          testId: 'y',
          title: 'Shared form',
          event: 'started',
          status: 'testing',
          date: '2026-04-02',
          linked: false
        },
        {
          testId: 'x',
          title: 'Huddle',
          event: 'started',
          status: 'testing',
          date: '2026-03-16',
          linked: true
        },
        {
          testId: 'z',
          title: 'Too early',
          event: 'started',
          status: 'testing',
          date: '2026-01-02',
          linked: false
        }
      ]
    })
    expect(s.meetingMarkers.map((m) => m.label)).toEqual(['3 Feb 2026', '7 Jul 2026'])
    // Numbered across the site by start date, as on the run charts and in reports: the test
    // that started before the outcome was agreed keeps T1 though it is not drawn here.
    expect(s.testMarkers.map((m) => [m.code, m.what, m.date, m.title])).toEqual([
      ['T2', 'started', '2026-03-16', 'Huddle'],
      ['T3', 'started', '2026-04-02', 'Shared form'],
      ['T2', 'adopted', '2026-06-01', 'Huddle']
    ])
    // 17 days apart on a six-month axis: room for both labels on one row.
    expect(s.testMarkers.map((m) => m.row)).toEqual([0, 0, 0])
    expect(s.labelRows).toBe(1)
    // Markers after the last rating stretch the axis so they are drawn.
    expect(s.domain[1]).toBeGreaterThan(dayNumber('2026-07-07'))
  })

  it('thins long axes to at most 12 ticks', () => {
    const s = outcomeSeries({ ...base, ratings: [rating('a', '2028-06-01', 9)] })
    expect(s.ticks.length).toBeLessThanOrEqual(12)
    expect(s.ticks.length).toBeGreaterThan(5)
  })

  it('describes a change in words', () => {
    expect(describeChange(null)).toBeNull()
    expect(describeChange(0)).toBe('No change')
    expect(describeChange(3)).toBe('Up 3')
    expect(describeChange(-2)).toBe('Down 2')
  })
})
