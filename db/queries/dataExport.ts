// Queries for the programme data export: one flat read per kind of record, with the names of the
// sites, people and organisations it points to already joined in, archived records included.
// Rows come out in a stable order (site, then date, then insertion) so the same data gives the
// same file and the same fingerprint.
import { sql } from 'drizzle-orm'
import type { Db } from '../store'

export interface SiteExportRow {
  name: string
  locality: string
  purpose: string
  focus: string
  startDate: string
  status: 'active' | 'paused' | 'closed'
  stage: string | null
  stageJudgedOn: string | null
  archivedAt: string | null
}

export function exportSites(db: Db, programmeId: string): SiteExportRow[] {
  return db.all<SiteExportRow>(sql`
    WITH latest_stage AS (
      SELECT site_id, stage, judged_on,
        row_number() OVER (PARTITION BY site_id ORDER BY judged_on DESC, created_at DESC, id DESC) AS rn
      FROM site_stages
    )
    SELECT s.name, s.locality, s.purpose, s.focus, s.start_date AS startDate, s.status,
      ls.stage, ls.judged_on AS stageJudgedOn, s.archived_at AS archivedAt
    FROM sites s
    LEFT JOIN latest_stage ls ON ls.site_id = s.id AND ls.rn = 1
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, s.rowid`)
}

export interface PersonExportRow {
  name: string
  role: string
  organisationName: string | null
  sector: string | null
  email: string
  phone: string
  archivedAt: string | null
}

/** People by role, then name. */
export function exportPeople(db: Db, programmeId: string): PersonExportRow[] {
  return db.all<PersonExportRow>(sql`
    SELECT p.name, p.role, o.name AS organisationName, o.sector, p.email, p.phone,
      p.archived_at AS archivedAt
    FROM people p
    LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE p.programme_id = ${programmeId}
    ORDER BY p.role COLLATE NOCASE, p.name COLLATE NOCASE, p.rowid`)
}

export interface OrganisationExportRow {
  name: string
  sector: string
  peopleCount: number
  archivedAt: string | null
}

export function exportOrganisations(db: Db, programmeId: string): OrganisationExportRow[] {
  return db.all<OrganisationExportRow>(sql`
    SELECT o.name, o.sector, o.archived_at AS archivedAt,
      (SELECT count(*) FROM people p WHERE p.organisation_id = o.id) AS peopleCount
    FROM organisations o
    WHERE o.programme_id = ${programmeId}
    ORDER BY o.name COLLATE NOCASE, o.rowid`)
}

export interface MembershipExportRow {
  siteName: string
  personName: string
  profession: string
  organisationName: string | null
  role: string
  joinedOn: string
  leftOn: string | null
}

export function exportMemberships(db: Db, programmeId: string): MembershipExportRow[] {
  return db.all<MembershipExportRow>(sql`
    SELECT s.name AS siteName, p.name AS personName, p.role AS profession,
      o.name AS organisationName, m.role, m.joined_on AS joinedOn, m.left_on AS leftOn
    FROM site_members m
    JOIN sites s ON s.id = m.site_id
    JOIN people p ON p.id = m.person_id
    LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, p.name COLLATE NOCASE, m.joined_on, m.rowid`)
}

export interface MeetingExportRow {
  siteName: string
  heldOn: string
  startTime: string | null
  durationMinutes: number
  kind: string
  venue: string
  facilitator: string
  purpose: string
  attended: number
  apologies: number
  unnamedAttendees: number
  /** JSON array of method names. */
  methods: string
  /** JSON array of focus area titles, in order. */
  focusAreas: string
  /** JSON array of decisions, in order. */
  decisions: string
  learning: string
  checkOut: string
  energy: number | null
  notes: string
}

export function exportMeetings(db: Db, programmeId: string): MeetingExportRow[] {
  return db.all<MeetingExportRow>(sql`
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
    ORDER BY s.name COLLATE NOCASE, m.held_on, m.start_time, m.rowid`)
}

export interface AttendanceExportRow {
  siteName: string
  heldOn: string
  personName: string
  profession: string
  organisationName: string | null
  status: 'attended' | 'apologies'
}

