// Report excerpt verbs: the passages of a reflection a consultant marks for commissioners' reports.
// Reflection logs are never exported whole, so an excerpt must be a passage of its phase as written.
import {
  deleteExcerpt,
  findExcerpt,
  insertExcerpt,
  listExcerpts as queryExcerpts,
  updateExcerptText
} from '../../db/queries/reportExcerpts'
import type { ReflectionRow } from '../../db/queries/reflections'
import type { ApiContext } from '../context'
import { fieldError, notFound } from '../errors'
import { handler } from '../handler'
import { idInput } from '../schemas/common'
import {
  addExcerpt,
  excerptKey,
  isPassageOf,
  listExcerpts,
  notAPassage,
  updateExcerpt
} from '../schemas/reportExcerpts'
import { PHASES, type Phase } from '../../domain/vocabulary'
import { requireCycle } from './reflections'

function requireExcerpt(ctx: ApiContext, id: string) {
  const excerpt = findExcerpt(ctx.db, id)
  if (!excerpt) throw notFound('id', 'report excerpt', id)
  return excerpt
}

/** The text must come from the phase, and not be marked there already (other than by `self`). */
function checkText(ctx: ApiContext, cycle: ReflectionRow, phase: Phase, text: string, self = '') {
  if (!isPassageOf(text, cycle[phase])) throw fieldError('text', notAPassage(phase, cycle[phase]))
  const key = excerptKey(text)
  const twin = queryExcerpts(ctx.db, cycle.id).find(
    (e) => e.phase === phase && e.id !== self && excerptKey(e.text) === key
  )
  if (twin) {
    throw fieldError(
      'text',
      `This passage of ${PHASES[phase].label} is already marked for reports`,
      'conflict'
    )
  }
}

export const reportExcerptHandlers = {
  'reportExcerpts.list': handler(listExcerpts, (ctx, { cycleId }) => {
    requireCycle(ctx, cycleId, 'cycleId')
    return queryExcerpts(ctx.db, cycleId)
  }),

  'reportExcerpts.add': handler(addExcerpt, (ctx, input) => {
    const cycle = requireCycle(ctx, input.cycleId, 'cycleId')
    checkText(ctx, cycle, input.phase, input.text)
    const id = ctx.newId()
    insertExcerpt(ctx.db, { id, ...input, createdAt: ctx.clock().toISOString() })
    return { id }
  }),

  'reportExcerpts.update': handler(updateExcerpt, (ctx, { id, text }) => {
    const excerpt = requireExcerpt(ctx, id)
    checkText(ctx, requireCycle(ctx, excerpt.cycleId), excerpt.phase, text, id)
    updateExcerptText(ctx.db, id, text)
    return { id }
  }),

  'reportExcerpts.remove': handler(idInput, (ctx, { id }) => {
    requireExcerpt(ctx, id)
    deleteExcerpt(ctx.db, id)
    return { id }
  })
}
