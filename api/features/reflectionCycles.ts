// Reflection cycle verbs: the log (whole, or a page at a time), what a new cycle starts from, one
// cycle with its parts, and writing a cycle (its phases, status, the sites a team cycle looks
// across and who took part).
import { z } from 'zod'
import { listActions } from '../../db/queries/actions'
import {
  commentsOn,
  cycleParticipants,
  cycleSites,
  cycleTags,
  deleteCycle,
  findCycle,
  insertCycle,
  listCycles,
  previousCycle,
  replaceCycleLinks,
  saveCycle,
  setCycleStatus,
  type CycleFields
} from '../../db/queries/reflections'
import { pageCycles } from '../../db/queries/reflectionPages'
import type { ApiContext } from '../context'
import { today } from '../context'
import { fieldError, notFound } from '../errors'
import { handler } from '../handler'
import { idInput, isoDate, optionalId, recordId } from '../schemas/common'
import {
  createReflection,
  listReflections,
  pageReflections,
  reflectionFields,
  updateReflection
} from '../schemas/reflections'
import { REFLECTION_STATUSES } from '../../domain/vocabulary'
import { requireMeeting, requireProgrammePerson } from './meetings'
import { requireProgramme } from './programmes'
import { requireSite } from './sites'

type Fields = z.output<typeof reflectionFields>

export function requireCycle(ctx: ApiContext, id: string, path = 'id') {
  const cycle = findCycle(ctx.db, id)
  if (!cycle) throw notFound(path, 'reflection cycle', id)
  return cycle
}

/** A linked meeting must be one of the cycle's site (checked before the cycle row is written). */
function checkMeeting(ctx: ApiContext, siteId: string | null, input: Fields) {
  if (!input.meetingId) return
  const meeting = requireMeeting(ctx, input.meetingId, 'meetingId')
  if (meeting.siteId !== siteId) {
    throw fieldError(
      'meetingId',
      siteId
        ? "The meeting must be one of this cycle's site's meetings"
        : 'A team-level cycle is not linked to one site’s meeting'
    )
  }
}

/** Checks the links a cycle makes and writes its participants and sites. */
function writeLinks(
  ctx: ApiContext,
  cycleId: string,
  programmeId: string,
  siteId: string | null,
  input: Fields
) {
  if (siteId && input.siteIds.length > 0) {
    throw fieldError('siteIds', 'Only a team-level cycle looks across several sites')
  }
  const siteIds = [...new Set(input.siteIds)]
  siteIds.forEach((id, i) => {
    if (requireSite(ctx, id, `siteIds.${i}`).programmeId !== programmeId) {
      throw fieldError(`siteIds.${i}`, 'That site belongs to another programme')
    }
  })
  const participantIds = [...new Set(input.participantIds)]
  participantIds.forEach((id, i) =>
    requireProgrammePerson(ctx, programmeId, id, `participantIds.${i}`, 'Participant')
  )
  replaceCycleLinks(ctx.db, cycleId, { siteIds, participantIds })
}

function columns(input: Fields): CycleFields {
  const { heldOn, title, meetingId, observe, reflect, plan, act, status } = input
  return { heldOn, title, meetingId, observe, reflect, plan, act, status }
}

/** The previous cycle's Plan and what happened to the actions made from it. */
function previousPlan(
  ctx: ApiContext,
  at: { programmeId: string; siteId: string | null; heldOn: string; excludeId?: string }
) {
  const previous = previousCycle(ctx.db, at)
  if (!previous) return null
  return {
    id: previous.id,
    heldOn: previous.heldOn,
    title: previous.title,
    plan: previous.plan,
    actions: listActions(
      ctx.db,
      { programmeId: at.programmeId, reflectionId: previous.id, includeArchivedSites: true },
      today(ctx)
    )
  }
}