export function exportAttendance(db: Db, programmeId: string): AttendanceExportRow[] {
  return db.all<AttendanceExportRow>(sql`
    SELECT s.name AS siteName, m.held_on AS heldOn, p.name AS personName, p.role AS profession,
      o.name AS organisationName, a.status
    FROM meeting_attendance a
    JOIN meetings m ON m.id = a.meeting_id
    JOIN sites s ON s.id = m.site_id
    JOIN people p ON p.id = a.person_id
    LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, m.held_on, m.rowid, p.name COLLATE NOCASE, a.rowid`)
}

export interface ActionExportRow {
  siteName: string
  description: string
  ownerName: string | null
  agreedOn: string
  dueOn: string
  status: 'open' | 'done' | 'dropped'
  completedOn: string | null
  meetingHeldOn: string | null
  carriedForward: number
  notes: string
}

export function exportActions(db: Db, programmeId: string): ActionExportRow[] {
  return db.all<ActionExportRow>(sql`
    SELECT s.name AS siteName, x.description, p.name AS ownerName, x.agreed_on AS agreedOn,
      x.due_on AS dueOn, x.status, x.completed_on AS completedOn, m.held_on AS meetingHeldOn,
      x.carried_forward AS carriedForward, x.notes
    FROM actions x
    JOIN sites s ON s.id = x.site_id
    LEFT JOIN meetings m ON m.id = x.meeting_id
    LEFT JOIN people p ON p.id = x.owner_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, x.agreed_on, x.due_on, x.rowid`)
}

export interface OutcomeExportRow {
  siteName: string
  title: string
  description: string
  agreedOn: string
  programmeOutcome: string | null
  level: string | null
  baselineRating: number | null
  baselineNote: string
  latestRating: number | null
  latestRatedOn: string | null
  archivedAt: string | null
}

export function exportOutcomes(db: Db, programmeId: string): OutcomeExportRow[] {
  return db.all<OutcomeExportRow>(sql`
    WITH latest AS (
      SELECT outcome_id, rating, rated_on,
        row_number() OVER (PARTITION BY outcome_id ORDER BY rated_on DESC, created_at DESC, id DESC) AS rn
      FROM outcome_ratings
    )
    SELECT s.name AS siteName, a.title, a.description, a.agreed_on AS agreedOn,
      po.title AS programmeOutcome, po.level, a.baseline_rating AS baselineRating,
      a.baseline_note AS baselineNote, l.rating AS latestRating, l.rated_on AS latestRatedOn,
      a.archived_at AS archivedAt
    FROM agreed_outcomes a
    JOIN sites s ON s.id = a.site_id
    LEFT JOIN programme_outcomes po ON po.id = a.programme_outcome_id
    LEFT JOIN latest l ON l.outcome_id = a.id AND l.rn = 1
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, a.position, a.agreed_on, a.rowid`)
}

export interface RatingExportRow {
  siteName: string
  outcomeTitle: string
  ratedOn: string
  rating: number
  judgedBy: 'group' | 'consultant' | 'coordinator'
  evidence: string
  meetingHeldOn: string | null
}

export function exportRatings(db: Db, programmeId: string): RatingExportRow[] {
  return db.all<RatingExportRow>(sql`
    SELECT s.name AS siteName, a.title AS outcomeTitle, r.rated_on AS ratedOn, r.rating,
      r.judged_by AS judgedBy, r.evidence, m.held_on AS meetingHeldOn
    FROM outcome_ratings r
    JOIN agreed_outcomes a ON a.id = r.outcome_id
    JOIN sites s ON s.id = a.site_id
    LEFT JOIN meetings m ON m.id = r.meeting_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, a.position, a.rowid, r.rated_on, r.rowid`)
}

export interface TestExportRow {
  siteName: string
  title: string
  kind: 'quick_win' | 'adaptive'
  status: 'idea' | 'planned' | 'testing' | 'adopted' | 'adapted' | 'abandoned'
  changeIdea: string | null
  idea: string
  prediction: string
  ownerName: string | null
  /** JSON array of the agreed outcomes' titles. */
  outcomes: string
  createdOn: string
  startedOn: string | null
  decidedOn: string | null
  decisionReason: string
  cycleCount: number
}

