// Meetings, who attended them, the actions agreed and the quotes recorded, for the data export.
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import { col } from '../../rows'
import { actions, meetingAttendance, meetings, quotes } from '../../schema'
import { programmeRows } from './programmeRows'

const meetingExportRow = z.strictObject({
  siteName: col.text,
  heldOn: col.text,
  startTime: col.optionalText,
  durationMinutes: col.number,
  kind: z.enum(meetings.kind.enumValues),
  venue: col.text,
  facilitator: col.text,
  purpose: col.text,
  attended: col.number,
  apologies: col.number,
  unnamedAttendees: col.number,
  /** JSON array of method names. */
  methods: col.text,
  /** JSON array of focus area titles, in order. */
  focusAreas: col.text,
  /** JSON array of decisions, in order. */
  decisions: col.text,
  learning: col.text,
  checkOut: col.text,
  energy: col.optionalNumber,
  notes: col.text
})
export type MeetingExportRow = z.output<typeof meetingExportRow>

export const exportMeetings = programmeRows(
  meetingExportRow,
  (programmeId) => sql`
    SELECT s.name AS siteName, m.held_on AS heldOn, m.start_time AS startTime,
      m.duration_minutes AS durationMinutes, m.kind, m.venue, m.facilitator, m.purpose,
      (SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = m.id AND a.status = 'attended') AS attended,
      (SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = m.id AND a.status = 'apologies') AS apologies,
      m.unnamed_attendees AS unnamedAttendees, m.methods,
      (SELECT json_group_array(title) FROM
        (SELECT title FROM meeting_focus_areas f WHERE f.meeting_id = m.id ORDER BY position)) AS focusAreas,
      (SELECT json_group_array(text) FROM
        (SELECT text FROM meeting_decisions d WHERE d.meeting_id = m.id ORDER BY position)) AS decisions,
      m.learning, m.check_out AS checkOut, m.energy, m.notes
    FROM meetings m
    JOIN sites s ON s.id = m.site_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, m.held_on, m.start_time, m.rowid`
)

const attendanceExportRow = z.strictObject({
  siteName: col.text,
  heldOn: col.text,
  personName: col.text,
  profession: col.text,
  organisationName: col.optionalText,
  status: z.enum(meetingAttendance.status.enumValues)
})
export type AttendanceExportRow = z.output<typeof attendanceExportRow>

export const exportAttendance = programmeRows(
  attendanceExportRow,
  (programmeId) => sql`
    SELECT s.name AS siteName, m.held_on AS heldOn, p.name AS personName, p.role AS profession,
      o.name AS organisationName, a.status
    FROM meeting_attendance a
    JOIN meetings m ON m.id = a.meeting_id
    JOIN sites s ON s.id = m.site_id
    JOIN people p ON p.id = a.person_id
    LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, m.held_on, m.rowid, p.name COLLATE NOCASE, a.rowid`
)

const actionExportRow = z.strictObject({
  siteName: col.text,
  description: col.text,
  ownerName: col.optionalText,
  agreedOn: col.text,
  dueOn: col.text,
  status: z.enum(actions.status.enumValues),
  completedOn: col.optionalText,
  meetingHeldOn: col.optionalText,
  carriedForward: col.number,
  notes: col.text
})
export type ActionExportRow = z.output<typeof actionExportRow>

export const exportActions = programmeRows(
  actionExportRow,
  (programmeId) => sql`
    SELECT s.name AS siteName, x.description, p.name AS ownerName, x.agreed_on AS agreedOn,
      x.due_on AS dueOn, x.status, x.completed_on AS completedOn, m.held_on AS meetingHeldOn,
      x.carried_forward AS carriedForward, x.notes
    FROM actions x
    JOIN sites s ON s.id = x.site_id
    LEFT JOIN meetings m ON m.id = x.meeting_id
    LEFT JOIN people p ON p.id = x.owner_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, x.agreed_on, x.due_on, x.rowid`
)

const quoteExportRow = z.strictObject({
  siteName: col.text,
  text: col.text,
  speakerRole: col.text,
  consent: z.enum(quotes.consent.enumValues),
  meetingHeldOn: col.optionalText,
  /** Private: only exported when the user asks for private fields. */
  personName: col.optionalText
})
export type QuoteExportRow = z.output<typeof quoteExportRow>

export const exportQuotes = programmeRows(
  quoteExportRow,
  (programmeId) => sql`
    SELECT s.name AS siteName, q.text, q.speaker_role AS speakerRole, q.consent,
      m.held_on AS meetingHeldOn, p.name AS personName
    FROM quotes q
    JOIN sites s ON s.id = q.site_id
    LEFT JOIN meetings m ON m.id = q.meeting_id
    LEFT JOIN people p ON p.id = q.person_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, m.held_on, q.created_at, q.rowid`
)
