// Programme verbs: the commissioned programme, its outcome framework and its overview.
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { programmeOutcomes, programmes } from '../../db/schema'
import {
  findProgramme,
  findProgrammeOutcome,
  listProgrammeOutcomes,
  listProgrammes,
  nextOutcomePosition,
  siteCards,
  stagesOutside
} from '../../db/queries/programmes'
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
  ctx.db.update(programmes).set({ archivedAt }).where(eq(programmes.id, id)).run()
  return { id }
}

function setOutcomeArchived(ctx: ApiContext, id: string, archived: boolean) {
  requireOutcome(ctx, id)
  const archivedAt = archived ? ctx.clock().toISOString() : null
  ctx.db.update(programmeOutcomes).set({ archivedAt }).where(eq(programmeOutcomes.id, id)).run()
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
    ctx.db
      .insert(programmes)
      .values({ id, ...input })
      .run()
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
    ctx.db
      .update(programmes)
      .set({ ...fields, updatedAt })
      .where(eq(programmes.id, id))
      .run()
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
        coordinators: JSON.parse(card.coordinators) as string[]
      }))
      return { programme, outcomes: listProgrammeOutcomes(ctx.db, id), sites: cards }
    }
  ),

  'programmeOutcomes.create': handler(createProgrammeOutcome, (ctx, input) => {
    requireProgramme(ctx, input.programmeId)
    const id = ctx.newId()
    const position = nextOutcomePosition(ctx.db, input.programmeId)
    ctx.db
      .insert(programmeOutcomes)
      .values({ id, position, ...input })
      .run()
    return { id }
  }),

  'programmeOutcomes.update': handler(updateProgrammeOutcome, (ctx, { id, ...fields }) => {
    requireOutcome(ctx, id)
    ctx.db.update(programmeOutcomes).set(fields).where(eq(programmeOutcomes.id, id)).run()
    return { id }
  }),

  'programmeOutcomes.archive': handler(idInput, (ctx, { id }) => setOutcomeArchived(ctx, id, true)),
  'programmeOutcomes.restore': handler(idInput, (ctx, { id }) => setOutcomeArchived(ctx, id, false))
}
