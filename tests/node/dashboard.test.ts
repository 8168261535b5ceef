import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  actions,
  agreedOutcomes,
  meetingAttendance,
  meetings,
  outcomeRatings,
  reflectionCycleSites,
  reflectionCycles,
  testsOfChange
} from '../../db/schema'
import { testApi, type TestApi } from '../support/store'

// Today is 2026-11-21 (FIXED_NOW); the programme starts on 2026-01-05.
let api: TestApi
let programmeId: string
let people: string[]
let trust: string
let decisions: string
let n = 0
const id = (prefix: string) => `${prefix}-${++n}`

beforeEach(() => {
  api = testApi()
  n = 0
  programmeId = api.call('programmes.create', {
    name: 'Better Together',
    startDate: '2026-01-05'
  }).id
  trust = outcome('More trust between agencies', 'relationships')
  decisions = outcome('Organisations share decisions', 'organisations')
  const old = outcome('An outcome since dropped', 'self')
  api.call('programmeOutcomes.archive', { id: old })
  people = ['Asha', 'Ben', 'Cara', 'Dev', 'Eve', 'Finn'].map(
    (name) => api.call('people.create', { programmeId, name, role: 'GP' }).id
  )
})
afterEach(() => api.close())

function outcome(title: string, level: 'self' | 'relationships' | 'organisations') {
  return api.call('programmeOutcomes.create', { programmeId, title, level }).id
}
function site(name: string, startDate: string, status: 'active' | 'paused' | 'closed' = 'active') {
  return api.call('sites.create', { programmeId, name, startDate, status }).id
}
/** A meeting where the first `named` people attend and one more sends apologies. */
function meeting(
  siteId: string,
  heldOn: string,
  named: number,
  kind: 'partnership' | 'debrief' = 'partnership'
) {
  const meetingId = id('m')
  api.ctx.db
    .insert(meetings)
    .values({ id: meetingId, siteId, heldOn, durationMinutes: 180, kind })
    .run()
  const marks = people.slice(0, named + 1).map((personId, i) => ({
    meetingId,
    personId,
    status: i < named ? ('attended' as const) : ('apologies' as const)
  }))
  if (marks.length) api.ctx.db.insert(meetingAttendance).values(marks).run()
  return meetingId
}
function action(
  siteId: string,
  dueOn: string,
  status: 'open' | 'done' | 'dropped',
  completedOn: string | null = null
) {
  api.ctx.db
    .insert(actions)
    .values({
      id: id('a'),
      siteId,
      description: 'Do it',
      agreedOn: '2026-01-20',
      dueOn,
      status,
      completedOn
    })
    .run()
}
function test(
  siteId: string,
  status: 'idea' | 'testing' | 'adopted',
  createdOn: string,
  startedOn: string | null
) {
  api.ctx.db
    .insert(testsOfChange)
    .values({
      id: id('t'),
      siteId,
      title: 'Try it',
      kind: 'quick_win',
      status,
      createdOn,
      startedOn
    })
    .run()
}
function reflection(siteId: string | null, heldOn: string, naming: string[] = []) {
  const cycleId = id('r')
  api.ctx.db.insert(reflectionCycles).values({ id: cycleId, programmeId, siteId, heldOn }).run()
  for (const s of naming)
    api.ctx.db.insert(reflectionCycleSites).values({ cycleId, siteId: s }).run()
}
function agreed(
  siteId: string,
  title: string,
  programmeOutcomeId: string | null,
  baselineRating: number | null,
  ratings: [string, number][],
  archivedAt: string | null = null
) {
  const outcomeId = id('o')
  api.ctx.db
    .insert(agreedOutcomes)
    .values({
      id: outcomeId,
      siteId,
      title,
      agreedOn: '2026-02-01',
      programmeOutcomeId,
      baselineRating,
      archivedAt,
      position: n
    })
    .run()
  for (const [ratedOn, rating] of ratings) {
    api.ctx.db
      .insert(outcomeRatings)
      .values({ id: id('or'), outcomeId, ratedOn, rating, judgedBy: 'group' })
      .run()
  }
  return outcomeId
}

