// Sample meetings between the partnership meetings: debriefs, sponsor meetings and workshops.
import type { HeldMeeting } from './actions'
import { monthLabel, shiftDays, stamp } from './dates'
import { drawTurnout, isMemberOn, type Attender, type Turnout } from './meetingPeople'
import type { SiteStyle } from './meetings'
import {
  DEBRIEF_LEARNING,
  DEBRIEF_NOTES,
  DEBRIEF_VENUES,
  SPONSOR_NOTES,
  WORKSHOP_TITLES
} from './meetingVoices'
import type { MeetingInsert, SampleMeetings, SampleSite } from './model'
import type { Random } from './random'

/** Adds a meeting with who came and who sent apologies. */
export function recordMeeting(out: SampleMeetings, row: MeetingInsert, turnout: Turnout): void {
  out.meetings.push(row)
  for (const a of turnout.attended) {
    out.attendance.push({ meetingId: row.id, personId: a.personId, status: 'attended' })
  }
  for (const a of turnout.apologies) {
    out.attendance.push({ meetingId: row.id, personId: a.personId, status: 'apologies' })
  }
}

// The workshop's method, by its title in WORKSHOP_TITLES.
const WORKSHOP_METHODS = [
  'Visual scenario planning',
  'Appreciative inquiry',
  'Stories of people who use services'
]

/**
 * After most partnership meetings the consultant and the coordinator debrief; a few times the
 * sponsor is brought up to date, and once in a while the group holds a longer workshop. Each
 * falls a few days after a partnership meeting and before the next, within the site's time.
 */
export function planMeetingsBetween(
  rng: Random,
  site: SampleSite,
  style: SiteStyle,
  held: HeldMeeting[],
  out: SampleMeetings
): void {
  const workshopAt = rng.chance(0.6) ? rng.int(4, 7) : -1
  held.forEach((meeting, k) => {
    const next = held[k + 1]?.heldOn ?? shiftDays(style.end, 1)
    const fits = (date: string) => date < next && date <= style.end
    const consultant = meeting.facilitator
    if (!consultant) return
    const coordinator = style.attenders.find(
      (a) => a.memberRole === 'coordinator' && isMemberOn(a, meeting.heldOn)
    )
    // Debriefs thin out as the paused site fades.
    const debriefChance = k === 0 ? 0.9 : meeting.declining ? 0.3 : 0.55
    const debriefOn = shiftDays(meeting.heldOn, rng.int(1, 6))
    if (coordinator && rng.chance(debriefChance) && fits(debriefOn)) {
      const row = betweenRow(rng, site, debriefOn, k, {
        kind: 'debrief',
        startTime: rng.pick(['09:00', '12:30', '16:00']),
        durationMinutes: 60,
        venue: rng.pick(DEBRIEF_VENUES).replaceAll('{town}', site.row.name),
        facilitator: consultant.name,
        purpose: `Debrief after the ${monthLabel(meeting.heldOn)} partnership meeting: what happened, what it means, what next.`,
        notes: rng.pick(DEBRIEF_NOTES),
        learning: rng.chance(0.5) ? rng.pick(DEBRIEF_LEARNING) : ''
      })
      recordMeeting(out, row, present([consultant, coordinator], debriefOn))
    }
    const sponsor = style.attenders.find((a) => a.memberRole === 'sponsor')
    const sponsorsOn = shiftDays(meeting.heldOn, rng.int(8, 14))
    if (sponsor && (k === 3 || k === 9 || k === 15) && rng.chance(0.75) && fits(sponsorsOn)) {
      const row = betweenRow(rng, site, sponsorsOn, k, {
        kind: 'sponsors',
        startTime: '11:00',
        durationMinutes: rng.pick([60, 90]),
        venue: 'Video call',
        facilitator: consultant.name,
        purpose: 'Bring the sponsor up to date and ask for help with what is stuck.',
        notes: rng.pick(SPONSOR_NOTES),
        learning: ''
      })
      const people = coordinator ? [sponsor, consultant, coordinator] : [sponsor, consultant]
      recordMeeting(out, row, present(people, sponsorsOn))
    }
    const workshopOn = shiftDays(meeting.heldOn, rng.int(12, 16))
    if (k === workshopAt && fits(workshopOn)) workshop(rng, site, style, k, workshopOn, out)
  })
}

function present(people: Attender[], date: string): Turnout {
  return { attended: people.filter((a) => isMemberOn(a, date)), apologies: [] }
}

type BetweenFields = Pick<
  MeetingInsert,
  | 'kind'
  | 'startTime'
  | 'durationMinutes'
  | 'venue'
  | 'facilitator'
  | 'purpose'
  | 'notes'
  | 'learning'
>

function betweenRow(
  rng: Random,
  site: SampleSite,
  heldOn: string,
  k: number,
  fields: BetweenFields
): MeetingInsert {
  return {
    id: rng.uuid(),
    siteId: site.row.id,
    heldOn,
    ...fields,
    createdAt: stamp(heldOn, 17, k),
    updatedAt: stamp(heldOn, 17, k)
  }
}

/** A longer session on one method, open to the whole group; fewer come than to a meeting. */
function workshop(
  rng: Random,
  site: SampleSite,
  style: SiteStyle,
  k: number,
  heldOn: string,
  out: SampleMeetings
): void {
  const which = rng.int(0, WORKSHOP_TITLES.length - 1)
  const title = WORKSHOP_TITLES[which] ?? ''
  const facilitator = style.attenders.find((a) => a.memberRole === 'consultant')
  const row = betweenRow(rng, site, heldOn, k, {
    kind: 'workshop',
    startTime: '09:30',
    durationMinutes: rng.pick([180, 210, 240]),
    venue: style.venues[0] ?? '',
    facilitator: facilitator?.name ?? '',
    purpose: `Workshop: ${title}.`,
    notes: 'A longer session open to everyone in the partnership and their teams.',
    learning: 'Giving it a whole morning let people get past describing their own services.'
  })
  row.methods = JSON.stringify([WORKSHOP_METHODS[which] ?? 'Dialogue not debate'])
  row.unnamedAttendees = rng.int(0, 6)
  row.energy = rng.int(4, 5)
  row.checkOut = 'People asked for another one in the spring.'
  const turnout = drawTurnout(rng, style.attenders, heldOn, {
    facilitatorId: facilitator?.personId ?? '',
    factor: 0.7
  })
  recordMeeting(out, row, turnout)
  out.focusAreas.push({
    id: rng.uuid(),
    meetingId: row.id,
    position: 0,
    title,
    notes: 'Worked in mixed groups; the wall charts were photographed and sent round.'
  })
}
