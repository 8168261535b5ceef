import { describe, expect, it } from 'vitest'
import {
  actionsBreakdown,
  actionsSummary,
  attendanceSeries,
  attendanceSummary,
  classifyAttendance,
  dateLabel,
  describeRecord,
  patternCounts,
  patternSummary,
  personRecords,
  representationSeries,
  representationSummary,
  type EngagementMeeting,
  type EngagementPerson
} from '../../renderer/src/features/engagement/engagementSeries'

function meeting(
  id: string,
  heldOn: string,
  figures: Partial<EngagementMeeting> = {}
): EngagementMeeting {
  return {
    id,
    heldOn,
    startTime: null,
    kind: 'partnership',
    named: 0,
    apologies: 0,
    unnamed: 0,
    organisations: 0,
    sectors: 0,
    sectorKeys: [],
    ...figures
  }
}

function person(name: string, figures: Partial<EngagementPerson> = {}): EngagementPerson {
  return {
    personId: `p-${name}`,
    name,
    role: 'GP',
    organisationName: null,
    sector: null,
    joinedOn: '2026-01-05',
    leftOn: null,
    attended: 0,
    apologies: 0,
    memberMeetings: 0,
    attendedWhileMember: 0,
    attendedFirstHalf: 0,
    attendedLastThree: 0,
    firstAttended: null,
    lastAttended: null,
    pattern: '',
    ...figures
  }
}

describe('dates', () => {
  it('labels ISO days the en-GB way', () => {
    expect(dateLabel('2026-11-21')).toBe('21 Nov 2026')
    expect(dateLabel('2026-06-09')).toBe('9 Jun 2026')
  })
})

describe('attendance and representation series', () => {
  it('is empty for a site with no meetings', () => {
    expect(attendanceSeries([])).toEqual([])
    expect(representationSeries([])).toEqual([])
    expect(attendanceSummary([])).toBe('No partnership meetings recorded yet.')
    expect(representationSummary([])).toBe('No partnership meetings recorded yet.')
  })

  it('describes a single meeting', () => {
    const only = [
      meeting('m1', '2026-11-21', {
        named: 5,
        unnamed: 2,
        apologies: 1,
        organisations: 3,
        sectors: 1,
        sectorKeys: ['nhs']
      })
    ]
    expect(attendanceSeries(only)).toEqual([
      {
        meetingId: 'm1',
        heldOn: '2026-11-21',
        label: '21 Nov 2026',
        named: 5,
        unnamed: 2,
        present: 7,
        apologies: 1
      }
    ])
    expect(attendanceSummary(attendanceSeries(only))).toBe(
      'Attendance at 1 partnership meeting: 5 named, 2 not named'
    )
    expect(representationSummary(representationSeries(only))).toBe(
      'At 1 partnership meeting, 3 organisations from 1 sector'
    )
  })

  it('follows partnership meetings only, oldest first, leaving debriefs out', () => {
    const meetings = [
      meeting('m1', '2026-02-10', {
        named: 18,
        unnamed: 2,
        apologies: 3,
        organisations: 12,
        sectors: 5,
        sectorKeys: ['nhs', 'local_authority', 'primary_care', 'voluntary_community', 'housing']
      }),
      meeting('d1', '2026-02-11', { kind: 'debrief', named: 2, organisations: 1, sectors: 1 }),
      meeting('m2', '2026-03-10', { named: 12, apologies: 4, organisations: 9, sectors: 3 }),
      meeting('m3', '2026-09-01', {
        named: 9,
        unnamed: 1,
        organisations: 6,
        sectors: 2,
        sectorKeys: ['nhs', 'people_using_services']
      })
    ]
    const attendance = attendanceSeries(meetings)
    expect(attendance.map((p) => [p.label, p.named, p.unnamed, p.present, p.apologies])).toEqual([
      ['10 Feb 2026', 18, 2, 20, 3],
      ['10 Mar 2026', 12, 0, 12, 4],
      ['1 Sep 2026', 9, 1, 10, 0]
    ])
    expect(attendanceSummary(attendance)).toBe(
      'Attendance at 3 partnership meetings, from 18 named at the first to 9 at the last'
    )

    const representation = representationSeries(meetings)
    expect(representation.map((p) => [p.meetingId, p.organisations, p.sectors])).toEqual([
      ['m1', 12, 5],
      ['m2', 9, 3],
      ['m3', 6, 2]
    ])
    expect(representation[2]?.sectorNames).toEqual([
      'NHS / health board',
      'People who use services and carers'
    ])
    expect(representationSummary(representation)).toBe(
      'Organisations represented at 3 partnership meetings, from 12 at the first to 6 at the last; sectors from 5 to 2'
    )
  })
})

