// Roll-ups for the programme dashboard: one row per site and one row per agreed outcome, each
// counted by SQLite with GROUP BY over indexed columns (no per-site queries, no rows to count in JS).
import { sql, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { col, allRows, oneRow } from '../rows'
import { MEETINGS_TO_MISS } from '../../domain/earlyWarnings'
import { programmeOutcomes, programmes, siteMembers, sites } from '../schema'

export interface DashboardRange {
  /** First day counted, YYYY-MM-DD. */
  from: string
  /** Last day counted and the day the state is judged on, YYYY-MM-DD. */
  to: string
}

const dashboardProgrammeRow = z.strictObject({
  id: col.text,
  name: col.text,
  startDate: col.text,
  /** The programme's last day, when it has one. */
  endDate: col.optionalText,
  stageModel: z.enum(programmes.stageModel.enumValues),
  /** JSON: the programme's current outcomes [{ id, title, level }] in the framework's order. */
  outcomes: col.text
})
export type DashboardProgrammeRow = z.output<typeof dashboardProgrammeRow>

/** The shape of `DashboardProgrammeRow.outcomes` once parsed: the heatmap's columns. */
export const programmeOutcomeColumns = z.array(
  z.strictObject({
    id: z.string(),
    title: z.string(),
    level: z.enum(programmeOutcomes.level.enumValues)
  })
)

/** The programme and its current outcomes (the heatmap's columns) in one statement. */
export function dashboardProgramme(db: Db, programmeId: string): DashboardProgrammeRow | undefined {
  return oneRow(
    db,
    dashboardProgrammeRow,
    sql`
    SELECT p.id, p.name, p.start_date AS startDate, p.end_date AS endDate,
      p.stage_model AS stageModel,
      (SELECT json_group_array(json_object('id', o.id, 'title', o.title, 'level', o.level)
          ORDER BY o.position, o.title)
        FROM programme_outcomes o
        WHERE o.programme_id = p.id AND o.archived_at IS NULL) AS outcomes
    FROM programmes p WHERE p.id = ${programmeId}`
  )
}

const dashboardSiteRow = z.strictObject({
  id: col.text,
  name: col.text,
  status: z.enum(sites.status.enumValues),
  startDate: col.text,
  /** The latest stage judged on or before `to`. */
  stage: col.optionalText,
  stageJudgedOn: col.optionalText,
  /** Partnership meetings held within the range. */
  meetingsHeld: col.number,
  /** Partnership meetings held on or before `to`, since the site began. */
  meetingsToDate: col.number,
  lastMeetingOn: col.optionalText,
  /** JSON: how many came (named people who attended plus those not named) to each of the last
   * six partnership meetings up to `to`, newest first. */
  lastSixAttendance: col.text,
  /** Actions (not dropped) first due within the range, `to` included (the date first agreed,
   * not a later one they were carried forward to). */
  actionsDue: col.number,
  /** Of those, done on or before that first due date. */
  actionsDoneOnTime: col.number,
  /** Actions still open on `to` (or done only after it) whose due date had passed. */
  actionsOverdue: col.number,
  testsIdea: col.number,
  testsPlanned: col.number,
  testsTesting: col.number,
  testsAdopted: col.number,
  testsAdapted: col.number,
  testsAbandoned: col.number,
  /** Tests of change with a start date on or before `to`. */
  testsStarted: col.number,
  /** The latest reflection cycle for the site, its own or a team cycle naming it. */
  lastReflectionOn: col.optionalText,
  reflectionsHeld: col.number
})
export type DashboardSiteRow = z.output<typeof dashboardSiteRow>

/** The shape of `DashboardSiteRow.lastSixAttendance` once parsed: newest meeting first. */
export const lastSixAttendance = z.array(z.number())

/**
 * Meeting and action figures of the site `s`, each counted from its own index range
 * (meetings_site_kind_idx, actions_site_due_idx): a seek per site and figure, with no rows to
 * group or sort, which measured faster than grouping every meeting and action of the programme.
 */
function meetingAndActionFigures({ from, to }: DashboardRange): SQL {
  return sql`
      (SELECT count(*) FROM meetings m WHERE m.site_id = s.id AND m.kind = 'partnership'
        AND m.held_on >= ${from} AND m.held_on <= ${to}) AS meetingsHeld,
      (SELECT count(*) FROM meetings m WHERE m.site_id = s.id AND m.kind = 'partnership'
        AND m.held_on <= ${to}) AS meetingsToDate,
      (SELECT max(m.held_on) FROM meetings m WHERE m.site_id = s.id AND m.kind = 'partnership'
        AND m.held_on <= ${to}) AS lastMeetingOn,
      (SELECT json_group_array(came) FROM (
        SELECT (SELECT count(*) FROM meeting_attendance a
            WHERE a.meeting_id = m.id AND a.status = 'attended') + m.unnamed_attendees AS came
        FROM meetings m WHERE m.site_id = s.id AND m.kind = 'partnership' AND m.held_on <= ${to}
        ORDER BY m.held_on DESC, m.start_time DESC, m.id DESC LIMIT 6)) AS lastSixAttendance,
      (SELECT count(*) FROM actions a WHERE a.site_id = s.id AND a.status IN ('open', 'done')
        AND coalesce(a.first_due_on, a.due_on) BETWEEN ${from} AND ${to}) AS actionsDue,
      (SELECT count(*) FROM actions a WHERE a.site_id = s.id AND a.status = 'done'
        AND coalesce(a.first_due_on, a.due_on) BETWEEN ${from} AND ${to}
        AND (a.completed_on IS NULL OR a.completed_on <= coalesce(a.first_due_on, a.due_on)))
        AS actionsDoneOnTime,
      (SELECT count(*) FROM actions a WHERE a.site_id = s.id AND a.status = 'open'
        AND a.due_on < ${to})
        + (SELECT count(*) FROM actions a WHERE a.site_id = s.id AND a.status = 'done'
        AND a.due_on < ${to} AND a.completed_on > ${to}) AS actionsOverdue`
}

/** Tests of change by status, and the latest reflection (its own or a team cycle naming it). */
function testAndReflectionStats({ from, to }: DashboardRange): SQL {
  return sql`
    test_stats AS (
      SELECT t.site_id,
        count(CASE WHEN t.status = 'idea' THEN 1 END) AS idea,
        count(CASE WHEN t.status = 'planned' THEN 1 END) AS planned,
        count(CASE WHEN t.status = 'testing' THEN 1 END) AS testing,
        count(CASE WHEN t.status = 'adopted' THEN 1 END) AS adopted,
        count(CASE WHEN t.status = 'adapted' THEN 1 END) AS adapted,
        count(CASE WHEN t.status = 'abandoned' THEN 1 END) AS abandoned,
        count(CASE WHEN t.started_on <= ${to} THEN 1 END) AS started
      FROM s JOIN tests_of_change t ON t.site_id = s.id
      WHERE t.created_on <= ${to}
      GROUP BY t.site_id
    ),
    reflection_days AS (
      SELECT r.site_id, r.held_on
      FROM s JOIN reflection_cycles r ON r.site_id = s.id
      WHERE r.held_on <= ${to}
      UNION ALL
      SELECT x.site_id, r.held_on
      FROM s JOIN reflection_cycle_sites x ON x.site_id = s.id
      JOIN reflection_cycles r ON r.id = x.cycle_id
      WHERE r.site_id IS NULL AND r.held_on <= ${to}
    ),
    reflection_stats AS (
      SELECT site_id, max(held_on) AS last_on,
        count(CASE WHEN held_on >= ${from} THEN 1 END) AS held
      FROM reflection_days GROUP BY site_id
    )`
}

/** Every site of the programme (archived ones left out) with its figures over the range. */
export function dashboardSites(
  db: Db,
  programmeId: string,
  range: DashboardRange
): DashboardSiteRow[] {
  return allRows(
    db,
    dashboardSiteRow,
    sql`
    WITH s AS (
      SELECT id, name, status, start_date FROM sites
      WHERE programme_id = ${programmeId} AND archived_at IS NULL
    ),
    ${testAndReflectionStats(range)}
    SELECT s.id, s.name, s.status, s.start_date AS startDate,
      sg.stage, sg.judged_on AS stageJudgedOn,
      ${meetingAndActionFigures(range)},
      coalesce(ts.idea, 0) AS testsIdea, coalesce(ts.planned, 0) AS testsPlanned,
      coalesce(ts.testing, 0) AS testsTesting, coalesce(ts.adopted, 0) AS testsAdopted,
      coalesce(ts.adapted, 0) AS testsAdapted, coalesce(ts.abandoned, 0) AS testsAbandoned,
      coalesce(ts.started, 0) AS testsStarted,
      rf.last_on AS lastReflectionOn, coalesce(rf.held, 0) AS reflectionsHeld
    FROM s
    LEFT JOIN site_stages sg ON sg.id = (
      SELECT st.id FROM site_stages st WHERE st.site_id = s.id AND st.judged_on <= ${range.to}
      ORDER BY st.judged_on DESC, st.created_at DESC, st.id DESC LIMIT 1)
    LEFT JOIN test_stats ts ON ts.site_id = s.id
    LEFT JOIN reflection_stats rf ON rf.site_id = s.id
    ORDER BY s.name COLLATE NOCASE, s.id`
  )
}

const dashboardOutcomeRow = z.strictObject({
  id: col.text,
  siteId: col.text,
  title: col.text,
  /** The programme outcome it maps to, or null when it has none. */
  programmeOutcomeId: col.optionalText,
  baselineRating: col.optionalNumber,
  /** The day the outcome was agreed: where its baseline sits on a chart. */
  agreedOn: col.text,
  /** JSON: every rating on or before `to` as [ratedOn, rating], oldest first. */
  ratings: col.text
})
export type DashboardOutcomeRow = z.output<typeof dashboardOutcomeRow>

/** The shape of `DashboardOutcomeRow.ratings` once parsed: [ratedOn, rating], oldest first. */
export const ratingPoints = z.array(z.tuple([z.string(), z.number()]))

/** Every current agreed outcome of the programme's sites with its ratings up to `to`. */
export function dashboardOutcomes(
  db: Db,
  programmeId: string,
  { to }: DashboardRange
): DashboardOutcomeRow[] {
  // Each outcome's ratings read in order from the covering index outcome_ratings_outcome_idx
  // (outcome, day, entered, id, rating): no sort, no table reads; summarised by the caller.
  return allRows(
    db,
    dashboardOutcomeRow,
    sql`
    SELECT ao.id, ao.site_id AS siteId, ao.title, ao.programme_outcome_id AS programmeOutcomeId,
      ao.baseline_rating AS baselineRating, ao.agreed_on AS agreedOn,
      (SELECT json_group_array(json_array(rated_on, rating)) FROM (
        SELECT r.rated_on, r.rating FROM outcome_ratings r
        WHERE r.outcome_id = ao.id AND r.rated_on <= ${to}
        ORDER BY r.rated_on, r.created_at, r.id)) AS ratings
    FROM sites s JOIN agreed_outcomes ao ON ao.site_id = s.id
    WHERE s.programme_id = ${programmeId} AND s.archived_at IS NULL AND ao.archived_at IS NULL
    ORDER BY ao.site_id, ao.position, ao.title COLLATE NOCASE, ao.id`
  )
}

const missingMemberRow = z.strictObject({
  siteId: col.text,
  name: col.text,
  /** Their role in the partnership (sponsor, member, ...). */
  memberRole: z.enum(siteMembers.role.enumValues)
})
export type MissingMemberRow = z.output<typeof missingMemberRow>

/** The site's `k`th latest partnership meeting up to `to` (0: the latest), one index seek. */
function nthMeeting(k: number, to: string, column: SQL = sql`m.id`): SQL {
  return sql`(SELECT ${column} FROM meetings m WHERE m.site_id = s.id AND m.kind = 'partnership'
    AND m.held_on <= ${to} ORDER BY m.held_on DESC, m.start_time DESC, m.id DESC
    LIMIT 1 OFFSET ${k})`
}

/**
 * The partnership's members (the consultancy's own people aside) who were members at each of the
 * site's last MEETINGS_TO_MISS partnership meetings up to `to`, still are, and attended none of
 * them: "the same people missing". Each member is checked meeting by meeting, latest first, so
 * most stop at the first seek.
 */
export function membersMissingRecent(db: Db, programmeId: string, to: string): MissingMemberRow[] {
  const ks = Array.from({ length: MEETINGS_TO_MISS }, (_, k) => k)
  const meetingColumns = sql.join(
    ks.map((k) => sql`${nthMeeting(k, to)} AS ${sql.identifier(`m${k}`)}`),
    sql`, `
  )
  const missedEach = sql.join(
    ks.map(
      (k) => sql`NOT EXISTS (SELECT 1 FROM meeting_attendance a
        WHERE a.meeting_id = t.${sql.identifier(`m${k}`)} AND a.person_id = sm.person_id
          AND a.status = 'attended')`
    ),
    sql` AND `
  )
  const earliest = MEETINGS_TO_MISS - 1
  return allRows(
    db,
    missingMemberRow,
    sql`
    WITH recent AS MATERIALIZED (
      SELECT s.id AS site_id, ${meetingColumns},
        ${nthMeeting(earliest, to, sql`m.held_on`)} AS earliest_on
      FROM sites s WHERE s.programme_id = ${programmeId} AND s.archived_at IS NULL
    )
    SELECT sm.site_id AS siteId, p.name, min(sm.role) AS memberRole
    FROM recent t
    JOIN site_members sm ON sm.site_id = t.site_id AND sm.joined_on <= t.earliest_on
      AND (sm.left_on IS NULL OR sm.left_on > ${to})
      AND sm.role NOT IN ('consultant', 'learning_partner')
    JOIN people p ON p.id = sm.person_id
    WHERE t.earliest_on IS NOT NULL AND ${missedEach}
    GROUP BY sm.site_id, p.id
    ORDER BY sm.site_id, p.name COLLATE NOCASE, p.id`
  )
}
