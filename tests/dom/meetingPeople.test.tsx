// The meeting form's list of people (meetingPeople): the site's people from meetings.prepare and
// those found in the programme, each a member or not on the date typed, members first.
import { describe, expect, it } from 'vitest'
import { meetingPeople } from '../../renderer/src/features/meetings/meetingForm'

const person = (id: string, name: string, spells: [string, string | null][], isMember = false) => ({
  id,
  name,
  role: 'GP',
  organisationName: null,
  isMember,
  memberships: spells.map(([joinedOn, leftOn]) => ({ joinedOn, leftOn }))
})

const prepared = [
  person('a', 'Asha', [['2026-02-01', null]], true),
  person('e', 'eve', [
    ['2026-02-01', '2026-04-01'],
    ['2026-07-01', null]
  ]),
  person('g', 'Gus', [])
]
const found = [
  { id: 'b', name: 'Ben', role: 'OT', organisationName: 'Library' },
  { id: 'a', name: 'Asha', role: 'GP', organisationName: null }
]
const names = (day: string) =>
  meetingPeople(prepared, found, day).map((p) => `${p.name}${p.isMember ? ' (member)' : ''}`)

describe('the meeting form’s people', () => {
  it('flags members on the date typed and puts them first, then everyone by name', () => {
    expect(names('2026-03-01')).toEqual(['Asha (member)', 'eve (member)', 'Ben', 'Gus'])
    // Left on 1 April: not a member that day; back from 1 July.
    expect(names('2026-04-01')).toEqual(['Asha (member)', 'Ben', 'eve', 'Gus'])
    expect(names('2026-07-01')).toEqual(['Asha (member)', 'eve (member)', 'Ben', 'Gus'])
    expect(names('2026-01-31')).toEqual(['Asha', 'Ben', 'eve', 'Gus'])
  })

  it('keeps the flag from meetings.prepare while the date is not a date, and lists no one twice', () => {
    expect(names('14/10/20')).toEqual(['Asha (member)', 'Ben', 'eve', 'Gus'])
    expect(meetingPeople(prepared, found, '2026-03-01').find((p) => p.id === 'b')).toEqual({
      id: 'b',
      name: 'Ben',
      role: 'OT',
      organisationName: 'Library',
      isMember: false
    })
  })
})
