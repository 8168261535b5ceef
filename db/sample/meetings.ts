// Sample meetings: each site's monthly partnership meetings, with attendance, notes and follow-ups.
import { COMMON_METHODS } from '../../domain/vocabulary'
import { planActions, planQuotes, type HeldMeeting } from './actions'
import {
  daysBetween,
  firstOfMonth,
  nthWeekday,
  shiftDays,
  shiftMonths,
  stamp,
  weekday
} from './dates'
import { planMeetingsBetween, recordMeeting } from './meetingsBetween'
import { drawTurnout, planAttenders, type Attender } from './meetingPeople'
import { STORIES, STORY_PEOPLE } from './meetingStories'
import { LAUNCH_TOPICS, TOPICS, type FocusTopic } from './meetingTexts'
import {
  AGENDA,
  CHECK_OUTS,
  CLOSING_DECISION,
  CLOSING_PURPOSE,
  LAUNCH_PURPOSE,
  LEARNING,
  MEETING_ASIDES,
  OWN_METHODS,
  PAUSED_DECISION,
  PAUSED_LEARNING,
  PAUSED_PURPOSE,
  PURPOSES,
  SAINTS,
  VENUES
} from './meetingVoices'
import type { PersonInsert, SampleContext, SampleMeetings, SampleSite } from './model'
import type { Random } from './random'
import { siteStory, type SiteStory } from './sites'

/** What stays the same from one meeting of a site to the next. */
export interface SiteStyle {
  story: SiteStory
  /** The last day the site meets. */
  end: string
  /** From this day the paused site fades: fewer come, fewer actions get done. */
  fadeFrom: string | null
  attenders: Attender[]
  venues: string[]
  startTime: string
  topics: FocusTopic[]
  stories: FocusTopic[]
  /** How often each topic has come up, so its notes move on from one meeting to the next. */
  uses: Map<FocusTopic, number>
}

// As in people.ts: nothing is dated in the last fortnight, whatever the time zone.
const QUIET_DAYS = 14
// The paused site fades over its last five months, as its members drift off (see people.ts).
const FADE_DAYS = 150

/** A site's meetings, quotes and actions, drawn from its own stream after everything else. */
export function planSiteMeetings(
  ctx: SampleContext,
  site: SampleSite,
  peopleById: ReadonlyMap<string, PersonInsert>
): SampleMeetings {
  const rng = ctx.root.fork(`meetings-${site.index}`)
  const style = planStyle(ctx, rng, site, peopleById)
  const dates = partnershipDates(rng, site.row.startDate, style)
  const out: SampleMeetings = {
    meetings: [],
    attendance: [],
    focusAreas: [],
    decisions: [],
    quotes: [],
    actions: [],
    held: []
  }
  const held = dates.map((date, k) => partnershipMeeting(rng, site, style, dates, k, out))
  out.held = held
  planMeetingsBetween(rng, site, style, held, out)
  const heard = new Set<string>()
  held.forEach((meeting, k) => {
    out.quotes.push(...planQuotes(rng, site.row.id, meeting, k >= held.length - 2, heard))
  })
  out.actions.push(...planActions(ctx, rng, style, site.row.id, held))
  return out
}

function planStyle(
  ctx: SampleContext,
  rng: Random,
  site: SampleSite,
  peopleById: ReadonlyMap<string, PersonInsert>
): SiteStyle {
  const story = siteStory(site.index, ctx.siteCount)
  const quietFrom = shiftDays(ctx.today, -QUIET_DAYS)
  // The paused site stopped meeting two to three months ago; the closed one when it closed.
  const closedOn = site.stages[site.stages.length - 1]?.judgedOn ?? quietFrom
  const end =
    story === 'paused'
      ? shiftDays(ctx.today, -rng.int(62, 80))
      : story === 'closed'
        ? closedOn
        : quietFrom
  const town = site.row.name
  const fill = (text: string, who = '') =>
    text.replaceAll('{town}', town).replaceAll('{who}', who).replaceAll('{saint}', rng.pick(SAINTS))
  const fillTopic = (topic: FocusTopic, who = ''): FocusTopic => ({
    title: fill(topic.title, who),
    notes: topic.notes.map((t) => fill(t, who)),
    decisions: topic.decisions.map((t) => fill(t, who)),
    actions: topic.actions.map((t) => fill(t, who))
  })
  const who = rng.shuffle(STORY_PEOPLE)
  return {
    story,
    end,
    fadeFrom: story === 'paused' ? shiftDays(end, -FADE_DAYS) : null,
    attenders: planAttenders(rng, site, peopleById),
    venues: rng.sample(VENUES, 3).map((v) => fill(v)),
    startTime: rng.chance(0.6) ? '13:30' : '10:00',
    topics: rng.shuffle(TOPICS).map((t) => fillTopic(t)),
    stories: rng.shuffle(STORIES).map((t, i) => fillTopic(t, who[i % who.length])),
    uses: new Map()
  }
}