export const reflectionCycleHandlers = {
  'reflections.list': handler(listReflections, (ctx, input) => {
    requireProgramme(ctx, input.programmeId)
    return listCycles(ctx.db, input)
  }),

  /** The log's rows a page at a time, in the same order as `reflections.list`, with the count. */
  'reflections.page': handler(pageReflections, (ctx, { offset, limit, ...filter }) => {
    requireProgramme(ctx, filter.programmeId)
    return pageCycles(ctx.db, filter, { offset, limit })
  }),

  /** What a new cycle starts from: the last cycle's Plan and what happened to its actions. */
  'reflections.prepare': handler(
    z.object({
      programmeId: recordId('Programme'),
      siteId: optionalId(),
      heldOn: isoDate('Date').optional()
    }),
    (ctx, input) => {
      requireProgramme(ctx, input.programmeId)
      if (input.siteId) requireSite(ctx, input.siteId)
      return {
        previous: previousPlan(ctx, {
          programmeId: input.programmeId,
          siteId: input.siteId,
          heldOn: input.heldOn ?? today(ctx)
        })
      }
    }
  ),

  'reflections.get': handler(idInput, (ctx, { id }) => {
    const cycle = requireCycle(ctx, id)
    const site = cycle.siteId ? requireSite(ctx, cycle.siteId) : null
    const meeting = cycle.meetingId ? requireMeeting(ctx, cycle.meetingId) : null
    return {
      cycle,
      site: site && { id: site.id, name: site.name },
      meeting: meeting && { id: meeting.id, heldOn: meeting.heldOn, kind: meeting.kind },
      sites: cycleSites(ctx.db, id),
      participants: cycleParticipants(ctx.db, id),
      tags: cycleTags(ctx.db, id),
      comments: commentsOn(ctx.db, { cycleId: id }).map((c) => ({ ...c, imported: !!c.imported })),
      actions: listActions(
        ctx.db,
        { programmeId: cycle.programmeId, reflectionId: id, includeArchivedSites: true },
        today(ctx)
      ),
      previous: previousPlan(ctx, {
        programmeId: cycle.programmeId,
        siteId: cycle.siteId,
        heldOn: cycle.heldOn,
        excludeId: id
      })
    }
  }),

  'reflections.create': handler(createReflection, (ctx, input) => {
    requireProgramme(ctx, input.programmeId)
    if (input.siteId && requireSite(ctx, input.siteId).programmeId !== input.programmeId) {
      throw fieldError('siteId', 'That site belongs to another programme')
    }
    checkMeeting(ctx, input.siteId, input)
    const id = ctx.newId()
    const now = ctx.clock().toISOString()
    insertCycle(ctx.db, {
      id,
      programmeId: input.programmeId,
      siteId: input.siteId,
      ...columns(input),
      createdAt: now,
      updatedAt: now
    })
    writeLinks(ctx, id, input.programmeId, input.siteId, input)
    return { id }
  }),

  'reflections.update': handler(updateReflection, (ctx, { id, ...input }) => {
    const cycle = requireCycle(ctx, id)
    checkMeeting(ctx, cycle.siteId, input)
    saveCycle(ctx.db, id, columns(input), ctx.clock().toISOString())
    writeLinks(ctx, id, cycle.programmeId, cycle.siteId, input)
    return { id }
  }),

  'reflections.setStatus': handler(
    z.object({
      id: recordId('id'),
      status: z.enum(Object.keys(REFLECTION_STATUSES) as ['draft', 'shared', 'reviewed'], {
        error: 'Choose draft, shared for review or reviewed'
      })
    }),
    (ctx, { id, status }) => {
      requireCycle(ctx, id)
      setCycleStatus(ctx.db, id, status, ctx.clock().toISOString())
      return { id }
    }
  ),

  /** Deletes the cycle, its tags and comments; actions made from it stay, unlinked. */
  'reflections.delete': handler(idInput, (ctx, { id }) => {
    requireCycle(ctx, id)
    deleteCycle(ctx.db, id)
    return { id }
  })
}
