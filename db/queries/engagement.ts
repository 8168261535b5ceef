// Queries for a site's engagement: attendance per meeting, each person's attendance record and
// how the site's actions turned out. Every figure is counted by SQLite, not in JavaScript.
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col } from '../rows'
import { meetings, organisations } from '../schema'

const engagementMeetingRow = z.strictObject({
  id: col.text,
  heldOn: col.text,
  startTime: col.optionalText,
  kind: z.enum(meetings.kind.enumValues),
  /** Named people marked as attended. */
  named: col.number,
  apologies: col.number,
  unnamed: col.number,
  /** Distinct organisations among the named people who attended. */
  organisations: col.number,
  /** Distinct sectors among those organisations. */
  sectors: col.number,
  /** The sectors' keys separated by commas, or null when none. */
  sectorList: col.optionalText
})
export type EngagementMeetingRow = z.output<typeof engagementMeetingRow>

/** Every meeting of the site, oldest first, with its attendance figures. */
export function engagementMeetings(db: Db, siteId: string): EngagementMeetingRow[] {
  return allRows(
    db,
    engagementMeetingRow,
    sql`
    SELECT m.id, m.held_on AS heldOn, m.start_time AS startTime, m.kind,
      m.unnamed_attendees AS unnamed,
      count(CASE WHEN a.status = 'attended' THEN 1 END) AS named,
      count(CASE WHEN a.status = 'apologies' THEN 1 END) AS apologies,
      count(DISTINCT CASE WHEN a.status = 'attended' THEN p.organisation_id END) AS organisations,
      count(DISTINCT CASE WHEN a.status = 'attended' THEN o.sector END) AS sectors,
      group_concat(DISTINCT CASE WHEN a.status = 'attended' THEN o.sector END) AS sectorList
    FROM meetings m
    LEFT JOIN meeting_attendance a ON a.meeting_id = m.id
    LEFT JOIN people p ON p.id = a.person_id
    LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE m.site_id = ${siteId}
    GROUP BY m.id
    ORDER BY m.held_on, m.start_time, m.id`
  )
}

const engagementPersonRow = z.strictObject({
  personId: col.text,
  name: col.text,
  /** Role or profession. */
  role: col.text,
  organisationName: col.optionalText,
  sector: z.enum(organisations.sector.enumValues).nullable(),
  /** Earliest day they joined the partnership, or null if they never were a member. */
  joinedOn: col.optionalText,
  /** The day they left, or null while they are a member (or never were one). */
  leftOn: col.optionalText,
  /** Partnership meetings attended, whether or not they were a member then. */
  attended: col.number,
  apologies: col.number,
  /** Partnership meetings held while they were a member. */
  memberMeetings: col.number,
  /** Of those, how many they attended. */
  attendedWhileMember: col.number,
  /** Attended among the first half (rounded down) of the meetings held while a member. */
  attendedFirstHalf: col.number,
  /** Attended among the last three meetings held while a member. */
  attendedLastThree: col.number,
  firstAttended: col.optionalText,
  lastAttended: col.optionalText,
  /**
   * One character per meeting held while a member, oldest first: "x" attended, "a" sent
   * apologies, "-" neither.
   */
  pattern: col.text
})
export type EngagementPersonRow = z.output<typeof engagementPersonRow>

/**
 * Everyone who was ever a member of the site's partnership or attended (or sent apologies to)
 * one of its partnership meetings, with their record at partnership meetings only.
 */
