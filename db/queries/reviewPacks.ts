// Queries for the learning-partner review: choosing the cycles a pack holds (consultant's side), the
// packs in the review area and their comments (learning partner's side), the look-ups an import
// of comments needs, and the writes: packs, their read-only cycles, and review comments.
import { eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col } from '../rows'
import {
  meetings,
  reflectionCycles,
  reviewComments,
  reviewCycles,
  reviewPackExports,
  reviewPacks
} from '../schema'

export interface PackSelection {
  programmeId: string
  /** Sites whose cycles to include; ignored when allSites is set. */
  siteIds: string[]
  /** Include team-level cycles (no site). */
  includeTeam: boolean
  /** No site chosen: every current site and the team level. */
  allSites: boolean
  from: string | null
  to: string | null
  statuses: string[]
}

const selectedCycleRow = z.strictObject({
  id: col.text,
  siteId: col.optionalText,
  siteName: col.optionalText,
  meetingHeldOn: col.optionalText,
  meetingKind: z.enum(meetings.kind.enumValues).nullable(),
  heldOn: col.text,
  title: col.text,
  status: z.enum(reflectionCycles.status.enumValues),
  observe: col.text,
  reflect: col.text,
  plan: col.text,
  act: col.text
})
export type SelectedCycleRow = z.output<typeof selectedCycleRow>

/** The cycles an export would hold, oldest first, the team level after the sites on a day. */
export function selectPackCycles(db: Db, s: PackSelection): SelectedCycleRow[] {
  const where = s.allSites
    ? sql`(c.site_id IS NULL OR st.archived_at IS NULL)`
    : sql`(c.site_id IN (SELECT value FROM json_each(${JSON.stringify(s.siteIds)}))
          ${s.includeTeam ? sql`OR c.site_id IS NULL` : sql``})`
  return allRows(
    db,
    selectedCycleRow,
    sql`
    SELECT c.id, c.site_id AS siteId, st.name AS siteName, m.held_on AS meetingHeldOn,
      m.kind AS meetingKind, c.held_on AS heldOn, c.title, c.status,
      c.observe, c.reflect, c.plan, c.act
    FROM reflection_cycles c
    LEFT JOIN sites st ON st.id = c.site_id
    LEFT JOIN meetings m ON m.id = c.meeting_id
    WHERE c.programme_id = ${s.programmeId} AND ${where}
      ${s.from ? sql`AND c.held_on >= ${s.from}` : sql``}
      ${s.to ? sql`AND c.held_on <= ${s.to}` : sql``}
      ${
        s.statuses.length
          ? sql`AND c.status IN (SELECT value FROM json_each(${JSON.stringify(s.statuses)}))`
          : sql``
      }
    ORDER BY c.held_on, c.site_id IS NULL, st.name COLLATE NOCASE, c.created_at, c.rowid`
  )
}

export type ReviewPackRow = typeof reviewPacks.$inferSelect

export function findReviewPack(db: Db, id: string): ReviewPackRow | undefined {
  return db.select().from(reviewPacks).where(eq(reviewPacks.id, id)).get()
}

export function findReviewPackByPackId(db: Db, packId: string): ReviewPackRow | undefined {
  return db.select().from(reviewPacks).where(eq(reviewPacks.packId, packId)).get()
}

const reviewPackListRow = z.strictObject({
  id: col.text,
  packId: col.text,
  programmeName: col.text,
  exportedBy: col.text,
  exportedAt: col.text,
  importedAt: col.text,
  description: col.text,
  cycleCount: col.number,
  /** Comments written in this review area (not those that came in the pack). */
  commentCount: col.number,
  openCommentCount: col.number
})
export type ReviewPackListRow = z.output<typeof reviewPackListRow>

export function listReviewPacks(db: Db): ReviewPackListRow[] {
  return allRows(
    db,
    reviewPackListRow,
    sql`
    SELECT p.id, p.pack_id AS packId, p.programme_name AS programmeName,
      p.exported_by AS exportedBy, p.exported_at AS exportedAt, p.imported_at AS importedAt,
      p.description,
      (SELECT count(*) FROM review_cycles c WHERE c.pack_id = p.id) AS cycleCount,
      (SELECT count(*) FROM review_comments r JOIN review_cycles c ON c.id = r.review_cycle_id
        WHERE c.pack_id = p.id AND r.origin_key IS NULL) AS commentCount,
      (SELECT count(*) FROM review_comments r JOIN review_cycles c ON c.id = r.review_cycle_id
        WHERE c.pack_id = p.id AND r.origin_key IS NULL AND r.resolved_at IS NULL) AS openCommentCount
    FROM review_packs p
    ORDER BY p.imported_at DESC, p.rowid DESC`
  )
}

