// Site verbs: the partnership area, its stage judgements and who is in its partnership.
import {
  deleteMember,
  deleteStage,
  findMember,
  findSite,
  findStage,
  insertMember,
  insertSite,
  insertStage,
  listMembers,
  listStages,
  overlappingMembership,
  saveMember,
  saveSite
} from '../../db/queries/sites'
import type { ApiContext } from '../context'
import { today } from '../context'
import { fieldError, notFound } from '../errors'
import { handler } from '../handler'
import { idInput } from '../schemas/common'
import { addMember, createSite, recordStage, updateMember, updateSite } from '../schemas/sites'
import { STAGE_MODELS, stageLabel } from '../../domain/vocabulary'
import { requirePerson } from './directory'
import { partnershipByRole, partnershipBySector, toMembers } from '../../domain/partnership'
import { requireProgramme } from './programmes'

export function requireSite(ctx: ApiContext, id: string, path = 'siteId') {
  const site = findSite(ctx.db, id)
  if (!site) throw notFound(path, 'site', id)
  return site
}

function setArchived(ctx: ApiContext, id: string, archived: boolean) {
  requireSite(ctx, id, 'id')
  const archivedAt = archived ? ctx.clock().toISOString() : null
  saveSite(ctx.db, id, { archivedAt })
  return { id }
}

function period(m: { joinedOn: string; leftOn: string | null }) {
  return m.leftOn ? `${m.joinedOn} to ${m.leftOn}` : `since ${m.joinedOn}`
}

export const siteHandlers = {
  'sites.create': handler(createSite, (ctx, input) => {
    requireProgramme(ctx, input.programmeId)
    const id = ctx.newId()
    insertSite(ctx.db, { id, ...input })
    return { id }
  }),

  'sites.update': handler(updateSite, (ctx, { id, ...fields }) => {
    requireSite(ctx, id, 'id')
    const earliestStage = listStages(ctx.db, id).at(-1)
    if (earliestStage && earliestStage.judgedOn < fields.startDate) {
      throw fieldError(
        'startDate',
        `Start date must be on or before the first stage judgement (${earliestStage.judgedOn})`
      )
    }
    saveSite(ctx.db, id, fields)
    return { id }
  }),

  'sites.archive': handler(idInput, (ctx, { id }) => setArchived(ctx, id, true)),
  'sites.restore': handler(idInput, (ctx, { id }) => setArchived(ctx, id, false)),

  /** Everything the site page shows: the site, its stage timeline and its partnership. */
  'sites.get': handler(idInput, (ctx, { id }) => {
    const site = requireSite(ctx, id, 'id')
    const programme = requireProgramme(ctx, site.programmeId)
    const stages = listStages(ctx.db, id).map((s) => ({
      ...s,
      label: stageLabel(programme.stageModel, s.stage)
    }))
    const members = toMembers(listMembers(ctx.db, id), today(ctx))
    return {
      site,
      programme: { id: programme.id, name: programme.name, stageModel: programme.stageModel },
      stageOptions: Object.entries(STAGE_MODELS[programme.stageModel].stages).map(
        ([value, label]) => ({ value, label })
      ),
      stages,
      members,
      bySector: partnershipBySector(members),
      byRole: partnershipByRole(members)
    }
  }),

  'siteStages.record': handler(recordStage, (ctx, input) => {
    const site = requireSite(ctx, input.siteId)
    const programme = requireProgramme(ctx, site.programmeId)
    const stages = STAGE_MODELS[programme.stageModel].stages
    if (!Object.hasOwn(stages, input.stage)) {
      throw fieldError('stage', `Stage must be one of: ${Object.values(stages).join(', ')}`)
    }
    if (input.judgedOn < site.startDate) {
      throw fieldError(
        'judgedOn',
        `Date judged must be on or after the site's start date (${site.startDate})`
      )
    }
    const id = ctx.newId()
    insertStage(ctx.db, { id, ...input, createdAt: ctx.clock().toISOString() })
    return { id }
  }),

  'siteStages.remove': handler(idInput, (ctx, { id }) => {
    if (!findStage(ctx.db, id)) throw notFound('id', 'stage judgement', id)
    deleteStage(ctx.db, id)
    return { id }
  }),

  'siteMembers.add': handler(addMember, (ctx, input) => {
    const site = requireSite(ctx, input.siteId)
    const person = requirePerson(ctx, input.personId, 'personId')
    if (person.programmeId !== site.programmeId) {
      throw fieldError('personId', `${person.name} is not in this site's programme`)
    }
    const clash = overlappingMembership(ctx.db, site.id, person.id, input, null)
    if (clash) {
      throw fieldError(
        'personId',
        `${person.name} is already in this partnership then (${period(clash)}); change that membership instead`,
        'conflict'
      )
    }
    const id = ctx.newId()
    insertMember(ctx.db, { id, ...input })
    return { id }
  }),

  'siteMembers.update': handler(updateMember, (ctx, { id, ...fields }) => {
    const member = findMember(ctx.db, id)
    if (!member) throw notFound('id', 'membership', id)
    const clash = overlappingMembership(ctx.db, member.siteId, member.personId, fields, id)
    if (clash) {
      throw fieldError(
        fields.leftOn === null ? 'leftOn' : 'joinedOn',
        `This person has another membership of this site at that time (${period(clash)})`,
        'conflict'
      )
    }
    saveMember(ctx.db, id, fields)
    return { id }
  }),

  /** For mistakes only: someone who leaves gets a "left" date so their history stays. */
  'siteMembers.remove': handler(idInput, (ctx, { id }) => {
    if (!findMember(ctx.db, id)) throw notFound('id', 'membership', id)
    deleteMember(ctx.db, id)
    return { id }
  })
}
