// The run-chart analysis against hand-worked series: each expectation below was worked out on
// paper from the values given (medians, sides, runs and crossings), not read back from the code.
import { describe, expect, it } from 'vitest'
import {
  analyseRunChart,
  crossingsLimit,
  currentSignal,
  median,
  runLimit,
  type RunChartOptions
} from '../../renderer/src/features/measures/runChart'
import { runChartSeries } from '../../renderer/src/features/measures/measureSeries'

/** Monthly points from Jan 2026 (or the month given). */
function months(values: number[], start = '2026-01') {
  const [y = 2026, m = 1] = start.split('-').map(Number)
  return values.map((value, i) => {
    const month = m - 1 + i
    const period = `${y + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`
    return { period, value }
  })
}

const anhoej: RunChartOptions = {
  rules: 'anhoej',
  better: 'higher',
  baselinePoints: null,
  baselineStarts: []
}
const ihi: RunChartOptions = { ...anhoej, rules: 'ihi' }

// Alternating around 10.25 (sorted: 8 8.5 9 9 9.5 10 | 10.5 11 11 11.5 12 12.5).
const AROUND_10 = [9, 11, 10, 12, 8, 10.5, 9.5, 11.5, 8.5, 12.5, 9, 11]
const AROUND_20 = AROUND_10.map((v) => v + 10)

describe('the Anhøj limits', () => {
  it('reproduces the reference table for the longest run and the fewest crossings', () => {
    const n = [10, 12, 15, 20, 24, 30, 50]
    expect(n.map(runLimit)).toEqual([6, 7, 7, 7, 8, 8, 9])
    expect(n.map(crossingsLimit)).toEqual([2, 3, 4, 6, 8, 10, 19])
  })

  it('computes the binomial 5th percentile exactly at small n', () => {
    // Bin(9, 0.5): P(X <= 1) = 10/512 < 0.05, P(X <= 2) = 46/512 >= 0.05.
    expect(crossingsLimit(10)).toBe(2)
    // Bin(4, 0.5): P(X <= 0) = 1/16 >= 0.05.
    expect(crossingsLimit(5)).toBe(0)
    expect(crossingsLimit(1)).toBe(0)
  })

  it('takes the median of an odd and an even number of values', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median(AROUND_10)).toBe(10.25)
  })
})

describe('Anhøj rules', () => {
  it('finds a shift: ten points above a median frozen on the first ten', () => {
    const values = [9, 11, 8, 12, 10.5, 9.5, 11, 9, 12, 8, 13, 14, 13, 15, 14, 13, 16, 14, 15, 13]
    const result = analyseRunChart(months(values), { ...anhoej, baselinePoints: 10 })
    const [segment] = result.segments
    expect(segment?.median).toBe(10)
    expect(segment?.usefulPoints).toBe(20)
    expect(segment?.longestRun).toBe(10)
    expect(segment?.crossings).toBe(9)
    expect(segment?.signals.map((s) => s.kind)).toEqual(['shift'])
    expect(segment?.explanation).toEqual([
      'Shift: 10 points in a row above the median since Nov 2026 — more than the 7 expected by chance (Anhøj rules, 20 useful points). Higher is better for this measure, so this points to a real improvement.'
    ])
    expect(result.points.filter((p) => p.signal).map((p) => p.period)[0]).toBe('2026-11-01')
    expect(result.points.filter((p) => p.inBaseline)).toHaveLength(10)
    expect(currentSignal(result)).toEqual({
      state: 'signal',
      text: 'Shift above the median (better)'
    })
  })

  it('calls a shift below the median an improvement when lower is better', () => {
    const values = [9, 11, 8, 12, 10.5, 9.5, 11, 9, 12, 8, 7, 6, 7, 5, 6, 7, 4, 6, 5, 7]
    const [segment] = analyseRunChart(months(values), {
      ...anhoej,
      better: 'lower',
      baselinePoints: 10
    }).segments
    // The last baseline point (8) is below the median of 10 too: a run of 11.
    expect(segment?.signals[0]).toMatchObject({ kind: 'shift', direction: 'below', count: 11 })
    expect(segment?.signals[0]?.favourable).toBe(true)
    expect(segment?.signals[0]?.text).toMatch(/Lower is better .* real improvement/)
  })

  it('finds too few crossings when no run is long enough for a shift', () => {
    // Four runs of five: 3 crossings, fewer than the 6 expected for 20 useful points.
    const low = [1, 1.5, 0.5, 1.2, 1.8]
    const high = [3, 2.5, 3.5, 2.8, 3.1]
    const result = analyseRunChart(months([...low, ...high, ...low, ...high]), anhoej)
    const [segment] = result.segments
    expect(segment?.median).toBeCloseTo(2.15, 10)
    expect(segment?.longestRun).toBe(5)
    expect(segment?.crossings).toBe(3)
    expect(segment?.signals.map((s) => s.kind)).toEqual(['crossings'])
    expect(segment?.explanation[0]).toBe(
      'Too few crossings: the line crosses the median 3 times — fewer than the 6 expected by chance (Anhøj rules, 20 useful points). The points stay on one side of the median for longer than chance explains.'
    )
    expect(result.points.some((p) => p.signal)).toBe(false)
  })

  it('leaves points on the median out of n and out of runs', () => {
    // Median 5; the three 5s neither count nor break the run of four 7s around them.
    const values = [3, 7, 3, 7, 3, 7, 5, 7, 5, 7, 7, 5, 3, 3, 3]
    const [segment] = analyseRunChart(months(values), anhoej).segments
    expect(segment?.median).toBe(5)
    expect(segment?.points.filter((p) => p.side === 'on')).toHaveLength(3)
    expect(segment?.usefulPoints).toBe(12)
    expect(segment?.longestRun).toBe(4)
    expect(segment?.crossings).toBe(6)
    expect(segment?.signals).toEqual([])
    expect(segment?.explanation).toEqual([
      'No signal (Anhøj rules, 12 useful points): the longest run is 4 points, within the 7 expected by chance, and the line crosses the median 6 times, not fewer than the 3 expected. The variation looks random.'
    ])
  })

  it('explains too little data when points on the median leave fewer than 10 useful points', () => {
    const values = [5, 7, 5, 7, 6, 6, 6, 5, 7, 5, 7, 6]
    const result = analyseRunChart(months(values), anhoej)
    const [segment] = result.segments
    expect(segment?.median).toBe(6)
    expect(segment?.usefulPoints).toBe(8)
    expect(segment?.judged).toBe(false)
    expect(segment?.signals).toEqual([])
    expect(segment?.explanation).toEqual([
      'Too little data: at least 10 points off the median are needed before signals can be judged; 8 so far (4 points fall on the median and do not count).'
    ])
    expect(currentSignal(result)).toEqual({
      state: 'too-little-data',
      text: 'Too little data (8 of 10 points)'
    })
  })
})

