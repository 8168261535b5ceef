// The learning-partner review as files. The consultant exports a review pack of chosen cycles; the
// learning partner's app imports it into a separate review area (read-only cycles that can be
// commented on) and exports a comments file; the consultant's app imports that, putting each
// comment on the right cycle and phase. Importing the same file twice adds nothing, and a damaged,
// changed, newer or orphaned file is refused with nothing written (each verb is one transaction).
// This file holds the verbs; beside it: choosing and writing a pack (reviewPackExport), the
// review area (reviewPackImport), the comments file (reviewCommentsFile), reply order and origin
// keys (reviewThreads), the file format (packFile) and the tie to the pack's secret (packTie).
import { z } from 'zod'
import { commentsOn } from '../../db/queries/reflections'
import {
  deleteReviewPack,
  findReviewPack,
  findReviewPackByPackId,
  listReviewPacks,
  reviewCyclesOf
} from '../../db/queries/reviewPacks'
import { parseStoredJson } from '../../db/rows'
import type { ApiContext } from '../context'
import { fieldError, notFound } from '../errors'
import { handler } from '../handler'
import { idInput } from '../schemas/common'
import {
  exportCommentsInput,
  exportPackInput,
  fileContentInput,
  reviewCommentsFile,
  reviewPackFile,
  storedCycle
} from '../schemas/reviewPacks'
import { openFile, PackFileError, type PackFileKind } from '../../domain/packFile'
import { exportComments, importComments } from './reviewCommentsFile'
import { exportPack, selectCycles } from './reviewPackExport'
import { importPack } from './reviewPackImport'

// Kept here too: data exports and reports name their files with it.
export { slug } from '../../domain/slug'

/** Reads an uploaded file, turning a refusal into an error on the `content` field. */
function readFile<S extends z.ZodType>(content: string, kind: PackFileKind, schema: S) {
  try {
    return openFile(content, kind, schema)
  } catch (error) {
    if (error instanceof PackFileError) throw fieldError('content', error.message)
    throw error
  }
}

function requirePack(ctx: ApiContext, id: string) {
  const pack = findReviewPack(ctx.db, id)
  if (!pack) throw notFound('id', 'review pack', id)
  return pack
}

export const reviewPackHandlers = {
  /** How many cycles, and which, an export with this choice would hold. */
  'reviewPacks.preview': handler(exportPackInput.omit({ exportedBy: true }), (ctx, input) => {
    const { rows } = selectCycles(ctx, input)
    return rows.map((r) => ({
      id: r.id,
      siteName: r.siteName,
      heldOn: r.heldOn,
      title: r.title,
      status: r.status
    }))
  }),

  /** The consultant's side: a review pack file of the chosen cycles, and its secret recorded. */
  'reviewPacks.export': handler(exportPackInput, exportPack),

  /** The learning partner's side: a pack into the review area; the same pack twice adds nothing. */
  'reviewPacks.import': handler(fileContentInput, (ctx, { content }) => {
    const pack = readFile(content, 'pack', reviewPackFile)
    const earlier = findReviewPackByPackId(ctx.db, pack.packId)
    const id = earlier ? earlier.id : importPack(ctx, pack)
    return {
      id,
      programmeName: pack.programme.name,
      cycleCount: pack.cycles.length,
      alreadyImported: !!earlier
    }
  }),

  'reviewPacks.list': handler(z.object({}), (ctx) => listReviewPacks(ctx.db)),

  /** A pack in the review area: its cycles (read-only) and the comments on each. */
  'reviewPacks.get': handler(idInput, (ctx, { id }) => {
    const { reviewKey: _secret, ...pack } = requirePack(ctx, id)
    const cycles = reviewCyclesOf(ctx.db, id).map((row) => ({
      ...parseStoredJson(storedCycle, row.content),
      id: row.id,
      sourceCycleId: row.sourceCycleId,
      comments: commentsOn(ctx.db, { reviewCycleId: row.id }).map((c) => ({
        ...c,
        imported: !!c.imported
      }))
    }))
    return { pack, cycles }
  }),

  /** The comments written in the review area, as a file for the consultant. */
  'reviewPacks.exportComments': handler(exportCommentsInput, (ctx, { id, reviewer }) =>
    exportComments(ctx, requirePack(ctx, id), reviewer)
  ),

  /** The consultant's side: a comments file onto the cycles it is about; again adds nothing. */
  'reviewPacks.importComments': handler(fileContentInput, (ctx, { content }) =>
    importComments(ctx, readFile(content, 'comments', reviewCommentsFile))
  ),

  /** Removes a pack and the comments written on it from the review area. */
  'reviewPacks.delete': handler(idInput, (ctx, { id }) => {
    requirePack(ctx, id)
    deleteReviewPack(ctx.db, id)
    return { id }
  })
}
