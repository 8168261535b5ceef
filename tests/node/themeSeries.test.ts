import { describe, expect, it } from 'vitest'
import {
  cycleFilter,
  HEAT_SCALE,
  heatmap,
  heatmapSummary,
  monthBounds,
  monthLabel,
  monthsBetween,
  overTimeSummary,
  scaleKey,
  shade,
  themeLabel,
  themesOverTime,
  topThemes,
  type SummaryTheme,
  type ThemeSummary
} from '../../renderer/src/features/themes/themeSeries'

const theme = (id: string, themeSet: SummaryTheme['themeSet'], archived = false) => ({
  id,
  name: id.charAt(0).toUpperCase() + id.slice(1),
  themeSet,
  archived
})

function summary(fields: Partial<ThemeSummary> = {}): ThemeSummary {
  return {
    from: null,
    to: null,
    themes: [
      theme('trust', 'practices'),
      theme('purpose', 'practices'),
      theme('curious', 'elements'),
      theme('discharge', 'own'),
      theme('old', 'own', true)
    ],
    sites: [
      { id: 'east', name: 'Eastbrook', cycles: 6 },
      { id: 'west', name: 'Westvale', cycles: 2 },
      { id: 'team', name: 'Team', cycles: 1 }
    ],
    bySite: [
      { themeId: 'trust', siteId: 'east', cycles: 5 },
      { themeId: 'trust', siteId: 'team', cycles: 1 },
      { themeId: 'curious', siteId: 'west', cycles: 2 },
      { themeId: 'old', siteId: 'east', cycles: 1 },
      { themeId: 'elsewhere', siteId: 'east', cycles: 9 }
    ],
    byMonth: [
      { themeId: 'trust', month: '2026-11', cycles: 2 },
      { themeId: 'trust', month: '2027-02', cycles: 4 },
      { themeId: 'curious', month: '2026-12', cycles: 2 },
      { themeId: 'old', month: '2026-11', cycles: 1 }
    ],
    ...fields
  }
}

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p)
  return ((x ?? 0) + 0.05) / ((y ?? 0) + 0.05)
}

describe('the colour scale', () => {
  it('shades none white and the largest count darkest, in five steps', () => {
    expect(shade(0, 10).level).toBe(0)
    expect(shade(0, 0).level).toBe(0)
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => shade(n, 10).level)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5
    ])
    expect(shade(1, 1)).toEqual({ level: 5, background: '#08306b', ink: '#ffffff' })
    expect(shade(1, 100).level).toBe(1) // any count shows, however small
  })

  it('gets darker at every step and writes each number with AA contrast', () => {
    const backgrounds = HEAT_SCALE.map((s) => contrast(s.background, '#ffffff'))
    expect([...backgrounds].sort((a, b) => a - b)).toEqual(backgrounds)
    for (const step of HEAT_SCALE) {
      expect(contrast(step.background, step.ink), step.background).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('keys each step with the counts it covers', () => {
    expect(scaleKey(10).map((k) => [k.label, k.level])).toEqual([
      ['None', 0],
      ['1–2', 1],
      ['3–4', 2],
      ['5–6', 3],
      ['7–8', 4],
      ['9–10', 5]
    ])
    expect(scaleKey(2).map((k) => [k.label, k.level])).toEqual([
      ['None', 0],
      ['1', 3],
      ['2', 5]
    ])
    for (const k of scaleKey(7)) expect(k.shade.level).toBe(k.level)
    expect(scaleKey(0).map((k) => k.label)).toEqual(['None'])
  })
})

describe('heatmap', () => {
  it('lays out every theme by set against every site and the team, zeros included', () => {
    const map = heatmap(summary())
    expect(map.columns.map((c) => c.name)).toEqual(['Eastbrook', 'Westvale', 'Team'])
    expect(map.groups.map((g) => [g.label, g.rows.map((r) => r.label)])).toEqual([
      ['Six practices of effective collaboration', ['Trust', 'Purpose']],
      ['Working elements', ['Curious']],
      ['Our own codes', ['Discharge', 'Old (archived)']]
    ])
    const trust = map.groups[0]?.rows[0]
    expect(trust?.cells.map((c) => [c.siteId, c.count, c.shade.level])).toEqual([
      ['east', 5, 5],
      ['west', 0, 0],
      ['team', 1, 1]
    ])
    expect(trust?.total).toBe(6)
    expect(map.groups[0]?.rows[1]?.cells.map((c) => c.count)).toEqual([0, 0, 0])
    // A count for a theme the summary does not list is not drawn, and does not set the scale.
    expect(map.max).toBe(5)
    expect(map.total).toBe(9)
  })

  it('takes the darkest step from the largest count drawn', () => {
    const map = heatmap(summary())
    expect(map.groups[1]?.rows[0]?.cells[1]?.shade.level).toBe(2) // 2 of 5
    expect(map.groups[2]?.rows[1]?.cells[0]?.shade.level).toBe(1) // 1 of 5
  })

  it('leaves out theme sets with no themes', () => {
    const map = heatmap(summary({ themes: [theme('curious', 'elements')] }))
    expect(map.groups.map((g) => g.themeSet)).toEqual(['elements'])
  })

  it('sums the table up in words', () => {
    const some = heatmap(summary({ bySite: summary().bySite.slice(0, 4) }))
    expect(heatmapSummary(some)).toBe('The most: "Trust" at Eastbrook, in 5 cycles.')
    const team = heatmap(summary({ bySite: [{ themeId: 'purpose', siteId: 'team', cycles: 1 }] }))
    expect(heatmapSummary(team)).toBe('The most: "Purpose" in team-level cycles, in 1 cycle.')
    const ties = heatmap(
      summary({
        bySite: [
          { themeId: 'trust', siteId: 'east', cycles: 2 },
          { themeId: 'curious', siteId: 'west', cycles: 2 }
        ]
      })
    )
    expect(heatmapSummary(ties)).toBe(
      'The most: "Trust" at Eastbrook, in 2 cycles (and 1 other cell as high).'
    )
    expect(heatmapSummary(heatmap(summary({ bySite: [] })))).toMatch(/^No reflection cycle/)
  })
})

describe('months', () => {
  it('labels months the British way', () => {
    expect(monthLabel('2026-11')).toBe('Nov 2026')
    expect(monthLabel('2027-01')).toBe('Jan 2027')
  })

  it('fills every month between two, across a year end', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02'
    ])
    expect(monthsBetween('2026-05', '2026-05')).toEqual(['2026-05'])
    expect(monthsBetween('2026-06', '2026-05')).toEqual([])
  })

  it('gives the first and last day of a month, leap years included', () => {
    expect(monthBounds('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' })
    expect(monthBounds('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' })
    expect(monthBounds('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' })
  })
})

