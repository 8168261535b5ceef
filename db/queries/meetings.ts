// Queries for meetings: the list per site, one meeting in full, and the people a form offers.
import { asc, eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col, oneRow } from '../rows'
import {
  actions,
  meetingAttendance,
  meetingDecisions,
  meetingFocusAreas,
  meetings,
  organisations
} from '../schema'

export type MeetingRow = typeof meetings.$inferSelect

export function findMeeting(db: Db, id: string): MeetingRow | undefined {
  return db.select().from(meetings).where(eq(meetings.id, id)).get()
}

const meetingListRow = z.strictObject({
  id: col.text,
  heldOn: col.text,
  startTime: col.optionalText,
  durationMinutes: col.number,
  kind: z.enum(meetings.kind.enumValues),
  venue: col.text,
  purpose: col.text,
  attended: col.number,
  apologies: col.number,
  unnamedAttendees: col.number,
  actionCount: col.number,
  quoteCount: col.number
})
export type MeetingListRow = z.output<typeof meetingListRow>

export function listMeetings(db: Db, siteId: string): MeetingListRow[] {
  return allRows(
    db,
    meetingListRow,
    sql`
    SELECT m.id, m.held_on AS heldOn, m.start_time AS startTime,
      m.duration_minutes AS durationMinutes, m.kind, m.venue, m.purpose,
      m.unnamed_attendees AS unnamedAttendees,
      (SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = m.id AND a.status = 'attended') AS attended,
      (SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = m.id AND a.status = 'apologies') AS apologies,
      (SELECT count(*) FROM actions x WHERE x.meeting_id = m.id) AS actionCount,
      (SELECT count(*) FROM quotes q WHERE q.meeting_id = m.id) AS quoteCount
    FROM meetings m WHERE m.site_id = ${siteId}
    ORDER BY m.held_on DESC, m.start_time DESC, m.id DESC`
  )
}

const attendanceRow = z.strictObject({
  personId: col.text,
  name: col.text,
  role: col.text,
  organisationName: col.optionalText,
  sector: z.enum(organisations.sector.enumValues).nullable(),
  status: z.enum(meetingAttendance.status.enumValues)
})
export type AttendanceRow = z.output<typeof attendanceRow>

export function listAttendance(db: Db, meetingId: string): AttendanceRow[] {
  return allRows(
    db,
    attendanceRow,
    sql`
    SELECT a.person_id AS personId, p.name, p.role, o.name AS organisationName, o.sector, a.status
    FROM meeting_attendance a
    JOIN people p ON p.id = a.person_id
    LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE a.meeting_id = ${meetingId}
    ORDER BY CASE a.status WHEN 'attended' THEN 0 ELSE 1 END, p.name COLLATE NOCASE, p.id`
  )
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

const dependentCounts = z.strictObject({
  quotes: col.number,
  actions: col.number,
  focusAreas: col.number,
  decisions: col.number,
  attendance: col.number
})
export type DependentCounts = z.output<typeof dependentCounts>

export function meetingDependents(db: Db, meetingId: string): DependentCounts {
  const row = oneRow(
    db,
    dependentCounts,
    sql`
    SELECT
      (SELECT count(*) FROM quotes WHERE meeting_id = ${meetingId}) AS quotes,
      (SELECT count(*) FROM actions WHERE meeting_id = ${meetingId}) AS actions,
      (SELECT count(*) FROM meeting_focus_areas WHERE meeting_id = ${meetingId}) AS focusAreas,
      (SELECT count(*) FROM meeting_decisions WHERE meeting_id = ${meetingId}) AS decisions,
      (SELECT count(*) FROM meeting_attendance WHERE meeting_id = ${meetingId}) AS attendance`
  )
  // A SELECT without FROM always returns its one row.
  return row as DependentCounts
}

const personChoiceRow = z.strictObject({
  id: col.text,
  name: col.text,
  role: col.text,
  organisationName: col.optionalText,
  /** 1 when the person is a member of the site's partnership on the meeting date. */
  isMember: col.flag,
  /** Their spells in the site's partnership, as JSON: read with `membershipSpells`. */
  memberships: col.text
})
export type PersonChoiceRow = z.output<typeof personChoiceRow>

/** The JSON a person choice carries: their spells in the site's partnership. */
export const membershipSpells = z.array(
  z.strictObject({ joinedOn: col.text, leftOn: col.optionalText })
)

/** A meeting's methods, kept as a JSON array of words. */
export const meetingMethods = z.array(col.text)

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
  return allRows(
    db,
    personChoiceRow,
    sql`
    WITH recent AS (
      SELECT id FROM meetings WHERE site_id = ${siteId} AND held_on <= ${onDate} AND id <> ${editing}
      ORDER BY held_on DESC, start_time DESC, id DESC LIMIT ${RECENT_MEETINGS}
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
    ORDER BY isMember DESC, p.name COLLATE NOCASE, p.id`
  )
}

export type NewMeeting = typeof meetings.$inferInsert
export type MeetingFields = Omit<NewMeeting, 'id' | 'siteId' | 'createdAt'>

export function insertMeeting(db: Db, values: NewMeeting): void {
  db.insert(meetings).values(values).run()
}

/** Saves a meeting's own fields; the actions agreed at it move to its (new) date. */
export function saveMeeting(db: Db, id: string, fields: MeetingFields): void {
  db.update(meetings).set(fields).where(eq(meetings.id, id)).run()
  db.update(actions).set({ agreedOn: fields.heldOn }).where(eq(actions.meetingId, id)).run()
}

/** Deletes a meeting; its attendance, notes, quotes and actions go with it (by cascade). */
export function deleteMeeting(db: Db, id: string): void {
  db.delete(meetings).where(eq(meetings.id, id)).run()
}

/** Records the actions agreed at a meeting. */
export function insertMeetingActions(db: Db, rows: (typeof actions.$inferInsert)[]): void {
  if (rows.length > 0) db.insert(actions).values(rows).run()
}

/** An earlier action reviewed at a meeting and carried forward to a new due date. */
export function carryActionForward(
  db: Db,
  id: string,
  dueOn: string,
  carriedForward: number
): void {
  // The first agreed date is kept the first time the action moves; later moves keep it too.
  db.update(actions)
    .set({
      dueOn,
      carriedForward,
      firstDueOn: sql`coalesce(${actions.firstDueOn}, ${actions.dueOn})`
    })
    .where(eq(actions.id, id))
    .run()
}

/** An earlier action reviewed at a meeting and marked done or dropped on its date. */
export function closeAction(
  db: Db,
  id: string,
  status: 'done' | 'dropped',
  completedOn: string
): void {
  db.update(actions).set({ status, completedOn }).where(eq(actions.id, id)).run()
}