export function engagementPeople(db: Db, siteId: string): EngagementPersonRow[] {
  return allRows(
    db,
    engagementPersonRow,
    sql`
    WITH pm AS (
      SELECT id, held_on, start_time FROM meetings
      WHERE site_id = ${siteId} AND kind = 'partnership'
    ),
    persons AS (
      SELECT person_id FROM site_members WHERE site_id = ${siteId}
      UNION
      SELECT a.person_id FROM meeting_attendance a JOIN pm ON pm.id = a.meeting_id
    ),
    membership AS (
      SELECT person_id, min(joined_on) AS joined_on,
        CASE WHEN count(left_on) = count(*) THEN max(left_on) END AS left_on
      FROM site_members WHERE site_id = ${siteId} GROUP BY person_id
    ),
    member_meetings AS (
      SELECT DISTINCT s.person_id, pm.id AS meeting_id, pm.held_on, pm.start_time
      FROM site_members s
      JOIN pm ON pm.held_on >= s.joined_on AND (s.left_on IS NULL OR pm.held_on < s.left_on)
      WHERE s.site_id = ${siteId}
    ),
    numbered AS (
      SELECT mm.person_id, a.status,
        row_number() OVER (PARTITION BY mm.person_id
          ORDER BY mm.held_on, mm.start_time, mm.meeting_id) AS seq,
        count(*) OVER (PARTITION BY mm.person_id) AS n
      FROM member_meetings mm
      LEFT JOIN meeting_attendance a ON a.meeting_id = mm.meeting_id AND a.person_id = mm.person_id
    ),
    member_record AS (
      SELECT person_id, max(n) AS member_meetings,
        count(CASE WHEN status = 'attended' THEN 1 END) AS attended_while_member,
        count(CASE WHEN status = 'attended' AND seq <= n / 2 THEN 1 END) AS attended_first_half,
        count(CASE WHEN status = 'attended' AND seq > n - 3 THEN 1 END) AS attended_last_three,
        group_concat(CASE status WHEN 'attended' THEN 'x' WHEN 'apologies' THEN 'a' ELSE '-' END,
          '' ORDER BY seq) AS pattern
      FROM numbered GROUP BY person_id
    ),
    attendance AS (
      SELECT a.person_id,
        count(CASE WHEN a.status = 'attended' THEN 1 END) AS attended,
        count(CASE WHEN a.status = 'apologies' THEN 1 END) AS apologies,
        min(CASE WHEN a.status = 'attended' THEN pm.held_on END) AS first_attended,
        max(CASE WHEN a.status = 'attended' THEN pm.held_on END) AS last_attended
      FROM meeting_attendance a JOIN pm ON pm.id = a.meeting_id
      GROUP BY a.person_id
    )
    SELECT p.id AS personId, p.name, p.role, o.name AS organisationName, o.sector,
      ms.joined_on AS joinedOn, ms.left_on AS leftOn,
      coalesce(att.attended, 0) AS attended, coalesce(att.apologies, 0) AS apologies,
      coalesce(mr.member_meetings, 0) AS memberMeetings,
      coalesce(mr.attended_while_member, 0) AS attendedWhileMember,
      coalesce(mr.attended_first_half, 0) AS attendedFirstHalf,
      coalesce(mr.attended_last_three, 0) AS attendedLastThree,
      att.first_attended AS firstAttended, att.last_attended AS lastAttended,
      coalesce(mr.pattern, '') AS pattern
    FROM persons x
    JOIN people p ON p.id = x.person_id
    LEFT JOIN organisations o ON o.id = p.organisation_id
    LEFT JOIN membership ms ON ms.person_id = p.id
    LEFT JOIN member_record mr ON mr.person_id = p.id
    LEFT JOIN attendance att ON att.person_id = p.id
    ORDER BY p.name COLLATE NOCASE, p.id`
  )
}

const actionOutcomeCounts = z.strictObject({
  total: col.number,
  /** Done on or before the due date first agreed (before any carrying forward). */
  doneOnTime: col.number,
  /** Done after it. */
  doneLate: col.number,
  /** Open and due today or later. */
  openNotDue: col.number,
  /** Open and due before today. */
  openOverdue: col.number,
  dropped: col.number
})
export type ActionOutcomeCounts = z.output<typeof actionOutcomeCounts>

/** How the site's actions (from any meeting or none) turned out, as of `today`. */
export function actionOutcomes(db: Db, siteId: string, today: string): ActionOutcomeCounts {
  // A done action without a completion date (not possible through the API) counts as on time.
  const [counts] = allRows(
    db,
    actionOutcomeCounts,
    sql`
    SELECT count(*) AS total,
      count(CASE WHEN status = 'done'
        AND (completed_on IS NULL OR completed_on <= coalesce(first_due_on, due_on))
        THEN 1 END) AS doneOnTime,
      count(CASE WHEN status = 'done' AND completed_on > coalesce(first_due_on, due_on)
        THEN 1 END) AS doneLate,
      count(CASE WHEN status = 'open' AND due_on >= ${today} THEN 1 END) AS openNotDue,
      count(CASE WHEN status = 'open' AND due_on < ${today} THEN 1 END) AS openOverdue,
      count(CASE WHEN status = 'dropped' THEN 1 END) AS dropped
    FROM actions WHERE site_id = ${siteId}`
  )
  // An aggregate without GROUP BY always returns exactly one row.
  if (!counts) throw new Error('Counting the actions returned no row')
  return counts
}
