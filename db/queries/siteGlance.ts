// Queries only the site's overview needs: the latest reflection about the site and the learning
// partner's open comments on those reflections. Everything else on the overview reuses the queries
// of the feature that owns it.
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col, oneRow } from '../rows'
import { reviewComments } from '../schema'

/**
 * The cycles (alias c) about one site: its own, and team cycles that name it. A team cycle across
 * the whole programme names no site and is left out, as the dashboard's "last reflection" does,
 * so the overview and the dashboard's warnings agree.
 */
function aboutSite(siteId: string) {
  return sql`(c.site_id = ${siteId} OR (c.site_id IS NULL AND EXISTS (
    SELECT 1 FROM reflection_cycle_sites x WHERE x.cycle_id = c.id AND x.site_id = ${siteId})))`
}

const glanceReflectionRow = z.strictObject({
  id: col.text,
  heldOn: col.text,
  title: col.text,
  /** Null for a team cycle. */
  siteId: col.optionalText
})
export type GlanceReflectionRow = z.output<typeof glanceReflectionRow>

/** The latest cycle about the site (ties: the one recorded last), if any. */
export function latestSiteReflection(db: Db, siteId: string): GlanceReflectionRow | undefined {
  return oneRow(
    db,
    glanceReflectionRow,
    sql`
    SELECT c.id, c.held_on AS heldOn, c.title, c.site_id AS siteId
    FROM reflection_cycles c
    WHERE ${aboutSite(siteId)}
    ORDER BY c.held_on DESC, c.created_at DESC, c.rowid DESC
    LIMIT 1`
  )
}

const openCommentRow = z.strictObject({
  id: col.text,
  phase: z.enum(reviewComments.phase.enumValues),
  author: col.text,
  body: col.text,
  createdAt: col.text,
  /** Replies in the comment's thread so far. */
  replies: col.number,
  cycleId: col.text,
  cycleHeldOn: col.text,
  cycleTitle: col.text,
  /** Null when the comment is on a team cycle. */
  cycleSiteId: col.optionalText
})
export type OpenCommentRow = z.output<typeof openCommentRow>

/**
 * Unresolved comments on the cycles about the site, newest cycle first. Only a thread's first
 * comment can be resolved, so replies count towards their thread rather than standing alone.
 */
export function openSiteComments(db: Db, siteId: string): OpenCommentRow[] {
  return allRows(
    db,
    openCommentRow,
    sql`
    SELECT r.id, r.phase, r.author, r.body, r.created_at AS createdAt,
      (SELECT count(*) FROM review_comments x WHERE x.parent_id = r.id) AS replies,
      c.id AS cycleId, c.held_on AS cycleHeldOn, c.title AS cycleTitle, c.site_id AS cycleSiteId
    FROM review_comments r
    JOIN reflection_cycles c ON c.id = r.cycle_id
    WHERE r.parent_id IS NULL AND r.resolved_at IS NULL AND ${aboutSite(siteId)}
    ORDER BY c.held_on DESC, c.created_at DESC, r.created_at, r.rowid`
  )
}
