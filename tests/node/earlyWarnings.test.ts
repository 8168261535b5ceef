import { describe, expect, it } from 'vitest'
import {
  attendanceDropPercent,
  dayLabel,
  daysBetween,
  earlyWarnings,
  meanLabel,
  type SiteSigns
} from '../../domain/earlyWarnings'
import { DEFAULT_THRESHOLDS, type Thresholds } from '../../api/schemas/dashboard'

const AS_OF = '2026-11-21'
const P = 'prog'

/** A healthy site: meets monthly, reflects, tests, keeps up with actions. */
function site(over: Partial<SiteSigns> = {}): SiteSigns {
  return {
    id: 's1',
    name: 'Ashby',
    status: 'active',
    startDate: '2026-01-10',
    meetings: { toDate: 8, lastOn: '2026-11-04' },
    attendance: { lastThree: 12, previousThree: 12, recentMeetings: 6 },
    actions: { overdue: 1 },
    tests: { started: 1 },
    reflections: { lastOn: '2026-11-10' },
    ...over
  }
}

function rules(s: SiteSigns, t: Partial<Thresholds> = {}) {
  return earlyWarnings(P, [s], { ...DEFAULT_THRESHOLDS, ...t }, AS_OF).map((w) => w.rule)
}

describe('early warnings', () => {
  it('finds nothing wrong with a healthy site', () => {
    expect(rules(site())).toEqual([])
  })

  it('names the same people missing, four at most, the rest counted', () => {
    const member = (name: string, role = 'Member') => ({ name, role })
    const say = (missingMembers: SiteSigns['missingMembers']) =>
      earlyWarnings(P, [site({ missingMembers })], DEFAULT_THRESHOLDS, AS_OF).map((w) => [
        w.rule,
        w.message
      ])
    expect(say([])).toEqual([])
    expect(say([member('Tom Whitaker', 'Sponsor')])).toEqual([
      ['members_missing', 'Tom Whitaker (sponsor) missed each of the last 3 partnership meetings.']
    ])
    expect(say(['A', 'B', 'C', 'D'].map((n) => member(n)))[0]?.[1]).toBe(
      'A (member), B (member), C (member) and D (member) missed each of the last 3 partnership meetings.'
    )
    expect(say(['A', 'B', 'C', 'D', 'E', 'F'].map((n) => member(n)))[0]?.[1]).toBe(
      'A (member), B (member), C (member) and 3 others missed each of the last 3 partnership meetings.'
    )
  })

  it('warns when attendance at the last three meetings falls by the threshold or more', () => {
    const falling = site({ attendance: { lastThree: 9, previousThree: 15, recentMeetings: 6 } })
    const [warning] = earlyWarnings(P, [falling], DEFAULT_THRESHOLDS, AS_OF)
    expect(warning).toEqual({
      siteId: 's1',
      siteName: 'Ashby',
      siteStatus: 'active',
      rule: 'attendance_falling',
      title: 'Attendance falling',
      message: 'Attendance fell from 15 to 9 on average over the last three meetings (down 40%).',
      href: '/programmes/prog/sites/s1/engagement',
      linkLabel: 'Engagement at Ashby'
    })
    // Exactly the threshold warns; just under it does not.
    const quarter = site({ attendance: { lastThree: 9, previousThree: 12, recentMeetings: 6 } })
    expect(rules(quarter)).toEqual(['attendance_falling'])
    expect(rules(quarter, { attendanceDropPercent: 26 })).toEqual([])
    const slight = site({ attendance: { lastThree: 10, previousThree: 12, recentMeetings: 6 } })
    expect(rules(slight)).toEqual([])
    // Rising attendance, or too few meetings to compare, never warns.
    expect(
      rules(site({ attendance: { lastThree: 15, previousThree: 9, recentMeetings: 6 } }))
    ).toEqual([])
    expect(
      rules(site({ attendance: { lastThree: 2, previousThree: 12, recentMeetings: 5 } }))
    ).toEqual([])
    expect(
      rules(site({ attendance: { lastThree: 0, previousThree: 0, recentMeetings: 6 } }))
    ).toEqual([])
  })

  it('warns when overdue actions reach the threshold, linking to the filtered tracker', () => {
    const [warning] = earlyWarnings(
      P,
      [site({ actions: { overdue: 3 } })],
      DEFAULT_THRESHOLDS,
      AS_OF
    )
    expect(warning).toMatchObject({
      rule: 'overdue_actions',
      message: '3 actions are past their due date and still open.',
      href: '/programmes/prog/actions?site=s1'
    })
    expect(rules(site({ actions: { overdue: 2 } }))).toEqual([])
    expect(rules(site({ actions: { overdue: 1 } }), { overdueActions: 1 })).toEqual([
      'overdue_actions'
    ])
    expect(
      earlyWarnings(P, [site()], { ...DEFAULT_THRESHOLDS, overdueActions: 1 }, AS_OF)[0]?.message
    ).toBe('1 action is past its due date and still open.')
  })

  it('warns after more than six weeks without a partnership meeting, or none since the start', () => {
    // 43 days before 21 Nov is 9 Oct; six weeks to the day (10 Oct) is not yet a warning.
    const late = site({ meetings: { toDate: 8, lastOn: '2026-10-09' } })
    const [warning] = earlyWarnings(P, [late], DEFAULT_THRESHOLDS, AS_OF)
    expect(warning).toMatchObject({
      rule: 'no_meeting',
      message: 'No partnership meeting for 6 weeks: the last was on 9 Oct 2026.',
      href: '/programmes/prog/sites/s1/meetings'
    })
    expect(rules(site({ meetings: { toDate: 8, lastOn: '2026-10-10' } }))).toEqual([])
    expect(rules(late, { weeksWithoutMeeting: 7 })).toEqual([])
    const never = site({ startDate: '2026-09-01', meetings: { toDate: 0, lastOn: null } })
    expect(earlyWarnings(P, [never], DEFAULT_THRESHOLDS, AS_OF)[0]?.message).toBe(
      'No partnership meeting recorded since the site started on 1 Sep 2026.'
    )
    // A site that started a fortnight ago has not missed anything yet.
    expect(rules(site({ startDate: '2026-11-07', meetings: { toDate: 0, lastOn: null } }))).toEqual(
      []
    )
  })

  it('warns after more than a month without a reflection, linking to the filtered log', () => {
    const quiet = site({ reflections: { lastOn: '2026-10-21' } })
    const [warning] = earlyWarnings(P, [quiet], DEFAULT_THRESHOLDS, AS_OF)
    expect(warning).toMatchObject({
      rule: 'no_reflection',
      message: 'No reflection logged for 31 days: the last was on 21 Oct 2026.',
      href: '/programmes/prog/reflections?site=s1'
    })
    expect(rules(site({ reflections: { lastOn: '2026-10-22' } }))).toEqual([])
    expect(rules(quiet, { daysWithoutReflection: 45 })).toEqual([])
    expect(rules(site({ reflections: { lastOn: null } }))).toEqual(['no_reflection'])
  })

  it('warns when meetings go on with no test of change started', () => {
    const stuck = site({ meetings: { toDate: 3, lastOn: '2026-11-04' }, tests: { started: 0 } })
    const [warning] = earlyWarnings(P, [stuck], DEFAULT_THRESHOLDS, AS_OF)
    expect(warning).toMatchObject({
      rule: 'no_test_started',
      message: '3 partnership meetings held and no test of change started yet.',
      href: '/programmes/prog/sites/s1/tests'
    })
    expect(rules({ ...stuck, meetings: { toDate: 2, lastOn: '2026-11-04' } })).toEqual([])
    expect(rules(stuck, { meetingsWithoutTest: 4 })).toEqual([])
  })

  it('says a paused site is paused, and leaves closed and not-yet-started sites alone', () => {
    const idle = {
      meetings: { toDate: 5, lastOn: '2026-06-01' },
      tests: { started: 0 },
      reflections: { lastOn: null }
    }
    const paused = site({ ...idle, id: 'p', name: 'Dunmore', status: 'paused' })
    const closed = site({ ...idle, id: 'c', name: 'Cranford', status: 'closed' })
    const future = site({
      ...idle,
      id: 'f',
      startDate: '2026-12-01',
      meetings: { toDate: 0, lastOn: null }
    })
    const warnings = earlyWarnings(P, [closed, paused, future], DEFAULT_THRESHOLDS, AS_OF)
    expect(warnings.map((w) => `${w.siteName} (${w.siteStatus}): ${w.rule}`)).toEqual([
      'Dunmore (paused): no_meeting',
      'Dunmore (paused): no_reflection',
      'Dunmore (paused): no_test_started'
    ])
  })

  it('has helpers that count days and say means plainly', () => {
    expect(daysBetween('2026-10-22', '2026-11-21')).toBe(30)
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2) // across the clocks going forward
    expect(meanLabel(11 / 3)).toBe('3.7')
    expect(meanLabel(15)).toBe('15')
    expect(dayLabel('2026-09-02')).toBe('2 Sep 2026')
    expect(dayLabel('2027-01-31')).toBe('31 Jan 2027')
    expect(attendanceDropPercent({ lastThree: 9, previousThree: 12, recentMeetings: 6 })).toBe(25)
    expect(
      attendanceDropPercent({ lastThree: 9, previousThree: null, recentMeetings: 3 })
    ).toBeNull()
  })
})