describe('personal attendance record', () => {
  // Figures as the store counts them over the meetings held while a member:
  // n = memberMeetings, k = attendedWhileMember, first half = the first floor(n / 2).
  const cases: [string, Partial<EngagementPerson>, string][] = [
    [
      'came to all five',
      {
        attended: 5,
        memberMeetings: 5,
        attendedWhileMember: 5,
        attendedFirstHalf: 2,
        attendedLastThree: 3
      },
      'every_meeting'
    ],
    [
      'joined late and came to both meetings since',
      {
        attended: 2,
        memberMeetings: 2,
        attendedWhileMember: 2,
        attendedFirstHalf: 1,
        attendedLastThree: 2
      },
      'every_meeting'
    ],
    [
      'came to the only meeting since joining (one is too few for "every")',
      {
        attended: 1,
        memberMeetings: 1,
        attendedWhileMember: 1,
        attendedFirstHalf: 0,
        attendedLastThree: 1
      },
      'regular'
    ],
    [
      'came to exactly two of three',
      {
        attended: 2,
        memberMeetings: 3,
        attendedWhileMember: 2,
        attendedFirstHalf: 1,
        attendedLastThree: 2
      },
      'regular'
    ],
    [
      'came to two of four',
      {
        attended: 2,
        memberMeetings: 4,
        attendedWhileMember: 2,
        attendedFirstHalf: 1,
        attendedLastThree: 1
      },
      'occasional'
    ],
    [
      'came to the first three of six, then stopped',
      {
        attended: 3,
        memberMeetings: 6,
        attendedWhileMember: 3,
        attendedFirstHalf: 3,
        attendedLastThree: 0
      },
      'drifted_away'
    ],
    [
      'came to seven of ten but none of the last three',
      {
        attended: 7,
        memberMeetings: 10,
        attendedWhileMember: 7,
        attendedFirstHalf: 5,
        attendedLastThree: 0
      },
      'drifted_away'
    ],
    [
      'came only to the latest of five (not drifting: never came early on)',
      {
        attended: 1,
        memberMeetings: 5,
        attendedWhileMember: 1,
        attendedFirstHalf: 0,
        attendedLastThree: 1
      },
      'occasional'
    ],
    [
      'joined late, came once as a guest before and once of the two since',
      {
        attended: 2,
        memberMeetings: 2,
        attendedWhileMember: 1,
        attendedFirstHalf: 1,
        attendedLastThree: 1
      },
      'occasional'
    ],
    ['a member who came to none of three', { attended: 0, memberMeetings: 3 }, 'never_attended'],
    ['joined after the last meeting', { attended: 0, memberMeetings: 0 }, 'never_attended'],
    [
      'came twice without being a member',
      { attended: 2, memberMeetings: 0, joinedOn: null },
      'occasional'
    ]
  ]
  it.each(cases)('%s', (_, figures, expected) => {
    expect(classifyAttendance(person('X', figures))).toBe(expected)
  })

  it('says each pattern in words', () => {
    const words = (figures: Partial<EngagementPerson>) => describeRecord(person('X', figures))
    expect(
      words({ attended: 5, memberMeetings: 5, attendedWhileMember: 5, attendedLastThree: 3 })
    ).toBe('Came to all 5 meetings held while a member')
    expect(
      words({ attended: 1, memberMeetings: 1, attendedWhileMember: 1, attendedLastThree: 1 })
    ).toBe('Came to the only meeting held while a member')
    expect(words({ attended: 0, apologies: 1, memberMeetings: 1 })).toBe(
      'Missed the only meeting held while a member; sent apologies once'
    )
    expect(words({ attended: 2, memberMeetings: 2, attendedWhileMember: 2 })).toBe(
      'Came to both meetings held while a member'
    )
    expect(
      words({
        attended: 3,
        apologies: 2,
        memberMeetings: 6,
        attendedWhileMember: 3,
        attendedFirstHalf: 3
      })
    ).toBe('Came to 3 of 6 meetings held while a member, none of the last 3; sent apologies twice')
    expect(
      words({
        attended: 2,
        memberMeetings: 2,
        attendedWhileMember: 1,
        attendedFirstHalf: 1,
        attendedLastThree: 1
      })
    ).toBe('Came to 1 of 2 meetings held while a member (and 1 more as a guest)')
    expect(words({ attended: 0, apologies: 1, memberMeetings: 3 })).toBe(
      'Came to none of the 3 meetings held while a member; sent apologies once'
    )
    expect(words({ attended: 0, memberMeetings: 0 })).toBe(
      'No partnership meeting held while a member'
    )
    expect(words({ attended: 0, apologies: 1, memberMeetings: 0, joinedOn: null })).toBe(
      'Not a member; never came; sent apologies once'
    )
    expect(words({ attended: 2, memberMeetings: 0, joinedOn: null })).toBe(
      'Came to 2 meetings without being a member'
    )
  })

  it('groups people by pattern, every meeting first, then by name, and counts each pattern', () => {
    const people = [
      person('Zara', { attended: 0, memberMeetings: 4 }),
      person('Ben', {
        attended: 2,
        memberMeetings: 5,
        attendedWhileMember: 2,
        attendedFirstHalf: 2
      }),
      person('Cara', {
        attended: 4,
        memberMeetings: 5,
        attendedWhileMember: 4,
        attendedFirstHalf: 1,
        attendedLastThree: 3
      }),
      person('asha', {
        attended: 5,
        memberMeetings: 5,
        attendedWhileMember: 5,
        attendedFirstHalf: 2,
        attendedLastThree: 3
      }),
      person('Dev', {
        attended: 2,
        memberMeetings: 2,
        attendedWhileMember: 2,
        attendedFirstHalf: 1,
        attendedLastThree: 2
      }),
      person('Abe', {
        attended: 4,
        memberMeetings: 6,
        attendedWhileMember: 4,
        attendedFirstHalf: 2,
        attendedLastThree: 2
      })
    ]
    const records = personRecords(people)
    expect(records.map((r) => [r.name, r.patternLabel])).toEqual([
      ['asha', 'Every meeting'],
      ['Dev', 'Every meeting'],
      ['Abe', 'Regular'],
      ['Cara', 'Regular'],
      ['Ben', 'Drifted away'],
      ['Zara', 'Never attended']
    ])
    expect(records[4]?.description).toBe(
      'Came to 2 of 5 meetings held while a member, none of the last 3'
    )
    const counts = patternCounts(records)
    expect(counts.map((c) => [c.key, c.people])).toEqual([
      ['every_meeting', 2],
      ['regular', 2],
      ['occasional', 0],
      ['drifted_away', 1],
      ['never_attended', 1]
    ])
    expect(patternSummary(counts)).toBe(
      'Attendance patterns of 6 people: 2 every meeting, 2 regular, 1 drifted away, 1 never attended'
    )
    expect(patternSummary(patternCounts([]))).toBe(
      'Nobody is in the partnership or has attended yet.'
    )
  })
})

