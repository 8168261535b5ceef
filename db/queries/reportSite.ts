// Queries for what a site report shows over a period: the site, its stage, members, outcomes and
// their ratings, tests of change, report excerpts, consented quotes, meetings and who took part.
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col, oneRow } from '../rows'
import {
  meetings,
  organisations,
  reportExcerpts,
  siteMembers,
  sites,
  testsOfChange
} from '../schema'

export interface Period {
  from: string
  to: string
}

const reportSiteRow = z.strictObject({
  id: col.text,
  programmeId: col.text,
  name: col.text,
  locality: col.text,
  purpose: col.text,
  focus: col.text,
  status: z.enum(sites.status.enumValues)
})
export type ReportSiteRow = z.output<typeof reportSiteRow>

/** The programme's sites in report order (archived ones left out), or the chosen ones. */
export function reportSites(db: Db, programmeId: string, siteIds: string[]): ReportSiteRow[] {
  const chosen = siteIds.length
    ? // "+programme_id" keeps the planner on the chosen ids, not on every site of the programme.
      sql`AND id IN (SELECT value FROM json_each(${JSON.stringify(siteIds)}))`
    : sql`AND archived_at IS NULL`
  return allRows(
    db,
    reportSiteRow,
    sql`
    SELECT id, programme_id AS programmeId, name, locality, purpose, focus, status
    FROM sites WHERE ${siteIds.length ? sql`+programme_id` : sql`programme_id`} = ${programmeId} ${chosen}
    ORDER BY name COLLATE NOCASE, id`
  )
}

const stageAtRow = z.strictObject({ stage: col.text, judgedOn: col.text, reason: col.text })
export type StageAtRow = z.output<typeof stageAtRow>

/** The stage judged most recently on or before the end of the period. */
export function stageAt(db: Db, siteId: string, day: string): StageAtRow | undefined {
  return oneRow(
    db,
    stageAtRow,
    sql`
    SELECT stage, judged_on AS judgedOn, reason FROM site_stages
    WHERE site_id = ${siteId} AND judged_on <= ${day}
    ORDER BY judged_on DESC, created_at DESC, rowid DESC LIMIT 1`
  )
}

const reportMemberRow = z.strictObject({
  personId: col.text,
  name: col.text,
  profession: col.text,
  organisationId: col.optionalText,
  organisationName: col.optionalText,
  sector: z.enum(organisations.sector.enumValues).nullable(),
  memberRole: z.enum(siteMembers.role.enumValues)
})
export type ReportMemberRow = z.output<typeof reportMemberRow>

/** Members of the partnership at any time during the period. */
export function membersDuring(db: Db, siteId: string, p: Period): ReportMemberRow[] {
  return allRows(
    db,
    reportMemberRow,
    sql`
    SELECT p.id AS personId, p.name, p.role AS profession, p.organisation_id AS organisationId,
      o.name AS organisationName, o.sector, m.role AS memberRole
    FROM site_members m
    JOIN people p ON p.id = m.person_id
    LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE m.site_id = ${siteId} AND m.joined_on <= ${p.to}
      AND (m.left_on IS NULL OR m.left_on > ${p.from})
    ORDER BY p.name COLLATE NOCASE, m.joined_on`
  )
}

const reportOutcomeRow = z.strictObject({
  id: col.text,
  title: col.text,
  agreedOn: col.text,
  baselineRating: col.optionalNumber,
  /** JSON: [{ ratedOn, rating, evidence }] on or before the end of the period, oldest first. */
  ratings: col.text
})
export type ReportOutcomeRow = z.output<typeof reportOutcomeRow>

/** The shape of `ReportOutcomeRow.ratings` once parsed. */
export const outcomeRatingsJson = z.array(
  z.strictObject({ ratedOn: z.string(), rating: z.number(), evidence: z.string() })
)

export function outcomesUpTo(db: Db, siteId: string, day: string): ReportOutcomeRow[] {
  return allRows(
    db,
    reportOutcomeRow,
    sql`
    SELECT o.id, o.title, o.agreed_on AS agreedOn, o.baseline_rating AS baselineRating,
      (SELECT json_group_array(json_object('ratedOn', r.rated_on, 'rating', r.rating,
          'evidence', r.evidence) ORDER BY r.rated_on, r.created_at, r.rowid)
        FROM outcome_ratings r WHERE r.outcome_id = o.id AND r.rated_on <= ${day}) AS ratings
    FROM agreed_outcomes o
    WHERE o.site_id = ${siteId} AND o.archived_at IS NULL AND o.agreed_on <= ${day}
    ORDER BY o.position, o.agreed_on, o.title COLLATE NOCASE`
  )
}

