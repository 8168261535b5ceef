import { describe, expect, it } from 'vitest'
import {
  cellText,
  heatmap,
  lineStyle,
  NO_RATING,
  RATING_BANDS,
  ratingColour,
  trajectories,
  trajectorySummary,
  type Dashboard,
  type DashboardOutcome,
  type DashboardSite,
  type Warning
} from '../../renderer/src/features/dashboard/dashboardSeries'
import {
  attendanceTrend,
  compareRows,
  onTimeWords,
  reflectionWords,
  stageWords,
  testsWords,
  warningGroups
} from '../../renderer/src/features/dashboard/siteWords'
import { readThresholds } from '../../renderer/src/features/dashboard/storedThresholds'
import { DEFAULT_THRESHOLDS } from '../../api/schemas/dashboard'

function site(id: string, name: string, over: Partial<DashboardSite> = {}): DashboardSite {
  return {
    id,
    name,
    status: 'active',
    startDate: '2026-01-10',
    stage: { key: 'functioning', label: 'Functioning', judgedOn: '2026-06-15' },
    meetings: { held: 7, toDate: 7, lastOn: '2026-11-04' },
    attendance: { lastThree: 9, previousThree: 15, recentMeetings: 6 },
    actions: { due: 8, doneOnTime: 6, overdue: 2 },
    tests: { idea: 1, planned: 0, testing: 2, adopted: 1, adapted: 0, abandoned: 0, started: 3 },
    reflections: { held: 2, lastOn: '2026-11-01', daysSince: 20 },
    ...over
  }
}

function outcome(
  id: string,
  siteId: string,
  programmeOutcomeId: string | null,
  latestRating: number | null,
  change: number | null,
  points: [string, number][] = []
): DashboardOutcome {
  return {
    id,
    siteId,
    title: `Outcome ${id}`,
    programmeOutcomeId,
    baselineRating: null,
    agreedOn: '2026-02-01',
    latestRating,
    latestRatedOn: latestRating === null ? null : '2026-10-01',
    change,
    ratings: points.length,
    points
  }
}

const warning = (siteId: string, siteName: string, rule: Warning['rule']): Warning => ({
  siteId,
  siteName,
  siteStatus: 'active',
  rule,
  title: rule,
  message: '',
  href: '',
  linkLabel: ''
})

function dashboard(): Dashboard {
  return {
    programme: { id: 'P', name: 'Better Together', startDate: '2026-01-05', endDate: null },
    today: '2026-11-21',
    range: { from: '2026-01-05', to: '2026-11-21' },
    thresholds: { ...DEFAULT_THRESHOLDS },
    programmeOutcomes: [
      { id: 'trust', title: 'More trust', level: 'relationships' },
      { id: 'share', title: 'Shared decisions', level: 'organisations' }
    ],
    sites: [
      site('a', 'Ashby'),
      site('b', 'Brockley', { meetings: { held: 0, toDate: 0, lastOn: null } })
    ],
    outcomes: [
      outcome('o1', 'a', 'trust', 6, 3, [
        ['2026-03-01', 3],
        ['2026-10-01', 6]
      ]),
      outcome('o2', 'a', 'share', 4, null, [['2026-06-01', 4]]),
      outcome('o3', 'a', 'share', 8, 1, [
        ['2026-03-01', 7],
        ['2026-06-01', 8]
      ]),
      outcome('o4', 'a', null, 5, 2),
      outcome('o5', 'a', 'archived-programme-outcome', 5, 0),
      outcome('o6', 'b', 'trust', null, null)
    ],
    warnings: [
      warning('a', 'Ashby', 'attendance_falling'),
      warning('a', 'Ashby', 'overdue_actions')
    ]
  }
}

