// Queries for a site's stakeholder matrix: its stakeholders, their dated placements and who came
// to the site's recent partnership meetings.
import { and, asc, eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col } from '../rows'
import { organisations, stakeholderPlacements, stakeholders } from '../schema'

export type StakeholderRow = typeof stakeholders.$inferSelect
export type PlacementRow = typeof stakeholderPlacements.$inferSelect

const stakeholderListRow = z.strictObject({
  id: col.text,
  personId: col.optionalText,
  organisationId: col.optionalText,
  /** The person's or organisation's name in the directory, or the name typed for the matrix. */
  name: col.text,
  description: col.text,
  /** A person's role or profession, or an organisation's sector. */
  role: col.text,
  sector: z.enum(organisations.sector.enumValues).nullable(),
  archived: col.flag
})
export type StakeholderListRow = z.output<typeof stakeholderListRow>

export function findStakeholder(db: Db, id: string): StakeholderRow | undefined {
  return db.select().from(stakeholders).where(eq(stakeholders.id, id)).get()
}

export function listStakeholders(db: Db, siteId: string): StakeholderListRow[] {
  return allRows(
    db,
    stakeholderListRow,
    sql`
    SELECT s.id, s.person_id AS personId, s.organisation_id AS organisationId,
      coalesce(p.name, o.name, s.name) AS name, s.description,
      coalesce(p.role, '') AS role, coalesce(o.sector, po.sector) AS sector,
      (coalesce(p.archived_at, o.archived_at) IS NOT NULL) AS archived
    FROM stakeholders s
    LEFT JOIN people p ON p.id = s.person_id
    LEFT JOIN organisations po ON po.id = p.organisation_id
    LEFT JOIN organisations o ON o.id = s.organisation_id
    WHERE s.site_id = ${siteId}
    ORDER BY coalesce(p.name, o.name, s.name) COLLATE NOCASE, s.id`
  )
}

/** The stakeholder already on this site's matrix for the same person, organisation or name. */
export function sameStakeholder(
  db: Db,
  siteId: string,
  who: { personId: string | null; organisationId: string | null; name: string }
): StakeholderRow | undefined {
  const match = who.personId
    ? eq(stakeholders.personId, who.personId)
    : who.organisationId
      ? eq(stakeholders.organisationId, who.organisationId)
      : sql`${stakeholders.personId} IS NULL AND ${stakeholders.organisationId} IS NULL
          AND lower(${stakeholders.name}) = lower(${who.name})`
  return db
    .select()
    .from(stakeholders)
    .where(and(eq(stakeholders.siteId, siteId), match))
    .get()
}

export function listPlacements(db: Db, siteId: string): PlacementRow[] {
  return db
    .select({
      id: stakeholderPlacements.id,
      stakeholderId: stakeholderPlacements.stakeholderId,
      quadrant: stakeholderPlacements.quadrant,
      placedOn: stakeholderPlacements.placedOn,
      note: stakeholderPlacements.note
    })
    .from(stakeholderPlacements)
    .innerJoin(stakeholders, eq(stakeholders.id, stakeholderPlacements.stakeholderId))
    .where(eq(stakeholders.siteId, siteId))
    .orderBy(asc(stakeholderPlacements.placedOn), asc(stakeholderPlacements.id))
    .all()
}

export function insertStakeholder(db: Db, row: typeof stakeholders.$inferInsert): void {
  db.insert(stakeholders).values(row).run()
}

/** A placement; a second one on the same day replaces the first (arranging takes several moves). */
export function upsertPlacement(db: Db, row: typeof stakeholderPlacements.$inferInsert): void {
  db.insert(stakeholderPlacements)
    .values(row)
    .onConflictDoUpdate({
      target: [stakeholderPlacements.stakeholderId, stakeholderPlacements.placedOn],
      set: { quadrant: row.quadrant, note: row.note ?? '' }
    })
    .run()
}

export function findPlacement(db: Db, id: string): PlacementRow | undefined {
  return db.select().from(stakeholderPlacements).where(eq(stakeholderPlacements.id, id)).get()
}

export function deletePlacement(db: Db, id: string): void {
  db.delete(stakeholderPlacements).where(eq(stakeholderPlacements.id, id)).run()
}

const recentMeetingRow = z.strictObject({
  id: col.text,
  heldOn: col.text,
  /** JSON arrays of who attended and their organisations. */
  people: col.text,
  organisations: col.text
})
export type RecentMeetingRow = z.output<typeof recentMeetingRow>

/** The site's last `count` partnership meetings on or before `asOf`, newest first. */
export function recentPartnershipMeetings(
  db: Db,
  siteId: string,
  asOf: string,
  count: number
): RecentMeetingRow[] {
  return allRows(
    db,
    recentMeetingRow,
    sql`
    SELECT m.id, m.held_on AS heldOn,
      (SELECT json_group_array(a.person_id) FROM meeting_attendance a
        WHERE a.meeting_id = m.id AND a.status = 'attended') AS people,
      (SELECT json_group_array(DISTINCT p.organisation_id) FROM meeting_attendance a
        JOIN people p ON p.id = a.person_id
        WHERE a.meeting_id = m.id AND a.status = 'attended'
          AND p.organisation_id IS NOT NULL) AS organisations
    FROM meetings m
    WHERE m.site_id = ${siteId} AND m.kind = 'partnership' AND m.held_on <= ${asOf}
    ORDER BY m.held_on DESC, m.id DESC
    LIMIT ${count}`
  )
}

const outsideStakeholderRow = z.strictObject({
  id: col.text,
  programmeId: col.text,
  name: col.text,
  detail: col.text
})

/** Words like these open a description ("The local paper"), not a person's name. */
const NOT_A_NAME = /^(the|a|an|our|local|all)$/i

/**
 * Stakeholders outside the directory whose names read as a person's ("Cllr Morgan Hale": every
 * word capitalised), as people for the anonymiser: replaced by their description. Names such as
 * "The residents' association" describe a group and are left alone, so their ordinary words
 * ("The", "residents") are not treated as names everywhere in a report.
 */
export function outsideStakeholderNames(db: Db) {
  const rows = allRows(
    db,
    outsideStakeholderRow,
    sql`
    SELECT st.id, s.programme_id AS programmeId, st.name, st.description AS detail
    FROM stakeholders st JOIN sites s ON s.id = st.site_id
    WHERE st.person_id IS NULL AND st.organisation_id IS NULL AND trim(st.name) <> ''
    ORDER BY st.name, st.id`
  )
  return rows
    .filter((r) => {
      const words = r.name.trim().split(/\s+/)
      return !NOT_A_NAME.test(words[0] ?? '') && words.every((w) => /^\p{Lu}/u.test(w))
    })
    .map((r) => ({ kind: 'person' as const, ...r }))
}
