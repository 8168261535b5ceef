// Recording a meeting in one go: every agreed outcome rated at the meeting in one write, dated
// by the meeting; and the previous meeting's attendance, for "same as last meeting".
import { insertRatings, previousAttendance } from '../../db/queries/meetingRecord'
import { today, type ApiContext } from '../context'
import { fieldError } from '../errors'
import { handler } from '../handler'
import { lastAttendance, rateAtMeeting } from '../schemas/meetingRecord'
import { requireMeeting } from './meetings'
import { requireOutcome } from './outcomes'
import { requireSite } from './sites'

function checkOutcomes(ctx: ApiContext, siteId: string, heldOn: string, ids: string[]) {
  const seen = new Set<string>()
  ids.forEach((id, i) => {
    const path = `ratings.${i}.outcomeId`
    if (seen.has(id)) throw fieldError(path, 'Each outcome can be rated once at a meeting')
    seen.add(id)
    const outcome = requireOutcome(ctx, id, path)
    if (outcome.siteId !== siteId) throw fieldError(path, 'That outcome belongs to another site')
    if (outcome.archivedAt) {
      throw fieldError(path, `"${outcome.title}" is archived: restore it first`, 'conflict')
    }
    if (heldOn < outcome.agreedOn) {
      throw fieldError(
        path,
        `"${outcome.title}" was agreed on ${outcome.agreedOn}, after this meeting: it cannot be rated at it`
      )
    }
  })
}

export const meetingRecordHandlers = {
  /** Ratings for several outcomes agreed at one meeting, all dated by the meeting. */
  'outcomes.rateAtMeeting': handler(rateAtMeeting, (ctx, input) => {
    const meeting = requireMeeting(ctx, input.meetingId, 'meetingId')
    const now = today(ctx)
    if (meeting.heldOn > now) {
      throw fieldError('meetingId', `The meeting is on ${meeting.heldOn}, later than today`)
    }
    checkOutcomes(
      ctx,
      meeting.siteId,
      meeting.heldOn,
      input.ratings.map((r) => r.outcomeId)
    )
    const createdAt = ctx.clock().toISOString()
    const rows = input.ratings.map((r) => ({
      id: ctx.newId(),
      outcomeId: r.outcomeId,
      ratedOn: meeting.heldOn,
      rating: r.rating,
      evidence: r.evidence,
      judgedBy: input.judgedBy,
      meetingId: meeting.id,
      createdAt
    }))
    insertRatings(ctx.db, rows)
    return { ids: rows.map((r) => r.id), ratedOn: meeting.heldOn }
  }),

  /** Who came to the site's last meeting before a day, or null when there was none. */
  'meetings.lastAttendance': handler(lastAttendance, (ctx, input) => {
    requireSite(ctx, input.siteId)
    return previousAttendance(ctx.db, input.siteId, input.before, input.meetingId ?? null)
  })
}
