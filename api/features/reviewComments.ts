// Review comments on a cycle's phases: written by the learning partner (in the review area or on the
// consultant's own copy), answered, and resolved.
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { reviewComments, reviewCycles } from '../../db/schema'
import { fieldError, notFound } from '../errors'
import { handler } from '../handler'
import { recordId } from '../schemas/common'
import { commentInput } from '../schemas/reflections'
import { requireCycle } from './reflections'

export const reviewCommentHandlers = {
  'reviewComments.add': handler(commentInput, (ctx, input) => {
    if (input.cycleId) requireCycle(ctx, input.cycleId, 'cycleId')
    if (input.reviewCycleId) {
      const copy = ctx.db
        .select()
        .from(reviewCycles)
        .where(eq(reviewCycles.id, input.reviewCycleId))
        .get()
      if (!copy) throw notFound('reviewCycleId', 'cycle in the review area', input.reviewCycleId)
    }
    if (input.parentId) {
      const parent = ctx.db
        .select()
        .from(reviewComments)
        .where(eq(reviewComments.id, input.parentId))
        .get()
      if (!parent) throw notFound('parentId', 'comment', input.parentId)
      if (parent.cycleId !== input.cycleId || parent.reviewCycleId !== input.reviewCycleId) {
        throw fieldError('parentId', 'A reply must be on the same cycle as the comment it answers')
      }
    }
    const id = ctx.newId()
    ctx.db
      .insert(reviewComments)
      .values({ id, ...input, createdAt: ctx.clock().toISOString() })
      .run()
    return { id }
  }),

  'reviewComments.resolve': handler(
    z.object({ id: recordId('id'), resolved: z.boolean({ error: 'Say whether it is resolved' }) }),
    (ctx, { id, resolved }) => {
      const comment = ctx.db.select().from(reviewComments).where(eq(reviewComments.id, id)).get()
      if (!comment) throw notFound('id', 'comment', id)
      ctx.db
        .update(reviewComments)
        .set({ resolvedAt: resolved ? ctx.clock().toISOString() : null })
        .where(eq(reviewComments.id, id))
        .run()
      return { id }
    }
  )
}
