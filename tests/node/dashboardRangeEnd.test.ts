// The dashboard's date range counts its last day: actions due on `to` are in "due" and "done on
// time", checked against an independent SQL count over many ranges; attendance counts named and
// unnamed attendees, checked the same way.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { actions, meetingAttendance, meetings } from '../../db/schema'
import { testApi, type TestApi } from '../support/store'

let api: TestApi
let programmeId: string
let siteIds: string[]

/** A small deterministic generator, so a failure names a range that can be replayed. */
function generator(seed: number) {
  let state = seed
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
  }
}

const day = (offset: number) => {
  const d = new Date(Date.UTC(2026, 0, 5 + offset))
  return d.toISOString().slice(0, 10)
}

beforeEach(() => {
  api = testApi()
  programmeId = api.call('programmes.create', { name: 'Counting', startDate: '2026-01-05' }).id
  siteIds = ['North', 'South', 'East'].map(
    (name) => api.call('sites.create', { programmeId, name, startDate: '2026-01-05' }).id
  )
  const random = generator(12)
  const statuses = ['open', 'done', 'dropped'] as const
  let n = 0
  for (const siteId of siteIds) {
    for (let i = 0; i < 60; i++) {
      const due = random(300)
      const status = statuses[random(3)] ?? 'open'
      api.ctx.db
        .insert(actions)
        .values({
          id: `a-${++n}`,
          siteId,
          description: 'Do it',
          agreedOn: '2026-01-05',
          dueOn: day(due),
          status,
          completedOn: status === 'done' ? day(due - 3 + random(7)) : null
        })
        .run()
    }
  }
})
afterEach(() => api.close())

/** The same figures written by hand: BETWEEN includes both ends. */
function independentCount(siteId: string, from: string, to: string) {
  return api.store.sqlite
    .prepare(
      `SELECT
        (SELECT count(*) FROM actions WHERE site_id = :site AND status <> 'dropped'
          AND due_on BETWEEN :from AND :to) AS due,
        (SELECT count(*) FROM actions WHERE site_id = :site AND status = 'done'
          AND due_on BETWEEN :from AND :to
          AND (completed_on IS NULL OR completed_on <= due_on)) AS doneOnTime`
    )
    .get({ site: siteId, from, to }) as { due: number; doneOnTime: number }
}

