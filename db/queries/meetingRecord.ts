// Queries for recording a meeting in one go: the attendance of the site's previous meeting, and
// the ratings agreed at a meeting written together.
import { sql } from 'drizzle-orm'
import { outcomeRatings } from '../schema'
import type { Db } from '../store'

export interface PreviousAttendance {
  meetingId: string
  heldOn: string
  attendance: { personId: string; status: 'attended' | 'apologies' }[]
}

/** The site's latest meeting before `before` (leaving out `excludeId`) and who came to it. */
export function previousAttendance(
  db: Db,
  siteId: string,
  before: string,
  excludeId: string | null
): PreviousAttendance | null {
  const meeting = db.get<{ id: string; heldOn: string } | undefined>(sql`
    SELECT id, held_on AS heldOn FROM meetings
    WHERE site_id = ${siteId} AND held_on < ${before} AND id <> ${excludeId ?? ''}
    ORDER BY held_on DESC, start_time DESC, id DESC LIMIT 1`)
  if (!meeting) return null
  const attendance = db.all<PreviousAttendance['attendance'][number]>(sql`
    SELECT person_id AS personId, status FROM meeting_attendance
    WHERE meeting_id = ${meeting.id} ORDER BY person_id`)
  return { meetingId: meeting.id, heldOn: meeting.heldOn, attendance }
}

export type NewRating = typeof outcomeRatings.$inferInsert

export function insertRatings(db: Db, rows: NewRating[]): void {
  if (rows.length) db.insert(outcomeRatings).values(rows).run()
}