/**
 * Roughly monthly on a fixed day (say the second Wednesday), from a launch in the site's first
 * week; groups skip a month now and then, August and December most often.
 */
function partnershipDates(rng: Random, start: string, style: SiteStyle): string[] {
  const day = rng.int(2, 4)
  const nth = rng.int(1, 3)
  const launch = shiftDays(start, (day - weekday(start) + 7) % 7)
  if (launch > style.end) return []
  const dates = [launch]
  for (let month = shiftMonths(firstOfMonth(launch), 1); month <= style.end;) {
    // Nobody meets on New Year's Day: the January meeting moves a week on.
    const fixed = nthWeekday(month, day, nth)
    const date = fixed.slice(5) <= '01-03' ? shiftDays(fixed, 7) : fixed
    month = shiftMonths(month, 1)
    if (date > style.end || daysBetween(dates[dates.length - 1] ?? launch, date) < 21) continue
    const mm = date.slice(5, 7)
    const skip = mm === '08' ? 0.55 : mm === '12' ? 0.35 : 0.04
    // A site still going has met lately: the skips are in its past.
    const lately = style.story === 'active' && daysBetween(date, style.end) < 70
    if (dates.length > 1 && !lately && rng.chance(skip)) continue
    dates.push(date)
  }
  return dates
}

/** Focus topics for a meeting: a thread for a few months, the next one starting, now a story. */
function focusFor(rng: Random, style: SiteStyle, k: number): FocusTopic[] {
  if (k === 0) return [...LAUNCH_TOPICS]
  const { topics, stories } = style
  const block = Math.floor((k - 1) / 3)
  const chosen: FocusTopic[] = []
  if (k % 3 === 1) chosen.push(stories[block % stories.length] ?? TOPICS[0]!)
  chosen.push(topics[block % topics.length]!, topics[(block + 1) % topics.length]!)
  return chosen.slice(0, rng.int(2, 3))
}

function energyFor(rng: Random, k: number, declining: boolean): number {
  if (k === 0)
    return rng.weighted([
      [3, 3],
      [4, 5],
      [5, 2]
    ])
  if (declining)
    return rng.weighted([
      [1, 2],
      [2, 5],
      [3, 3]
    ])
  return rng.weighted([
    [1, 1],
    [2, 3],
    [3, 9],
    [4, 9],
    [5, 2]
  ])
}

function methodsFor(rng: Random, focus: FocusTopic[]): string[] {
  const methods: string[] = rng.sample(COMMON_METHODS, rng.int(1, 2))
  if (focus.some((f) => f.title.startsWith('Stories'))) {
    methods.unshift('Stories of people who use services')
  }
  if (rng.chance(0.15)) methods.push(rng.pick(OWN_METHODS))
  return [...new Set(methods)]
}

/** The text for the nth time a topic comes up: its texts in order, the last one repeated. */
function pickFrom(texts: readonly string[], use: number): string | undefined {
  return texts[Math.min(use, texts.length - 1)]
}

/**
 * Who facilitated and who came: fewer as a fading site drifts and in August and December, the
 * sponsor at the launch.
 */