describe('IHI rules', () => {
  it('finds a shift of six on each side of the median', () => {
    // Median (8 + 10) / 2 = 9: six points above, then six below.
    const values = [10, 12, 11, 13, 12, 14, 6, 7, 5, 8, 6, 7]
    const [segment] = analyseRunChart(months(values), ihi).segments
    expect(segment?.median).toBe(9)
    expect(segment?.signals.map((s) => [s.kind, s.direction, s.count])).toEqual([
      ['shift', 'above', 6],
      ['shift', 'below', 6]
    ])
    expect(segment?.explanation).toEqual([
      'Shift: 6 points in a row above the median from Jan 2026 to Jun 2026 — 6 or more is a signal (IHI rules). Higher is better for this measure, so this points to a real improvement.',
      'Shift: 6 points in a row below the median since Jul 2026 — 6 or more is a signal (IHI rules). Higher is better for this measure, so this points to a real change for the worse.'
    ])
  })

  it('does not count five in a row as an IHI shift', () => {
    const values = [10, 12, 11, 13, 12, 6, 7, 5, 8, 6, 11, 7]
    const [segment] = analyseRunChart(months(values), ihi).segments
    expect(segment?.longestRun).toBe(5)
    expect(segment?.signals.filter((s) => s.kind === 'shift')).toEqual([])
  })

  it('finds a trend of six going up', () => {
    // Sorted: 4 4 5 5 5 6 | 6 6 7 8 9 10, so the median is 6 and three points sit on it.
    const values = [5, 6, 5, 6, 5, 4, 4, 6, 7, 8, 9, 10]
    const result = analyseRunChart(months(values), ihi)
    const [segment] = result.segments
    expect(segment?.median).toBe(6)
    expect(segment?.usefulPoints).toBe(9)
    expect(segment?.longestRun).toBe(5)
    expect(segment?.signals.map((s) => [s.kind, s.direction, s.count, s.from])).toEqual([
      ['trend', 'up', 6, '2026-07-01']
    ])
    expect(segment?.explanation[0]).toBe(
      'Trend: 6 points in a row going up since Jul 2026 — 5 or more is a signal (IHI rules). Higher is better for this measure, so this points to a real improvement.'
    )
    expect(result.points.filter((p) => p.signal).map((p) => p.value)).toEqual([4, 6, 7, 8, 9, 10])
  })

  it('does not count repeated values in a trend, nor let them break it', () => {
    // 1, 2, 2, 3, 3, 4, 9: five rising values over seven points.
    const values = [6, 6, 6, 1, 2, 2, 3, 3, 4, 9, 8, 7]
    const [segment] = analyseRunChart(months(values), ihi).segments
    expect(segment?.longestTrend).toBe(5)
    expect(segment?.signals.find((s) => s.kind === 'trend')).toMatchObject({
      count: 5,
      from: '2026-04-01',
      to: '2026-10-01'
    })
  })

  it('explains no signal in words', () => {
    const [segment] = analyseRunChart(months(AROUND_10), ihi).segments
    expect(segment?.explanation).toEqual([
      'No signal (IHI rules): no shift of 6 or more points on one side of the median (the longest run is 1) and no trend of 5 or more points going up or down (the longest is 2). The variation looks random.'
    ])
  })
})