const reportTestRow = z.strictObject({
  id: col.text,
  title: col.text,
  kind: z.enum(testsOfChange.kind.enumValues),
  status: z.enum(testsOfChange.status.enumValues),
  idea: col.text,
  startedOn: col.optionalText,
  decidedOn: col.optionalText,
  decisionReason: col.text,
  createdOn: col.text
})
export type ReportTestRow = z.output<typeof reportTestRow>

/** Tests of change that existed during the period and were not decided before it began. */
export function testsDuring(db: Db, siteId: string, p: Period): ReportTestRow[] {
  return allRows(
    db,
    reportTestRow,
    sql`
    SELECT id, title, kind, status, idea, started_on AS startedOn, decided_on AS decidedOn,
      decision_reason AS decisionReason, created_on AS createdOn
    FROM tests_of_change
    WHERE site_id = ${siteId} AND created_on <= ${p.to}
      AND (decided_on IS NULL OR decided_on >= ${p.from})
    ORDER BY coalesce(started_on, created_on), title COLLATE NOCASE, id`
  )
}

const reportExcerptRow = z.strictObject({
  heldOn: col.text,
  phase: z.enum(reportExcerpts.phase.enumValues),
  text: col.text,
  teamLevel: col.flag
})
export type ReportExcerptRow = z.output<typeof reportExcerptRow>

/**
 * Excerpts marked for reports from the site's own cycles and from team cycles that name the site,
 * held in the period.
 */
export function excerptsDuring(db: Db, siteId: string, p: Period): ReportExcerptRow[] {
  // From the site's cycles (by index), never from every excerpt in the store.
  return allRows(
    db,
    reportExcerptRow,
    sql`
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
      e.created_at, e.rowid`
  )
}

const reportQuoteRow = z.strictObject({ text: col.text, speakerRole: col.text, saidOn: col.text })
export type ReportQuoteRow = z.output<typeof reportQuoteRow>

/** Quotes with consent to use them, said in the period (at a meeting, or on the day recorded). */
export function consentedQuotesDuring(db: Db, siteId: string, p: Period): ReportQuoteRow[] {
  return allRows(
    db,
    reportQuoteRow,
    sql`
    SELECT q.text, q.speaker_role AS speakerRole,
      coalesce(m.held_on, substr(q.created_at, 1, 10)) AS saidOn
    FROM quotes q LEFT JOIN meetings m ON m.id = q.meeting_id
    WHERE q.site_id = ${siteId} AND q.consent = 'yes'
      AND coalesce(m.held_on, substr(q.created_at, 1, 10)) BETWEEN ${p.from} AND ${p.to}
    ORDER BY saidOn, q.created_at, q.rowid`
  )
}

const reportMeetingRow = z.strictObject({
  heldOn: col.text,
  kind: z.enum(meetings.kind.enumValues),
  named: col.number,
  unnamed: col.number,
  apologies: col.number
})
export type ReportMeetingRow = z.output<typeof reportMeetingRow>

export function meetingsDuring(db: Db, siteId: string, p: Period): ReportMeetingRow[] {
  return allRows(
    db,
    reportMeetingRow,
    sql`
    SELECT m.held_on AS heldOn, m.kind, m.unnamed_attendees AS unnamed,
      count(CASE WHEN a.status = 'attended' THEN 1 END) AS named,
      count(CASE WHEN a.status = 'apologies' THEN 1 END) AS apologies
    FROM meetings m LEFT JOIN meeting_attendance a ON a.meeting_id = m.id
    WHERE m.site_id = ${siteId} AND m.held_on BETWEEN ${p.from} AND ${p.to}
    GROUP BY m.id ORDER BY m.held_on, m.start_time, m.id`
  )
}

const reportTakingPartRow = z.strictObject({
  organisationId: col.text,
  name: col.text,
  sector: z.enum(organisations.sector.enumValues),
  meetings: col.number
})
export type ReportTakingPartRow = z.output<typeof reportTakingPartRow>

/** Organisations whose people attended the site's meetings in the period. */
export function organisationsTakingPart(db: Db, siteId: string, p: Period): ReportTakingPartRow[] {
  return allRows(
    db,
    reportTakingPartRow,
    sql`
    SELECT o.id AS organisationId, o.name, o.sector, count(DISTINCT m.id) AS meetings
    FROM meetings m
    JOIN meeting_attendance a ON a.meeting_id = m.id AND a.status = 'attended'
    JOIN people p ON p.id = a.person_id
    JOIN organisations o ON o.id = p.organisation_id
    WHERE m.site_id = ${siteId} AND m.held_on BETWEEN ${p.from} AND ${p.to}
    GROUP BY o.id ORDER BY o.name COLLATE NOCASE`
  )
}
