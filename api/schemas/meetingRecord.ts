// Inputs for recording a meeting in one go: the outcomes rated at it, and the attendance of the
// site's last meeting to start from.
import { z } from 'zod'
import { isoDate, optionalText, recordId } from './common'
import { JUDGES, rating } from './outcomes'
import { keysOf } from '../../domain/vocabulary'

export const rateAtMeeting = z.object({
  meetingId: recordId('Meeting'),
  judgedBy: z
    .enum(keysOf(JUDGES), {
      error: 'Judged by must be the group, the consultant or the coordinator'
    })
    .default('group'),
  ratings: z
    .array(
      z.object({
        outcomeId: recordId('Outcome'),
        rating: rating('Rating'),
        evidence: optionalText('Evidence', 5000)
      })
    )
    .min(1, { error: 'Give at least one outcome a rating' })
    .max(100)
})
export type RateAtMeetingInput = z.input<typeof rateAtMeeting>

export const lastAttendance = z.object({
  siteId: recordId('Site'),
  /** The meeting being recorded is on this day; the last one before it is wanted. */
  before: isoDate('Date'),
  /** The meeting being edited, left out. */
  meetingId: z.string().optional()
})
