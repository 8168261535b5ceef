// Queries for meetings: the list per site, one meeting in full, and the people a form offers.
import { asc, eq, sql } from 'drizzle-orm'
import type { Db } from '../store'
import { meetingAttendance, meetingDecisions, meetingFocusAreas, meetings } from '../schema'

export type MeetingRow = typeof meetings.$inferSelect

export function findMeeting(db: Db, id: string): MeetingRow | undefined {
  return db.select().from(meetings).where(eq(meetings.id, id)).get()
}

export interface MeetingListRow {
  id: string
  heldOn: string
  startTime: string | null
  durationMinutes: number
  kind: MeetingRow['kind']
  venue: string
  purpose: string
  attended: number
  apologies: number
  unnamedAttendees: number
  actionCount: number
  quoteCount: number
}

export function listMeetings(db: Db, siteId: string): MeetingListRow[] {
  return db.all<MeetingListRow>(sql`
    SELECT m.id, m.held_on AS heldOn, m.start_time AS startTime,
      m.duration_minutes AS durationMinutes, m.kind, m.venue, m.purpose,
      m.unnamed_attendees AS unnamedAttendees,
      (SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = m.id AND a.status = 'attended') AS attended,
      (SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = m.id AND a.status = 'apologies') AS apologies,
      (SELECT count(*) FROM actions x WHERE x.meeting_id = m.id) AS actionCount,
      (SELECT count(*) FROM quotes q WHERE q.meeting_id = m.id) AS quoteCount
    FROM meetings m WHERE m.site_id = ${siteId}
    ORDER BY m.held_on DESC, m.start_time DESC`)
}

export interface AttendanceRow {
  personId: string
  name: string
  role: string
  organisationName: string | null
  sector: string | null
  status: 'attended' | 'apologies'
}

export function listAttendance(db: Db, meetingId: string): AttendanceRow[] {
  return db.all<AttendanceRow>(sql`
    SELECT a.person_id AS personId, p.name, p.role, o.name AS organisationName, o.sector, a.status
    FROM meeting_attendance a
    JOIN people p ON p.id = a.person_id
    LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE a.meeting_id = ${meetingId}
    ORDER BY CASE a.status WHEN 'attended' THEN 0 ELSE 1 END, p.name COLLATE NOCASE`)
}

export function listFocusAreas(db: Db, meetingId: string) {
  return db
    .select({
      id: meetingFocusAreas.id,
      title: meetingFocusAreas.title,
      notes: meetingFocusAreas.notes
    })
    .from(meetingFocusAreas)
    .where(eq(meetingFocusAreas.meetingId, meetingId))
    .orderBy(asc(meetingFocusAreas.position))
    .all()
}

export function listDecisions(db: Db, meetingId: string) {
  return db
    .select({ id: meetingDecisions.id, text: meetingDecisions.text })
    .from(meetingDecisions)
    .where(eq(meetingDecisions.meetingId, meetingId))
    .orderBy(asc(meetingDecisions.position))
    .all()
}

/** Replaces a meeting's attendance, focus areas and decisions with the ones given. */
export function writeMeetingParts(
  db: Db,
  meetingId: string,
  parts: {
    attendance: { personId: string; status: 'attended' | 'apologies' }[]
    focusAreas: { title: string; notes: string }[]
    decisions: string[]
  },
  newId: () => string
): void {
  db.delete(meetingAttendance).where(eq(meetingAttendance.meetingId, meetingId)).run()
  db.delete(meetingFocusAreas).where(eq(meetingFocusAreas.meetingId, meetingId)).run()
  db.delete(meetingDecisions).where(eq(meetingDecisions.meetingId, meetingId)).run()
  if (parts.attendance.length > 0) {
    db.insert(meetingAttendance)
      .values(parts.attendance.map((a) => ({ meetingId, ...a })))
      .run()
  }
  if (parts.focusAreas.length > 0) {
    db.insert(meetingFocusAreas)
      .values(parts.focusAreas.map((f, position) => ({ id: newId(), meetingId, position, ...f })))
      .run()
  }
  if (parts.decisions.length > 0) {
    db.insert(meetingDecisions)
      .values(parts.decisions.map((text, position) => ({ id: newId(), meetingId, position, text })))
      .run()
  }
}

export interface DependentCounts {
  quotes: number
  actions: number
  focusAreas: number
  decisions: number
  attendance: number
}

export function meetingDependents(db: Db, meetingId: string): DependentCounts {
  const row = db.get<DependentCounts>(sql`
    SELECT
      (SELECT count(*) FROM quotes WHERE meeting_id = ${meetingId}) AS quotes,
      (SELECT count(*) FROM actions WHERE meeting_id = ${meetingId}) AS actions,
      (SELECT count(*) FROM meeting_focus_areas WHERE meeting_id = ${meetingId}) AS focusAreas,
      (SELECT count(*) FROM meeting_decisions WHERE meeting_id = ${meetingId}) AS decisions,
      (SELECT count(*) FROM meeting_attendance WHERE meeting_id = ${meetingId}) AS attendance`)
  return row
}

export interface PersonChoiceRow {
  id: string
  name: string
  role: string
  organisationName: string | null
  /** 1 when the person is a member of the site's partnership on the meeting date. */
  isMember: number
  /** Their spells in the site's partnership, as JSON: [{"joinedOn": ..., "leftOn": ...}]. */
  memberships: string
}

/** How many of the site's latest meetings count as "recent" for the people a form offers. */
export const RECENT_MEETINGS = 6

/**
 * The people the meeting form offers for one site, never the whole programme: the site's
 * members (past ones too: the form may be dated before they left), whoever came to one of the
 * site's last few meetings on or before the date, and whoever is on the meeting being edited
 * (even if archived since). Members on the date first.
 */
export function peopleForMeeting(
  db: Db,
  siteId: string,
  onDate: string,
  meetingId: string | null
): PersonChoiceRow[] {
  const editing = meetingId ?? ''
  return db.all<PersonChoiceRow>(sql`
    WITH recent AS (
      SELECT id FROM meetings WHERE site_id = ${siteId} AND held_on <= ${onDate} AND id <> ${editing}
      ORDER BY held_on DESC, start_time DESC LIMIT ${RECENT_MEETINGS}
    ), offered(person_id, on_meeting) AS (
      SELECT person_id, 0 FROM site_members WHERE site_id = ${siteId}
      UNION ALL
      SELECT a.person_id, 0 FROM recent r JOIN meeting_attendance a ON a.meeting_id = r.id
      UNION ALL
      SELECT person_id, 1 FROM meeting_attendance WHERE meeting_id = ${editing}
    ), chosen AS (
      SELECT person_id, max(on_meeting) AS on_meeting FROM offered GROUP BY person_id
    )
    SELECT p.id, p.name, p.role, o.name AS organisationName,
      EXISTS (SELECT 1 FROM site_members m WHERE m.site_id = ${siteId} AND m.person_id = p.id
        AND m.joined_on <= ${onDate} AND (m.left_on IS NULL OR m.left_on > ${onDate})) AS isMember,
      (SELECT json_group_array(
          json_object('joinedOn', m.joined_on, 'leftOn', m.left_on) ORDER BY m.joined_on
        )
         FROM site_members m WHERE m.site_id = ${siteId} AND m.person_id = p.id) AS memberships
    FROM chosen c JOIN people p ON p.id = c.person_id
    LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE p.archived_at IS NULL OR c.on_meeting = 1
    ORDER BY isMember DESC, p.name COLLATE NOCASE, p.id`)
}
