// Queries for the programme-wide directory of organisations and people, and their writes (also
// used by a pasted list: see directoryImport.ts).
import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col } from '../rows'
import { organisations, people, siteMembers } from '../schema'

export type OrganisationRow = typeof organisations.$inferSelect
export type PersonRow = typeof people.$inferSelect

/** What a directory list is narrowed to: text anywhere in a row, or one of these sectors. */
export interface DirectoryFilter {
  text: string
  /** Sectors whose label contains the text (labels are words the renderer shows, not keys). */
  sectors: string[]
}

/** `text` for a LIKE pattern, its own % and _ taken literally (ESCAPE '\'). */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/** A LIKE pattern finding `text` anywhere. */
function containing(text: string): string {
  return `%${likeLiteral(text)}%`
}

function sectorIn(column: SQL, sectors: string[]): SQL {
  return sectors.length
    ? sql`${column} IN (${sql.join(
        sectors.map((s) => sql`${s}`),
        sql`, `
      )})`
    : sql`0`
}

export function listOrganisations(
  db: Db,
  programmeId: string,
  includeArchived: boolean,
  filter: DirectoryFilter = { text: '', sectors: [] }
) {
  const like = containing(filter.text)
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      sector: organisations.sector,
      archivedAt: organisations.archivedAt,
      // Qualified by hand: drizzle would render organisations.id as a bare "id" (= p.id here).
      peopleCount: sql<number>`(SELECT count(*) FROM people p WHERE p.organisation_id = "organisations"."id" AND p.archived_at IS NULL)`
    })
    .from(organisations)
    .where(
      and(
        eq(organisations.programmeId, programmeId),
        includeArchived ? undefined : isNull(organisations.archivedAt),
        filter.text
          ? sql`(${organisations.name} LIKE ${like} ESCAPE '\\' OR ${sectorIn(sql`${organisations.sector}`, filter.sectors)})`
          : undefined
      )
    )
    .orderBy(sql`${organisations.name} COLLATE NOCASE`, asc(organisations.id))
    .all()
}

export function findOrganisation(db: Db, id: string): OrganisationRow | undefined {
  return db.select().from(organisations).where(eq(organisations.id, id)).get()
}

export function findPerson(db: Db, id: string): PersonRow | undefined {
  return db.select().from(people).where(eq(people.id, id)).get()
}

const personListRow = z.strictObject({
  id: col.text,
  name: col.text,
  role: col.text,
  organisationId: col.optionalText,
  organisationName: col.optionalText,
  sector: z.enum(organisations.sector.enumValues).nullable(),
  email: col.text,
  phone: col.text,
  archivedAt: col.optionalText,
  /** "Site name (role)" for each current membership, joined with "; ". */
  sites: col.optionalText
})
export type PersonListRow = z.output<typeof personListRow>

export function listPeople(
  db: Db,
  programmeId: string,
  includeArchived: boolean,
  today: string,
  filter: DirectoryFilter = { text: '', sectors: [] }
) {
  const like = containing(filter.text)
  return allRows(
    db,
    personListRow,
    sql`
    SELECT * FROM (
      SELECT p.id, p.name, p.role, p.organisation_id AS organisationId, o.name AS organisationName,
        o.sector AS sector, p.email, p.phone, p.archived_at AS archivedAt,
        (SELECT group_concat(s.name || ' (' || m.role || ')', '; ')
           FROM site_members m JOIN sites s ON s.id = m.site_id
          WHERE m.person_id = p.id AND s.archived_at IS NULL AND m.joined_on <= ${today}
            AND (m.left_on IS NULL OR m.left_on > ${today})) AS sites
      FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id
      WHERE p.programme_id = ${programmeId} ${includeArchived ? sql`` : sql`AND p.archived_at IS NULL`}
    )
    ${
      filter.text
        ? sql`WHERE name LIKE ${like} ESCAPE '\\' OR role LIKE ${like} ESCAPE '\\'
            OR organisationName LIKE ${like} ESCAPE '\\' OR sites LIKE ${like} ESCAPE '\\'
            OR ${sectorIn(sql`sector`, filter.sectors)}`
        : sql``
    }
    ORDER BY name COLLATE NOCASE, id`
  )
}

