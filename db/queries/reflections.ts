// Queries for reflection cycles: the log, one cycle's parts, the cycle before a given one, and
// writing a cycle with the sites it looks across and who took part.
import { and, eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col, oneRow } from '../rows'
import {
  actions,
  reflectionCycleSites,
  reflectionCycles,
  reflectionParticipants,
  reflectionTags,
  reviewComments,
  themes
} from '../schema'

export type ReflectionRow = typeof reflectionCycles.$inferSelect
export type NewReflection = typeof reflectionCycles.$inferInsert

export function findCycle(db: Db, id: string): ReflectionRow | undefined {
  return db.select().from(reflectionCycles).where(eq(reflectionCycles.id, id)).get()
}

export { listCycles, type CycleFilter, type CycleListRow } from './reflectionPages'

/** A whole cycle row as a raw query reads it (the same fields as `ReflectionRow`). */
const cycleRow = z.strictObject({
  id: col.text,
  programmeId: col.text,
  siteId: col.optionalText,
  meetingId: col.optionalText,
  heldOn: col.text,
  title: col.text,
  observe: col.text,
  reflect: col.text,
  plan: col.text,
  act: col.text,
  status: z.enum(reflectionCycles.status.enumValues),
  createdAt: col.text,
  updatedAt: col.text
})

/** The cycle before this one at the same level: the same site, or the team. */
export function previousCycle(
  db: Db,
  at: { programmeId: string; siteId: string | null; heldOn: string; excludeId?: string }
): ReflectionRow | undefined {
  return oneRow(
    db,
    cycleRow,
    sql`
    SELECT id, programme_id AS programmeId, site_id AS siteId, meeting_id AS meetingId,
      held_on AS heldOn, title, observe, reflect, plan, act, status,
      created_at AS createdAt, updated_at AS updatedAt
    FROM reflection_cycles
    WHERE programme_id = ${at.programmeId}
      AND ${at.siteId ? sql`site_id = ${at.siteId}` : sql`site_id IS NULL`}
      AND held_on <= ${at.heldOn}
      ${at.excludeId ? sql`AND id <> ${at.excludeId} AND (held_on < ${at.heldOn} OR (created_at, rowid) < (SELECT created_at, rowid FROM reflection_cycles WHERE id = ${at.excludeId}))` : sql``}
    ORDER BY held_on DESC, created_at DESC, rowid DESC
    LIMIT 1`
  )
}

const participantRow = z.strictObject({ personId: col.text, name: col.text, role: col.text })
export type ParticipantRow = z.output<typeof participantRow>

export function cycleParticipants(db: Db, cycleId: string): ParticipantRow[] {
  return allRows(
    db,
    participantRow,
    sql`
    SELECT p.id AS personId, p.name, p.role FROM reflection_participants r
    JOIN people p ON p.id = r.person_id WHERE r.cycle_id = ${cycleId} ORDER BY p.name COLLATE NOCASE`
  )
}

const cycleSiteRow = z.strictObject({ siteId: col.text, name: col.text })
export type CycleSiteRow = z.output<typeof cycleSiteRow>

export function cycleSites(db: Db, cycleId: string): CycleSiteRow[] {
  return allRows(
    db,
    cycleSiteRow,
    sql`
    SELECT s.id AS siteId, s.name FROM reflection_cycle_sites r
    JOIN sites s ON s.id = r.site_id WHERE r.cycle_id = ${cycleId} ORDER BY s.name COLLATE NOCASE`
  )
}

const tagRow = z.strictObject({
  id: col.text,
  themeId: col.text,
  name: col.text,
  themeSet: z.enum(themes.themeSet.enumValues),
  phase: z.enum(reflectionTags.phase.enumValues)
})
export type TagRow = z.output<typeof tagRow>

export function cycleTags(db: Db, cycleId: string): TagRow[] {
  return allRows(
    db,
    tagRow,
    sql`
    SELECT g.id, g.theme_id AS themeId, t.name, t.theme_set AS themeSet, g.phase
    FROM reflection_tags g JOIN themes t ON t.id = g.theme_id
    WHERE g.cycle_id = ${cycleId} ORDER BY g.phase, t.position, t.name`
  )
}