/** Ashby: seven partnership meetings with attendance falling, actions, tests, outcomes. */
function ashby() {
  const a = site('Ashby', '2026-01-10')
  const named: [string, number][] = [
    ['2026-05-06', 2],
    ['2026-06-03', 6],
    ['2026-07-01', 6],
    ['2026-08-05', 6],
    ['2026-09-02', 4],
    ['2026-10-07', 4],
    ['2026-11-04', 3]
  ]
  for (const [heldOn, count] of named) meeting(a, heldOn, count)
  meeting(a, '2026-11-10', 5, 'debrief') // not a partnership meeting
  action(a, '2026-06-01', 'done', '2026-05-30') // on time
  action(a, '2026-07-01', 'done', '2026-07-10') // late
  action(a, '2026-08-01', 'open') // overdue
  action(a, '2026-09-01', 'open') // overdue
  action(a, '2026-10-01', 'dropped')
  action(a, '2026-10-15', 'open') // overdue
  action(a, '2026-12-01', 'open') // not due yet
  test(a, 'testing', '2026-06-20', '2026-07-01')
  test(a, 'idea', '2026-10-10', null)
  test(a, 'adopted', '2026-05-20', '2026-06-01')
  reflection(a, '2026-11-01')
  api.call('siteStages.record', { siteId: a, stage: 'forming', judgedOn: '2026-01-20' })
  api.call('siteStages.record', { siteId: a, stage: 'functioning', judgedOn: '2026-06-15' })
  const o = {
    trust: agreed(a, 'Trust between GPs and social workers', trust, 3, [
      ['2026-03-01', 4],
      ['2026-06-01', 5],
      ['2026-10-01', 6]
    ]),
    joint: agreed(a, 'Joint decisions on discharge', decisions, null, [['2026-04-01', 5]]),
    it: agreed(a, 'Better use of IT', null, 2, [['2026-05-01', 4]])
  }
  agreed(a, 'Archived outcome', trust, 1, [['2026-05-01', 9]], '2026-06-01T00:00:00Z')
  return { id: a, outcomes: o }
}

