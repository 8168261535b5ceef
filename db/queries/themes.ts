// Queries for themes: the built-in sets and a programme's own codes, with how often each is used,
// and the changes a consultant makes to their own codes (create, rename, merge, archive).
import { and, eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col } from '../rows'
import { reflectionTags, themes } from '../schema'

export type ThemeRecord = typeof themes.$inferSelect
export type NewTheme = typeof themes.$inferInsert

const themeRow = z.strictObject({
  id: col.text,
  programmeId: col.optionalText,
  themeSet: z.enum(themes.themeSet.enumValues),
  name: col.text,
  description: col.text,
  archivedAt: col.optionalText,
  uses: col.number
})
export type ThemeRow = z.output<typeof themeRow>

export function listThemes(db: Db, programmeId: string, includeArchived: boolean): ThemeRow[] {
  return allRows(
    db,
    themeRow,
    sql`
    SELECT t.id, t.programme_id AS programmeId, t.theme_set AS themeSet, t.name, t.description,
      t.archived_at AS archivedAt,
      (SELECT count(DISTINCT g.cycle_id) FROM reflection_tags g JOIN reflection_cycles c ON c.id = g.cycle_id
        WHERE g.theme_id = t.id AND c.programme_id = ${programmeId}) AS uses
    FROM themes t
    WHERE (t.programme_id IS NULL OR t.programme_id = ${programmeId})
      ${includeArchived ? sql`` : sql`AND t.archived_at IS NULL`}
    ORDER BY CASE t.theme_set WHEN 'practices' THEN 0 WHEN 'elements' THEN 1 ELSE 2 END,
      t.position, t.name COLLATE NOCASE`
  )
}

export function findTheme(db: Db, id: string): ThemeRecord | undefined {
  return db.select().from(themes).where(eq(themes.id, id)).get()
}

export function insertTheme(db: Db, values: NewTheme): void {
  db.insert(themes).values(values).run()
}

export function saveTheme(
  db: Db,
  id: string,
  fields: Pick<NewTheme, 'name' | 'description'>
): void {
  db.update(themes).set(fields).where(eq(themes.id, id)).run()
}

export function setThemeArchived(db: Db, id: string, archivedAt: string | null): void {
  db.update(themes).set({ archivedAt }).where(eq(themes.id, id)).run()
}

/** Moves every tag of one code onto another theme, then removes the first code. */
export function mergeTheme(db: Db, fromId: string, intoId: string): void {
  // Tags already on the target in the same place would be duplicates: drop them first.
  db.delete(reflectionTags)
    .where(
      and(
        eq(reflectionTags.themeId, fromId),
        sql`EXISTS (SELECT 1 FROM reflection_tags o WHERE o.cycle_id = ${reflectionTags.cycleId}
          AND o.phase = ${reflectionTags.phase} AND o.theme_id = ${intoId})`
      )
    )
    .run()
  db.update(reflectionTags).set({ themeId: intoId }).where(eq(reflectionTags.themeId, fromId)).run()
  db.delete(themes).where(eq(themes.id, fromId)).run()
}
