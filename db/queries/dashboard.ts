// Roll-ups for the programme dashboard: one row per site and one row per agreed outcome, each
// counted by SQLite with GROUP BY over indexed columns (no per-site queries, no rows to count in JS).
import { sql, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { col, allRows, oneRow } from '../rows'
import { programmeOutcomes, programmes, sites } from '../schema'

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
  /** Mean attendance (named people who attended plus those not named) at the last three
   * partnership meetings up to `to`. */
  attendanceLastThree: col.optionalNumber,
  /** Mean attendance, counted the same way, at the three meetings before those. */
  attendancePreviousThree: col.optionalNumber,
  /** How many of those up to six meetings there were. */
  recentMeetings: col.number,
  /** Actions (not dropped) whose due date fell within the range, `to` included. */
  actionsDue: col.number,
  /** Of those, done on or before the due date. */
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

/** Partnership meetings to `to`, numbered newest first per site, and the attendance trend. */
function meetingFigures({ from, to }: DashboardRange): SQL {
  return sql`
    pm AS (
      SELECT m.site_id, m.id, m.held_on, m.unnamed_attendees,
        row_number() OVER (PARTITION BY m.site_id
          ORDER BY m.held_on DESC, m.start_time DESC, m.id DESC) AS rn
      FROM s JOIN meetings m ON m.site_id = s.id
      WHERE m.kind = 'partnership' AND m.held_on <= ${to}
    ),
    meeting_stats AS (
      SELECT site_id, count(*) AS to_date, max(held_on) AS last_on,
        count(CASE WHEN held_on >= ${from} THEN 1 END) AS held
      FROM pm GROUP BY site_id
    ),
    recent AS (
      SELECT site_id, rn,
        (SELECT count(*) FROM meeting_attendance a
          WHERE a.meeting_id = pm.id AND a.status = 'attended') + pm.unnamed_attendees AS named
      FROM pm WHERE rn <= 6
    ),
    trend AS (
      SELECT site_id, count(*) AS meetings,
        avg(CASE WHEN rn <= 3 THEN named END) AS last_three,
        avg(CASE WHEN rn > 3 THEN named END) AS previous_three
      FROM recent GROUP BY site_id
    )`
}

/** Actions due, done on time and overdue, and tests of change by status, per site. */
function actionAndTestFigures({ from, to }: DashboardRange): SQL {
  return sql`
    action_stats AS (
      SELECT a.site_id,
        count(CASE WHEN a.due_on >= ${from} AND a.due_on <= ${to} AND a.status <> 'dropped'
          THEN 1 END) AS due,
        count(CASE WHEN a.due_on >= ${from} AND a.due_on <= ${to} AND a.status = 'done'
          AND (a.completed_on IS NULL OR a.completed_on <= a.due_on) THEN 1 END) AS on_time,
        count(CASE WHEN a.due_on < ${to}
          AND (a.status = 'open' OR (a.status = 'done' AND a.completed_on > ${to}))
          THEN 1 END) AS overdue
      FROM s JOIN actions a ON a.site_id = s.id
      GROUP BY a.site_id
    ),
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
    )`
}

/** The latest reflection (the site's own or a team cycle naming it) and stage, per site. */
function reflectionAndStage({ from, to }: DashboardRange): SQL {
  return sql`
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
    ),
    stage AS (
      SELECT site_id, stage, judged_on FROM (
        SELECT st.site_id, st.stage, st.judged_on,
          row_number() OVER (PARTITION BY st.site_id
            ORDER BY st.judged_on DESC, st.created_at DESC, st.id DESC) AS rn
        FROM s JOIN site_stages st ON st.site_id = s.id
        WHERE st.judged_on <= ${to}
      ) WHERE rn = 1
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
    ${meetingFigures(range)},
    ${actionAndTestFigures(range)},
    ${reflectionAndStage(range)}
    SELECT s.id, s.name, s.status, s.start_date AS startDate,
      sg.stage, sg.judged_on AS stageJudgedOn,
      coalesce(ms.held, 0) AS meetingsHeld, coalesce(ms.to_date, 0) AS meetingsToDate,
      ms.last_on AS lastMeetingOn,
      tr.last_three AS attendanceLastThree, tr.previous_three AS attendancePreviousThree,
      coalesce(tr.meetings, 0) AS recentMeetings,
      coalesce(ac.due, 0) AS actionsDue, coalesce(ac.on_time, 0) AS actionsDoneOnTime,
      coalesce(ac.overdue, 0) AS actionsOverdue,
      coalesce(ts.idea, 0) AS testsIdea, coalesce(ts.planned, 0) AS testsPlanned,
      coalesce(ts.testing, 0) AS testsTesting, coalesce(ts.adopted, 0) AS testsAdopted,
      coalesce(ts.adapted, 0) AS testsAdapted, coalesce(ts.abandoned, 0) AS testsAbandoned,
      coalesce(ts.started, 0) AS testsStarted,
      rf.last_on AS lastReflectionOn, coalesce(rf.held, 0) AS reflectionsHeld
    FROM s
    LEFT JOIN stage sg ON sg.site_id = s.id
    LEFT JOIN meeting_stats ms ON ms.site_id = s.id
    LEFT JOIN trend tr ON tr.site_id = s.id
    LEFT JOIN action_stats ac ON ac.site_id = s.id
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
  /** The latest rating on or before `to`. */
  latestRating: col.optionalNumber,
  latestRatedOn: col.optionalText,
  /** Latest minus the baseline (the agreed baseline, else the first of two or more ratings). */
  change: col.optionalNumber,
  /** Ratings on or before `to`. */
  ratings: col.number,
  /** JSON: [ratedOn, rating] pairs within the range, oldest first. */
  points: col.text
})
export type DashboardOutcomeRow = z.output<typeof dashboardOutcomeRow>

/** The shape of `DashboardOutcomeRow.points` once parsed: [ratedOn, rating], oldest first. */
export const ratingPoints = z.array(z.tuple([z.string(), z.number()]))

/** Every current agreed outcome of the programme's sites with its ratings summarised. */
export function dashboardOutcomes(
  db: Db,
  programmeId: string,
  { from, to }: DashboardRange
): DashboardOutcomeRow[] {
  // Counts and the points in one GROUP BY over the ratings index; latest and first by index seeks.
  return allRows(
    db,
    dashboardOutcomeRow,
    sql`
    WITH o AS (
      SELECT ao.id, ao.site_id, ao.title, ao.programme_outcome_id, ao.baseline_rating, ao.position
      FROM sites s JOIN agreed_outcomes ao ON ao.site_id = s.id
      WHERE s.programme_id = ${programmeId} AND s.archived_at IS NULL AND ao.archived_at IS NULL
    ),
    summary AS (
      SELECT o.id, o.site_id, o.title, o.programme_outcome_id, o.baseline_rating, o.position,
        count(r.id) AS ratings, max(r.rated_on) AS latest_on,
        json_group_array(json_array(r.rated_on, r.rating) ORDER BY r.rated_on, r.created_at, r.id)
          FILTER (WHERE r.rated_on >= ${from}) AS points
      FROM o LEFT JOIN outcome_ratings r ON r.outcome_id = o.id AND r.rated_on <= ${to}
      GROUP BY o.id
    ),
    ends AS (
      SELECT summary.*,
        (SELECT r.rating FROM outcome_ratings r WHERE r.outcome_id = summary.id
          AND r.rated_on <= ${to} ORDER BY r.rated_on DESC, r.created_at DESC, r.id DESC
          LIMIT 1) AS latest,
        (SELECT r.rating FROM outcome_ratings r WHERE r.outcome_id = summary.id
          AND r.rated_on <= ${to} ORDER BY r.rated_on, r.created_at, r.id LIMIT 1) AS first
      FROM summary
    )
    SELECT id, site_id AS siteId, title, programme_outcome_id AS programmeOutcomeId,
      baseline_rating AS baselineRating, latest AS latestRating, latest_on AS latestRatedOn,
      latest - coalesce(baseline_rating, CASE WHEN ratings >= 2 THEN first END) AS change,
      ratings, points
    FROM ends
    ORDER BY site_id, position, title COLLATE NOCASE, id`
  )
}
