// Queries for recording a meeting in one go: the attendance of the site's previous meeting, and
// the ratings agreed at a meeting written together.
import { sql } from 'drizzle-orm'
import { outcomeRatings } from '../schema'
import type { Db } from '../store'

export interface PreviousAttendance {
  meetingId: string
  heldOn: string
  /** Who came, named, so a form that does not list them yet can add them (not the archived). */
  attendance: {
    personId: string
    status: 'attended' | 'apologies'
    name: string
    role: string
    organisationName: string | null
  }[]
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
    SELECT a.person_id AS personId, a.status, p.name, p.role, o.name AS organisationName
    FROM meeting_attendance a JOIN people p ON p.id = a.person_id
    LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE a.meeting_id = ${meeting.id} AND p.archived_at IS NULL ORDER BY a.person_id`)
  return { meetingId: meeting.id, heldOn: meeting.heldOn, attendance }
}

export type NewRating = typeof outcomeRatings.$inferInsert

export function insertRatings(db: Db, rows: NewRating[]): void {
  if (rows.length) db.insert(outcomeRatings).values(rows).run()
}
