// Agreed outcome verbs: the changes a site's group said it wants, its 0-10 judgements of progress
// over time, and the quotes, meetings and reflections linked to them as evidence.
import type { z } from 'zod'
import {
  deleteEvidenceLink,
  insertEvidenceLink,
  listEvidenceLinks,
  reflectionCoversSite,
  unlinkedMeetings,
  unlinkedQuotes,
  unlinkedReflections
} from '../../db/queries/outcomeEvidence'
import {
  deleteRating,
  findEvidenceLink,
  findOutcome,
  findRating,
  findSameEvidence,
  firstRatingOn,
  insertOutcome,
  insertRating,
  listOutcomes,
  listRatings,
  nextOutcomePosition,
  saveOutcome,
  saveRating,
  siteMeetingDates,
  testOfChangeMarkers,
  type OutcomeRow
} from '../../db/queries/outcomes'
import { findProgrammeOutcome } from '../../db/queries/programmes'
import { findQuote } from '../../db/queries/quotes'
import { findCycle } from '../../db/queries/reflections'
import type { SiteRow } from '../../db/queries/sites'
import type { ApiContext } from '../context'
import { today } from '../context'
import { fieldError, notFound } from '../errors'
import { handler } from '../handler'
import { idInput } from '../schemas/common'
import {
  archiveOutcome,
  createOutcome,
  evidenceOptions,
  linkEvidence,
  listOutcomes as listInput,
  outcomeFields,
  rateOutcome,
  ratingFields,
  updateOutcome,
  updateRating
} from '../schemas/outcomes'
import { requireMeeting } from './meetings'
import { evidenceTrail } from '../../domain/outcomeTrail'
import { requireSite } from './sites'

export function requireOutcome(ctx: ApiContext, id: string, path = 'id') {
  const outcome = findOutcome(ctx.db, id)
  if (!outcome) throw notFound(path, 'agreed outcome', id)
  return outcome
}

function requireSiteMeeting(ctx: ApiContext, siteId: string, meetingId: string, path: string) {
  const meeting = requireMeeting(ctx, meetingId, path)
  if (meeting.siteId !== siteId) throw fieldError(path, 'That meeting belongs to another site')
  return meeting
}

function requireWritable(outcome: OutcomeRow, path: string) {
  if (outcome.archivedAt) {
    throw fieldError(path, `"${outcome.title}" is archived: restore it first`, 'conflict')
  }
}

type OutcomeInput = z.output<typeof outcomeFields>

function checkOutcome(ctx: ApiContext, site: SiteRow, input: OutcomeInput, current?: OutcomeRow) {
  if (input.agreedOn < site.startDate) {
    throw fieldError(
      'agreedOn',
      `Date agreed must be on or after ${site.startDate} (when the site started)`
    )
  }
  const firstRating = current ? firstRatingOn(ctx.db, current.id) : null
  if (firstRating && firstRating < input.agreedOn) {
    throw fieldError(
      'agreedOn',
      `Date agreed must be on or before ${firstRating} (the first rating of progress)`
    )
  }
  if (input.programmeOutcomeId) {
    const mapped = findProgrammeOutcome(ctx.db, input.programmeOutcomeId)
    if (!mapped) throw notFound('programmeOutcomeId', 'programme outcome', input.programmeOutcomeId)
    if (mapped.programmeId !== site.programmeId) {
      throw fieldError('programmeOutcomeId', 'That programme outcome belongs to another programme')
    }
    if (mapped.archivedAt && mapped.id !== current?.programmeOutcomeId) {
      throw fieldError(
        'programmeOutcomeId',
        `The programme outcome "${mapped.title}" is archived: choose a current one`
      )
    }
  }
  if (input.agreedAtMeetingId) {
    requireSiteMeeting(ctx, site.id, input.agreedAtMeetingId, 'agreedAtMeetingId')
  }
}

type RatingInput = z.output<typeof ratingFields>

function checkRating(ctx: ApiContext, outcome: OutcomeRow, input: RatingInput) {
  if (input.ratedOn < outcome.agreedOn) {
    throw fieldError(
      'ratedOn',
      `Date rated must be on or after ${outcome.agreedOn} (when the outcome was agreed)`
    )
  }
  const now = today(ctx)
  if (input.ratedOn > now) {
    throw fieldError('ratedOn', `Date rated cannot be later than today (${now})`)
  }
  if (input.meetingId) requireSiteMeeting(ctx, outcome.siteId, input.meetingId, 'meetingId')
}

function ratingColumns(input: RatingInput) {
  return {
    ratedOn: input.ratedOn,
    rating: input.rating,
    evidence: input.evidence,
    judgedBy: input.judgedBy,
    meetingId: input.meetingId
  }
}

