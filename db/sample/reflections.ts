// Sample site reflection cycles: the consultant and the coordinator reflect after most meetings.
import type { HeldMeeting } from './actions'
import {
  firstName,
  lowerFirst,
  reviewCycle,
  statusFor,
  tagCycle,
  type OwnCodes
} from './cycleParts'
import { daysBetween, monthLabel, shiftDays, stamp } from './dates'
import type { Attender } from './meetingPeople'
import type { ActionInsert, CycleInsert, SampleContext, SampleRecords, SiteHistory } from './model'
import type { SiteOutcome } from './outcomes'
import type { Random } from './random'
import { FOLLOW_UP, LAUNCH_ITEMS, PLAN_ITEMS, PLAN_ITEMS_FADING, type PlanItem } from './planTexts'
import { OPENINGS, REFLECT, REFLECT_FADING } from './reflectionTexts'
import { REFLECTION_EVIDENCE_NOTE } from './outcomeTexts'

/** A site cycle with the meeting it followed, for the tests of change that come out of it. */
export interface SiteCycle {
  row: CycleInsert
  meeting: HeldMeeting
}

/** What became of a Plan item: done or not, known only once the next meeting has been. */
interface ItemFate {
  item: PlanItem
  done: boolean | null
}

interface CycleOwners {
  consultant: Attender
  coordinator: { id: string; name: string }
}

// The paused site has logged nothing for well over two months: no reflection for weeks is a sign.
const PAUSED_SILENCE_DAYS = 75

/** After most partnership meetings, one to three days on, a cycle for the consultant and coordinator. */
export function planSiteReflections(
  ctx: SampleContext,
  history: SiteHistory,
  outcomes: readonly SiteOutcome[],
  codes: OwnCodes,
  partner: string,
  out: SampleRecords
): SiteCycle[] {
  const rng = ctx.root.fork(`reflections-${history.site.index}`)
  const { held } = history
  const cycles: SiteCycle[] = []
  const silentFrom = shiftDays(ctx.today, -PAUSED_SILENCE_DAYS)
  let last: ItemFate[] = []
  // The paused site's last cycle follows its last meeting before the silence: after it, nothing.
  const lastLogged = history.story === 'paused' ? lastBefore(held, shiftDays(silentFrom, -3)) : -1
  held.forEach((meeting, k) => {
    const next = held[k + 1]
    // A site still going has reflected on its latest meeting, if only just.
    const latest = history.story === 'active' && !next
    const chance = k === 0 || k === lastLogged || latest ? 1 : meeting.declining ? 0.45 : 0.85
    const drawn = shiftDays(meeting.heldOn, rng.int(1, 3))
    const heldOn = latest && drawn > history.quiet ? history.quiet : drawn
    if (!rng.chance(chance) || heldOn <= meeting.heldOn || heldOn > history.quiet) return
    if (next && heldOn >= next.heldOn) return
    if (history.story === 'paused' && heldOn > silentFrom) return
    const owners = ownersOn(history, meeting, heldOn)
    if (!owners) return
    const cycle = siteCycle(ctx, rng, history, meeting, k, heldOn, owners, last, codes, out)
    last = cycle.fates
    cycles.push({ row: cycle.row, meeting })
    reviewCycle(rng, ctx, cycle.row, partner, owners.consultant.name, out)
  })
  // Now and then the consultants link a reviewed cycle to an outcome as evidence of change.
  const reviewed = cycles.filter((c) => c.row.status === 'reviewed')
  for (const outcome of outcomes) {
    if (reviewed.length === 0 || !rng.chance(0.3)) continue
    const cycle = rng.pick(reviewed)
    out.evidence.push({
      id: rng.uuid(),
      outcomeId: outcome.row.id ?? '',
      reflectionId: cycle.row.id,
      note: REFLECTION_EVIDENCE_NOTE,
      createdAt: stamp(cycle.row.heldOn, 17, 30)
    })
  }
  return cycles
}

