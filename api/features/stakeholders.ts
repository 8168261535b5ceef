// Stakeholder matrix verbs: add a stakeholder to a site's matrix, move them (each move dated),
// and read the matrix as it stood on any day with what it is missing.
import { z } from 'zod'
import { findOrganisation } from '../../db/queries/directory'
import {
  deletePlacement,
  findPlacement,
  findStakeholder,
  insertStakeholder,
  listPlacements,
  listStakeholders,
  recentPartnershipMeetings,
  sameStakeholder,
  upsertPlacement
} from '../../db/queries/stakeholders'
import { listMembers } from '../../db/queries/sites'
import { parseStoredJson } from '../../db/rows'
import type { ApiContext } from '../context'
import { today } from '../context'
import { fieldError, notFound } from '../errors'
import { handler } from '../handler'
import { idInput } from '../schemas/common'
import { addStakeholder, moveStakeholder, stakeholderMatrix } from '../schemas/health'
import { MEMBER_ROLES, STAKEHOLDER_GROUPS, type StakeholderGroup } from '../../domain/vocabulary'
import { dayLabel, MEETINGS_TO_MISS } from '../../domain/earlyWarnings'
import { requireProgrammePerson } from './meetings'
import { requireSite } from './sites'
import { historyInWords, placementsAt } from '../../domain/stakeholderMatrix'

/** Partnership meetings an "involve closely" stakeholder may miss before it is pointed out. */

/** The ids SQLite's json_group_array gathers for a meeting (who came, their organisations). */
const idList = z.array(z.string())

function checkPlacedOn(site: { startDate: string }, placedOn: string) {
  if (placedOn < site.startDate) {
    throw fieldError(
      'placedOn',
      `Date placed must be on or after the site's start date (${dayLabel(site.startDate)})`
    )
  }
}

function whoFor(ctx: ApiContext, programmeId: string, input: AddInput) {
  if (input.personId) {
    requireProgrammePerson(ctx, programmeId, input.personId, 'personId', 'Stakeholder')
  } else if (input.organisationId) {
    const organisation = findOrganisation(ctx.db, input.organisationId)
    if (!organisation) throw notFound('organisationId', 'organisation', input.organisationId)
    if (organisation.programmeId !== programmeId) {
      throw fieldError(
        'organisationId',
        `Stakeholder ${organisation.name} is not in this programme`
      )
    }
  }
  return { personId: input.personId, organisationId: input.organisationId, name: input.name }
}
type AddInput = { personId: string | null; organisationId: string | null; name: string }

/** The matrix on a day, with the members missing from it and the absent "involve closely". */
export function matrixOn(ctx: ApiContext, siteId: string, asOf: string) {
  const stakeholders = listStakeholders(ctx.db, siteId)
  const placements = listPlacements(ctx.db, siteId)
  const at = placementsAt(placements, asOf)
  const names = new Map(stakeholders.map((s) => [s.id, s.name]))
  const entries = stakeholders.map((s) => {
    const placement = at.get(s.id)
    const group = placement && placement.quadrant !== 'off' ? placement.quadrant : null
    return { ...s, group, placedOn: placement?.placedOn ?? null }
  })
  const onMatrix = entries.filter((e) => e.group !== null)
  const placedPeople = new Set(onMatrix.map((e) => e.personId).filter(Boolean))
  const placedOrganisations = new Set(onMatrix.map((e) => e.organisationId).filter(Boolean))
  const membersMissing = listMembers(ctx.db, siteId)
    .filter((m) => m.joinedOn <= asOf && (m.leftOn === null || m.leftOn > asOf))
    .filter((m) => !placedPeople.has(m.personId))
    .filter((m) => !(m.organisationId && placedOrganisations.has(m.organisationId)))
    .map((m) => ({
      personId: m.personId,
      name: m.name,
      role: MEMBER_ROLES[m.role],
      organisationName: m.organisationName
    }))
  const recent = recentPartnershipMeetings(ctx.db, siteId, asOf, MEETINGS_TO_MISS)
  const came = new Set(recent.flatMap((m) => parseStoredJson(idList, m.people)))
  const cameFrom = new Set(recent.flatMap((m) => parseStoredJson(idList, m.organisations)))
  const absentClose =
    recent.length < MEETINGS_TO_MISS
      ? []
      : onMatrix
          .filter((e) => e.group === 'involve_closely')
          .filter((e) =>
            e.personId
              ? !came.has(e.personId)
              : e.organisationId
                ? !cameFrom.has(e.organisationId)
                : false
          )
          .map((e) => ({ id: e.id, name: e.name }))
  return {
    asOf,
    groups: Object.entries(STAKEHOLDER_GROUPS).map(([key, label]) => ({
      key: key as StakeholderGroup,
      label,
      stakeholders: onMatrix.filter((e) => e.group === key)
    })),
    offMatrix: entries.filter((e) => e.group === null),
    membersMissing,
    absentClose,
    meetingsLooked: recent.map((m) => m.heldOn),
    history: historyInWords(
      placements.filter((p) => p.placedOn <= asOf),
      names
    )
  }
}
export type StakeholderMatrix = ReturnType<typeof matrixOn>

export const stakeholderHandlers = {
  'stakeholders.matrix': handler(stakeholderMatrix, (ctx, input) => {
    const site = requireSite(ctx, input.siteId)
    return {
      site: { id: site.id, startDate: site.startDate },
      ...matrixOn(ctx, site.id, input.asOf ?? today(ctx))
    }
  }),

  'stakeholders.add': handler(addStakeholder, (ctx, input) => {
    const site = requireSite(ctx, input.siteId)
    const who = whoFor(ctx, site.programmeId, input)
    checkPlacedOn(site, input.placedOn)
    const existing = sameStakeholder(ctx.db, site.id, who)
    if (existing) {
      throw fieldError(
        who.personId ? 'personId' : who.organisationId ? 'organisationId' : 'name',
        'This stakeholder is already on the matrix: move them instead',
        'conflict'
      )
    }
    const id = ctx.newId()
    insertStakeholder(ctx.db, {
      id,
      siteId: site.id,
      ...who,
      description: input.description,
      createdAt: ctx.clock().toISOString()
    })
    upsertPlacement(ctx.db, {
      id: ctx.newId(),
      stakeholderId: id,
      quadrant: input.group,
      placedOn: input.placedOn,
      note: ''
    })
    return { id }
  }),

  /** A dated move; a second move on the same day replaces that day's placement. */
  'stakeholders.move': handler(moveStakeholder, (ctx, input) => {
    const stakeholder = findStakeholder(ctx.db, input.id)
    if (!stakeholder) throw notFound('id', 'stakeholder', input.id)
    const site = requireSite(ctx, stakeholder.siteId)
    checkPlacedOn(site, input.placedOn)
    upsertPlacement(ctx.db, {
      id: ctx.newId(),
      stakeholderId: stakeholder.id,
      quadrant: input.group,
      placedOn: input.placedOn,
      note: input.note
    })
    return { id: stakeholder.id }
  }),

  /** For mistakes: takes one dated placement out of the history. */
  'stakeholders.removePlacement': handler(idInput, (ctx, { id }) => {
    const placement = findPlacement(ctx.db, id)
    if (!placement) throw notFound('id', 'placement', id)
    deletePlacement(ctx.db, id)
    return { id }
  })
}
