// The programme's sites, people, organisations and partnership memberships, for the data export.
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import { col } from '../../rows'
import { organisations, siteMembers, sites } from '../../schema'
import { programmeRows } from './programmeRows'

const siteExportRow = z.strictObject({
  name: col.text,
  locality: col.text,
  purpose: col.text,
  focus: col.text,
  startDate: col.text,
  status: z.enum(sites.status.enumValues),
  stage: col.optionalText,
  stageJudgedOn: col.optionalText,
  archivedAt: col.optionalText
})
export type SiteExportRow = z.output<typeof siteExportRow>

export const exportSites = programmeRows(
  siteExportRow,
  (programmeId) => sql`
    WITH latest_stage AS (
      SELECT site_id, stage, judged_on,
        row_number() OVER (PARTITION BY site_id ORDER BY judged_on DESC, created_at DESC, id DESC) AS rn
      FROM site_stages
    )
    SELECT s.name, s.locality, s.purpose, s.focus, s.start_date AS startDate, s.status,
      ls.stage, ls.judged_on AS stageJudgedOn, s.archived_at AS archivedAt
    FROM sites s
    LEFT JOIN latest_stage ls ON ls.site_id = s.id AND ls.rn = 1
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, s.rowid`
)

const personExportRow = z.strictObject({
  name: col.text,
  role: col.text,
  organisationName: col.optionalText,
  sector: z.enum(organisations.sector.enumValues).nullable(),
  email: col.text,
  phone: col.text,
  archivedAt: col.optionalText
})
export type PersonExportRow = z.output<typeof personExportRow>

/** People by role, then name. */
export const exportPeople = programmeRows(
  personExportRow,
  (programmeId) => sql`
    SELECT p.name, p.role, o.name AS organisationName, o.sector, p.email, p.phone,
      p.archived_at AS archivedAt
    FROM people p
    LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE p.programme_id = ${programmeId}
    ORDER BY p.role COLLATE NOCASE, p.name COLLATE NOCASE, p.rowid`
)

const organisationExportRow = z.strictObject({
  name: col.text,
  sector: z.enum(organisations.sector.enumValues),
  peopleCount: col.number,
  archivedAt: col.optionalText
})
export type OrganisationExportRow = z.output<typeof organisationExportRow>

export const exportOrganisations = programmeRows(
  organisationExportRow,
  (programmeId) => sql`
    SELECT o.name, o.sector, o.archived_at AS archivedAt,
      (SELECT count(*) FROM people p WHERE p.organisation_id = o.id) AS peopleCount
    FROM organisations o
    WHERE o.programme_id = ${programmeId}
    ORDER BY o.name COLLATE NOCASE, o.rowid`
)

const membershipExportRow = z.strictObject({
  siteName: col.text,
  personName: col.text,
  profession: col.text,
  organisationName: col.optionalText,
  role: z.enum(siteMembers.role.enumValues),
  joinedOn: col.text,
  leftOn: col.optionalText
})
export type MembershipExportRow = z.output<typeof membershipExportRow>

export const exportMemberships = programmeRows(
  membershipExportRow,
  (programmeId) => sql`
    SELECT s.name AS siteName, p.name AS personName, p.role AS profession,
      o.name AS organisationName, m.role, m.joined_on AS joinedOn, m.left_on AS leftOn
    FROM site_members m
    JOIN sites s ON s.id = m.site_id
    JOIN people p ON p.id = m.person_id
    LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, p.name COLLATE NOCASE, m.joined_on, m.rowid`
)
