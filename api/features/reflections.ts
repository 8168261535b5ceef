// Reflection verbs: ORPA cycles for a site or the team (reflectionCycles.ts), tagging them with
// themes, and turning Plan items into actions without retyping.
import { insertAction } from '../../db/queries/actions'
import { cycleSites, deleteTag, findTag, findTagAt, insertTag } from '../../db/queries/reflections'
import { findTheme } from '../../db/queries/themes'
import { fieldError, notFound } from '../errors'
import { handler, mergeTables } from '../handler'
import { idInput } from '../schemas/common'
import { actionFromPlan, tagInput } from '../schemas/reflections'
import { requireProgrammePerson } from './meetings'
import { reflectionCycleHandlers, requireCycle } from './reflectionCycles'
import { requireSite } from './sites'

export { requireCycle }

const planAndTagHandlers = {
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
    insertAction(ctx.db, {
      id,
      siteId,
      reflectionId: cycle.id,
      description: input.description,
      ownerId: input.ownerId,
      agreedOn: cycle.heldOn,
      dueOn: input.dueOn,
      createdAt: ctx.clock().toISOString()
    })
    return { id }
  }),

  'reflections.tag': handler(tagInput, (ctx, input) => {
    const cycle = requireCycle(ctx, input.cycleId, 'cycleId')
    const theme = findTheme(ctx.db, input.themeId)
    if (!theme || (theme.programmeId && theme.programmeId !== cycle.programmeId)) {
      throw notFound('themeId', 'theme in this programme', input.themeId)
    }
    if (theme.archivedAt) throw fieldError('themeId', `The theme "${theme.name}" is archived`)
    // The same theme in the same place again adds nothing: answer with the tag already there.
    const existing = findTagAt(ctx.db, input)
    if (existing) return { id: existing.id }
    const id = ctx.newId()
    insertTag(ctx.db, id, input)
    return { id }
  }),

  'reflections.untag': handler(idInput, (ctx, { id }) => {
    if (!findTag(ctx.db, id)) throw notFound('id', 'tag', id)
    deleteTag(ctx.db, id)
    return { id }
  })
}

/** The cycles' verbs and the Plan and tag verbs, merged with the duplicate check. */
export const reflectionHandlers = mergeTables([
  reflectionCycleHandlers,
  planAndTagHandlers
] as const)
