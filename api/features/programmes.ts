// Programme verbs: the commissioned programme, its outcome framework and its overview.
import { z } from 'zod'
import {
  coordinatorNames,
  findProgramme,
  findProgrammeOutcome,
  insertProgramme,
  insertProgrammeOutcome,
  listProgrammeOutcomes,
  listProgrammes,
  nextOutcomePosition,
  saveProgramme,
  saveProgrammeOutcome,
  siteCards,
  stagesOutside
} from '../../db/queries/programmes'
import { parseStoredJson } from '../../db/rows'
import type { ApiContext } from '../context'
import { today } from '../context'
import { fieldError, notFound } from '../errors'
import { handler } from '../handler'
import { idInput, listOptions, recordId } from '../schemas/common'
import {
  createProgramme,
  createProgrammeOutcome,
  updateProgramme,
  updateProgrammeOutcome
} from '../schemas/programmes'
import { STAGE_MODELS, stageLabel } from '../../domain/vocabulary'

export function requireProgramme(ctx: ApiContext, id: string, path = 'programmeId') {
  const programme = findProgramme(ctx.db, id)
  if (!programme) throw notFound(path, 'programme', id)
  return programme
}

function requireOutcome(ctx: ApiContext, id: string) {
  const outcome = findProgrammeOutcome(ctx.db, id)
  if (!outcome) throw notFound('id', 'programme outcome', id)
  return outcome
}

function setArchived(ctx: ApiContext, id: string, archived: boolean) {
  requireProgramme(ctx, id, 'id')
  const archivedAt = archived ? ctx.clock().toISOString() : null
  saveProgramme(ctx.db, id, { archivedAt })
  return { id }
}

function setOutcomeArchived(ctx: ApiContext, id: string, archived: boolean) {
  requireOutcome(ctx, id)
  const archivedAt = archived ? ctx.clock().toISOString() : null
  saveProgrammeOutcome(ctx.db, id, { archivedAt })
  return { id }
}

export const programmeHandlers = {
  'programmes.list': handler(listOptions, (ctx, input) =>
    listProgrammes(ctx.db, input.includeArchived)
  ),

  'programmes.get': handler(idInput, (ctx, { id }) => {
    const programme = requireProgramme(ctx, id, 'id')
    return { ...programme, outcomes: listProgrammeOutcomes(ctx.db, id) }
  }),

  'programmes.create': handler(createProgramme, (ctx, input) => {
    const id = ctx.newId()
    insertProgramme(ctx.db, { id, ...input })
    return { id }
  }),

  'programmes.update': handler(updateProgramme, (ctx, { id, ...fields }) => {
    const current = requireProgramme(ctx, id, 'id')
    if (fields.stageModel !== current.stageModel) {
      const clash = stagesOutside(ctx.db, id, Object.keys(STAGE_MODELS[fields.stageModel].stages))
      if (clash.length > 0) {
        throw fieldError(
          'stageModel',
          `Sites already have stages recorded that this model does not have (${clash.join(', ')}); keep the current model or remove those judgements first`,
          'conflict'
        )
      }
    }
    const updatedAt = ctx.clock().toISOString()
    saveProgramme(ctx.db, id, { ...fields, updatedAt })
    return { id }
  }),

  'programmes.archive': handler(idInput, (ctx, { id }) => setArchived(ctx, id, true)),
  'programmes.restore': handler(idInput, (ctx, { id }) => setArchived(ctx, id, false)),

  /** The programme's home: its details, outcome framework and one card per site. */
  'programmes.overview': handler(
    z.object({ id: recordId('id'), includeArchived: z.boolean().default(false) }),
    (ctx, { id, includeArchived }) => {
      const programme = requireProgramme(ctx, id, 'id')
      const cards = siteCards(ctx.db, id, today(ctx), includeArchived).map((card) => ({
        ...card,
        stageLabel: card.stage ? stageLabel(programme.stageModel, card.stage) : null,
        coordinators: parseStoredJson(coordinatorNames, card.coordinators)
      }))
      return { programme, outcomes: listProgrammeOutcomes(ctx.db, id), sites: cards }
    }
  ),

  'programmeOutcomes.create': handler(createProgrammeOutcome, (ctx, input) => {
    requireProgramme(ctx, input.programmeId)
    const id = ctx.newId()
    const position = nextOutcomePosition(ctx.db, input.programmeId)
    insertProgrammeOutcome(ctx.db, { id, position, ...input })
    return { id }
  }),

  'programmeOutcomes.update': handler(updateProgrammeOutcome, (ctx, { id, ...fields }) => {
    requireOutcome(ctx, id)
    saveProgrammeOutcome(ctx.db, id, fields)
    return { id }
  }),

  'programmeOutcomes.archive': handler(idInput, (ctx, { id }) => setOutcomeArchived(ctx, id, true)),
  'programmeOutcomes.restore': handler(idInput, (ctx, { id }) => setOutcomeArchived(ctx, id, false))
}
