// Queries for commissioners' reports: saved report drafts, everything a site report shows over a
// period, the names an anonymised export must not contain, and the pseudonyms that replace them.
import { asc, eq, sql } from 'drizzle-orm'
import { pseudonyms, reports } from '../schema'
import type { Db } from '../store'
import { outsideStakeholderNames } from './stakeholders'
import type { Sector } from '../../domain/vocabulary'

export type ReportRow = typeof reports.$inferSelect
export type PseudonymRow = typeof pseudonyms.$inferSelect

export interface Period {
  from: string
  to: string
}

export function findReport(db: Db, id: string): ReportRow | undefined {
  return db.select().from(reports).where(eq(reports.id, id)).get()
}

/** A programme's reports, or one site's; programme reports when siteId is null. */
export function listReports(
  db: Db,
  filter: { programmeId: string; siteId?: string | null }
): (ReportRow & { siteName: string | null })[] {
  return db.all(sql`
    SELECT r.id, r.programme_id AS programmeId, r.site_id AS siteId, r.scope, r.title,
      r.period_from AS periodFrom, r.period_to AS periodTo, r.summary, r.next_steps AS nextSteps,
      r.left_out AS leftOut, r.site_ids AS siteIds, r.confidential, r.anonymised,
      r.created_at AS createdAt, r.updated_at AS updatedAt, s.name AS siteName
    FROM reports r LEFT JOIN sites s ON s.id = r.site_id
    WHERE r.programme_id = ${filter.programmeId}
      ${filter.siteId === undefined ? sql`` : filter.siteId === null ? sql`AND r.site_id IS NULL` : sql`AND r.site_id = ${filter.siteId}`}
    ORDER BY r.updated_at DESC, r.rowid DESC`)
}

export interface ReportSiteRow {
  id: string
  programmeId: string
  name: string
  locality: string
  purpose: string
  focus: string
  status: 'active' | 'paused' | 'closed'
}

/** The programme's sites in report order (archived ones left out), or the chosen ones. */
export function reportSites(db: Db, programmeId: string, siteIds: string[]): ReportSiteRow[] {
  const chosen = siteIds.length
    ? // "+programme_id" keeps the planner on the chosen ids, not on every site of the programme.
      sql`AND id IN (SELECT value FROM json_each(${JSON.stringify(siteIds)}))`
    : sql`AND archived_at IS NULL`
  return db.all<ReportSiteRow>(sql`
    SELECT id, programme_id AS programmeId, name, locality, purpose, focus, status
    FROM sites WHERE ${siteIds.length ? sql`+programme_id` : sql`programme_id`} = ${programmeId} ${chosen}
    ORDER BY name COLLATE NOCASE, id`)
}

export interface StageAtRow {
  stage: string
  judgedOn: string
  reason: string
}

/** The stage judged most recently on or before the end of the period. */
export function stageAt(db: Db, siteId: string, day: string): StageAtRow | undefined {
  return db.get<StageAtRow | undefined>(sql`
    SELECT stage, judged_on AS judgedOn, reason FROM site_stages
    WHERE site_id = ${siteId} AND judged_on <= ${day}
    ORDER BY judged_on DESC, created_at DESC, rowid DESC LIMIT 1`)
}

export interface ReportMemberRow {
  personId: string
  name: string
  profession: string
  organisationId: string | null
  organisationName: string | null
  sector: Sector | null
  memberRole: string
}

/** Members of the partnership at any time during the period. */
export function membersDuring(db: Db, siteId: string, p: Period): ReportMemberRow[] {
  return db.all<ReportMemberRow>(sql`
    SELECT p.id AS personId, p.name, p.role AS profession, p.organisation_id AS organisationId,
      o.name AS organisationName, o.sector, m.role AS memberRole
    FROM site_members m
    JOIN people p ON p.id = m.person_id
    LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE m.site_id = ${siteId} AND m.joined_on <= ${p.to}
      AND (m.left_on IS NULL OR m.left_on > ${p.from})
    ORDER BY p.name COLLATE NOCASE, m.joined_on`)
}

