// The programme dashboard: per-site figures, outcome ratings against the programme's outcomes and
// early warnings of collaborative inertia, from two SQL roll-ups shaped into compact JSON.
import {
  dashboardOutcomes,
  dashboardProgramme,
  dashboardSites,
  lastSixAttendance,
  membersMissingRecent,
  programmeOutcomeColumns,
  ratingPoints,
  type DashboardOutcomeRow,
  type DashboardRange,
  type DashboardSiteRow
} from '../../db/queries/dashboard'
import { parseStoredJson } from '../../db/rows'
import { today, type ApiContext } from '../context'
import { notFound } from '../errors'
import { handler } from '../handler'
import { dashboardInput } from '../schemas/dashboard'
import { MEMBER_ROLES, stageLabel, type StageModel } from '../../domain/vocabulary'
import { daysBetween, earlyWarnings, withSigns, type SiteSigns } from '../../domain/earlyWarnings'
import { summariseRatings } from '../../domain/ratingSummary'
import { withHealthSigns } from './health'

function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null
}

/** One site's figures, grouped the way the screens read them. */
export function siteFigures(row: DashboardSiteRow, model: StageModel, asOf: string) {
  const lastSix = parseStoredJson(lastSixAttendance, row.lastSixAttendance)
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    startDate: row.startDate,
    stage: row.stage
      ? { key: row.stage, label: stageLabel(model, row.stage), judgedOn: row.stageJudgedOn ?? '' }
      : null,
    meetings: {
      held: row.meetingsHeld,
      toDate: row.meetingsToDate,
      lastOn: row.lastMeetingOn
    },
    attendance: {
      /** Mean attendance at the last three partnership meetings up to the day judged. */
      lastThree: mean(lastSix.slice(0, 3)),
      /** Mean attendance at the three meetings before those. */
      previousThree: mean(lastSix.slice(3)),
      /** How many of those up to six meetings there were. */
      recentMeetings: lastSix.length
    },
    actions: {
      due: row.actionsDue,
      doneOnTime: row.actionsDoneOnTime,
      overdue: row.actionsOverdue
    },
    tests: {
      idea: row.testsIdea,
      planned: row.testsPlanned,
      testing: row.testsTesting,
      adopted: row.testsAdopted,
      adapted: row.testsAdapted,
      abandoned: row.testsAbandoned,
      started: row.testsStarted
    },
    reflections: {
      held: row.reflectionsHeld,
      lastOn: row.lastReflectionOn,
      daysSince: row.lastReflectionOn ? daysBetween(row.lastReflectionOn, asOf) : null
    }
  }
}
export type DashboardSite = ReturnType<typeof siteFigures>

/** One agreed outcome's ratings summarised over the range (points from `from` on). */
export function outcomeFigures(row: DashboardOutcomeRow, from: string) {
  const summary = summariseRatings(
    parseStoredJson(ratingPoints, row.ratings),
    row.baselineRating,
    from
  )
  return {
    id: row.id,
    siteId: row.siteId,
    title: row.title,
    programmeOutcomeId: row.programmeOutcomeId,
    baselineRating: row.baselineRating,
    agreedOn: row.agreedOn,
    latestRating: summary.latestRating,
    latestRatedOn: summary.latestRatedOn,
    change: summary.change,
    ratings: summary.ratings,
    /** [ratedOn, rating] within the range, oldest first. */
    points: summary.points
  }
}
export type DashboardOutcome = ReturnType<typeof outcomeFigures>

/** The sites' signs with the members who missed each of their last few partnership meetings. */
function withMissingMembers<S extends SiteSigns>(
  ctx: ApiContext,
  programmeId: string,
  sites: S[],
  asOf: string
): S[] {
  return withSigns(
    sites,
    'missingMembers',
    membersMissingRecent(ctx.db, programmeId, asOf).map((m) => ({
      siteId: m.siteId,
      sign: { name: m.name, role: MEMBER_ROLES[m.memberRole] }
    }))
  )
}

export const dashboardHandlers = {
  /**
   * The home screen of a programme. Counts run over [from, to]; states (latest rating, stage,
   * days since the last meeting or reflection, overdue actions, warnings) are judged on `to`,
   * which is today unless an earlier day is asked for; for a programme that has ended, its last
   * day at the latest (warnings about a finished programme are measured against its end).
   */
  'dashboard.get': handler(dashboardInput, (ctx, input) => {
    const programme = dashboardProgramme(ctx.db, input.programmeId)
    if (!programme) throw notFound('programmeId', 'programme', input.programmeId)
    const day = today(ctx)
    const last = programme.endDate && programme.endDate < day ? programme.endDate : day
    const to = input.to && input.to < last ? input.to : last
    const start = input.from ?? programme.startDate
    const range: DashboardRange = { from: start < to ? start : to, to }
    const columns = parseStoredJson(programmeOutcomeColumns, programme.outcomes)
    const sites = dashboardSites(ctx.db, programme.id, range).map((row) =>
      siteFigures(row, programme.stageModel, to)
    )
    const outcomes = dashboardOutcomes(ctx.db, programme.id, range).map((row) =>
      outcomeFigures(row, range.from)
    )
    return {
      programme: {
        id: programme.id,
        name: programme.name,
        startDate: programme.startDate,
        endDate: programme.endDate
      },
      today: day,
      range,
      thresholds: input.thresholds,
      programmeOutcomes: columns,
      sites,
      outcomes,
      warnings: earlyWarnings(
        programme.id,
        withMissingMembers(ctx, programme.id, withHealthSigns(ctx, programme.id, sites, to), to),
        input.thresholds,
        to
      )
    }
  })
}