describe('the dashboard range', () => {
  it('counts actions due on its last day, agreeing with an independent count', () => {
    const random = generator(7)
    const dueDays = api.store.sqlite
      .prepare('SELECT DISTINCT due_on AS d FROM actions ORDER BY d')
      .all() as { d: string }[]
    let checked = 0
    let endingOnADueDay = 0
    for (let i = 0; i < 60; i++) {
      // Half the ranges end exactly on a day some action is due.
      const to = i % 2 === 0 ? (dueDays[random(dueDays.length)]?.d ?? day(100)) : day(random(300))
      const from = day(random(Math.max(1, (Date.parse(to) - Date.parse('2026-01-05')) / 864e5)))
      if (to > '2026-11-21') continue // the dashboard caps the range at today
      const data = api.call('dashboard.get', { programmeId, from, to })
      for (const site of data.sites) {
        const expected = independentCount(site.id, from, to)
        expect(
          { due: site.actions.due, doneOnTime: site.actions.doneOnTime },
          `${site.name} ${from} to ${to}`
        ).toEqual(expected)
        checked++
      }
      if (i % 2 === 0) endingOnADueDay++
    }
    expect(checked).toBeGreaterThan(100)
    expect(endingOnADueDay).toBeGreaterThan(20)
  })

  it('includes an action due on the last day and not one due the day after', () => {
    const [siteId] = siteIds
    if (!siteId) throw new Error('no site')
    api.store.sqlite.prepare('DELETE FROM actions').run()
    for (const [id, dueOn] of [
      ['x1', '2026-06-30'],
      ['x2', '2026-07-01']
    ] as const) {
      api.ctx.db
        .insert(actions)
        .values({ id, siteId, description: 'Do it', agreedOn: '2026-01-05', dueOn })
        .run()
    }
    const data = api.call('dashboard.get', { programmeId, from: '2026-06-01', to: '2026-06-30' })
    expect(data.sites.find((s) => s.id === siteId)?.actions).toEqual({
      due: 1,
      doneOnTime: 0,
      overdue: 0
    })
  })

  it('counts named and unnamed attendees at each meeting', () => {
    const [siteId] = siteIds
    if (!siteId) throw new Error('no site')
    const people = ['Asha', 'Ben', 'Cara'].map(
      (name) => api.call('people.create', { programmeId, name, role: 'GP' }).id
    )
    // Six meetings: 2 named + 10 unnamed, then 3 named + 0 unnamed, ...
    const held: [string, number, number][] = [
      ['2026-03-04', 2, 10],
      ['2026-04-01', 3, 0],
      ['2026-05-06', 1, 8],
      ['2026-06-03', 2, 4],
      ['2026-07-01', 3, 1],
      ['2026-08-05', 1, 2]
    ]
    held.forEach(([heldOn, named, unnamed], i) => {
      const meetingId = `m-${i}`
      api.ctx.db
        .insert(meetings)
        .values({
          id: meetingId,
          siteId,
          heldOn,
          durationMinutes: 180,
          kind: 'partnership',
          unnamedAttendees: unnamed
        })
        .run()
      api.ctx.db
        .insert(meetingAttendance)
        .values(
          people
            .slice(0, named)
            .map((personId) => ({ meetingId, personId, status: 'attended' as const }))
        )
        .run()
    })
    const data = api.call('dashboard.get', { programmeId, to: '2026-08-31' })
    const independent = api.store.sqlite
      .prepare(
        `SELECT m.held_on AS heldOn, m.unnamed_attendees + (SELECT count(*) FROM meeting_attendance a
          WHERE a.meeting_id = m.id AND a.status = 'attended') AS present
        FROM meetings m WHERE m.site_id = ? ORDER BY m.held_on DESC`
      )
      .all(siteId) as { present: number }[]
    const mean = (xs: { present: number }[]) => xs.reduce((t, x) => t + x.present, 0) / xs.length
    expect(data.sites.find((s) => s.id === siteId)?.attendance).toEqual({
      lastThree: mean(independent.slice(0, 3)),
      previousThree: mean(independent.slice(3, 6)),
      recentMeetings: 6
    })
    // By hand: (3 + 4 + 6) / 3 against (12 + 3 + 9) / 3.
    expect(mean(independent.slice(0, 3))).toBeCloseTo(13 / 3)
    expect(mean(independent.slice(3, 6))).toBe(8)
  })
})

describe('a programme that has ended', () => {
  it('is judged on its last day, so warnings measure to the end and not to today', () => {
    const ended = api.call('programmes.create', {
      name: 'Finished',
      startDate: '2015-01-05',
      endDate: '2016-03-31'
    }).id
    const siteId = api.call('sites.create', {
      programmeId: ended,
      name: 'Westby',
      startDate: '2015-01-10'
    }).id
    api.ctx.db
      .insert(meetings)
      .values({
        id: 'm-old',
        siteId,
        heldOn: '2016-01-06',
        durationMinutes: 180,
        kind: 'partnership'
      })
      .run()
    const data = api.call('dashboard.get', { programmeId: ended })
    expect(data.range).toEqual({ from: '2015-01-05', to: '2016-03-31' })
    expect(data.programme.endDate).toBe('2016-03-31')
    const noMeeting = data.warnings.find((w) => w.rule === 'no_meeting')
    expect(noMeeting?.message).toBe(
      'No partnership meeting for 12 weeks: the last was on 6 Jan 2016.'
    )
    const noReflection = data.warnings.find((w) => w.rule === 'no_reflection')
    expect(noReflection?.message).toBe(
      'No reflection logged since the site started on 10 Jan 2015.'
    )
    // A later day asked for is still the programme's end.
    expect(api.call('dashboard.get', { programmeId: ended, to: '2020-01-01' }).range.to).toBe(
      '2016-03-31'
    )
  })
})