describe('themes over time', () => {
  it('has a point for every month from the first count to the last, 0 where none', () => {
    const points = themesOverTime(summary(), ['trust', 'curious'])
    expect(points.map((p) => [p.label, p.counts])).toEqual([
      ['Nov 2026', { trust: 2, curious: 0 }],
      ['Dec 2026', { trust: 0, curious: 2 }],
      ['Jan 2027', { trust: 0, curious: 0 }],
      ['Feb 2027', { trust: 4, curious: 0 }]
    ])
    // The axis does not change with the themes chosen.
    expect(themesOverTime(summary(), ['curious']).map((p) => p.month)).toEqual(
      points.map((p) => p.month)
    )
  })

  it('spans the chosen date range when there is one', () => {
    const points = themesOverTime(summary({ from: '2026-10-15', to: '2027-01-10' }), ['trust'])
    expect(points.map((p) => [p.month, p.counts.trust])).toEqual([
      ['2026-10', 0],
      ['2026-11', 2],
      ['2026-12', 0],
      ['2027-01', 0]
    ])
    const open = themesOverTime(summary({ from: '2027-01-01' }), ['trust'])
    expect(open.map((p) => p.month)).toEqual(['2027-01', '2027-02'])
    expect(themesOverTime(summary({ byMonth: [] }), ['trust'])).toEqual([])
    expect(themesOverTime(summary({ byMonth: [], from: '2026-05-01' }), []).length).toBe(1)
  })

  it('starts with the themes seen most, ties in the themes’ own order', () => {
    expect(topThemes(summary())).toEqual(['trust', 'curious', 'old'])
    expect(topThemes(summary(), 1)).toEqual(['trust'])
    expect(topThemes(summary({ byMonth: [] }))).toEqual([])
  })

  it('describes the chart in words', () => {
    const s = summary()
    const chosen = s.themes.filter((t) => t.id === 'trust' || t.id === 'old')
    const points = themesOverTime(
      s,
      chosen.map((t) => t.id)
    )
    expect(overTimeSummary(points, chosen)).toBe(
      'Cycles per month, Nov 2026 to Feb 2027: Trust in 6 cycles; Old (archived) in 1 cycle'
    )
    expect(overTimeSummary(points, [])).toBe('No themes chosen to show over time.')
    expect(themeLabel({ name: 'Trust', archived: false })).toBe('Trust')
  })
})

describe('the cycles behind a count', () => {
  it('filters by theme and site within the date range', () => {
    expect(cycleFilter({ themeId: 't', siteId: 'east' }, {})).toEqual({
      themeId: 't',
      siteId: 'east'
    })
    expect(cycleFilter({ themeId: 't', siteId: 'team' }, { from: '2026-01-01' })).toEqual({
      themeId: 't',
      siteId: 'team',
      from: '2026-01-01'
    })
  })

  it('narrows a month’s count to that month, inside the range', () => {
    expect(cycleFilter({ themeId: 't', month: '2026-11' }, {})).toEqual({
      themeId: 't',
      from: '2026-11-01',
      to: '2026-11-30'
    })
    expect(
      cycleFilter({ themeId: 't', month: '2026-11' }, { from: '2026-11-10', to: '2026-11-20' })
    ).toEqual({ themeId: 't', from: '2026-11-10', to: '2026-11-20' })
    expect(
      cycleFilter({ themeId: 't', month: '2026-11' }, { from: '2026-01-01', to: '2026-12-31' })
    ).toEqual({ themeId: 't', from: '2026-11-01', to: '2026-11-30' })
  })
})
