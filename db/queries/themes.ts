// Queries for themes: the built-in sets and a programme's own codes, with how often each is used.
import { sql } from 'drizzle-orm'
import type { Db } from '../store'

export interface ThemeRow {
  id: string
  programmeId: string | null
  themeSet: 'practices' | 'elements' | 'own'
  name: string
  description: string
  archivedAt: string | null
  uses: number
}

export function listThemes(db: Db, programmeId: string, includeArchived: boolean): ThemeRow[] {
  return db.all<ThemeRow>(sql`
    SELECT t.id, t.programme_id AS programmeId, t.theme_set AS themeSet, t.name, t.description,
      t.archived_at AS archivedAt,
      (SELECT count(DISTINCT g.cycle_id) FROM reflection_tags g JOIN reflection_cycles c ON c.id = g.cycle_id
        WHERE g.theme_id = t.id AND c.programme_id = ${programmeId}) AS uses
    FROM themes t
    WHERE (t.programme_id IS NULL OR t.programme_id = ${programmeId})
      ${includeArchived ? sql`` : sql`AND t.archived_at IS NULL`}
    ORDER BY CASE t.theme_set WHEN 'practices' THEN 0 WHEN 'elements' THEN 1 ELSE 2 END,
      t.position, t.name COLLATE NOCASE`)
}
