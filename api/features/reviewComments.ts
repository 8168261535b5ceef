// Review comments on a cycle's phases: written by the learning partner (in the review area or on the
// consultant's own copy), answered, and resolved.
import { z } from 'zod'
import {
  findComment,
  findReviewCycle,
  insertReviewComment,
  setCommentResolved
} from '../../db/queries/reviewPacks'
import { fieldError, notFound } from '../errors'
import { handler } from '../handler'
import { recordId } from '../schemas/common'
import { commentInput } from '../schemas/reflections'
import { requireCycle } from './reflections'

export const reviewCommentHandlers = {
  'reviewComments.add': handler(commentInput, (ctx, input) => {
    if (input.cycleId) requireCycle(ctx, input.cycleId, 'cycleId')
    if (input.reviewCycleId) {
      const copy = findReviewCycle(ctx.db, input.reviewCycleId)
      if (!copy) throw notFound('reviewCycleId', 'cycle in the review area', input.reviewCycleId)
    }
    if (input.parentId) {
      const parent = findComment(ctx.db, input.parentId)
      if (!parent) throw notFound('parentId', 'comment', input.parentId)
      if (parent.cycleId !== input.cycleId || parent.reviewCycleId !== input.reviewCycleId) {
        throw fieldError('parentId', 'A reply must be on the same cycle as the comment it answers')
      }
    }
    const id = ctx.newId()
    insertReviewComment(ctx.db, { id, ...input, createdAt: ctx.clock().toISOString() })
    return { id }
  }),

  'reviewComments.resolve': handler(
    z.object({ id: recordId('id'), resolved: z.boolean({ error: 'Say whether it is resolved' }) }),
    (ctx, { id, resolved }) => {
      const comment = findComment(ctx.db, id)
      if (!comment) throw notFound('id', 'comment', id)
      setCommentResolved(ctx.db, id, resolved ? ctx.clock().toISOString() : null)
      return { id }
    }
  )
}