const reviewCycleRow = z.strictObject({
  id: col.text,
  sourceCycleId: col.text,
  /** JSON: the cycle as exported. */
  content: col.text
})
export type ReviewCycleRow = z.output<typeof reviewCycleRow>

export function reviewCyclesOf(db: Db, packRowId: string): ReviewCycleRow[] {
  return allRows(
    db,
    reviewCycleRow,
    sql`
    SELECT id, source_cycle_id AS sourceCycleId, content FROM review_cycles
    WHERE pack_id = ${packRowId} ORDER BY rowid`
  )
}

export function findReviewCycle(db: Db, id: string) {
  return db.select().from(reviewCycles).where(eq(reviewCycles.id, id)).get()
}

const packCommentRow = z.strictObject({
  id: col.text,
  sourceCycleId: col.text,
  phase: z.enum(reviewComments.phase.enumValues),
  parentId: col.optionalText,
  /** The parent's origin key, when the parent came in the pack (the consultant's own comment). */
  parentOriginKey: col.optionalText,
  author: col.text,
  body: col.text,
  createdAt: col.text,
  resolvedAt: col.optionalText
})
export type PackCommentRow = z.output<typeof packCommentRow>

/** The comments written in a pack's review area, parents before their replies. */
export function commentsWrittenInPack(db: Db, packRowId: string): PackCommentRow[] {
  return allRows(
    db,
    packCommentRow,
    sql`
    SELECT r.id, c.source_cycle_id AS sourceCycleId, r.phase, r.parent_id AS parentId,
      parent.origin_key AS parentOriginKey, r.author, r.body, r.created_at AS createdAt,
      r.resolved_at AS resolvedAt
    FROM review_comments r
    JOIN review_cycles c ON c.id = r.review_cycle_id
    LEFT JOIN review_comments parent ON parent.id = r.parent_id
    WHERE c.pack_id = ${packRowId} AND r.origin_key IS NULL
    ORDER BY r.created_at, r.rowid`
  )
}

const idRow = z.strictObject({ id: col.text })

/** Which of these consultant's cycle ids are not (or no longer) in this store. */
export function missingCycleIds(db: Db, ids: string[]): string[] {
  const found = allRows(
    db,
    idRow,
    sql`SELECT id FROM reflection_cycles WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`
  ).map((r) => r.id)
  const present = new Set(found)
  return [...new Set(ids)].filter((id) => !present.has(id))
}

export type ReviewCommentRow = typeof reviewComments.$inferSelect

export function findCommentByOrigin(db: Db, originKey: string): ReviewCommentRow | undefined {
  return db.select().from(reviewComments).where(eq(reviewComments.originKey, originKey)).get()
}

export function findComment(db: Db, id: string): ReviewCommentRow | undefined {
  return db.select().from(reviewComments).where(eq(reviewComments.id, id)).get()
}

export type PackExportRow = typeof reviewPackExports.$inferSelect

/** Records a pack this store exported: its secret and cycles, for checking comments files. */
export function recordPackExport(db: Db, row: PackExportRow): void {
  db.insert(reviewPackExports).values(row).run()
}

export function findPackExport(db: Db, packId: string): PackExportRow | undefined {
  return db.select().from(reviewPackExports).where(eq(reviewPackExports.packId, packId)).get()
}

/** A pack written into the review area (its cycles and comments are written after it). */
export function insertReviewPack(db: Db, row: typeof reviewPacks.$inferInsert): void {
  db.insert(reviewPacks).values(row).run()
}

/** A read-only copy of one of the pack's cycles. */
export function insertReviewCycle(db: Db, row: typeof reviewCycles.$inferInsert): void {
  db.insert(reviewCycles).values(row).run()
}

/** Removes a pack from the review area; its cycles and their comments go with it. */
export function deleteReviewPack(db: Db, id: string): void {
  db.delete(reviewPacks).where(eq(reviewPacks.id, id)).run()
}

/** A review comment, written here or arriving in a file. */
export function insertReviewComment(db: Db, row: typeof reviewComments.$inferInsert): void {
  db.insert(reviewComments).values(row).run()
}

/** Marks a comment resolved at `at`, or open again when `at` is null. */
export function setCommentResolved(db: Db, id: string, at: string | null): void {
  db.update(reviewComments).set({ resolvedAt: at }).where(eq(reviewComments.id, id)).run()
}
