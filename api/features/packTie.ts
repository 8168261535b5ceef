// The tie between a comments file and the review pack it answers: each pack this store exports
// carries a random secret recorded here, and the learning partner's app signs the comments with it.
import { z } from 'zod'
import { findPackExport } from '../../db/queries/reviewPacks'
import { parseStoredJson } from '../../db/rows'
import type { ApiContext } from '../context'
import { fieldError } from '../errors'
import type { ReviewCommentsFile } from '../schemas/reviewPacks'
import { signatureMatches } from '../../domain/packFile'

const cycleIdList = z.array(z.string())

/**
 * Refuses a comments file that is not on a pack this store exported, is not signed with that
 * pack's secret, or has comments on cycles the pack did not hold.
 */
export function checkTiedToPack(ctx: ApiContext, file: ReviewCommentsFile, cycleIds: string[]) {
  const exported = findPackExport(ctx.db, file.packId)
  if (!exported) {
    throw fieldError(
      'content',
      'These comments are on a review pack this app did not export (it came from another computer, or its programme has been deleted); nothing was imported',
      'not_found'
    )
  }
  if (!signatureMatches(file, exported.reviewKey)) {
    throw fieldError(
      'content',
      'This comments file is not signed with the review pack it names, so it cannot be trusted; ask the learning partner to export the comments again from the pack you sent; nothing was imported'
    )
  }
  const inPack = new Set(parseStoredJson(cycleIdList, exported.cycleIds))
  const outside = cycleIds.filter((id) => !inPack.has(id)).length
  if (outside > 0) {
    throw fieldError(
      'content',
      `${outside === 1 ? 'A cycle' : `${outside} cycles`} these comments are on ${outside === 1 ? 'was' : 'were'} not in the review pack; nothing was imported`
    )
  }
}
