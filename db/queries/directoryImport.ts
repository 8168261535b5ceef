// Queries behind a pasted list of people: what the programme already has. The new rows are
// written with the directory's own writes (directory.ts).
import { eq } from 'drizzle-orm'
import type { Db } from '../store'
import { organisations, people } from '../schema'

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
