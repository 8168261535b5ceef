// Directory verbs: the organisations and people a programme works with, shared by its sites.
import { findSite } from '../../db/queries/sites'
import {
  findOrganisation,
  findPeople,
  findPerson,
  insertMembership,
  insertOrganisation,
  insertPerson,
  listOrganisations,
  listPeople,
  setOrganisationArchived,
  setPersonArchived,
  updateOrganisation as saveOrganisation,
  updatePerson as savePerson,
  type DirectoryFilter
} from '../../db/queries/directory'
import type { ApiContext } from '../context'
import { today } from '../context'
import { fieldError, notFound } from '../errors'
import { handler } from '../handler'
import { idInput } from '../schemas/common'
import {
  createOrganisation,
  createPerson,
  directoryList,
  findPeopleInput,
  updateOrganisation,
  updatePerson
} from '../schemas/directory'
import { SECTORS } from '../../domain/vocabulary'
import { requireProgramme } from './programmes'

/** A directory filter for SQL: the text, and the sectors whose label (as shown) contains it. */
function directoryFilter(text: string): DirectoryFilter {
  const needle = text.toLocaleLowerCase('en-GB')
  const sectors = Object.entries(SECTORS)
    .filter(([, label]) => needle && label.toLocaleLowerCase('en-GB').includes(needle))
    .map(([key]) => key)
  return { text, sectors }
}

function requireOrganisation(ctx: ApiContext, id: string, path = 'id') {
  const organisation = findOrganisation(ctx.db, id)
  if (!organisation) throw notFound(path, 'organisation', id)
  return organisation
}

export function requirePerson(ctx: ApiContext, id: string, path = 'id') {
  const person = findPerson(ctx.db, id)
  if (!person) throw notFound(path, 'person', id)
  return person
}

/** A person's organisation must exist and belong to the same programme. */
function checkOrganisationFor(ctx: ApiContext, programmeId: string, organisationId: string | null) {
  if (!organisationId) return
  const organisation = requireOrganisation(ctx, organisationId, 'organisationId')
  if (organisation.programmeId !== programmeId) {
    throw fieldError('organisationId', 'That organisation belongs to another programme')
  }
}

export const directoryHandlers = {
  'organisations.list': handler(directoryList, (ctx, input) => {
    requireProgramme(ctx, input.programmeId)
    return listOrganisations(
      ctx.db,
      input.programmeId,
      input.includeArchived,
      directoryFilter(input.filter)
    )
  }),

  'organisations.create': handler(createOrganisation, (ctx, input) => {
    requireProgramme(ctx, input.programmeId)
    const id = ctx.newId()
    insertOrganisation(ctx.db, { id, ...input })
    return { id }
  }),

  'organisations.update': handler(updateOrganisation, (ctx, { id, ...fields }) => {
    requireOrganisation(ctx, id)
    saveOrganisation(ctx.db, id, fields)
    return { id }
  }),

  'organisations.archive': handler(idInput, (ctx, { id }) => {
    requireOrganisation(ctx, id)
    const archivedAt = ctx.clock().toISOString()
    setOrganisationArchived(ctx.db, id, archivedAt)
    return { id }
  }),

  'organisations.restore': handler(idInput, (ctx, { id }) => {
    requireOrganisation(ctx, id)
    setOrganisationArchived(ctx.db, id, null)
    return { id }
  }),

  'people.list': handler(directoryList, (ctx, input) => {
    requireProgramme(ctx, input.programmeId)
    return listPeople(
      ctx.db,
      input.programmeId,
      input.includeArchived,
      today(ctx),
      directoryFilter(input.filter)
    )
  }),

  /** A few people matching what was typed, for pickers that do not list the whole programme. */
  'people.find': handler(findPeopleInput, (ctx, input) => {
    requireProgramme(ctx, input.programmeId)
    return findPeople(ctx.db, input.programmeId, input.text, input.limit)
  }),

  'people.create': handler(createPerson, (ctx, { newOrganisation, joinSite, ...input }) => {
    requireProgramme(ctx, input.programmeId)
    if (newOrganisation && input.organisationId) {
      throw fieldError(
        'newOrganisation',
        'New organisation: choose an existing organisation or add a new one, not both'
      )
    }
    checkOrganisationFor(ctx, input.programmeId, input.organisationId)
    if (joinSite) {
      const site = findSite(ctx.db, joinSite.siteId)
      if (!site) throw notFound('joinSite.siteId', 'site', joinSite.siteId)
      if (site.programmeId !== input.programmeId) {
        throw fieldError('joinSite.siteId', 'That site belongs to another programme')
      }
    }
    let organisationId = input.organisationId
    if (newOrganisation) {
      organisationId = ctx.newId()
      insertOrganisation(ctx.db, {
        id: organisationId,
        programmeId: input.programmeId,
        ...newOrganisation
      })
    }
    const id = ctx.newId()
    insertPerson(ctx.db, { id, ...input, organisationId })
    if (joinSite) {
      insertMembership(ctx.db, { id: ctx.newId(), personId: id, ...joinSite })
    }
    return { id }
  }),

  'people.update': handler(updatePerson, (ctx, { id, ...fields }) => {
    const person = requirePerson(ctx, id)
    checkOrganisationFor(ctx, person.programmeId, fields.organisationId)
    savePerson(ctx.db, id, fields)
    return { id }
  }),

  'people.archive': handler(idInput, (ctx, { id }) => {
    requirePerson(ctx, id)
    const archivedAt = ctx.clock().toISOString()
    setPersonArchived(ctx.db, id, archivedAt)
    return { id }
  }),

  'people.restore': handler(idInput, (ctx, { id }) => {
    requirePerson(ctx, id)
    setPersonArchived(ctx.db, id, null)
    return { id }
  })
}
