// Queries for reflection cycles: the log, one cycle's parts, and the cycle before a given one.
import { eq, sql } from 'drizzle-orm'
import type { Db } from '../store'
import { reflectionCycles } from '../schema'

export type ReflectionRow = typeof reflectionCycles.$inferSelect

export function findCycle(db: Db, id: string): ReflectionRow | undefined {
  return db.select().from(reflectionCycles).where(eq(reflectionCycles.id, id)).get()
}

export interface CycleFilter {
  programmeId: string
  siteId?: string
  status?: ReflectionRow['status']
  themeId?: string
  from?: string
  to?: string
  ids?: string[]
}

export interface CycleListRow {
  id: string
  siteId: string | null
  siteName: string | null
  meetingId: string | null
  meetingHeldOn: string | null
  heldOn: string
  title: string
  status: ReflectionRow['status']
  /** Names of the themes tagged anywhere on the cycle, joined with "; ". */
  themes: string | null
  openComments: number
  actionCount: number
}

export function listCycles(db: Db, filter: CycleFilter): CycleListRow[] {
  const site =
    filter.siteId === 'team'
      ? sql`AND c.site_id IS NULL`
      : filter.siteId
        ? sql`AND c.site_id = ${filter.siteId}`
        : sql``
  const ids = filter.ids
    ? sql`AND c.id IN (SELECT value FROM json_each(${JSON.stringify(filter.ids)}))`
    : sql``
  return db.all<CycleListRow>(sql`
    SELECT c.id, c.site_id AS siteId, s.name AS siteName, c.meeting_id AS meetingId,
      m.held_on AS meetingHeldOn, c.held_on AS heldOn, c.title, c.status,
      (SELECT group_concat(DISTINCT t.name) FROM reflection_tags g JOIN themes t ON t.id = g.theme_id
        WHERE g.cycle_id = c.id) AS themes,
      (SELECT count(*) FROM review_comments r WHERE r.cycle_id = c.id AND r.resolved_at IS NULL) AS openComments,
      (SELECT count(*) FROM actions a WHERE a.reflection_id = c.id) AS actionCount
    FROM reflection_cycles c
    LEFT JOIN sites s ON s.id = c.site_id
    LEFT JOIN meetings m ON m.id = c.meeting_id
    WHERE c.programme_id = ${filter.programmeId} ${site} ${ids}
      AND (c.site_id IS NULL OR s.archived_at IS NULL)
      ${filter.status ? sql`AND c.status = ${filter.status}` : sql``}
      ${filter.from ? sql`AND c.held_on >= ${filter.from}` : sql``}
      ${filter.to ? sql`AND c.held_on <= ${filter.to}` : sql``}
      ${filter.themeId ? sql`AND EXISTS (SELECT 1 FROM reflection_tags g WHERE g.cycle_id = c.id AND g.theme_id = ${filter.themeId})` : sql``}
    ORDER BY c.held_on DESC, c.created_at DESC, c.rowid DESC`)
}

/** The cycle before this one at the same level: the same site, or the team. */
export function previousCycle(
  db: Db,
  at: { programmeId: string; siteId: string | null; heldOn: string; excludeId?: string }
): ReflectionRow | undefined {
  return db.get<ReflectionRow | undefined>(sql`
    SELECT id, programme_id AS programmeId, site_id AS siteId, meeting_id AS meetingId,
      held_on AS heldOn, title, observe, reflect, plan, act, status,
      created_at AS createdAt, updated_at AS updatedAt
    FROM reflection_cycles
    WHERE programme_id = ${at.programmeId}
      AND ${at.siteId ? sql`site_id = ${at.siteId}` : sql`site_id IS NULL`}
      AND held_on <= ${at.heldOn}
      ${at.excludeId ? sql`AND id <> ${at.excludeId} AND (held_on < ${at.heldOn} OR (created_at, rowid) < (SELECT created_at, rowid FROM reflection_cycles WHERE id = ${at.excludeId}))` : sql``}
    ORDER BY held_on DESC, created_at DESC, rowid DESC
    LIMIT 1`)
}

export function cycleParticipants(db: Db, cycleId: string) {
  return db.all<{ personId: string; name: string; role: string }>(sql`
    SELECT p.id AS personId, p.name, p.role FROM reflection_participants r
    JOIN people p ON p.id = r.person_id WHERE r.cycle_id = ${cycleId} ORDER BY p.name COLLATE NOCASE`)
}

export function cycleSites(db: Db, cycleId: string) {
  return db.all<{ siteId: string; name: string }>(sql`
    SELECT s.id AS siteId, s.name FROM reflection_cycle_sites r
    JOIN sites s ON s.id = r.site_id WHERE r.cycle_id = ${cycleId} ORDER BY s.name COLLATE NOCASE`)
}

export interface TagRow {
  id: string
  themeId: string
  name: string
  themeSet: 'practices' | 'elements' | 'own'
  phase: 'cycle' | 'observe' | 'reflect' | 'plan' | 'act'
}

export function cycleTags(db: Db, cycleId: string): TagRow[] {
  return db.all<TagRow>(sql`
    SELECT g.id, g.theme_id AS themeId, t.name, t.theme_set AS themeSet, g.phase
    FROM reflection_tags g JOIN themes t ON t.id = g.theme_id
    WHERE g.cycle_id = ${cycleId} ORDER BY g.phase, t.position, t.name`)
}

export interface CommentRow {
  id: string
  phase: TagRow['phase']
  parentId: string | null
  author: string
  body: string
  createdAt: string
  resolvedAt: string | null
  imported: number
}

export function commentsOn(db: Db, on: { cycleId?: string; reviewCycleId?: string }): CommentRow[] {
  return db.all<CommentRow>(sql`
    SELECT id, phase, parent_id AS parentId, author, body, created_at AS createdAt,
      resolved_at AS resolvedAt, (origin_key IS NOT NULL) AS imported
    FROM review_comments
    WHERE ${on.cycleId ? sql`cycle_id = ${on.cycleId}` : sql`review_cycle_id = ${on.reviewCycleId ?? ''}`}
    ORDER BY created_at, rowid`)
}