export function listPeopleOrdered(db: Db, programmeId: string) {
  return db
    .select()
    .from(people)
    .where(eq(people.programmeId, programmeId))
    .orderBy(asc(people.name), asc(people.id))
    .all()
}

const personFoundRow = z.strictObject({
  id: col.text,
  name: col.text,
  role: col.text,
  organisationName: col.optionalText
})
export type PersonFoundRow = z.output<typeof personFoundRow>

/**
 * Up to `limit` of the programme's people (not archived) with a word of their name, role or
 * organisation starting with `text`; names starting with it first. The programme's people are
 * read through its index and only `limit` rows leave SQL, but every one of them is matched: the
 * time grows with the programme's directory (about 6 ms for 8,800 people).
 */
export function findPeople(
  db: Db,
  programmeId: string,
  text: string,
  limit: number,
  /** 'name' for search, which shows people by name (about 1 ms at 500 sites against 5). */
  by: 'name' | 'name, role or organisation' = 'name, role or organisation'
): PersonFoundRow[] {
  const escaped = likeLiteral(text)
  const wordStart = `% ${escaped}%`
  const byName = sql`' ' || p.name LIKE ${wordStart} ESCAPE '\\'`
  return allRows(
    db,
    personFoundRow,
    sql`
    SELECT p.id, p.name, p.role, o.name AS organisationName
    FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE p.programme_id = ${programmeId} AND p.archived_at IS NULL
      AND ${
        by === 'name'
          ? byName
          : sql`(${byName} OR ' ' || p.role LIKE ${wordStart} ESCAPE '\\'
        OR ' ' || o.name LIKE ${wordStart} ESCAPE '\\')`
      }
    ORDER BY p.name LIKE ${`${escaped}%`} ESCAPE '\\' DESC, p.name COLLATE NOCASE, p.id
    LIMIT ${limit}`
  )
}

const organisationFoundRow = z.strictObject({
  id: col.text,
  name: col.text,
  sector: z.enum(organisations.sector.enumValues)
})
export type OrganisationFoundRow = z.output<typeof organisationFoundRow>

/** The programme's current organisations with a word of their name starting with `text`. */
export function findOrganisations(
  db: Db,
  programmeId: string,
  text: string,
  limit: number
): OrganisationFoundRow[] {
  const escaped = likeLiteral(text)
  return allRows(
    db,
    organisationFoundRow,
    sql`
    SELECT o.id, o.name, o.sector FROM organisations o
    WHERE o.programme_id = ${programmeId} AND o.archived_at IS NULL
      AND ' ' || o.name LIKE ${`% ${escaped}%`} ESCAPE '\\'
    ORDER BY o.name LIKE ${`${escaped}%`} ESCAPE '\\' DESC, o.name COLLATE NOCASE, o.id
    LIMIT ${limit}`
  )
}

export function insertOrganisation(db: Db, row: typeof organisations.$inferInsert) {
  db.insert(organisations).values(row).run()
}

export function updateOrganisation(
  db: Db,
  id: string,
  fields: Partial<typeof organisations.$inferInsert>
) {
  db.update(organisations).set(fields).where(eq(organisations.id, id)).run()
}

/** Archives an organisation at `at`, or restores it when `at` is null. */
export function setOrganisationArchived(db: Db, id: string, at: string | null) {
  db.update(organisations).set({ archivedAt: at }).where(eq(organisations.id, id)).run()
}

export function insertPerson(db: Db, row: typeof people.$inferInsert) {
  db.insert(people).values(row).run()
}

export function updatePerson(db: Db, id: string, fields: Partial<typeof people.$inferInsert>) {
  db.update(people).set(fields).where(eq(people.id, id)).run()
}

/** Archives a person at `at`, or restores them when `at` is null. */
export function setPersonArchived(db: Db, id: string, at: string | null) {
  db.update(people).set({ archivedAt: at }).where(eq(people.id, id)).run()
}

/** A person joining a site as a member. */
export function insertMembership(db: Db, row: typeof siteMembers.$inferInsert) {
  db.insert(siteMembers).values(row).run()
}