export interface ReportOutcomeRow {
  id: string
  title: string
  agreedOn: string
  baselineRating: number | null
  /** JSON: [{ ratedOn, rating, evidence }] on or before the end of the period, oldest first. */
  ratings: string
}

export function outcomesUpTo(db: Db, siteId: string, day: string): ReportOutcomeRow[] {
  return db.all<ReportOutcomeRow>(sql`
    SELECT o.id, o.title, o.agreed_on AS agreedOn, o.baseline_rating AS baselineRating,
      (SELECT json_group_array(json_object('ratedOn', r.rated_on, 'rating', r.rating,
          'evidence', r.evidence) ORDER BY r.rated_on, r.created_at, r.rowid)
        FROM outcome_ratings r WHERE r.outcome_id = o.id AND r.rated_on <= ${day}) AS ratings
    FROM agreed_outcomes o
    WHERE o.site_id = ${siteId} AND o.archived_at IS NULL AND o.agreed_on <= ${day}
    ORDER BY o.position, o.agreed_on, o.title COLLATE NOCASE`)
}

export interface ReportTestRow {
  id: string
  title: string
  kind: 'quick_win' | 'adaptive'
  status: string
  idea: string
  startedOn: string | null
  decidedOn: string | null
  decisionReason: string
  createdOn: string
}

/** Tests of change that existed during the period and were not decided before it began. */
export function testsDuring(db: Db, siteId: string, p: Period): ReportTestRow[] {
  return db.all<ReportTestRow>(sql`
    SELECT id, title, kind, status, idea, started_on AS startedOn, decided_on AS decidedOn,
      decision_reason AS decisionReason, created_on AS createdOn
    FROM tests_of_change
    WHERE site_id = ${siteId} AND created_on <= ${p.to}
      AND (decided_on IS NULL OR decided_on >= ${p.from})
    ORDER BY coalesce(started_on, created_on), title COLLATE NOCASE, id`)
}

export interface ReportExcerptRow {
  heldOn: string
  phase: 'observe' | 'reflect' | 'plan' | 'act'
  text: string
  teamLevel: number
}

/**
 * Excerpts marked for reports from the site's own cycles and from team cycles that name the site,
 * held in the period.
 */
export function excerptsDuring(db: Db, siteId: string, p: Period): ReportExcerptRow[] {
  // From the site's cycles (by index), never from every excerpt in the store.
  return db.all<ReportExcerptRow>(sql`
    WITH c AS (
      SELECT id, held_on, site_id, rowid AS seq FROM reflection_cycles
      WHERE site_id = ${siteId} AND held_on BETWEEN ${p.from} AND ${p.to}
      UNION
      SELECT r.id, r.held_on, r.site_id, r.rowid FROM reflection_cycle_sites cs
      JOIN reflection_cycles r ON r.id = cs.cycle_id
      WHERE cs.site_id = ${siteId} AND r.held_on BETWEEN ${p.from} AND ${p.to}
    )
    SELECT c.held_on AS heldOn, e.phase, e.text, (c.site_id IS NULL) AS teamLevel
    FROM c JOIN report_excerpts e ON e.cycle_id = c.id
    ORDER BY c.held_on, c.seq,
      CASE e.phase WHEN 'observe' THEN 0 WHEN 'reflect' THEN 1 WHEN 'plan' THEN 2 ELSE 3 END,
      e.created_at, e.rowid`)
}

export interface ReportQuoteRow {
  text: string
  speakerRole: string
  saidOn: string
}

/** Quotes with consent to use them, said in the period (at a meeting, or on the day recorded). */
export function consentedQuotesDuring(db: Db, siteId: string, p: Period): ReportQuoteRow[] {
  return db.all<ReportQuoteRow>(sql`
    SELECT q.text, q.speaker_role AS speakerRole,
      coalesce(m.held_on, substr(q.created_at, 1, 10)) AS saidOn
    FROM quotes q LEFT JOIN meetings m ON m.id = q.meeting_id
    WHERE q.site_id = ${siteId} AND q.consent = 'yes'
      AND coalesce(m.held_on, substr(q.created_at, 1, 10)) BETWEEN ${p.from} AND ${p.to}
    ORDER BY saidOn, q.created_at, q.rowid`)
}

