// A pasted list of people and organisations, saved all or nothing: organisations reused by name
// or created with their sector, people already in the directory left alone, and everyone
// optionally put into one site's partnership as members.
import { insertMembership, insertOrganisation, insertPerson } from '../../db/queries/directory'
import { programmeOrganisationNames, programmePeopleNames } from '../../db/queries/directoryImport'
import { overlappingMembership } from '../../db/queries/sites'
import type { z } from 'zod'
import type { ApiContext } from '../context'
import { ApiError, fieldError } from '../errors'
import { handler } from '../handler'
import type { ApiIssue } from '../result'
import { importList } from '../schemas/directoryImport'
import { SECTORS, type Sector } from '../../domain/vocabulary'
import { requireProgramme } from './programmes'
import { requireSite } from './sites'

/** Names match whatever their case or spacing, as people type them in spreadsheets. */
export const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB')

interface NewOrganisation {
  id: string
  name: string
  sector: Sector | null
}

function checkSite(ctx: ApiContext, programmeId: string, siteId: string) {
  const site = requireSite(ctx, siteId, 'joinSite.siteId')
  if (site.programmeId !== programmeId) {
    throw fieldError('joinSite.siteId', `${site.name} belongs to another programme`)
  }
}

type ImportInput = z.output<typeof importList>
type Listed = ImportInput['people'][number]
type Problem = (index: number, field: string, message: string) => void

/** Organisations already in the programme by name, an unarchived one first. */
function existingOrganisations(ctx: ApiContext, programmeId: string) {
  const existing = new Map<string, { id: string }>()
  for (const o of programmeOrganisationNames(ctx.db, programmeId)) {
    const key = nameKey(o.name)
    if (!existing.has(key) || !o.archivedAt) existing.set(key, o)
  }
  return existing
}

/** The organisations the list names that are not in the programme yet, each with its sector. */
function newOrganisations(
  people: Listed[],
  existing: Map<string, { id: string }>,
  problem: Problem
): Map<string, NewOrganisation> {
  const created = new Map<string, NewOrganisation>()
  people.forEach((p, i) => {
    const key = nameKey(p.organisation)
    if (!key) {
      if (p.sector) {
        problem(i, 'sector', 'A sector belongs to an organisation: give one or leave it empty')
      }
      return
    }
    if (existing.has(key)) return
    const earlier = created.get(key)
    if (!earlier) {
      created.set(key, { id: '', name: p.organisation.trim(), sector: p.sector })
    } else if (p.sector && earlier.sector && p.sector !== earlier.sector) {
      problem(
        i,
        'sector',
        `${earlier.name} is given as ${SECTORS[earlier.sector]} earlier in the list`
      )
    } else if (p.sector) earlier.sector = p.sector
  })
  people.forEach((p, i) => {
    const organisation = created.get(nameKey(p.organisation))
    if (organisation && !organisation.sector) {
      problem(i, 'sector', `${organisation.name} is a new organisation: give its sector`)
    }
  })
  return created
}

/**
 * The people already in the directory (by name and organisation), and each listed person's key;
 * a person is the same person when their name and organisation match.
 */
function personKeys(
  ctx: ApiContext,
  programmeId: string,
  people: Listed[],
  existing: Map<string, { id: string }>,
  problem: Problem
) {
  const personKey = (name: string, organisationKey: string) =>
    `${nameKey(name)}\u0000${organisationKey}`
  const known = new Map<string, string>()
  for (const p of programmePeopleNames(ctx.db, programmeId)) {
    known.set(personKey(p.name, p.organisationId ?? ''), p.id)
  }
  const listed = new Set<string>()
  const keys = people.map((p, i) => {
    const orgKey = nameKey(p.organisation)
    const key = personKey(p.name, existing.get(orgKey)?.id ?? (orgKey ? `new:${orgKey}` : ''))
    if (listed.has(key)) {
      const at = p.organisation ? ` (${p.organisation})` : ''
      problem(i, 'name', `${p.name}${at} is on the list twice`)
    }
    listed.add(key)
    return key
  })
  return { known, keys }
}

/** Refuses the whole list when any row has a problem, every problem in the list's order. */
function refuseIfAny(issues: (ApiIssue & { index: number })[]) {
  if (issues.length === 0) return
  const inOrder = issues
    .sort((a, b) => a.index - b.index)
    .map(({ path, message }) => ({ path, message }))
  const message = inOrder.map((x) => `${x.path}: ${x.message}`).join('; ')
  throw new ApiError('invalid_input', message, inOrder)
}

/** Saves the new organisations, the new people and their memberships; returns what it added. */
function saveList(
  ctx: ApiContext,
  { programmeId, people, joinSite }: ImportInput,
  existing: Map<string, { id: string }>,
  created: Map<string, NewOrganisation>,
  { known, keys }: { known: Map<string, string>; keys: string[] }
) {
  for (const organisation of created.values()) {
    if (!organisation.sector) continue // refused above
    organisation.id = ctx.newId()
    insertOrganisation(ctx.db, { ...organisation, sector: organisation.sector, programmeId })
  }
  const counts = {
    organisationsCreated: created.size,
    peopleCreated: 0,
    peopleAlreadyThere: 0,
    membershipsAdded: 0
  }
  people.forEach((p, i) => {
    const key = keys[i] ?? ''
    let personId = known.get(key)
    if (personId) counts.peopleAlreadyThere += 1
    else {
      personId = ctx.newId()
      const orgKey = nameKey(p.organisation)
      const organisationId = existing.get(orgKey)?.id ?? created.get(orgKey)?.id ?? null
      insertPerson(ctx.db, {
        id: personId,
        programmeId,
        name: p.name,
        role: p.role,
        organisationId,
        email: p.email,
        phone: p.phone
      })
      counts.peopleCreated += 1
    }
    if (!joinSite) return
    const period = { joinedOn: joinSite.joinedOn, leftOn: null }
    if (overlappingMembership(ctx.db, joinSite.siteId, personId, period, null)) return
    insertMembership(ctx.db, {
      id: ctx.newId(),
      siteId: joinSite.siteId,
      personId,
      role: 'member',
      ...period
    })
    counts.membershipsAdded += 1
  })
  return counts
}

export const directoryImportHandlers = {
  'directory.importList': handler(importList, (ctx, input) => {
    const { programmeId, people, joinSite } = input
    requireProgramme(ctx, programmeId, 'programmeId')
    if (joinSite) checkSite(ctx, programmeId, joinSite.siteId)
    const issues: (ApiIssue & { index: number })[] = []
    const problem: Problem = (index, field, message) =>
      issues.push({ index, path: `people.${index}.${field}`, message })
    const existing = existingOrganisations(ctx, programmeId)
    const created = newOrganisations(people, existing, problem)
    const directory = personKeys(ctx, programmeId, people, existing, problem)
    refuseIfAny(issues)
    return saveList(ctx, input, existing, created, directory)
  })
}
