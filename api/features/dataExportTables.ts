// The layout of each kind of record in a data export: its columns (readable headers, ISO dates,
// names instead of ids, labels instead of codes) and which of them are private.
import * as q from '../../db/queries/dataExport'
import { localDay, type ApiContext } from '../context'
import { DATA_KINDS, type DataKind } from '../schemas/dataExport'
import { BETTER, RULES } from '../schemas/measures'
import { JUDGES } from '../schemas/outcomes'
import { TEST_KINDS } from '../schemas/testsOfChange'
import {
  ACTION_STATUSES,
  ATTENDANCE,
  CONSENT,
  HEALTH_JUDGED_BY,
  MEETING_KINDS,
  MEMBER_ROLES,
  OUTCOME_LEVELS,
  SECTORS,
  SITE_STATUSES,
  STAKEHOLDER_GROUPS,
  stageLabel,
  type StageModel
} from '../../domain/vocabulary'
import { TEST_STATUS_LABELS } from '../../domain/lifecycle'

export type Cell = string | number | null

export interface DataTable {
  kind: DataKind
  label: string
  fileName: string
  columns: string[]
  rows: Cell[][]
}

interface Column<R> {
  header: string
  value: (row: R) => Cell
  /** Left out unless the user asks for private fields. */
  private?: boolean
}

interface Programme {
  id: string
  stageModel: StageModel
}

/** Reads one kind and lays it out as a table; the row type stays inside. */
type TableBuilder = (
  ctx: ApiContext,
  programme: Programme,
  includePrivate: boolean
) => Pick<DataTable, 'columns' | 'rows'>

/** A label from a vocabulary, or the stored code when a list has since changed. */
function label(labels: Record<string, string>, code: string | null): string | null {
  return code === null ? null : (labels[code] ?? code)
}
/** Archived-on columns show the user's local day, not the UTC instant. */
const day = (timestamp: string | null) => (timestamp ? localDay(new Date(timestamp)) : null)
/** JSON arrays from the queries, as one cell: "first; second". */
const list = (json: string) => (JSON.parse(json) as string[]).join('; ')
const archived = <R extends { archivedAt: string | null }>(): Column<R> => ({
  header: 'Archived on',
  value: (r) => day(r.archivedAt)
})
const site = <R extends { siteName: string }>(): Column<R> => ({
  header: 'Site',
  value: (r) => r.siteName
})

function spec<R>(
  read: (ctx: ApiContext, programmeId: string) => R[],
  columns: Column<R>[] | ((stageModel: StageModel) => Column<R>[])
): TableBuilder {
  return (ctx, programme, includePrivate) => {
    const chosen = (typeof columns === 'function' ? columns(programme.stageModel) : columns).filter(
      (c) => includePrivate || !c.private
    )
    return {
      columns: chosen.map((c) => c.header),
      rows: read(ctx, programme.id).map((r) => chosen.map((c) => c.value(r)))
    }
  }
}

