// Queries for recording a meeting in one go: the attendance of the site's previous meeting, and
// the ratings agreed at a meeting written together.
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import { allRows, col, oneRow } from '../rows'
import { meetingAttendance, outcomeRatings } from '../schema'
import type { Db } from '../store'

const previousMeetingRow = z.strictObject({ id: col.text, heldOn: col.text })

const previousAttendeeRow = z.strictObject({
  personId: col.text,
  status: z.enum(meetingAttendance.status.enumValues),
  name: col.text,
  role: col.text,
  organisationName: col.optionalText
})

export interface PreviousAttendance {
  meetingId: string
  heldOn: string
  /** Who came, named, so a form that does not list them yet can add them (not the archived). */
  attendance: z.output<typeof previousAttendeeRow>[]
}

/** The site's latest meeting before `before` (leaving out `excludeId`) and who came to it. */
export function previousAttendance(
  db: Db,
  siteId: string,
  before: string,
  excludeId: string | null
): PreviousAttendance | null {
  const meeting = oneRow(
    db,
    previousMeetingRow,
    sql`
    SELECT id, held_on AS heldOn FROM meetings
    WHERE site_id = ${siteId} AND held_on < ${before} AND id <> ${excludeId ?? ''}
    ORDER BY held_on DESC, start_time DESC, id DESC LIMIT 1`
  )
  if (!meeting) return null
  const attendance = allRows(
    db,
    previousAttendeeRow,
    sql`
    SELECT a.person_id AS personId, a.status, p.name, p.role, o.name AS organisationName
    FROM meeting_attendance a JOIN people p ON p.id = a.person_id
    LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE a.meeting_id = ${meeting.id} AND p.archived_at IS NULL ORDER BY a.person_id`
  )
  return { meetingId: meeting.id, heldOn: meeting.heldOn, attendance }
}

export type NewRating = typeof outcomeRatings.$inferInsert

export function insertRatings(db: Db, rows: NewRating[]): void {
  if (rows.length) db.insert(outcomeRatings).values(rows).run()
}
