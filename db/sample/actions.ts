// Sample actions and quotes from partnership meetings: who agreed what, what became of it, who said what.
import type { Consent } from '../../domain/vocabulary'
import { daysBetween, shiftDays, stamp } from './dates'
import { isLocal, type Attender } from './meetingPeople'
import type { SiteStyle } from './meetings'
import { CARRY_NOTES, DROP_NOTES, GENERAL_QUOTES, ROLE_QUOTES } from './meetingVoices'
import type { ActionInsert, QuoteInsert, SampleContext } from './model'
import type { Random } from './random'

/** A partnership meeting as its actions and quotes need it. */
export interface HeldMeeting {
  id: string
  heldOn: string
  facilitator: Attender | null
  attended: Attender[]
  /** Actions its focus areas suggest. */
  actionTexts: string[]
  /** The paused site's last months: actions slip. */
  declining: boolean
}

/** What the next meeting made of an action: done on time, done late, dropped, carried, forgotten. */
type Fate = 'onTime' | 'late' | 'dropped' | 'carried' | 'forgotten'

const FATES: readonly (readonly [Fate, number])[] = [
  ['onTime', 62],
  ['late', 11],
  ['dropped', 8],
  ['carried', 15],
  ['forgotten', 4]
]
// Collaborative inertia: actions not done between meetings.
const DECLINING_FATES: readonly (readonly [Fate, number])[] = [
  ['onTime', 22],
  ['late', 8],
  ['dropped', 5],
  ['carried', 40],
  ['forgotten', 25]
]

const GENERIC_ACTIONS = [
  'Send round the notes and the photos of the flipcharts',
  'Book the room and send the invitations for next month'
]

/** Coordinators chase most actions; consultants take a few; anyone local who came may own one. */
function ownerFor(rng: Random, meeting: HeldMeeting, generic: boolean): Attender | undefined {
  const local = meeting.attended.filter(isLocal)
  const coordinator = local.find((a) => a.memberRole === 'coordinator')
  if (generic && coordinator) return coordinator
  if (meeting.facilitator && rng.chance(0.1)) return meeting.facilitator
  const weighted = local.map((a) => [a, a.memberRole === 'coordinator' ? 3 : 1] as const)
  return weighted.length > 0 ? rng.weighted(weighted) : (meeting.facilitator ?? undefined)
}

/**
 * Two to four actions per meeting, due a few weeks later and usually before the next meeting,
 * each reviewed at the meetings that follow: most done, some late, dropped or carried forward,
 * a few forgotten. Nothing is reviewed after a site's last meeting, so those stay open, and at a
 * closed site everything was settled when it closed.
 */
export function planActions(
  ctx: SampleContext,
  rng: Random,
  style: SiteStyle,
  siteId: string,
  held: HeldMeeting[]
): ActionInsert[] {
  // Due dates keep a week clear of today either side, so "overdue" reads the same in every zone.
  const clear = (due: string) =>
    due > shiftDays(ctx.today, -15) && due < shiftDays(ctx.today, 7)
      ? shiftDays(ctx.today, rng.int(7, 21))
      : due
  const dueAfter = (from: string, next: string | undefined) => {
    let due = shiftDays(from, rng.int(14, 28))
    if (next && due >= next) due = shiftDays(next, -rng.int(1, 5))
    return clear(due)
  }
  const actions: ActionInsert[] = []
  held.forEach((meeting, k) => {
    const reviews = held.slice(k + 1).map((m) => m.heldOn)
    const generic = rng.chance(0.5) ? [rng.pick(GENERIC_ACTIONS)] : []
    const texts = [...generic, ...rng.shuffle(meeting.actionTexts)].slice(0, rng.int(2, 4))
    texts.forEach((description, i) => {
      const owner = ownerFor(rng, meeting, generic.includes(description))
      const action: ActionInsert = {
        id: rng.uuid(),
        siteId,
        meetingId: meeting.id,
        description,
        ownerId: owner?.personId ?? null,
        agreedOn: meeting.heldOn,
        dueOn: dueAfter(meeting.heldOn, reviews[0]),
        status: 'open',
        completedOn: null,
        carriedForward: 0,
        notes: '',
        createdAt: stamp(meeting.heldOn, 19, i)
      }
      settle(rng, action, reviews, meeting.declining ? DECLINING_FATES : FATES, dueAfter)
      if (style.story === 'closed' && action.status === 'open') {
        // Whatever was left was finished or let go when the group closed.
        action.status = rng.chance(0.7) ? 'done' : 'dropped'
        action.completedOn = action.status === 'done' ? action.dueOn : style.end
      }
      actions.push(action)
    })
  })
  return actions
}

/** Plays an action through the meetings that review it, as the meeting form records them. */
function settle(
  rng: Random,
  action: ActionInsert,
  reviews: string[],
  fates: readonly (readonly [Fate, number])[],
  dueAfter: (from: string, next: string | undefined) => string
): void {
  let from = action.agreedOn
  for (let r = 0; r < reviews.length; r++) {
    const reviewedOn = reviews[r] ?? from
    // Carried twice is enough: the third time it is settled one way or the other.
    const fate = rng.weighted(
      (action.carriedForward ?? 0) >= 2 ? fates.filter(([f]) => f !== 'carried') : fates
    )
    if (fate === 'forgotten') return
    if (fate === 'carried') {
      action.carriedForward = (action.carriedForward ?? 0) + 1
      action.firstDueOn ??= action.dueOn
      action.dueOn = dueAfter(reviewedOn, reviews[r + 1])
      action.notes = rng.pick(CARRY_NOTES)
      from = reviewedOn
      continue
    }
    action.status = fate === 'dropped' ? 'dropped' : 'done'
    if (fate === 'dropped') action.notes = rng.pick(DROP_NOTES)
    const span = Math.max(0, daysBetween(from, action.dueOn))
    action.completedOn =
      fate === 'onTime' ? shiftDays(from, rng.int(Math.min(2, span), span)) : reviewedOn
    return
  }
}

function consentFor(rng: Random, recent: boolean): Consent {
  // Consent for the latest quotes is often still to be asked.
  return rng.weighted<Consent>(
    recent
      ? [
          ['yes', 50],
          ['not_asked', 45],
          ['no', 5]
        ]
      : [
          ['yes', 78],
          ['not_asked', 14],
          ['no', 8]
        ]
  )
}

/** None to two quotes a meeting, from local people who were there, attributed by their role. */
export function planQuotes(
  rng: Random,
  siteId: string,
  meeting: HeldMeeting,
  recent: boolean,
  used: Set<string>
): QuoteInsert[] {
  const count = rng.weighted([
    [0, 3],
    [1, 4],
    [2, 2]
  ])
  const speakers = rng.sample(meeting.attended.filter(isLocal), count)
  return speakers.map((speaker, i) => {
    const own = ROLE_QUOTES[speaker.role] ?? []
    const fresh = (texts: readonly string[]) => texts.filter((t) => !used.has(t))
    const pool = fresh(own).length > 0 && rng.chance(0.65) ? fresh(own) : fresh(GENERAL_QUOTES)
    const text = pool.length > 0 ? rng.pick(pool) : rng.pick(GENERAL_QUOTES)
    used.add(text)
    return {
      id: rng.uuid(),
      siteId,
      meetingId: meeting.id,
      text,
      speakerRole: speaker.role,
      personId: speaker.personId,
      consent: consentFor(rng, recent),
      createdAt: stamp(meeting.heldOn, 19, 30 + i)
    }
  })
}