function lastBefore(held: readonly HeldMeeting[], date: string): number {
  let found = -1
  held.forEach((m, k) => {
    if (m.heldOn <= date) found = k
  })
  return found
}

function ownersOn(history: SiteHistory, meeting: HeldMeeting, on: string): CycleOwners | null {
  const member = history.site.members.find(
    (m) => m.role === 'coordinator' && m.joinedOn <= on && (!m.leftOn || m.leftOn > on)
  )
  const person = member ? history.people.get(member.personId) : undefined
  if (!meeting.facilitator || !person) return null
  return { consultant: meeting.facilitator, coordinator: { id: person.id, name: person.name } }
}

function siteCycle(
  ctx: SampleContext,
  rng: Random,
  history: SiteHistory,
  meeting: HeldMeeting,
  k: number,
  heldOn: string,
  owners: CycleOwners,
  previous: ItemFate[],
  codes: OwnCodes,
  out: SampleRecords
): { row: CycleInsert; fates: ItemFate[] } {
  const next = history.held[k + 1]
  const fill = (text: string) =>
    text
      .replaceAll('{coordinator}', firstName(owners.coordinator.name))
      .replaceAll('{town}', history.site.row.name)
  const passages = rng.sample(meeting.declining ? REFLECT_FADING : REFLECT, rng.int(1, 2))
  // A Plan moves on from the last one, and the launch has its own.
  const pool =
    k === 0
      ? LAUNCH_ITEMS
      : meeting.declining
        ? PLAN_ITEMS_FADING
        : PLAN_ITEMS.filter((p) => !(p.later && k < 3) && !previous.some((f) => f.item === p))
  const items = rng.sample(pool, rng.int(1, 3))
  const status = statusFor(rng, ctx.today, heldOn)
  const id = rng.uuid()
  const fates = items.map((item, i): ItemFate => {
    const action = rng.chance(0.35)
      ? planAction(ctx, rng, history, meeting, id, heldOn, item, owners, i, out)
      : null
    if (!next) return { item, done: null }
    const done = action ? action.status === 'done' : rng.chance(meeting.declining ? 0.3 : 0.7)
    return { item, done }
  })
  const focus = history.focus.get(meeting.id) ?? []
  const title =
    k === 0
      ? 'After the launch'
      : rng.chance(0.7) || focus.length === 0
        ? `After the ${monthLabel(meeting.heldOn)} meeting`
        : `What we made of "${focus[0] ?? ''}"`
  const act = next ? fates.map((f) => `- ${f.done ? f.item.done : f.item.notDone}`).join('\n') : ''
  const updated = next ? shiftDays(next.heldOn, -1) : heldOn
  const row: CycleInsert = {
    id,
    programmeId: ctx.programmeId,
    siteId: history.site.row.id,
    meetingId: meeting.id,
    heldOn,
    title,
    observe: fill(observe(rng, history, meeting, k, previous)),
    reflect: fill(passages.map((p) => p.text).join('\n\n')),
    plan: fill(items.map((item) => `- ${item.text}`).join('\n')),
    act: fill(act),
    status,
    createdAt: stamp(heldOn, 15, k),
    updatedAt: stamp(updated > heldOn ? updated : heldOn, updated > heldOn ? 9 : 15, k)
  }
  out.cycles.push(row)
  out.participants.push(
    { cycleId: id, personId: owners.consultant.personId },
    { cycleId: id, personId: owners.coordinator.id }
  )
  tagCycle(rng, id, passages, codes, out)
  return { row, fates }
}