export const outcomeHandlers = {
  /** A site's outcomes with their baseline, latest rating and the change between them. */
  'outcomes.list': handler(listInput, (ctx, { siteId, includeArchived }) => {
    requireSite(ctx, siteId)
    const rows = listOutcomes(ctx.db, siteId, includeArchived)
    return rows.map(({ latestRating, latestRatedOn, ...row }) => ({
      ...row,
      latest:
        latestRating === null || latestRatedOn === null
          ? null
          : { rating: latestRating, ratedOn: latestRatedOn },
      change:
        latestRating === null || row.baselineRating === null
          ? null
          : latestRating - row.baselineRating
    }))
  }),

  /** One outcome with its ratings, evidence trail and the dates its chart marks. */
  'outcomes.get': handler(idInput, (ctx, { id }) => {
    const outcome = requireOutcome(ctx, id)
    const site = requireSite(ctx, outcome.siteId)
    const mapped = outcome.programmeOutcomeId
      ? findProgrammeOutcome(ctx.db, outcome.programmeOutcomeId)
      : undefined
    const agreedAt = outcome.agreedAtMeetingId
      ? requireMeeting(ctx, outcome.agreedAtMeetingId)
      : undefined
    const ratings = listRatings(ctx.db, id)
    return {
      outcome: {
        ...outcome,
        programmeOutcomeTitle: mapped?.title ?? null,
        programmeOutcomeLevel: mapped?.level ?? null,
        agreedAtMeetingHeldOn: agreedAt?.heldOn ?? null
      },
      site: {
        id: site.id,
        name: site.name,
        programmeId: site.programmeId,
        startDate: site.startDate
      },
      ratings,
      evidence: evidenceTrail(ratings, listEvidenceLinks(ctx.db, id)),
      meetings: siteMeetingDates(ctx.db, site.id),
      testsOfChange: testOfChangeMarkers(ctx.db, site.id, id).map((m) => ({
        ...m,
        linked: m.linked === 1
      }))
    }
  }),

  'outcomes.create': handler(createOutcome, (ctx, { siteId, ...input }) => {
    const site = requireSite(ctx, siteId)
    checkOutcome(ctx, site, input)
    const id = ctx.newId()
    insertOutcome(ctx.db, {
      id,
      siteId,
      ...input,
      position: nextOutcomePosition(ctx.db, siteId),
      createdAt: ctx.clock().toISOString()
    })
    return { id }
  }),

  'outcomes.update': handler(updateOutcome, (ctx, { id, ...input }) => {
    const outcome = requireOutcome(ctx, id)
    checkOutcome(ctx, requireSite(ctx, outcome.siteId), input, outcome)
    saveOutcome(ctx.db, id, input)
    return { id }
  }),

  'outcomes.archive': handler(archiveOutcome, (ctx, { id, archived }) => {
    requireOutcome(ctx, id)
    const archivedAt = archived ? ctx.clock().toISOString() : null
    saveOutcome(ctx.db, id, { archivedAt })
    return { id }
  }),

  'outcomes.rate': handler(rateOutcome, (ctx, { outcomeId, ...input }) => {
    const outcome = requireOutcome(ctx, outcomeId, 'outcomeId')
    requireWritable(outcome, 'outcomeId')
    checkRating(ctx, outcome, input)
    const id = ctx.newId()
    insertRating(ctx.db, {
      id,
      outcomeId,
      ...ratingColumns(input),
      createdAt: ctx.clock().toISOString()
    })
    return { id }
  }),

  'outcomes.updateRating': handler(updateRating, (ctx, { id, ...input }) => {
    const existing = findRating(ctx.db, id)
    if (!existing) throw notFound('id', 'rating', id)
    checkRating(ctx, requireOutcome(ctx, existing.outcomeId), input)
    saveRating(ctx.db, id, ratingColumns(input))
    return { id }
  }),

  'outcomes.deleteRating': handler(idInput, (ctx, { id }) => {
    if (!findRating(ctx.db, id)) throw notFound('id', 'rating', id)
    deleteRating(ctx.db, id)
    return { id }
  }),

  /** The site's quotes, meetings and reflections that could still be linked to the outcome. */
  'outcomes.evidenceOptions': handler(evidenceOptions, (ctx, { outcomeId }) => {
    const outcome = requireOutcome(ctx, outcomeId, 'outcomeId')
    const site = requireSite(ctx, outcome.siteId)
    return {
      quotes: unlinkedQuotes(ctx.db, outcomeId, site.id),
      meetings: unlinkedMeetings(ctx.db, outcomeId, site.id),
      reflections: unlinkedReflections(ctx.db, outcomeId, site)
    }
  }),

  'outcomes.linkEvidence': handler(linkEvidence, (ctx, input) => {
    const outcome = requireOutcome(ctx, input.outcomeId, 'outcomeId')
    requireWritable(outcome, 'outcomeId')
    const site = requireSite(ctx, outcome.siteId)
    let path = 'quoteId'
    let what = 'quote'
    if (input.quoteId) {
      const quote = findQuote(ctx.db, input.quoteId)
      if (!quote) throw notFound(path, 'quote', input.quoteId)
      if (quote.siteId !== site.id) throw fieldError(path, 'That quote belongs to another site')
    } else if (input.meetingId) {
      ;[path, what] = ['meetingId', 'meeting']
      requireSiteMeeting(ctx, site.id, input.meetingId, path)
    } else if (input.reflectionId) {
      ;[path, what] = ['reflectionId', 'reflection']
      if (!findCycle(ctx.db, input.reflectionId)) {
        throw notFound(path, 'reflection', input.reflectionId)
      }
      if (!reflectionCoversSite(ctx.db, input.reflectionId, site)) {
        throw fieldError(
          path,
          `That reflection is not about ${site.name}: choose one of its own, or a team reflection that names it or the whole programme`
        )
      }
    }
    if (findSameEvidence(ctx.db, outcome.id, input)) {
      throw fieldError(path, `That ${what} is already linked to this outcome`, 'conflict')
    }
    const id = ctx.newId()
    insertEvidenceLink(ctx.db, {
      id,
      outcomeId: outcome.id,
      quoteId: input.quoteId,
      meetingId: input.meetingId,
      reflectionId: input.reflectionId,
      note: input.note,
      createdAt: ctx.clock().toISOString()
    })
    return { id }
  }),

  'outcomes.unlinkEvidence': handler(idInput, (ctx, { id }) => {
    if (!findEvidenceLink(ctx.db, id)) throw notFound('id', 'evidence link', id)
    deleteEvidenceLink(ctx.db, id)
    return { id }
  })
}