export function exportTests(db: Db, programmeId: string): TestExportRow[] {
  return db.all<TestExportRow>(sql`
    SELECT s.name AS siteName, t.title, t.kind, t.status, c.title AS changeIdea, t.idea,
      t.prediction, p.name AS ownerName,
      (SELECT json_group_array(title) FROM
        (SELECT a.title FROM test_of_change_outcomes x JOIN agreed_outcomes a ON a.id = x.outcome_id
          WHERE x.test_id = t.id ORDER BY a.position, a.rowid)) AS outcomes,
      t.created_on AS createdOn, t.started_on AS startedOn, t.decided_on AS decidedOn,
      t.decision_reason AS decisionReason,
      (SELECT count(*) FROM pdsa_cycles y WHERE y.test_id = t.id) AS cycleCount
    FROM tests_of_change t
    JOIN sites s ON s.id = t.site_id
    LEFT JOIN change_ideas c ON c.id = t.change_idea_id
    LEFT JOIN people p ON p.id = t.owner_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, t.created_on, t.rowid`)
}

export interface CycleExportRow {
  siteName: string
  testTitle: string
  position: number
  startedOn: string
  endedOn: string | null
  plan: string
  prediction: string
  doNotes: string
  study: string
  act: string
}

export function exportCycles(db: Db, programmeId: string): CycleExportRow[] {
  return db.all<CycleExportRow>(sql`
    SELECT s.name AS siteName, t.title AS testTitle, y.position, y.started_on AS startedOn,
      y.ended_on AS endedOn, y.plan, y.prediction, y.do_notes AS doNotes, y.study, y.act
    FROM pdsa_cycles y
    JOIN tests_of_change t ON t.id = y.test_id
    JOIN sites s ON s.id = t.site_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, t.created_on, t.rowid, y.position, y.rowid`)
}

export interface MeasureExportRow {
  siteName: string
  name: string
  unit: string
  better: 'higher' | 'lower'
  target: number | null
  rules: 'anhoej' | 'ihi'
  baselinePoints: number | null
  outcomeTitle: string | null
  pointCount: number
  archivedAt: string | null
}

export function exportMeasures(db: Db, programmeId: string): MeasureExportRow[] {
  return db.all<MeasureExportRow>(sql`
    SELECT s.name AS siteName, ms.name, ms.unit, ms.better, ms.target, ms.rules,
      ms.baseline_points AS baselinePoints, a.title AS outcomeTitle,
      (SELECT count(*) FROM measure_points mp WHERE mp.measure_id = ms.id) AS pointCount,
      ms.archived_at AS archivedAt
    FROM measures ms
    JOIN sites s ON s.id = ms.site_id
    LEFT JOIN agreed_outcomes a ON a.id = ms.outcome_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, ms.name COLLATE NOCASE, ms.rowid`)
}

export interface PointExportRow {
  siteName: string
  measureName: string
  unit: string
  period: string
  value: number
  note: string
}

export function exportPoints(db: Db, programmeId: string): PointExportRow[] {
  return db.all<PointExportRow>(sql`
    SELECT s.name AS siteName, ms.name AS measureName, ms.unit, mp.period, mp.value, mp.note
    FROM measure_points mp
    JOIN measures ms ON ms.id = mp.measure_id
    JOIN sites s ON s.id = ms.site_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, ms.name COLLATE NOCASE, ms.rowid, mp.period`)
}

export interface QuoteExportRow {
  siteName: string
  text: string
  speakerRole: string
  consent: 'yes' | 'no' | 'not_asked'
  meetingHeldOn: string | null
  /** Private: only exported when the user asks for private fields. */
  personName: string | null
}

export function exportQuotes(db: Db, programmeId: string): QuoteExportRow[] {
  return db.all<QuoteExportRow>(sql`
    SELECT s.name AS siteName, q.text, q.speaker_role AS speakerRole, q.consent,
      m.held_on AS meetingHeldOn, p.name AS personName
    FROM quotes q
    JOIN sites s ON s.id = q.site_id
    LEFT JOIN meetings m ON m.id = q.meeting_id
    LEFT JOIN people p ON p.id = q.person_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, m.held_on, q.created_at, q.rowid`)
}

export interface PlacementExportRow {
  siteName: string
  stakeholder: string
  kind: 'person' | 'organisation' | 'other'
  description: string
  quadrant: 'involve_closely' | 'keep_on_board' | 'inform' | 'be_aware_of' | 'off'
  placedOn: string
  note: string
}

