// Queries behind a pasted list of people: what the programme already has, and the new rows.
import { eq } from 'drizzle-orm'
import type { Db } from '../store'
import { organisations, people, siteMembers } from '../schema'

export function programmeOrganisationNames(db: Db, programmeId: string) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      sector: organisations.sector,
      archivedAt: organisations.archivedAt
    })
    .from(organisations)
    .where(eq(organisations.programmeId, programmeId))
    .all()
}

export function programmePeopleNames(db: Db, programmeId: string) {
  return db
    .select({ id: people.id, name: people.name, organisationId: people.organisationId })
    .from(people)
    .where(eq(people.programmeId, programmeId))
    .all()
}

export function insertOrganisation(db: Db, row: typeof organisations.$inferInsert) {
  db.insert(organisations).values(row).run()
}

export function insertPerson(db: Db, row: typeof people.$inferInsert) {
  db.insert(people).values(row).run()
}

export function insertMembership(db: Db, row: typeof siteMembers.$inferInsert) {
  db.insert(siteMembers).values(row).run()
}