describe('actions breakdown', () => {
  it('gives each outcome its count and whole per cent of all actions', () => {
    const counts = {
      total: 7,
      doneOnTime: 2,
      doneLate: 1,
      openNotDue: 2,
      openOverdue: 1,
      dropped: 1
    }
    const slices = actionsBreakdown(counts)
    expect(slices).toEqual([
      { key: 'doneOnTime', label: 'Done on time', count: 2, percent: 29 },
      { key: 'doneLate', label: 'Done late', count: 1, percent: 14 },
      { key: 'openNotDue', label: 'Open, not yet due', count: 2, percent: 29 },
      { key: 'openOverdue', label: 'Open and overdue', count: 1, percent: 14 },
      { key: 'dropped', label: 'Dropped', count: 1, percent: 14 }
    ])
    expect(actionsSummary(counts, slices)).toBe(
      '7 actions: 2 done on time, 1 done late, 2 open, not yet due, 1 open and overdue, 1 dropped'
    )
  })

  it('has no percentages to give when there are no actions', () => {
    const counts = {
      total: 0,
      doneOnTime: 0,
      doneLate: 0,
      openNotDue: 0,
      openOverdue: 0,
      dropped: 0
    }
    expect(actionsBreakdown(counts).map((s) => s.percent)).toEqual([0, 0, 0, 0, 0])
    expect(actionsSummary(counts, actionsBreakdown(counts))).toBe('No actions recorded yet.')
  })
})
