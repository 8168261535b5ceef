// Queries for the evidence linked to an agreed outcome (quotes, meetings, reflections) and for the
// site's records that could still be linked.
import { sql } from 'drizzle-orm'
import type { Db } from '../store'

export interface EvidenceLinkListRow {
  /** The link's id (what unlinking takes). */
  id: string
  kind: 'quote' | 'meeting' | 'reflection'
  /** The day the evidence is from: the meeting, the reflection, or when the quote was recorded. */
  date: string
  note: string
  quoteId: string | null
  quoteText: string | null
  speakerRole: string | null
  consent: 'yes' | 'no' | 'not_asked' | null
  meetingId: string | null
  meetingKind: string | null
  meetingPurpose: string | null
  reflectionId: string | null
  reflectionTitle: string | null
  /** The reflection's own site; null for a team-level cycle. */
  reflectionSiteId: string | null
}

/** Every quote, meeting and reflection linked to the outcome, oldest first. */
export function listEvidenceLinks(db: Db, outcomeId: string): EvidenceLinkListRow[] {
  return db.all<EvidenceLinkListRow>(sql`
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
    ORDER BY date, e.created_at, e.rowid`)
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
  const row = db.get<{ ok: number }>(sql`
    SELECT EXISTS (SELECT 1 FROM reflection_cycles c WHERE c.id = ${reflectionId} AND ${aboutSite(site)}) AS ok`)
  return row.ok === 1
}

/** The site's quotes not yet linked to the outcome, newest first. */
export function unlinkedQuotes(db: Db, outcomeId: string, siteId: string) {
  return db.all<{ id: string; text: string; speakerRole: string; meetingHeldOn: string | null }>(
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
  return db.all<{ id: string; heldOn: string; kind: string; purpose: string }>(sql`
    SELECT m.id, m.held_on AS heldOn, m.kind, m.purpose FROM meetings m
    WHERE m.site_id = ${siteId} AND NOT EXISTS (
      SELECT 1 FROM outcome_evidence e WHERE e.outcome_id = ${outcomeId} AND e.meeting_id = m.id)
    ORDER BY m.held_on DESC, m.start_time DESC`)
}

/** The reflections about the site (see aboutSite) not yet linked, newest first. */
export function unlinkedReflections(
  db: Db,
  outcomeId: string,
  site: { id: string; programmeId: string }
) {
  return db.all<{ id: string; heldOn: string; title: string; siteId: string | null }>(sql`
    SELECT c.id, c.held_on AS heldOn, c.title, c.site_id AS siteId FROM reflection_cycles c
    WHERE ${aboutSite(site)} AND NOT EXISTS (
        SELECT 1 FROM outcome_evidence e WHERE e.outcome_id = ${outcomeId} AND e.reflection_id = c.id)
    ORDER BY c.held_on DESC, c.created_at DESC`)
}