describe('baselines', () => {
  it('judges one median over a step change as a shift and too few crossings', () => {
    const [segment] = analyseRunChart(months([...AROUND_10, ...AROUND_20]), anhoej).segments
    expect(segment?.median).toBe(15.25)
    expect(segment?.signals.map((s) => [s.kind, s.count, s.limit])).toEqual([
      ['shift', 12, 8],
      ['crossings', 1, 8]
    ])
  })

  it('gives a rebased baseline its own median and judges each period on its own', () => {
    const result = analyseRunChart(months([...AROUND_10, ...AROUND_20]), {
      ...anhoej,
      baselineStarts: ['2027-01-01']
    })
    expect(result.segments.map((s) => [s.startsOn, s.rebased, s.median])).toEqual([
      ['2026-01-01', false, 10.25],
      ['2027-01-01', true, 20.25]
    ])
    expect(result.segments.map((s) => s.signals.length)).toEqual([0, 0])
    expect(result.points.slice(11, 13).map((p) => p.segment)).toEqual([0, 1])
    expect(currentSignal(result).text).toBe('No signal')
  })

  it('freezes the median on the first points and carries it on', () => {
    const result = analyseRunChart(months([...AROUND_10, ...AROUND_20]), {
      ...anhoej,
      baselinePoints: 12
    })
    const [segment] = result.segments
    expect(segment?.median).toBe(10.25)
    expect(segment?.baselineCount).toBe(12)
    // The last baseline point (11) is above 10.25 too, so the run is 13 long.
    expect(segment?.signals[0]?.text).toMatch(
      /^Shift: 13 points in a row above the median since Dec 2026/
    )
    const series = runChartSeries(result, { name: 'Reviews', target: null, markers: [] })
    expect(series.medians).toEqual([
      {
        segment: 0,
        median: 10.25,
        solid: [Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 1)],
        dashed: [Date.UTC(2026, 11, 1), Date.UTC(2027, 11, 1)]
      }
    ])
  })

  it('explains too little data instead of a signal, overall and after a rebase', () => {
    const few = analyseRunChart(months([4, 9, 9, 9, 9, 9]), anhoej)
    expect(few.segments[0]?.judged).toBe(false)
    expect(few.segments[0]?.explanation).toEqual([
      'Too little data: at least 10 points are needed before signals can be judged; 6 so far.'
    ])
    expect(currentSignal(few).text).toBe('Too little data (6 of 10 points)')

    const rebased = analyseRunChart(months([...AROUND_10, 30, 31, 32, 33]), {
      ...ihi,
      baselineStarts: ['2027-01-01']
    })
    expect(rebased.segments.map((s) => s.judged)).toEqual([true, false])
    expect(rebased.segments[1]?.signals).toEqual([])
    expect(rebased.segments[1]?.explanation[0]).toMatch(/at least 10 points .* 4 so far/)
  })

  it('explains a frozen baseline shorter than the rules need', () => {
    const [segment] = analyseRunChart(months(AROUND_20), { ...anhoej, baselinePoints: 6 }).segments
    expect(segment?.judged).toBe(false)
    expect(segment?.explanation[0]).toBe(
      'Too little data: the median comes from only 6 points; at least 10 are needed before signals can be judged, so none are shown.'
    )
  })

  it('has nothing to say about no data', () => {
    const result = analyseRunChart([], anhoej)
    expect(result.segments).toEqual([])
    expect(currentSignal(result)).toEqual({ state: 'no-data', text: 'No data yet' })
  })
})

describe('the chart series', () => {
  it('places test-of-change markers as short lines above the data and lists the rest', () => {
    const result = analyseRunChart(months(AROUND_10), anhoej)
    const series = runChartSeries(result, {
      name: 'Joint reviews',
      target: 14,
      markers: [
        { date: '2026-03-10', label: 'T1 start', kind: 'started', testTitle: 'Huddle' },
        { date: '2026-03-20', label: 'T1 adopted', kind: 'adopted', testTitle: 'Huddle' },
        { date: '2027-06-01', label: 'T2 start', kind: 'started', testTitle: 'Form' }
      ]
    })
    expect(series.rows).toHaveLength(12)
    expect(series.rows[0]).toMatchObject({ label: 'Jan 2026', median: 10.25, inBaseline: true })
    expect(series.yTicks).toEqual([8, 10, 12, 14])
    // Two rows of marker labels above the data: 14 + 0.72 (a lane) x (2 rows + 1.2).
    expect(series.yDomain).toEqual([8, 16.304])
    expect(series.markers.map((m) => [m.label, m.onChart, m.dateLabel])).toEqual([
      ['T1 start', true, '10 Mar 2026'],
      ['T1 adopted', true, '20 Mar 2026'],
      ['T2 start', false, '1 Jun 2027']
    ])
    const [a, b] = series.markers
    expect(a && b && b.top > a.top).toBe(true)
    expect(a && a.bottom > 14).toBe(true)
    expect(series.summary).toBe(
      'Run chart of Joint reviews: 12 points from Jan 2026 to Dec 2026; median 10.25. No signal.'
    )
  })
})
