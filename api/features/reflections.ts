// Reflection verbs: ORPA cycles for a site or the team, tagging them with themes, and turning
// Plan items into actions without retyping.
import { and, eq } from 'drizzle-orm'
import { z } from 'zod'
import {
  actions,
  reflectionCycleSites,
  reflectionCycles,
  reflectionParticipants,
  reflectionTags,
  themes
} from '../../db/schema'
import { listActions } from '../../db/queries/actions'
import {
  commentsOn,
  cycleParticipants,
  cycleSites,
  cycleTags,
  findCycle,
  listCycles,
  previousCycle
} from '../../db/queries/reflections'
import type { ApiContext } from '../context'
import { today } from '../context'
import { fieldError, notFound } from '../errors'
import { handler } from '../handler'
import { idInput, isoDate, optionalId, recordId } from '../schemas/common'
import {
  actionFromPlan,
  createReflection,
  listReflections,
  reflectionFields,
  tagInput,
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
  const sites = [...new Set(input.siteIds)]
  sites.forEach((id, i) => {
    if (requireSite(ctx, id, `siteIds.${i}`).programmeId !== programmeId) {
      throw fieldError(`siteIds.${i}`, 'That site belongs to another programme')
    }
  })
  const participants = [...new Set(input.participantIds)]
  participants.forEach((id, i) =>
    requireProgrammePerson(ctx, programmeId, id, `participantIds.${i}`, 'Participant')
  )
  ctx.db.delete(reflectionCycleSites).where(eq(reflectionCycleSites.cycleId, cycleId)).run()
  ctx.db.delete(reflectionParticipants).where(eq(reflectionParticipants.cycleId, cycleId)).run()
  if (sites.length)
    ctx.db
      .insert(reflectionCycleSites)
      .values(sites.map((s) => ({ cycleId, siteId: s })))
      .run()
  if (participants.length) {
    ctx.db
      .insert(reflectionParticipants)
      .values(participants.map((personId) => ({ cycleId, personId })))
      .run()
  }
}

function columns(input: Fields) {
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

export const reflectionHandlers = {
  'reflections.list': handler(listReflections, (ctx, input) => {
    requireProgramme(ctx, input.programmeId)
    return listCycles(ctx.db, input)
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
    ctx.db
      .insert(reflectionCycles)
      .values({
        id,
        programmeId: input.programmeId,
        siteId: input.siteId,
        ...columns(input),
        createdAt: now,
        updatedAt: now
      })
      .run()
    writeLinks(ctx, id, input.programmeId, input.siteId, input)
    return { id }
  }),

  'reflections.update': handler(updateReflection, (ctx, { id, ...input }) => {
    const cycle = requireCycle(ctx, id)
    checkMeeting(ctx, cycle.siteId, input)
    ctx.db
      .update(reflectionCycles)
      .set({ ...columns(input), updatedAt: ctx.clock().toISOString() })
      .where(eq(reflectionCycles.id, id))
      .run()
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
      ctx.db
        .update(reflectionCycles)
        .set({ status, updatedAt: ctx.clock().toISOString() })
        .where(eq(reflectionCycles.id, id))
        .run()
      return { id }
    }
  ),

  /** Deletes the cycle, its tags and comments; actions made from it stay, unlinked. */
  'reflections.delete': handler(idInput, (ctx, { id }) => {
    requireCycle(ctx, id)
    ctx.db.update(actions).set({ reflectionId: null }).where(eq(actions.reflectionId, id)).run()
    ctx.db.delete(reflectionCycles).where(eq(reflectionCycles.id, id)).run()
    return { id }
  }),

  /** Turns one Plan item into an action for the cycle's site (or one of a team cycle's sites). */
  'reflections.makeAction': handler(actionFromPlan, (ctx, input) => {
    const cycle = requireCycle(ctx, input.cycleId, 'cycleId')
    const siteId = cycle.siteId ?? input.siteId
    if (!siteId) throw fieldError('siteId', 'Choose which site the action is for')
    if (cycle.siteId && input.siteId && input.siteId !== cycle.siteId) {
      throw fieldError('siteId', "An action from a site's cycle is for that site")
    }
    const site = requireSite(ctx, siteId)
    if (site.programmeId !== cycle.programmeId)
      throw fieldError('siteId', 'That site belongs to another programme')
    const named = cycle.siteId ? [] : cycleSites(ctx.db, cycle.id)
    if (named.length > 0 && !named.some((s) => s.siteId === siteId)) {
      throw fieldError(
        'siteId',
        `Choose a site this cycle looks across (${named.map((s) => s.name).join(', ')})`
      )
    }
    if (input.ownerId) {
      requireProgrammePerson(ctx, cycle.programmeId, input.ownerId, 'ownerId', 'Action owner')
    }
    if (input.dueOn < cycle.heldOn) {
      throw fieldError(
        'dueOn',
        `Due date must be on or after ${cycle.heldOn} (the reflection date)`
      )
    }
    const id = ctx.newId()
    ctx.db
      .insert(actions)
      .values({
        id,
        siteId,
        reflectionId: cycle.id,
        description: input.description,
        ownerId: input.ownerId,
        agreedOn: cycle.heldOn,
        dueOn: input.dueOn,
        createdAt: ctx.clock().toISOString()
      })
      .run()
    return { id }
  }),

  'reflections.tag': handler(tagInput, (ctx, input) => {
    const cycle = requireCycle(ctx, input.cycleId, 'cycleId')
    const theme = ctx.db.select().from(themes).where(eq(themes.id, input.themeId)).get()
    if (!theme || (theme.programmeId && theme.programmeId !== cycle.programmeId)) {
      throw notFound('themeId', 'theme in this programme', input.themeId)
    }
    if (theme.archivedAt) throw fieldError('themeId', `The theme "${theme.name}" is archived`)
    // The same theme in the same place again adds nothing: answer with the tag already there.
    const existing = ctx.db
      .select({ id: reflectionTags.id })
      .from(reflectionTags)
      .where(
        and(
          eq(reflectionTags.cycleId, input.cycleId),
          eq(reflectionTags.themeId, input.themeId),
          eq(reflectionTags.phase, input.phase)
        )
      )
      .get()
    if (existing) return { id: existing.id }
    const id = ctx.newId()
    ctx.db
      .insert(reflectionTags)
      .values({ id, ...input })
      .run()
    return { id }
  }),

  'reflections.untag': handler(idInput, (ctx, { id }) => {
    const tag = ctx.db.select().from(reflectionTags).where(eq(reflectionTags.id, id)).get()
    if (!tag) throw notFound('id', 'tag', id)
    ctx.db.delete(reflectionTags).where(eq(reflectionTags.id, id)).run()
    return { id }
  })
}