describe('heatmap', () => {
  it('colours ratings in five colour-blind-safe bands, blank when not rated', () => {
    expect(ratingColour(0).fill).toBe(RATING_BANDS[0].fill)
    expect(ratingColour(2).fill).toBe(RATING_BANDS[0].fill)
    expect(ratingColour(3).fill).toBe(RATING_BANDS[1].fill)
    expect(ratingColour(6)).toEqual({ fill: '#7c7b78', ink: '#000000' })
    expect(ratingColour(10).fill).toBe(RATING_BANDS[4].fill)
    expect(ratingColour(null)).toEqual(NO_RATING)
  })

  it('writes the latest rating with its change since the baseline', () => {
    expect(cellText(6, 3)).toBe('6 (+3)')
    expect(cellText(6, -2)).toBe('6 (\u22122)')
    expect(cellText(6, 0)).toBe('6 (\u00b10)')
    expect(cellText(5, null)).toBe('5')
    expect(cellText(null, null)).toBe('\u2013')
  })

  it('places outcomes by site and programme outcome, setting the unmapped aside', () => {
    const map = heatmap(dashboard())
    expect(map.columns.map((c) => c.id)).toEqual(['trust', 'share'])
    const [ashby, brockley] = map.rows
    expect(ashby?.cells[0]).toMatchObject({ columnId: 'trust', rating: 6, fill: '#7c7b78' })
    expect(ashby?.cells[0]?.entries).toEqual([
      {
        outcome: expect.objectContaining({ id: 'o1' }),
        text: '6 (+3)',
        words: 'Outcome o1: rated 6 on 1 Oct 2026, up 3 since the baseline',
        href: '/programmes/P/sites/a/outcomes/o1'
      }
    ])
    // Two outcomes mapped to one programme outcome: both linked, coloured by their mean (6).
    expect(ashby?.cells[1]?.entries.map((e) => e.text)).toEqual(['4', '8 (+1)'])
    expect(ashby?.cells[1]?.rating).toBe(6)
    // Agreed but not yet rated, and nothing agreed at all.
    expect(brockley?.cells[0]).toMatchObject({ rating: null, fill: NO_RATING.fill })
    expect(brockley?.cells[0]?.entries.map((e) => e.text)).toEqual(['\u2013'])
    expect(brockley?.cells[1]?.entries).toEqual([])
    expect(map.unmapped.map((u) => [u.outcome.id, u.siteName, u.href])).toEqual([
      ['o4', 'Ashby', '/programmes/P/sites/a/outcomes/o4'],
      ['o5', 'Ashby', '/programmes/P/sites/a/outcomes/o5']
    ])
  })
})

describe('trajectories', () => {
  it('merges each site’s mapped outcomes into one series by date, styled by column', () => {
    const [ashby, brockley] = trajectories(dashboard())
    expect(ashby?.lines).toEqual([
      { key: 'o1', name: 'More trust', colour: lineStyle(0).colour, dash: lineStyle(0).dash },
      { key: 'o2', name: 'Shared decisions', colour: lineStyle(1).colour, dash: lineStyle(1).dash },
      { key: 'o3', name: 'Shared decisions', colour: lineStyle(1).colour, dash: lineStyle(1).dash }
    ])
    expect(ashby?.points).toEqual([
      { t: Date.UTC(2026, 2, 1), date: '2026-03-01', o1: 3, o3: 7 },
      { t: Date.UTC(2026, 5, 1), date: '2026-06-01', o2: 4, o3: 8 },
      { t: Date.UTC(2026, 9, 1), date: '2026-10-01', o1: 6 }
    ])
    expect(brockley?.points).toEqual([])
    expect(trajectorySummary(ashby!)).toBe(
      'Ashby: ratings of 3 outcomes from 1 Mar 2026 to 1 Oct 2026'
    )
    expect(trajectorySummary(brockley!)).toBe('Brockley: no ratings in this date range')
    expect(lineStyle(8)).toEqual(lineStyle(0))
  })

  it('starts a line at its baseline when the outcome was agreed within the range', () => {
    const data = dashboard()
    data.outcomes = data.outcomes.map((o) =>
      o.id === 'o2' ? { ...o, baselineRating: 2, agreedOn: '2026-02-01' } : o
    )
    const [ashby] = trajectories(data)
    expect(ashby?.points[0]).toEqual({ t: Date.UTC(2026, 1, 1), date: '2026-02-01', o2: 2 })
    // Agreed before the range began: the line starts at its first rating in the range.
    const later = trajectories({ ...data, range: { from: '2026-02-15', to: '2026-11-21' } })
    expect(later[0]?.points[0]?.date).toBe('2026-03-01')
  })
})

