// The data export's tables about the partnership: sites, people, organisations, memberships.
import * as q from '../../../db/queries/dataExport'
import type { DataKind } from '../../schemas/dataExport'
import { MEMBER_ROLES, SECTORS, SITE_STATUSES, stageLabel } from '../../../domain/vocabulary'
import { archived, label, site, spec, type TableBuilder } from './columns'

export const partnershipTables = {
  sites: spec(q.exportSites, (model) => [
    { header: 'Site', value: (r) => r.name },
    { header: 'Locality', value: (r) => r.locality },
    { header: 'Purpose', value: (r) => r.purpose },
    { header: 'Population or service focus', value: (r) => r.focus },
    { header: 'Start date', value: (r) => r.startDate },
    { header: 'Status', value: (r) => label(SITE_STATUSES, r.status) },
    { header: 'Latest stage', value: (r) => (r.stage ? stageLabel(model, r.stage) : null) },
    { header: 'Stage judged on', value: (r) => r.stageJudgedOn },
    archived()
  ]),
  people: spec(q.exportPeople, [
    { header: 'Role or profession', value: (r) => r.role },
    { header: 'Name', value: (r) => r.name },
    { header: 'Organisation', value: (r) => r.organisationName },
    { header: 'Sector', value: (r) => label(SECTORS, r.sector) },
    { header: 'Email', value: (r) => r.email, private: true },
    { header: 'Phone', value: (r) => r.phone, private: true },
    archived()
  ]),
  organisations: spec(q.exportOrganisations, [
    { header: 'Organisation', value: (r) => r.name },
    { header: 'Sector', value: (r) => label(SECTORS, r.sector) },
    { header: 'People', value: (r) => r.peopleCount },
    archived()
  ]),
  siteMemberships: spec(q.exportMemberships, [
    site(),
    { header: 'Person', value: (r) => r.personName },
    { header: 'Role or profession', value: (r) => r.profession },
    { header: 'Organisation', value: (r) => r.organisationName },
    { header: 'Role in the partnership', value: (r) => label(MEMBER_ROLES, r.role) },
    { header: 'Joined on', value: (r) => r.joinedOn },
    { header: 'Left on', value: (r) => r.leftOn }
  ])
} satisfies Partial<Record<DataKind, TableBuilder>>