const KINDS: Record<DataKind, TableBuilder> = {
  sites: spec<q.SiteExportRow>(
    (ctx, id) => q.exportSites(ctx.db, id),
    (model) => [
      { header: 'Site', value: (r) => r.name },
      { header: 'Locality', value: (r) => r.locality },
      { header: 'Purpose', value: (r) => r.purpose },
      { header: 'Population or service focus', value: (r) => r.focus },
      { header: 'Start date', value: (r) => r.startDate },
      { header: 'Status', value: (r) => label(SITE_STATUSES, r.status) },
      { header: 'Latest stage', value: (r) => (r.stage ? stageLabel(model, r.stage) : null) },
      { header: 'Stage judged on', value: (r) => r.stageJudgedOn },
      archived()
    ]
  ),
  people: spec<q.PersonExportRow>(
    (ctx, id) => q.exportPeople(ctx.db, id),
    [
      { header: 'Role or profession', value: (r) => r.role },
      { header: 'Name', value: (r) => r.name },
      { header: 'Organisation', value: (r) => r.organisationName },
      { header: 'Sector', value: (r) => label(SECTORS, r.sector) },
      { header: 'Email', value: (r) => r.email, private: true },
      { header: 'Phone', value: (r) => r.phone, private: true },
      archived()
    ]
  ),
  organisations: spec<q.OrganisationExportRow>(
    (ctx, id) => q.exportOrganisations(ctx.db, id),
    [
      { header: 'Organisation', value: (r) => r.name },
      { header: 'Sector', value: (r) => label(SECTORS, r.sector) },
      { header: 'People', value: (r) => r.peopleCount },
      archived()
    ]
  ),
  siteMemberships: spec<q.MembershipExportRow>(
    (ctx, id) => q.exportMemberships(ctx.db, id),
    [
      site(),
      { header: 'Person', value: (r) => r.personName },
      { header: 'Role or profession', value: (r) => r.profession },
      { header: 'Organisation', value: (r) => r.organisationName },
      { header: 'Role in the partnership', value: (r) => label(MEMBER_ROLES, r.role) },
      { header: 'Joined on', value: (r) => r.joinedOn },
      { header: 'Left on', value: (r) => r.leftOn }
    ]
  ),
  meetings: spec<q.MeetingExportRow>(
    (ctx, id) => q.exportMeetings(ctx.db, id),
    [
      site(),
      { header: 'Date', value: (r) => r.heldOn },
      { header: 'Start time', value: (r) => r.startTime },
      { header: 'Duration (minutes)', value: (r) => r.durationMinutes },
      { header: 'Kind of meeting', value: (r) => label(MEETING_KINDS, r.kind) },
      { header: 'Venue', value: (r) => r.venue },
      { header: 'Facilitator', value: (r) => r.facilitator },
      { header: 'Purpose', value: (r) => r.purpose },
      { header: 'Attended', value: (r) => r.attended },
      { header: 'Sent apologies', value: (r) => r.apologies },
      { header: 'Attendees not named', value: (r) => r.unnamedAttendees },
      { header: 'Methods', value: (r) => list(r.methods) },
      { header: 'Focus areas', value: (r) => list(r.focusAreas) },
      { header: 'Decisions', value: (r) => list(r.decisions) },
      { header: 'What was learned', value: (r) => r.learning },
      { header: 'Check-out', value: (r) => r.checkOut },
      { header: 'Energy (1 to 5)', value: (r) => r.energy },
      { header: 'Notes', value: (r) => r.notes }
    ]
  ),
  attendance: spec<q.AttendanceExportRow>(
    (ctx, id) => q.exportAttendance(ctx.db, id),
    [
      site(),
      { header: 'Meeting date', value: (r) => r.heldOn },
      { header: 'Person', value: (r) => r.personName },
      { header: 'Role or profession', value: (r) => r.profession },
      { header: 'Organisation', value: (r) => r.organisationName },
      { header: 'Attendance', value: (r) => label(ATTENDANCE, r.status) }
    ]
  ),
  actions: spec<q.ActionExportRow>(
    (ctx, id) => q.exportActions(ctx.db, id),
    [
      site(),
      { header: 'Action', value: (r) => r.description },
      { header: 'Owner', value: (r) => r.ownerName },
      { header: 'Agreed on', value: (r) => r.agreedOn },
      { header: 'Due on', value: (r) => r.dueOn },
      { header: 'Status', value: (r) => label(ACTION_STATUSES, r.status) },
      { header: 'Completed on', value: (r) => r.completedOn },
      { header: 'Meeting date', value: (r) => r.meetingHeldOn },
      { header: 'Times carried forward', value: (r) => r.carriedForward },
      { header: 'Notes', value: (r) => r.notes }
    ]
  ),
  outcomes: spec<q.OutcomeExportRow>(
    (ctx, id) => q.exportOutcomes(ctx.db, id),
    [
      site(),
      { header: 'Agreed outcome', value: (r) => r.title },
      { header: 'Description', value: (r) => r.description },
      { header: 'Agreed on', value: (r) => r.agreedOn },
      { header: 'Programme outcome', value: (r) => r.programmeOutcome },
      { header: 'Theory-of-change level', value: (r) => label(OUTCOME_LEVELS, r.level) },
      { header: 'Baseline rating (0 to 10)', value: (r) => r.baselineRating },
      { header: 'Baseline note', value: (r) => r.baselineNote },
      { header: 'Latest rating (0 to 10)', value: (r) => r.latestRating },
      { header: 'Latest rated on', value: (r) => r.latestRatedOn },
      archived()
    ]
  ),
  outcomeRatings: spec<q.RatingExportRow>(
    (ctx, id) => q.exportRatings(ctx.db, id),
    [
      site(),
      { header: 'Agreed outcome', value: (r) => r.outcomeTitle },
      { header: 'Rated on', value: (r) => r.ratedOn },
      { header: 'Rating (0 to 10)', value: (r) => r.rating },
      { header: 'Judged by', value: (r) => label(JUDGES, r.judgedBy) },
      { header: 'Evidence', value: (r) => r.evidence },
      { header: 'Meeting date', value: (r) => r.meetingHeldOn }
    ]
  ),
  testsOfChange: spec<q.TestExportRow>(
    (ctx, id) => q.exportTests(ctx.db, id),
    [
      site(),
      { header: 'Test of change', value: (r) => r.title },
      { header: 'Kind', value: (r) => label(TEST_KINDS, r.kind) },
      { header: 'Status', value: (r) => label(TEST_STATUS_LABELS, r.status) },
      { header: 'Shared change idea', value: (r) => r.changeIdea },
      { header: 'Change being tried', value: (r) => r.idea },
      { header: 'Prediction', value: (r) => r.prediction },
      { header: 'Owner', value: (r) => r.ownerName },
      { header: 'Agreed outcomes', value: (r) => list(r.outcomes) },
      { header: 'Date started', value: (r) => r.createdOn },
      { header: 'Testing began on', value: (r) => r.startedOn },
      { header: 'Decided on', value: (r) => r.decidedOn },
      { header: 'Reason for the decision', value: (r) => r.decisionReason },
      { header: 'PDSA cycles', value: (r) => r.cycleCount }
    ]
  ),
  pdsaCycles: spec<q.CycleExportRow>(
    (ctx, id) => q.exportCycles(ctx.db, id),
    [
      site(),
      { header: 'Test of change', value: (r) => r.testTitle },
      { header: 'Cycle', value: (r) => r.position },
      { header: 'Started on', value: (r) => r.startedOn },
      { header: 'Ended on', value: (r) => r.endedOn },
      { header: 'Plan', value: (r) => r.plan },
      { header: 'Prediction', value: (r) => r.prediction },
      { header: 'Do', value: (r) => r.doNotes },
      { header: 'Study', value: (r) => r.study },
      { header: 'Act', value: (r) => r.act }
    ]
  ),
  measures: spec<q.MeasureExportRow>(
    (ctx, id) => q.exportMeasures(ctx.db, id),
    [
      site(),
      { header: 'Measure', value: (r) => r.name },
      { header: 'Unit', value: (r) => r.unit },
      { header: 'Direction', value: (r) => label(BETTER, r.better) },
      { header: 'Target', value: (r) => r.target },
      { header: 'Run-chart rules', value: (r) => label(RULES, r.rules) },
      { header: 'Baseline points', value: (r) => r.baselinePoints },
      { header: 'Agreed outcome', value: (r) => r.outcomeTitle },
      { header: 'Data points', value: (r) => r.pointCount },
      archived()
    ]
  ),
  measurePoints: spec<q.PointExportRow>(
    (ctx, id) => q.exportPoints(ctx.db, id),
    [
      site(),
      { header: 'Measure', value: (r) => r.measureName },
      { header: 'Unit', value: (r) => r.unit },
      { header: 'Period starting', value: (r) => r.period },
      { header: 'Value', value: (r) => r.value },
      { header: 'Note', value: (r) => r.note }
    ]
  ),
  quotes: spec<q.QuoteExportRow>(
    (ctx, id) => q.exportQuotes(ctx.db, id),
    [
      site(),
      { header: 'Quote', value: (r) => r.text },
      { header: "Speaker's role", value: (r) => r.speakerRole },
      { header: 'Consent', value: (r) => label(CONSENT, r.consent) },
      { header: 'Meeting date', value: (r) => r.meetingHeldOn },
      { header: 'Person quoted', value: (r) => r.personName, private: true }
    ]
  ),
  stakeholderPlacements: spec<q.PlacementExportRow>(
    (ctx, id) => q.exportPlacements(ctx.db, id),
    [
      site(),
      { header: 'Stakeholder', value: (r) => r.stakeholder },
      { header: 'Kind', value: (r) => label(STAKEHOLDER_KINDS, r.kind) },
      { header: 'Description', value: (r) => r.description },
      {
        header: 'Group',
        value: (r) => label({ ...STAKEHOLDER_GROUPS, off: 'Off the matrix' }, r.quadrant)
      },
      { header: 'Placed on', value: (r) => r.placedOn },
      { header: 'Note', value: (r) => r.note }
    ]
  ),
  healthJudgements: spec<q.JudgementExportRow>(
    (ctx, id) => q.exportJudgements(ctx.db, id),
    [
      site(),
      { header: 'Checked on', value: (r) => r.checkedOn },
      { header: 'Framework', value: (r) => r.framework },
      { header: 'Judged by', value: (r) => label(HEALTH_JUDGED_BY, r.judgedBy) },
      { header: 'Meeting date', value: (r) => r.meetingHeldOn },
      { header: 'Heading', value: (r) => r.heading },
      { header: 'Item', value: (r) => r.item },
      { header: 'Judgement', value: (r) => r.judgement },
      { header: 'Note', value: (r) => r.note },
      { header: 'Note on the check', value: (r) => r.checkNote }
    ]
  )
}

const STAKEHOLDER_KINDS = {
  person: 'Person',
  organisation: 'Organisation',
  other: 'Outside the directory'
}

export function buildTable(
  ctx: ApiContext,
  programme: Programme,
  kind: DataKind,
  includePrivate: boolean
): DataTable {
  return { kind, ...DATA_KINDS[kind], ...KINDS[kind](ctx, programme, includePrivate) }
}
