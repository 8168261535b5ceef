// Action verbs: the cross-site tracker (a page at a time), and adding or changing one action.
import { z } from 'zod'
import {
  deleteAction,
  findAction,
  insertAction,
  listActions as queryActions,
  pageActions as queryPage,
  saveAction
} from '../../db/queries/actions'
import type { ApiContext } from '../context'
import { today } from '../context'
import { fieldError, notFound } from '../errors'
import { handler } from '../handler'
import { pageActions } from '../schemas/actions'
import { idInput, optionalDate, recordId } from '../schemas/common'
import { createAction, listActions, updateAction } from '../schemas/meetings'
import { requireMeeting, requireProgrammePerson } from './meetings'
import { requireProgramme } from './programmes'
import { requireSite } from './sites'

function requireAction(ctx: ApiContext, id: string) {
  const action = findAction(ctx.db, id)
  if (!action) throw notFound('id', 'action', id)
  return action
}

function checkDates(agreedOn: string, dueOn: string, completedOn: string | null) {
  if (dueOn < agreedOn) {
    throw fieldError('dueOn', `Due date must be on or after ${agreedOn} (when it was agreed)`)
  }
  if (completedOn && completedOn < agreedOn) {
    throw fieldError(
      'completedOn',
      `Date completed must be on or after ${agreedOn} (when it was agreed)`
    )
  }
}

export const actionHandlers = {
  'actions.list': handler(listActions, (ctx, input) => {
    requireProgramme(ctx, input.programmeId)
    return queryActions(ctx.db, input, today(ctx))
  }),

  /** The tracker's rows a page at a time, in the same order as `actions.list`, with the counts. */
  'actions.page': handler(pageActions, (ctx, { offset, limit, ...filter }) => {
    requireProgramme(ctx, filter.programmeId)
    return queryPage(ctx.db, filter, today(ctx), { offset, limit })
  }),

  'actions.create': handler(createAction, (ctx, input) => {
    const site = requireSite(ctx, input.siteId)
    if (input.meetingId) {
      const meeting = requireMeeting(ctx, input.meetingId, 'meetingId')
      if (meeting.siteId !== site.id)
        throw fieldError('meetingId', 'That meeting belongs to another site')
      if (input.agreedOn !== meeting.heldOn) {
        throw fieldError(
          'agreedOn',
          `An action from a meeting is agreed on the meeting date (${meeting.heldOn})`
        )
      }
    }
    if (input.ownerId)
      requireProgrammePerson(ctx, site.programmeId, input.ownerId, 'ownerId', 'Owner')
    checkDates(input.agreedOn, input.dueOn, null)
    const id = ctx.newId()
    insertAction(ctx.db, { id, ...input, createdAt: ctx.clock().toISOString() })
    return { id }
  }),

  'actions.update': handler(updateAction, (ctx, { id, ...input }) => {
    const action = requireAction(ctx, id)
    const site = requireSite(ctx, action.siteId)
    if (input.ownerId)
      requireProgrammePerson(ctx, site.programmeId, input.ownerId, 'ownerId', 'Owner')
    const completedOn = input.status === 'open' ? null : (input.completedOn ?? today(ctx))
    checkDates(action.agreedOn, input.dueOn, completedOn)
    saveAction(ctx.db, id, { ...input, completedOn })
    return { id }
  }),

  /** The tracker's quick "mark done" / "drop" / "reopen". */
  'actions.setStatus': handler(
    z.object({
      id: recordId('id'),
      status: z.enum(['open', 'done', 'dropped'], { error: 'Choose open, done or dropped' }),
      completedOn: optionalDate('Date completed')
    }),
    (ctx, input) => {
      const action = requireAction(ctx, input.id)
      const completedOn = input.status === 'open' ? null : (input.completedOn ?? today(ctx))
      checkDates(action.agreedOn, action.dueOn, completedOn)
      saveAction(ctx.db, input.id, { status: input.status, completedOn })
      return { id: input.id }
    }
  ),

  'actions.delete': handler(idInput, (ctx, { id }) => {
    requireAction(ctx, id)
    deleteAction(ctx.db, id)
    return { id }
  })
}