const commentRow = z.strictObject({
  id: col.text,
  phase: z.enum(reviewComments.phase.enumValues),
  parentId: col.optionalText,
  author: col.text,
  body: col.text,
  createdAt: col.text,
  resolvedAt: col.optionalText,
  /** 1 when the comment arrived in a comments file. */
  imported: col.flag
})
export type CommentRow = z.output<typeof commentRow>

export function commentsOn(db: Db, on: { cycleId?: string; reviewCycleId?: string }): CommentRow[] {
  return allRows(
    db,
    commentRow,
    sql`
    SELECT id, phase, parent_id AS parentId, author, body, created_at AS createdAt,
      resolved_at AS resolvedAt, (origin_key IS NOT NULL) AS imported
    FROM review_comments
    WHERE ${on.cycleId ? sql`cycle_id = ${on.cycleId}` : sql`review_cycle_id = ${on.reviewCycleId ?? ''}`}
    ORDER BY created_at, rowid`
  )
}

/** The parts of a cycle a consultant types: its date, title, linked meeting, phases and status. */
export type CycleFields = Pick<
  NewReflection,
  'heldOn' | 'title' | 'meetingId' | 'observe' | 'reflect' | 'plan' | 'act' | 'status'
>

export function insertCycle(db: Db, values: NewReflection): void {
  db.insert(reflectionCycles).values(values).run()
}

export function saveCycle(db: Db, id: string, fields: CycleFields, updatedAt: string): void {
  db.update(reflectionCycles)
    .set({ ...fields, updatedAt })
    .where(eq(reflectionCycles.id, id))
    .run()
}

export function setCycleStatus(
  db: Db,
  id: string,
  status: ReflectionRow['status'],
  updatedAt: string
): void {
  db.update(reflectionCycles).set({ status, updatedAt }).where(eq(reflectionCycles.id, id)).run()
}

/** Replaces the sites a team cycle looks across and who took part with the lists given. */
export function replaceCycleLinks(
  db: Db,
  cycleId: string,
  links: { siteIds: string[]; participantIds: string[] }
): void {
  db.delete(reflectionCycleSites).where(eq(reflectionCycleSites.cycleId, cycleId)).run()
  db.delete(reflectionParticipants).where(eq(reflectionParticipants.cycleId, cycleId)).run()
  if (links.siteIds.length) {
    db.insert(reflectionCycleSites)
      .values(links.siteIds.map((siteId) => ({ cycleId, siteId })))
      .run()
  }
  if (links.participantIds.length) {
    db.insert(reflectionParticipants)
      .values(links.participantIds.map((personId) => ({ cycleId, personId })))
      .run()
  }
}

/** Deletes a cycle (its links, tags and comments go with it); actions made from it stay, unlinked. */
export function deleteCycle(db: Db, id: string): void {
  db.update(actions).set({ reflectionId: null }).where(eq(actions.reflectionId, id)).run()
  db.delete(reflectionCycles).where(eq(reflectionCycles.id, id)).run()
}

export type TagPlace = Pick<typeof reflectionTags.$inferSelect, 'cycleId' | 'themeId' | 'phase'>

export function findTag(db: Db, id: string): typeof reflectionTags.$inferSelect | undefined {
  return db.select().from(reflectionTags).where(eq(reflectionTags.id, id)).get()
}

/** The tag of this theme already in this place (the whole cycle or one phase), if any. */
export function findTagAt(db: Db, place: TagPlace): { id: string } | undefined {
  return db
    .select({ id: reflectionTags.id })
    .from(reflectionTags)
    .where(
      and(
        eq(reflectionTags.cycleId, place.cycleId),
        eq(reflectionTags.themeId, place.themeId),
        eq(reflectionTags.phase, place.phase)
      )
    )
    .get()
}

export function insertTag(db: Db, id: string, place: TagPlace): void {
  db.insert(reflectionTags)
    .values({ id, ...place })
    .run()
}

export function deleteTag(db: Db, id: string): void {
  db.delete(reflectionTags).where(eq(reflectionTags.id, id)).run()
}
