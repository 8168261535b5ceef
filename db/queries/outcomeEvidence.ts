// Queries for the evidence linked to an agreed outcome (quotes, meetings, reflections) and for the
// site's records that could still be linked.
import { eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col, oneRow } from '../rows'
import { meetings, outcomeEvidence, quotes } from '../schema'

const evidenceLinkListRow = z.strictObject({
  /** The link's id (what unlinking takes). */
  id: col.text,
  kind: z.enum(['quote', 'meeting', 'reflection']),
  /** The day the evidence is from: the meeting, the reflection, or when the quote was recorded. */
  date: col.text,
  note: col.text,
  quoteId: col.optionalText,
  quoteText: col.optionalText,
  speakerRole: col.optionalText,
  consent: z.enum(quotes.consent.enumValues).nullable(),
  meetingId: col.optionalText,
  meetingKind: z.enum(meetings.kind.enumValues).nullable(),
  meetingPurpose: col.optionalText,
  reflectionId: col.optionalText,
  reflectionTitle: col.optionalText,
  /** The reflection's own site; null for a team-level cycle. */
  reflectionSiteId: col.optionalText
})
export type EvidenceLinkListRow = z.output<typeof evidenceLinkListRow>

/** Every quote, meeting and reflection linked to the outcome, oldest first. */
export function listEvidenceLinks(db: Db, outcomeId: string): EvidenceLinkListRow[] {
  return allRows(
    db,
    evidenceLinkListRow,
    sql`
    SELECT e.id,
      CASE WHEN e.quote_id IS NOT NULL THEN 'quote'
        WHEN e.meeting_id IS NOT NULL THEN 'meeting' ELSE 'reflection' END AS kind,
      COALESCE(qm.held_on, substr(q.created_at, 1, 10), m.held_on, c.held_on) AS date,
      e.note, e.quote_id AS quoteId, q.text AS quoteText, q.speaker_role AS speakerRole,
      q.consent, COALESCE(e.meeting_id, q.meeting_id) AS meetingId,
      m.kind AS meetingKind, m.purpose AS meetingPurpose,
      e.reflection_id AS reflectionId, c.title AS reflectionTitle, c.site_id AS reflectionSiteId
    FROM outcome_evidence e
    LEFT JOIN quotes q ON q.id = e.quote_id
    LEFT JOIN meetings qm ON qm.id = q.meeting_id
    LEFT JOIN meetings m ON m.id = e.meeting_id
    LEFT JOIN reflection_cycles c ON c.id = e.reflection_id
    WHERE e.outcome_id = ${outcomeId}
    ORDER BY date, e.created_at, e.rowid`
  )
}

/**
 * A reflection cycle (alias c) speaks about a site when it is the site's own cycle, or a team cycle
 * of the same programme that names the site or looks across the whole programme (names no site).
 */
function aboutSite(site: { id: string; programmeId: string }) {
  return sql`c.programme_id = ${site.programmeId} AND (c.site_id = ${site.id}
    OR (c.site_id IS NULL AND (
      EXISTS (SELECT 1 FROM reflection_cycle_sites s WHERE s.cycle_id = c.id AND s.site_id = ${site.id})
      OR NOT EXISTS (SELECT 1 FROM reflection_cycle_sites s WHERE s.cycle_id = c.id))))`
}

export function reflectionCoversSite(
  db: Db,
  reflectionId: string,
  site: { id: string; programmeId: string }
): boolean {
  const row = oneRow(
    db,
    z.strictObject({ ok: col.flag }),
    sql`
    SELECT EXISTS (SELECT 1 FROM reflection_cycles c WHERE c.id = ${reflectionId} AND ${aboutSite(site)}) AS ok`
  )
  return row?.ok === 1
}

/** The site's quotes not yet linked to the outcome, newest first. */
export function unlinkedQuotes(db: Db, outcomeId: string, siteId: string) {
  return allRows(
    db,
    z.strictObject({
      id: col.text,
      text: col.text,
      speakerRole: col.text,
      meetingHeldOn: col.optionalText
    }),
    sql`
    SELECT q.id, q.text, q.speaker_role AS speakerRole, m.held_on AS meetingHeldOn
    FROM quotes q LEFT JOIN meetings m ON m.id = q.meeting_id
    WHERE q.site_id = ${siteId} AND NOT EXISTS (
      SELECT 1 FROM outcome_evidence e WHERE e.outcome_id = ${outcomeId} AND e.quote_id = q.id)
    ORDER BY m.held_on DESC, q.created_at DESC, q.rowid`
  )
}

/** The site's meetings not yet linked to the outcome, newest first. */
export function unlinkedMeetings(db: Db, outcomeId: string, siteId: string) {
  return allRows(
    db,
    z.strictObject({
      id: col.text,
      heldOn: col.text,
      kind: z.enum(meetings.kind.enumValues),
      purpose: col.text
    }),
    sql`
    SELECT m.id, m.held_on AS heldOn, m.kind, m.purpose FROM meetings m
    WHERE m.site_id = ${siteId} AND NOT EXISTS (
      SELECT 1 FROM outcome_evidence e WHERE e.outcome_id = ${outcomeId} AND e.meeting_id = m.id)
    ORDER BY m.held_on DESC, m.start_time DESC, m.id DESC`
  )
}

/** The reflections about the site (see aboutSite) not yet linked, newest first. */
export function unlinkedReflections(
  db: Db,
  outcomeId: string,
  site: { id: string; programmeId: string }
) {
  return allRows(
    db,
    z.strictObject({ id: col.text, heldOn: col.text, title: col.text, siteId: col.optionalText }),
    sql`
    SELECT c.id, c.held_on AS heldOn, c.title, c.site_id AS siteId FROM reflection_cycles c
    WHERE ${aboutSite(site)} AND NOT EXISTS (
        SELECT 1 FROM outcome_evidence e WHERE e.outcome_id = ${outcomeId} AND e.reflection_id = c.id)
    ORDER BY c.held_on DESC, c.created_at DESC, c.id DESC`
  )
}

export type NewEvidenceLink = typeof outcomeEvidence.$inferInsert

/** Links a quote, meeting or reflection to an outcome as evidence. */
export function insertEvidenceLink(db: Db, values: NewEvidenceLink): void {
  db.insert(outcomeEvidence).values(values).run()
}

export function deleteEvidenceLink(db: Db, id: string): void {
  db.delete(outcomeEvidence).where(eq(outcomeEvidence.id, id)).run()
}
