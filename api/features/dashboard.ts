// The programme dashboard: per-site figures, outcome ratings against the programme's outcomes and
// early warnings of collaborative inertia, from two SQL roll-ups shaped into compact JSON.
import {
  dashboardOutcomes,
  dashboardProgramme,
  dashboardSites,
  programmeOutcomeColumns,
  ratingPoints,
  type DashboardOutcomeRow,
  type DashboardRange,
  type DashboardSiteRow
} from '../../db/queries/dashboard'
import { parseStoredJson } from '../../db/rows'
import { today } from '../context'
import { notFound } from '../errors'
import { handler } from '../handler'
import { dashboardInput } from '../schemas/dashboard'
import { stageLabel, type StageModel } from '../../domain/vocabulary'
import { daysBetween, earlyWarnings } from '../../domain/earlyWarnings'
import { withHealthSigns } from './health'

/** One site's figures, grouped the way the screens read them. */
export function siteFigures(row: DashboardSiteRow, model: StageModel, asOf: string) {
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
      lastThree: row.attendanceLastThree,
      previousThree: row.attendancePreviousThree,
      recentMeetings: row.recentMeetings
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

function outcomeFigures(row: DashboardOutcomeRow) {
  return {
    id: row.id,
    siteId: row.siteId,
    title: row.title,
    programmeOutcomeId: row.programmeOutcomeId,
    baselineRating: row.baselineRating,
    latestRating: row.latestRating,
    latestRatedOn: row.latestRatedOn,
    change: row.change,
    ratings: row.ratings,
    /** [ratedOn, rating] within the range, oldest first. */
    points: parseStoredJson(ratingPoints, row.points)
  }
}
export type DashboardOutcome = ReturnType<typeof outcomeFigures>

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
    const outcomes = dashboardOutcomes(ctx.db, programme.id, range).map(outcomeFigures)
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
        withHealthSigns(ctx, programme.id, sites, to),
        input.thresholds,
        to
      )
    }
  })
}