describe('site figures in words', () => {
  it('describes the attendance trend with an arrow', () => {
    expect(attendanceTrend({ lastThree: 9, previousThree: 15, recentMeetings: 6 })).toEqual({
      direction: 'down',
      arrow: '\u2193',
      words: 'Fell from 15 to 9 (\u221240%)'
    })
    expect(attendanceTrend({ lastThree: 12, previousThree: 10, recentMeetings: 6 })).toEqual({
      direction: 'up',
      arrow: '\u2191',
      words: 'Rose from 10 to 12 (+20%)'
    })
    expect(attendanceTrend({ lastThree: 10.2, previousThree: 10, recentMeetings: 6 }).words).toBe(
      'Steady at about 10.2'
    )
    expect(attendanceTrend({ lastThree: 4, previousThree: null, recentMeetings: 3 })).toEqual({
      direction: 'unknown',
      arrow: '',
      words: 'Too few meetings to compare'
    })
  })

  it('says actions on time, tests by status, the last reflection and the stage', () => {
    expect(onTimeWords({ due: 8, doneOnTime: 6, overdue: 2 })).toEqual({
      percent: 75,
      words: '75% (6 of 8)'
    })
    expect(onTimeWords({ due: 0, doneOnTime: 0, overdue: 0 }).words).toBe('No actions due')
    expect(testsWords(site('a', 'A').tests)).toBe('1 idea, 2 testing, 1 adopted')
    expect(
      testsWords({
        idea: 0,
        planned: 0,
        testing: 0,
        adopted: 0,
        adapted: 0,
        abandoned: 0,
        started: 0
      })
    ).toBe('None yet')
    expect(reflectionWords(null)).toBe('None logged')
    expect(reflectionWords(0)).toBe('Today')
    expect(reflectionWords(1)).toBe('1 day ago')
    expect(reflectionWords(20)).toBe('20 days ago')
    expect(stageWords(site('a', 'A').stage)).toBe('Functioning (since 15 Jun 2026)')
    expect(stageWords(null)).toBe('Not judged yet')
  })
})

describe('warnings and comparison', () => {
  it('groups warnings by site in order', () => {
    const groups = warningGroups([
      warning('a', 'Ashby', 'no_meeting'),
      warning('b', 'Brockley', 'no_reflection'),
      warning('a', 'Ashby', 'no_test_started')
    ])
    expect(groups.map((g) => [g.siteName, g.warnings.map((w) => w.rule)])).toEqual([
      ['Ashby', ['no_meeting', 'no_test_started']],
      ['Brockley', ['no_reflection']]
    ])
  })

  it('lines two sites up figure by figure, then outcome by outcome', () => {
    const data = dashboard()
    const [a, b] = data.sites
    const rows = compareRows(data, a!, b!)
    const byLabel = Object.fromEntries(rows.map((r) => [r.label, [r.a, r.b]]))
    expect(byLabel['Status']).toEqual(['Active', 'Active'])
    expect(byLabel['Partnership meetings held']).toEqual(['7', '0'])
    expect(byLabel['Last meeting']).toEqual(['4 Nov 2026', 'None yet'])
    expect(byLabel['Early warnings']).toEqual(['2', 'None'])
    expect(byLabel['More trust']).toEqual(['6 (+3)', '\u2013'])
    expect(byLabel['Shared decisions']).toEqual(['4; 8 (+1)', 'Not agreed'])
    expect(rows.at(-1)?.label).toBe('Shared decisions')
  })
})

describe('stored warning settings', () => {
  const storage = (value: string | null) => ({ getItem: () => value })
  it('reads the thresholds kept on this computer, each falling back to its default', () => {
    expect(readThresholds(storage(null))).toEqual(DEFAULT_THRESHOLDS)
    expect(readThresholds(storage('not json'))).toEqual(DEFAULT_THRESHOLDS)
    expect(readThresholds(storage('[1,2]'))).toEqual(DEFAULT_THRESHOLDS)
    expect(
      readThresholds(
        storage(JSON.stringify({ overdueActions: 5, weeksWithoutMeeting: 0, extra: 1 }))
      )
    ).toEqual({ ...DEFAULT_THRESHOLDS, overdueActions: 5 })
  })
})