describe('dashboard.get', () => {
  it('rolls up each site over the whole programme, with hand-counted figures', () => {
    const a = ashby()
    const b = site('Brockley', '2026-02-01') // no meetings; named in a team reflection
    reflection(null, '2026-11-10', [b])
    reflection(null, '2026-11-15') // the whole programme: names no site
    const c = site('Cranford', '2026-01-10', 'closed')
    const d = site('Dunmore', '2026-01-15', 'paused')
    for (const day of ['2026-02-04', '2026-03-04', '2026-04-01']) meeting(d, day, 2)
    const gone = site('Elmfield', '2026-01-10')
    meeting(gone, '2026-11-01', 4)
    api.call('sites.archive', { id: gone })
    const other = api.call('programmes.create', { name: 'Other', startDate: '2026-01-01' }).id
    const elsewhere = api.call('sites.create', {
      programmeId: other,
      name: 'Aardvark',
      startDate: '2026-01-01'
    }).id
    meeting(elsewhere, '2026-11-01', 5)

    const data = api.call('dashboard.get', { programmeId })
    expect(data.range).toEqual({ from: '2026-01-05', to: '2026-11-21' })
    expect(data.programmeOutcomes.map((o) => o.id)).toEqual([trust, decisions])
    expect(data.sites.map((s) => s.name)).toEqual(['Ashby', 'Brockley', 'Cranford', 'Dunmore'])
    const [ash, brock, cran, dun] = data.sites
    expect(ash).toEqual({
      id: a.id,
      name: 'Ashby',
      status: 'active',
      startDate: '2026-01-10',
      stage: { key: 'functioning', label: 'Functioning', judgedOn: '2026-06-15' },
      meetings: { held: 7, toDate: 7, lastOn: '2026-11-04' },
      attendance: { lastThree: 11 / 3, previousThree: 6, recentMeetings: 6 },
      actions: { due: 5, doneOnTime: 1, overdue: 3 },
      tests: { idea: 1, planned: 0, testing: 1, adopted: 1, adapted: 0, abandoned: 0, started: 2 },
      reflections: { held: 1, lastOn: '2026-11-01', daysSince: 20 }
    })
    expect(brock?.meetings).toEqual({ held: 0, toDate: 0, lastOn: null })
    expect(brock?.attendance).toEqual({ lastThree: null, previousThree: null, recentMeetings: 0 })
    expect(brock?.reflections).toEqual({ held: 1, lastOn: '2026-11-10', daysSince: 11 })
    expect(brock?.stage).toBeNull()
    expect(cran?.status).toBe('closed')
    expect(dun?.attendance).toEqual({ lastThree: 2, previousThree: null, recentMeetings: 3 })

    expect(data.outcomes).toEqual([
      expect.objectContaining({
        id: a.outcomes.trust,
        programmeOutcomeId: trust,
        baselineRating: 3,
        latestRating: 6,
        latestRatedOn: '2026-10-01',
        change: 3,
        ratings: 3,
        points: [
          ['2026-03-01', 4],
          ['2026-06-01', 5],
          ['2026-10-01', 6]
        ]
      }),
      // One rating and no baseline: nothing to compare it with.
      expect.objectContaining({ id: a.outcomes.joint, latestRating: 5, change: null, ratings: 1 }),
      // Not mapped to a programme outcome: still listed, with its change.
      expect.objectContaining({ id: a.outcomes.it, programmeOutcomeId: null, change: 2 })
    ])

    const rules = data.warnings.map((w) => `${w.siteName}: ${w.rule}`)
    expect(rules).toEqual([
      'Ashby: attendance_falling',
      'Ashby: overdue_actions',
      'Brockley: no_meeting',
      'Dunmore: no_meeting',
      'Dunmore: no_reflection',
      'Dunmore: no_test_started'
    ])
    expect(data.warnings[0]?.message).toBe(
      'Attendance fell from 6 to 3.7 on average over the last three meetings (down 39%).'
    )
    expect(data.warnings.filter((w) => w.siteId === c)).toEqual([])
    expect(data.warnings.find((w) => w.siteId === d)?.siteStatus).toBe('paused')
  })

  it('counts within the range and judges states on its last day', () => {
    const a = ashby()
    const data = api.call('dashboard.get', { programmeId, from: '2026-05-01', to: '2026-09-30' })
    expect(data.range).toEqual({ from: '2026-05-01', to: '2026-09-30' })
    const ash = data.sites[0]
    expect(ash?.meetings).toEqual({ held: 5, toDate: 5, lastOn: '2026-09-02' })
    expect(ash?.attendance).toEqual({ lastThree: 16 / 3, previousThree: 4, recentMeetings: 5 })
    // Due from 1 May to 29 Sep: the ones due 1 Jun, 1 Jul, 1 Aug and 1 Sep.
    expect(ash?.actions).toEqual({ due: 4, doneOnTime: 1, overdue: 2 })
    expect(ash?.tests).toMatchObject({ idea: 0, testing: 1, adopted: 1, started: 2 })
    expect(ash?.reflections).toEqual({ held: 0, lastOn: null, daysSince: null })
    const trustRow = data.outcomes.find((o) => o.id === a.outcomes.trust)
    expect(trustRow).toMatchObject({ latestRating: 5, change: 2, ratings: 2 })
    expect(trustRow?.points).toEqual([['2026-06-01', 5]])

    const meetingsFrom = api.call('dashboard.get', { programmeId, from: '2026-09-01' })
    expect(meetingsFrom.sites[0]?.meetings).toEqual({ held: 3, toDate: 7, lastOn: '2026-11-04' })
  })

  it('applies the thresholds it is given, defaults for the rest', () => {
    ashby()
    const data = api.call('dashboard.get', {
      programmeId,
      thresholds: { attendanceDropPercent: 40, overdueActions: 4 }
    })
    expect(data.thresholds).toEqual({
      attendanceDropPercent: 40,
      overdueActions: 4,
      weeksWithoutMeeting: 6,
      daysWithoutReflection: 30,
      meetingsWithoutTest: 3
    })
    expect(data.warnings).toEqual([])
  })

  it('caps the range at today and refuses a range the wrong way round', () => {
    expect(api.call('dashboard.get', { programmeId, to: '2027-05-01' }).range.to).toBe('2026-11-21')
    const wrong = api.attempt('dashboard.get', {
      programmeId,
      from: '2026-06-01',
      to: '2026-05-01'
    })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const bad = api.attempt('dashboard.get', { programmeId, thresholds: { overdueActions: 0 } })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const missing = api.attempt('dashboard.get', { programmeId: 'nope' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('shows every site of the sample programme and warns about its inactive site', () => {
    const sample = api.call('sample.create', { sites: 10 })
    const data = api.call('dashboard.get', { programmeId: sample.programmeId })
    expect(data.sites).toHaveLength(10)
    const paused = data.sites.find((s) => s.status === 'paused')
    expect(paused).toBeDefined()
    const about = data.warnings.filter((w) => w.siteId === paused?.id).map((w) => w.rule)
    expect(about).toContain('no_meeting')
    const closed = data.sites.find((s) => s.status === 'closed')
    expect(data.warnings.some((w) => w.siteId === closed?.id)).toBe(false)
  })
})