export interface ReportMeetingRow {
  heldOn: string
  kind: 'partnership' | 'debrief' | 'sponsors' | 'workshop' | 'other'
  named: number
  unnamed: number
  apologies: number
}

export function meetingsDuring(db: Db, siteId: string, p: Period): ReportMeetingRow[] {
  return db.all<ReportMeetingRow>(sql`
    SELECT m.held_on AS heldOn, m.kind, m.unnamed_attendees AS unnamed,
      count(CASE WHEN a.status = 'attended' THEN 1 END) AS named,
      count(CASE WHEN a.status = 'apologies' THEN 1 END) AS apologies
    FROM meetings m LEFT JOIN meeting_attendance a ON a.meeting_id = m.id
    WHERE m.site_id = ${siteId} AND m.held_on BETWEEN ${p.from} AND ${p.to}
    GROUP BY m.id ORDER BY m.held_on, m.start_time, m.id`)
}

export interface ReportTakingPartRow {
  organisationId: string
  name: string
  sector: Sector
  meetings: number
}

/** Organisations whose people attended the site's meetings in the period. */
export function organisationsTakingPart(db: Db, siteId: string, p: Period): ReportTakingPartRow[] {
  return db.all<ReportTakingPartRow>(sql`
    SELECT o.id AS organisationId, o.name, o.sector, count(DISTINCT m.id) AS meetings
    FROM meetings m
    JOIN meeting_attendance a ON a.meeting_id = m.id AND a.status = 'attended'
    JOIN people p ON p.id = a.person_id
    JOIN organisations o ON o.id = p.organisation_id
    WHERE m.site_id = ${siteId} AND m.held_on BETWEEN ${p.from} AND ${p.to}
    GROUP BY o.id ORDER BY o.name COLLATE NOCASE`)
}

export interface StoreNameRow {
  kind: 'person' | 'site' | 'organisation' | 'locality'
  id: string
  programmeId: string
  name: string
  /** A person's role, an organisation's sector; empty otherwise. */
  detail: string
}

/** Every name the store holds, in every programme: what an anonymised export must not contain. */
export function storeNames(db: Db): StoreNameRow[] {
  return db
    .all<StoreNameRow>(
      sql`
    SELECT 'person' AS kind, id, programme_id AS programmeId, name, role AS detail FROM people
    UNION ALL
    SELECT 'organisation', id, programme_id, name, sector FROM organisations
    UNION ALL
    SELECT 'site', id, programme_id, name, '' FROM sites
    UNION ALL
    SELECT 'locality', id, programme_id, locality, '' FROM sites WHERE trim(locality) <> ''
    ORDER BY 1, 3, 2`
    )
    .concat(outsideStakeholderNames(db))
}

export function listPseudonyms(db: Db, programmeId: string): PseudonymRow[] {
  return db
    .select()
    .from(pseudonyms)
    .where(eq(pseudonyms.programmeId, programmeId))
    .orderBy(asc(pseudonyms.kind), asc(pseudonyms.pseudonym))
    .all()
}

export function savePseudonym(db: Db, row: PseudonymRow): void {
  db.insert(pseudonyms)
    .values(row)
    .onConflictDoUpdate({
      target: [pseudonyms.programmeId, pseudonyms.kind, pseudonyms.recordId],
      set: { pseudonym: row.pseudonym }
    })
    .run()
}

export function insertReport(db: Db, row: typeof reports.$inferInsert): void {
  db.insert(reports).values(row).run()
}

export function updateReport(db: Db, id: string, set: Partial<typeof reports.$inferInsert>): void {
  db.update(reports).set(set).where(eq(reports.id, id)).run()
}

export function deleteReport(db: Db, id: string): void {
  db.delete(reports).where(eq(reports.id, id)).run()
}
