// Sample agreed outcomes: what each site wants to change, its ratings over time and the evidence.
import type { OutcomeLevel } from '../../domain/vocabulary'
import type { HeldMeeting } from './actions'
import { daysBetween, monthLabel, stamp } from './dates'
import type {
  AgreedOutcomeInsert,
  OutcomeInsert,
  RatingInsert,
  SampleContext,
  SampleRecords,
  SiteHistory
} from './model'
import {
  BASELINE_NOTES,
  MEETING_EVIDENCE_NOTE,
  OWN_WORDS,
  QUOTE_EVIDENCE_NOTE,
  RATING_EVIDENCE,
  UNMAPPED_OUTCOMES,
  type OwnOutcome
} from './outcomeTexts'
import type { Random } from './random'

/** An agreed outcome with what later parts (tests of change, measures) need to know of it. */
export interface SiteOutcome {
  row: AgreedOutcomeInsert
  /** The theory-of-change level of the programme outcome it maps to; null when not mapped. */
  level: OutcomeLevel | null
}

/**
 * Three to five outcomes agreed at the site's first meeting, most mapped to a programme outcome
 * and one or two in the site's own terms only; rated by the group every two or three months.
 */
export function planOutcomes(
  ctx: SampleContext,
  history: SiteHistory,
  programmeOutcomes: readonly OutcomeInsert[],
  out: SampleRecords
): SiteOutcome[] {
  const first = history.held[0]
  if (!first) return []
  const rng = ctx.root.fork(`outcomes-${history.site.index}`)
  const town = history.site.row.name
  const count = rng.int(3, 5)
  const unmapped = count >= 5 ? rng.int(1, 2) : 1
  const mappedTo = rng.sample(programmeOutcomes, count - unmapped)
  const own = rng.sample(UNMAPPED_OUTCOMES, unmapped)
  const wordings: { words: OwnOutcome; outcome: OutcomeInsert | null }[] = [
    ...mappedTo.map((outcome) => ({
      words: rng.pick(OWN_WORDS[outcome.title] ?? UNMAPPED_OUTCOMES),
      outcome
    })),
    ...own.map((words) => ({ words, outcome: null }))
  ]
  const ordered = rng.shuffle(wordings)
  const outcomes = ordered.map(({ words, outcome }, position): SiteOutcome => {
    const baseline = rng.int(1, 4)
    const row: AgreedOutcomeInsert = {
      id: rng.uuid(),
      siteId: history.site.row.id,
      title: words.title.replaceAll('{town}', town),
      description: words.description.replaceAll('{town}', town),
      agreedOn: first.heldOn,
      programmeOutcomeId: outcome?.id ?? null,
      agreedAtMeetingId: first.id,
      baselineRating: baseline,
      baselineNote: rng.pick(BASELINE_NOTES[baseline] ?? ['']),
      position,
      createdAt: stamp(first.heldOn, 20, position)
    }
    return { row, level: outcome?.level ?? null }
  })
  out.outcomes.push(...outcomes.map((o) => o.row))
  const rated = ratingMeetings(rng, history)
  for (const outcome of outcomes) {
    const ratings = planRatings(rng, history, outcome.row, rated)
    out.ratings.push(...ratings)
    linkEvidence(rng, history, outcome.row, ratings, out)
  }
  return outcomes
}

/** Partnership meetings where the group rates its outcomes: every two or three months. */
function ratingMeetings(rng: Random, history: SiteHistory): HeldMeeting[] {
  const { held } = history
  const chosen: HeldMeeting[] = []
  let last = held[0]?.heldOn ?? ''
  let gap = rng.int(55, 85)
  held.slice(1).forEach((meeting, i) => {
    // A closing group checks its outcomes one last time at its final meeting.
    const closing = history.story === 'closed' && i === held.length - 2
    if (daysBetween(last, meeting.heldOn) < gap && !closing) return
    chosen.push(meeting)
    last = meeting.heldOn
    gap = rng.int(55, 85)
  })
  return chosen
}

function judgedBy(rng: Random): RatingInsert['judgedBy'] {
  return rng.weighted<RatingInsert['judgedBy']>([
    ['group', 17],
    ['consultant', 2],
    ['coordinator', 1]
  ])
}

/**
 * Active and closed sites rise from the baseline towards a hoped-for level, with wobbles; the
 * paused site edges up at first, then slips back as it fades.
 */
function planRatings(
  rng: Random,
  history: SiteHistory,
  outcome: AgreedOutcomeInsert,
  rated: HeldMeeting[]
): RatingInsert[] {
  const baseline = outcome.baselineRating ?? 2
  const paused = history.story === 'paused'
  const target = Math.min(9, baseline + (paused ? rng.int(0, 2) : rng.int(2, 5)))
  const firstOn = outcome.agreedOn
  const lastOn = history.held[history.held.length - 1]?.heldOn ?? firstOn
  const span = Math.max(1, daysBetween(firstOn, lastOn))
  let previous = baseline
  return rated.map((meeting, i) => {
    const share = Math.min(1, daysBetween(firstOn, meeting.heldOn) / span)
    let value: number
    if (paused && meeting.declining) {
      value =
        previous -
        rng.weighted([
          [0, 1],
          [1, 3]
        ])
    } else {
      const wobble = rng.weighted([
        [0, 6],
        [-1, 2],
        [1, 2]
      ])
      value = Math.round(baseline + (target - baseline) * Math.pow(share, 0.8)) + wobble
    }
    value = Math.max(0, Math.min(10, value))
    const direction = value > previous ? 'up' : value < previous ? 'down' : 'same'
    previous = value
    return {
      id: rng.uuid(),
      outcomeId: outcome.id ?? '',
      ratedOn: meeting.heldOn,
      rating: value,
      evidence: rng.pick(RATING_EVIDENCE[direction]),
      judgedBy: judgedBy(rng),
      meetingId: meeting.id,
      createdAt: stamp(meeting.heldOn, 20, 10 + i)
    }
  })
}

/** A quote or two said in the room, and the meeting where the rating first went up. */
function linkEvidence(
  rng: Random,
  history: SiteHistory,
  outcome: AgreedOutcomeInsert,
  ratings: RatingInsert[],
  out: SampleRecords
): void {
  const outcomeId = outcome.id ?? ''
  const consented = history.quotes.filter((q) => q.consent === 'yes')
  const heldOn = new Map(history.held.map((m) => [m.id, m.heldOn]))
  const quotes = rng.sample(
    consented,
    rng.weighted([
      [0, 1],
      [1, 3],
      [2, 2]
    ])
  )
  quotes.forEach((quote, i) => {
    const said = heldOn.get(quote.meetingId ?? '') ?? outcome.agreedOn
    out.evidence.push({
      id: rng.uuid(),
      outcomeId,
      quoteId: quote.id,
      note: rng.chance(0.5) ? QUOTE_EVIDENCE_NOTE : `Said at the ${monthLabel(said)} meeting.`,
      createdAt: stamp(said, 21, i)
    })
  })
  let previous = outcome.baselineRating ?? 0
  const rise = ratings.find((r) => {
    const up = r.rating > previous
    previous = r.rating
    return up
  })
  if (rise && rng.chance(0.7)) {
    out.evidence.push({
      id: rng.uuid(),
      outcomeId,
      meetingId: rise.meetingId,
      note: MEETING_EVIDENCE_NOTE,
      createdAt: stamp(rise.ratedOn, 21, 5)
    })
  }
}
