// Queries for commissioners' reports: saved report drafts, the names an anonymised export must
// not contain, and the pseudonyms that replace them. What a site report shows over a period is
// read in reportSite.ts.
import { asc, eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import { allRows, col } from '../rows'
import { pseudonyms, reports } from '../schema'
import type { Db } from '../store'
import { outsideStakeholderNames } from './stakeholders'

export type ReportRow = typeof reports.$inferSelect
export type PseudonymRow = typeof pseudonyms.$inferSelect

export function findReport(db: Db, id: string): ReportRow | undefined {
  return db.select().from(reports).where(eq(reports.id, id)).get()
}

const reportListRow = z.strictObject({
  id: col.text,
  programmeId: col.text,
  siteId: col.optionalText,
  scope: z.enum(reports.scope.enumValues),
  title: col.text,
  periodFrom: col.text,
  periodTo: col.text,
  summary: col.text,
  nextSteps: col.text,
  leftOut: col.text,
  siteIds: col.text,
  confidential: col.flag,
  anonymised: col.flag,
  createdAt: col.text,
  updatedAt: col.text,
  siteName: col.optionalText
})
export type ReportListRow = z.output<typeof reportListRow>

/** A programme's reports, or one site's; programme reports when siteId is null. */
export function listReports(
  db: Db,
  filter: { programmeId: string; siteId?: string | null }
): ReportListRow[] {
  return allRows(
    db,
    reportListRow,
    sql`
    SELECT r.id, r.programme_id AS programmeId, r.site_id AS siteId, r.scope, r.title,
      r.period_from AS periodFrom, r.period_to AS periodTo, r.summary, r.next_steps AS nextSteps,
      r.left_out AS leftOut, r.site_ids AS siteIds, r.confidential, r.anonymised,
      r.created_at AS createdAt, r.updated_at AS updatedAt, s.name AS siteName
    FROM reports r LEFT JOIN sites s ON s.id = r.site_id
    WHERE r.programme_id = ${filter.programmeId}
      ${filter.siteId === undefined ? sql`` : filter.siteId === null ? sql`AND r.site_id IS NULL` : sql`AND r.site_id = ${filter.siteId}`}
    ORDER BY r.updated_at DESC, r.rowid DESC`
  )
}

const storeNameRow = z.strictObject({
  kind: z.enum(['person', 'site', 'organisation', 'locality']),
  id: col.text,
  programmeId: col.text,
  name: col.text,
  /** A person's role, an organisation's sector; empty otherwise. */
  detail: col.text
})
export type StoreNameRow = z.output<typeof storeNameRow>

const recordedNameRow = z.strictObject({
  /** What the name was typed as: 'facilitator', 'reviewer' or 'sender'. */
  source: z.enum(['facilitator', 'reviewer', 'sender']),
  programmeId: col.text,
  names: col.text
})

/** The word a recorded name becomes in an anonymised export. */
const RECORDED_AS = {
  facilitator: 'the facilitator',
  reviewer: 'the learning partner',
  sender: 'the consultant'
} as const

/** Words like these open a description, not a person's name. */
const NOT_A_NAME = /^(the|a|an|our|local|all|no|none|team)$/i

/**
 * People named in records without being in the directory: meeting facilitators, reviewers of
 * reflections, the senders of review packs. A field may name several ("Sarah Okafor and Jim
 * Bell (consultants)"); each part read as a name (every word capitalised) counts.
 */
function recordedNames(db: Db): StoreNameRow[] {
  const rows = allRows(
    db,
    recordedNameRow,
    sql`
    SELECT DISTINCT 'facilitator' AS source, s.programme_id AS programmeId, m.facilitator AS names
    FROM meetings m JOIN sites s ON s.id = m.site_id WHERE trim(m.facilitator) <> ''
    UNION
    SELECT 'reviewer', coalesce(c.programme_id, ''), r.author
    FROM review_comments r LEFT JOIN reflection_cycles c ON c.id = r.cycle_id
    WHERE trim(r.author) <> ''
    UNION
    SELECT 'sender', '', exported_by FROM review_packs WHERE trim(exported_by) <> ''`
  )
  const seen = new Set<string>()
  return rows.flatMap((r) =>
    r.names
      .split(/[,;&/()+\n]|\s(?:and|with)\s/)
      .map((part) => part.trim())
      .filter((part) => {
        const words = part.split(/\s+/)
        const key = `${r.source}\u0000${r.programmeId}\u0000${part}`
        const isName =
          part.length >= 2 &&
          !NOT_A_NAME.test(words[0] ?? '') &&
          words.every((w) => /^\p{Lu}/u.test(w)) &&
          !seen.has(key)
        seen.add(key)
        return isName
      })
      .map((name) => ({
        kind: 'person' as const,
        id: `${r.source}:${name}`,
        programmeId: r.programmeId,
        name,
        detail: RECORDED_AS[r.source]
      }))
  )
}

/**
 * The people of the sites' partnerships: members past and present and whoever came to (or sent
 * apologies to) their meetings; for wording a quote's speaker by role. Read site by site.
 */
export function sitePeopleNames(db: Db, siteIds: readonly string[]): StoreNameRow[] {
  if (!siteIds.length) return []
  const ids = sql.join(
    siteIds.map((id) => sql`${id}`),
    sql`, `
  )
  return allRows(
    db,
    storeNameRow,
    sql`
    SELECT 'person' AS kind, p.id, p.programme_id AS programmeId, p.name, p.role AS detail
    FROM people p
    WHERE p.id IN (
      SELECT person_id FROM site_members WHERE site_id IN (${ids})
      UNION
      SELECT a.person_id FROM meetings m JOIN meeting_attendance a ON a.meeting_id = m.id
      WHERE m.site_id IN (${ids}))
    ORDER BY p.name, p.id`
  )
}

/** Every name the store holds, in every programme: what an anonymised export must not contain. */
export function storeNames(db: Db): StoreNameRow[] {
  return allRows(
    db,
    storeNameRow,
    sql`
    SELECT 'person' AS kind, id, programme_id AS programmeId, name, role AS detail FROM people
    UNION ALL
    SELECT 'organisation', id, programme_id, name, sector FROM organisations
    UNION ALL
    SELECT 'site', id, programme_id, name, '' FROM sites
    UNION ALL
    SELECT 'locality', id, programme_id, locality, '' FROM sites WHERE trim(locality) <> ''
    ORDER BY 1, 3, 2`
  ).concat(outsideStakeholderNames(db), recordedNames(db))
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