export function exportPlacements(db: Db, programmeId: string): PlacementExportRow[] {
  return db.all<PlacementExportRow>(sql`
    SELECT s.name AS siteName, coalesce(p.name, o.name, st.name) AS stakeholder,
      CASE WHEN st.person_id IS NOT NULL THEN 'person'
        WHEN st.organisation_id IS NOT NULL THEN 'organisation' ELSE 'other' END AS kind,
      st.description, pl.quadrant, pl.placed_on AS placedOn, pl.note
    FROM stakeholder_placements pl
    JOIN stakeholders st ON st.id = pl.stakeholder_id
    JOIN sites s ON s.id = st.site_id
    LEFT JOIN people p ON p.id = st.person_id
    LEFT JOIN organisations o ON o.id = st.organisation_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, pl.placed_on, stakeholder COLLATE NOCASE, pl.rowid`)
}

export interface JudgementExportRow {
  siteName: string
  checkedOn: string
  framework: string
  judgedBy: 'consultant' | 'group'
  meetingHeldOn: string | null
  heading: string
  item: string
  judgement: string
  note: string
  checkNote: string
}

export function exportJudgements(db: Db, programmeId: string): JudgementExportRow[] {
  return db.all<JudgementExportRow>(sql`
    SELECT s.name AS siteName, c.checked_on AS checkedOn, f.name AS framework,
      c.judged_by AS judgedBy, m.held_on AS meetingHeldOn, i.group_label AS heading,
      i.label AS item, coalesce(sp.label, j.value) AS judgement, j.note, c.note AS checkNote
    FROM health_judgements j
    JOIN health_checks c ON c.id = j.check_id
    JOIN sites s ON s.id = c.site_id
    JOIN health_frameworks f ON f.id = c.framework_id
    JOIN health_framework_items i ON i.id = j.item_id
    LEFT JOIN health_scale_points sp ON sp.framework_id = f.id AND sp.value = j.value
    LEFT JOIN meetings m ON m.id = c.meeting_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, c.checked_on, c.rowid, i.position`)
}

/** How many records of each kind the programme holds, in one read. */
export function exportCounts(db: Db, programmeId: string): Record<string, number> {
  const siteIds = sql`(SELECT id FROM sites WHERE programme_id = ${programmeId})`
  const meetingIds = sql`(SELECT id FROM meetings WHERE site_id IN ${siteIds})`
  const outcomeIds = sql`(SELECT id FROM agreed_outcomes WHERE site_id IN ${siteIds})`
  const testIds = sql`(SELECT id FROM tests_of_change WHERE site_id IN ${siteIds})`
  const measureIds = sql`(SELECT id FROM measures WHERE site_id IN ${siteIds})`
  const row = db.get<Record<string, number>>(sql`
    SELECT
      (SELECT count(*) FROM sites WHERE programme_id = ${programmeId}) AS sites,
      (SELECT count(*) FROM people WHERE programme_id = ${programmeId}) AS people,
      (SELECT count(*) FROM organisations WHERE programme_id = ${programmeId}) AS organisations,
      (SELECT count(*) FROM site_members WHERE site_id IN ${siteIds}) AS siteMemberships,
      (SELECT count(*) FROM meetings WHERE site_id IN ${siteIds}) AS meetings,
      (SELECT count(*) FROM meeting_attendance WHERE meeting_id IN ${meetingIds}) AS attendance,
      (SELECT count(*) FROM actions WHERE site_id IN ${siteIds}) AS actions,
      (SELECT count(*) FROM agreed_outcomes WHERE site_id IN ${siteIds}) AS outcomes,
      (SELECT count(*) FROM outcome_ratings WHERE outcome_id IN ${outcomeIds}) AS outcomeRatings,
      (SELECT count(*) FROM tests_of_change WHERE site_id IN ${siteIds}) AS testsOfChange,
      (SELECT count(*) FROM pdsa_cycles WHERE test_id IN ${testIds}) AS pdsaCycles,
      (SELECT count(*) FROM measures WHERE site_id IN ${siteIds}) AS measures,
      (SELECT count(*) FROM measure_points WHERE measure_id IN ${measureIds}) AS measurePoints,
      (SELECT count(*) FROM quotes WHERE site_id IN ${siteIds}) AS quotes,
      (SELECT count(*) FROM stakeholder_placements WHERE stakeholder_id IN
        (SELECT id FROM stakeholders WHERE site_id IN ${siteIds})) AS stakeholderPlacements,
      (SELECT count(*) FROM health_judgements WHERE check_id IN
        (SELECT id FROM health_checks WHERE site_id IN ${siteIds})) AS healthJudgements`)
  return row ?? {}
}