/** Who came and how it felt, what the meeting worked on, and what became of the last Plan. */
function observe(
  rng: Random,
  history: SiteHistory,
  meeting: HeldMeeting,
  k: number,
  previous: ItemFate[]
): string {
  const row = history.meetingRows.get(meeting.id)
  const energy = row?.energy ?? 3
  const band = energy <= 2 ? 'low' : energy === 3 ? 'mid' : 'high'
  const organisations = new Set(
    meeting.attended.map((a) => history.people.get(a.personId)?.organisationId ?? a.personId)
  )
  const count = meeting.attended.length + (row?.unnamedAttendees ?? 0)
  const lines = [
    rng
      .pick(OPENINGS[band])
      .replaceAll('{n}', String(count))
      .replaceAll('{orgs}', String(organisations.size))
  ]
  const lastMeeting = history.held[k - 1]
  if (lastMeeting) {
    const due = history.actions.filter((a) => a.meetingId === lastMeeting.id)
    const done = due.filter((a) => a.completedOn != null && a.completedOn <= meeting.heldOn)
    lines[0] += ` Of the ${due.length} actions from last time, ${done.length} were done.`
  }
  const focus = history.focus.get(meeting.id) ?? []
  const [first, second] = focus
  if (first) {
    lines.push(
      second && rng.chance(0.5)
        ? `Most of the time went on **${first}**; we ran short of time for **${second}**.`
        : `The small groups worked on ${focus.map((f) => `**${f}**`).join(' and ')}.`
    )
  }
  if (row?.learning && rng.chance(0.5))
    lines.push(`What the group said it learned:\n\n> ${row.learning}`)
  const followed = previous.find((f) => f.done !== null)
  if (followed) {
    const says = rng.pick(followed.done ? FOLLOW_UP.done : FOLLOW_UP.notDone)
    lines.push(`Last time we planned to ${lowerFirst(followed.item.text)}: ${says}`)
  }
  return lines.join('\n\n')
}

/** A Plan item turned into an action: owned by a member, due before the next meeting or so. */
function planAction(
  ctx: SampleContext,
  rng: Random,
  history: SiteHistory,
  meeting: HeldMeeting,
  cycleId: string,
  agreedOn: string,
  item: PlanItem,
  owners: CycleOwners,
  i: number,
  out: SampleRecords
): ActionInsert {
  const locals = meeting.attended.filter(
    (a) => a.memberRole === 'member' && (a.leftOn === null || a.leftOn > agreedOn)
  )
  const ownerId =
    item.owner === 'consultant'
      ? owners.consultant.personId
      : item.owner === 'member' && locals.length > 0
        ? rng.pick(locals).personId
        : owners.coordinator.id
  // As at meetings, due dates keep a week clear of today either side.
  let dueOn = shiftDays(agreedOn, rng.int(10, 25))
  if (dueOn > shiftDays(ctx.today, -15) && dueOn < shiftDays(ctx.today, 7)) {
    dueOn = shiftDays(ctx.today, rng.int(7, 21))
  }
  const next = history.held.find((m) => m.heldOn > agreedOn)
  const action: ActionInsert = {
    id: rng.uuid(),
    siteId: history.site.row.id,
    meetingId: null,
    reflectionId: cycleId,
    description: item.text,
    ownerId,
    agreedOn,
    dueOn,
    status: 'open',
    completedOn: null,
    carriedForward: 0,
    notes: '',
    createdAt: stamp(agreedOn, 16, i)
  }
  if (next || history.story === 'closed') {
    const until = dueOn < history.quiet ? dueOn : history.quiet
    const reviewedOn = next?.heldOn ?? until
    const fate = rng.weighted(
      meeting.declining
        ? ([
            ['done', 3],
            ['dropped', 1],
            ['open', 6]
          ] as const)
        : ([
            ['done', 15],
            ['dropped', 2],
            ['open', 3]
          ] as const)
    )
    // A closed site settled everything when it closed.
    const settled = fate === 'open' && history.story === 'closed' ? 'dropped' : fate
    if (settled !== 'open') {
      const days = daysBetween(agreedOn, until)
      action.status = settled
      action.completedOn =
        settled === 'done' ? shiftDays(agreedOn, rng.int(Math.min(1, days), days)) : reviewedOn
    }
  }
  out.actions.push(action)
  return action
}