function meetingTurnout(rng: Random, style: SiteStyle, dates: string[], k: number) {
  const heldOn = dates[k] ?? ''
  const fading = style.fadeFrom !== null && heldOn > style.fadeFrom
  const consultants = style.attenders.filter(
    (a) => a.memberRole === 'consultant' && a.joinedOn <= heldOn
  )
  const facilitator = (rng.chance(0.85) ? consultants[0] : rng.pick(consultants)) ?? consultants[0]
  const mm = heldOn.slice(5, 7)
  const fade = fading ? 1 - (0.7 * daysBetween(style.fadeFrom ?? heldOn, heldOn)) / FADE_DAYS : 1
  // The paused site's last three meetings went ahead without the GPs or the council.
  const lastThree = style.story === 'paused' && k >= dates.length - 3
  const turnout = drawTurnout(rng, style.attenders, heldOn, {
    facilitatorId: facilitator?.personId ?? '',
    factor: fade * (mm === '08' || mm === '12' ? 0.85 : 1),
    absentKinds: lastThree ? new Set(['gpPractice', 'council']) : undefined,
    boost: k === 0 ? new Map([['sponsor', 0.9]]) : undefined
  })
  return { fading, facilitator, turnout }
}

function recordFocusAndDecisions(
  rng: Random,
  out: SampleMeetings,
  meetingId: string,
  focus: FocusTopic[],
  round: number[],
  decisions: string[]
): void {
  focus.forEach((topic, position) => {
    out.focusAreas.push({
      id: rng.uuid(),
      meetingId,
      position,
      title: topic.title,
      notes: pickFrom(topic.notes, round[position] ?? 0) ?? ''
    })
  })
  decisions.forEach((text, position) => {
    out.decisions.push({ id: rng.uuid(), meetingId, position, text })
  })
}

function partnershipMeeting(
  rng: Random,
  site: SampleSite,
  style: SiteStyle,
  dates: string[],
  k: number,
  out: SampleMeetings
): HeldMeeting {
  const heldOn = dates[k] ?? ''
  const last = k === dates.length - 1
  const { fading, facilitator, turnout } = meetingTurnout(rng, style, dates, k)

  const focus = focusFor(rng, style, k)
  const round = focus.map((topic) => {
    const use = style.uses.get(topic) ?? 0
    style.uses.set(topic, use + 1)
    return use
  })
  const decisions = focus
    .slice(0, rng.int(1, focus.length))
    .map((topic, i) => pickFrom(topic.decisions, round[i] ?? 0) ?? '')
  const closing = last && style.story === 'closed'
  const pausing = last && style.story === 'paused'
  if (closing) decisions.push(CLOSING_DECISION)
  if (pausing) decisions.push(PAUSED_DECISION)
  const titles = focus.map((f) => f.title)
  const energy = energyFor(rng, k, fading)
  const band = energy <= 2 ? 'low' : energy === 3 ? 'mid' : 'high'
  const aside = rng.pick(MEETING_ASIDES)
  const row = {
    id: rng.uuid(),
    siteId: site.row.id,
    heldOn,
    startTime: style.startTime,
    durationMinutes: rng.pick([150, 165, 180, 180, 180, 195, 210]),
    venue: rng.chance(0.75) ? (style.venues[0] ?? '') : rng.pick(style.venues),
    kind: 'partnership' as const,
    facilitator: facilitator?.name ?? '',
    purpose: closing
      ? CLOSING_PURPOSE
      : pausing
        ? PAUSED_PURPOSE
        : k === 0
          ? LAUNCH_PURPOSE
          : rng.pick(PURPOSES)(titles[titles.length - 2] ?? '', titles[titles.length - 1] ?? ''),
    unnamedAttendees: rng.weighted([
      [0, 2],
      [1, 3],
      [2, 3],
      [3, 2],
      [4, 1]
    ]),
    methods: JSON.stringify(methodsFor(rng, focus)),
    learning: rng.pick(fading ? PAUSED_LEARNING : LEARNING),
    notes:
      `${AGENDA} ${titles.map((t) => `"${t}"`).join(', ')}; agreeing actions; check-out. ${aside}`.trim(),
    checkOut: rng.pick(CHECK_OUTS[band]),
    energy,
    createdAt: stamp(heldOn, 18, k),
    updatedAt: stamp(heldOn, 18, k)
  }
  recordMeeting(out, row, turnout)
  recordFocusAndDecisions(rng, out, row.id, focus, round, decisions)
  return {
    id: row.id,
    heldOn,
    facilitator: facilitator ?? null,
    attended: turnout.attended,
    actionTexts: focus.flatMap((topic) => topic.actions),
    declining: fading
  }
}
