// Queries for one site: its record, stage history and partnership membership.
import { asc, desc, eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col } from '../rows'
import { organisations, siteMembers, siteStages, sites } from '../schema'

export type SiteRow = typeof sites.$inferSelect
export type SiteStageRow = typeof siteStages.$inferSelect
export type SiteMemberRow = typeof siteMembers.$inferSelect

export function findSite(db: Db, id: string): SiteRow | undefined {
  return db.select().from(sites).where(eq(sites.id, id)).get()
}

export function listStages(db: Db, siteId: string): SiteStageRow[] {
  return db
    .select()
    .from(siteStages)
    .where(eq(siteStages.siteId, siteId))
    .orderBy(desc(siteStages.judgedOn), desc(siteStages.createdAt), desc(siteStages.id))
    .all()
}

export function findStage(db: Db, id: string): SiteStageRow | undefined {
  return db.select().from(siteStages).where(eq(siteStages.id, id)).get()
}

export function findMember(db: Db, id: string): SiteMemberRow | undefined {
  return db.select().from(siteMembers).where(eq(siteMembers.id, id)).get()
}

const memberListRow = z.strictObject({
  id: col.text,
  personId: col.text,
  name: col.text,
  profession: col.text,
  organisationId: col.optionalText,
  organisationName: col.optionalText,
  sector: z.enum(organisations.sector.enumValues).nullable(),
  role: z.enum(siteMembers.role.enumValues),
  joinedOn: col.text,
  leftOn: col.optionalText,
  personArchived: col.flag
})
export type MemberListRow = z.output<typeof memberListRow>

export function listMembers(db: Db, siteId: string) {
  return allRows(
    db,
    memberListRow,
    sql`
    SELECT m.id, m.person_id AS personId, p.name, p.role AS profession,
      p.organisation_id AS organisationId, o.name AS organisationName, o.sector,
      m.role, m.joined_on AS joinedOn, m.left_on AS leftOn,
      (p.archived_at IS NOT NULL) AS personArchived
    FROM site_members m
    JOIN people p ON p.id = m.person_id
    LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE m.site_id = ${siteId}
    ORDER BY p.name COLLATE NOCASE, m.joined_on, m.id`
  )
}

/** Another membership of this person in this site whose period [joinedOn, leftOn) overlaps. */
export function overlappingMembership(
  db: Db,
  siteId: string,
  personId: string,
  period: { joinedOn: string; leftOn: string | null },
  exceptId: string | null
): SiteMemberRow | undefined {
  const open = '9999-12-31'
  return db
    .select()
    .from(siteMembers)
    .where(
      sql`${siteMembers.siteId} = ${siteId} AND ${siteMembers.personId} = ${personId}
        AND ${siteMembers.joinedOn} < ${period.leftOn ?? open}
        AND ${period.joinedOn} < coalesce(${siteMembers.leftOn}, ${open})
        ${exceptId ? sql`AND ${siteMembers.id} <> ${exceptId}` : sql``}`
    )
    .orderBy(asc(siteMembers.joinedOn), asc(siteMembers.id))
    .get()
}

export type NewSite = typeof sites.$inferInsert
export type SiteFields = Partial<Omit<NewSite, 'id' | 'programmeId'>>

export function insertSite(db: Db, values: NewSite): void {
  db.insert(sites).values(values).run()
}

/** Saves a site's fields, or archives (a time) or restores (null) it. */
export function saveSite(db: Db, id: string, fields: SiteFields): void {
  db.update(sites).set(fields).where(eq(sites.id, id)).run()
}

export function insertStage(db: Db, values: typeof siteStages.$inferInsert): void {
  db.insert(siteStages).values(values).run()
}

export function deleteStage(db: Db, id: string): void {
  db.delete(siteStages).where(eq(siteStages.id, id)).run()
}

export type NewMember = typeof siteMembers.$inferInsert

export function insertMember(db: Db, values: NewMember): void {
  db.insert(siteMembers).values(values).run()
}

export function saveMember(
  db: Db,
  id: string,
  fields: Partial<Omit<NewMember, 'id' | 'siteId' | 'personId'>>
): void {
  db.update(siteMembers).set(fields).where(eq(siteMembers.id, id)).run()
}

export function deleteMember(db: Db, id: string): void {
  db.delete(siteMembers).where(eq(siteMembers.id, id)).run()
}
