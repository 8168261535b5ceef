// The comments file that carries a review back: written from the review area by the learning
// partner's app and signed with the pack's secret, then put on the consultant's own cycles.
import type { ReviewPackRow } from '../../db/queries/reviewPacks'
import {
  commentsWrittenInPack,
  findComment,
  findCommentByOrigin,
  insertReviewComment,
  missingCycleIds,
  setCommentResolved
} from '../../db/queries/reviewPacks'
import type { ApiContext } from '../context'
import { today } from '../context'
import { ApiError, fieldError } from '../errors'
import {
  reviewCommentsFile,
  type FileComment,
  type ReviewCommentsFile
} from '../schemas/reviewPacks'
import { COMMENTS_FORMAT, PACK_FILE_VERSION } from '../../domain/packFormats'
import { sealFile, signatureOf } from '../../domain/packFile'
import { checkTiedToPack } from './packTie'
import { commentOrigin, damaged, duplicates, packOrigin, parentsFirst } from './reviewThreads'
import { slug } from '../../domain/slug'

/**
 * The comments written in a pack in the review area, as a signed file for the consultant. The
 * reviewer named at export is the author of every comment in the file: the name a comment was
 * written under may be one remembered on this computer (someone else's), not the reviewer's.
 */
export function exportComments(ctx: ApiContext, pack: ReviewPackRow, reviewer: string) {
  const reviewKey = pack.reviewKey
  if (!reviewKey) {
    throw new ApiError(
      'invalid_input',
      'This review pack came from an earlier version of the app that did not sign review files: ask the consultant for a fresh pack'
    )
  }
  const rows = commentsWrittenInPack(ctx.db, pack.id)
  if (rows.length === 0) {
    throw new ApiError(
      'invalid_input',
      'There are no comments in this pack yet: write some before exporting them'
    )
  }
  const originPrefix = packOrigin(pack.packId, '')
  const body: Omit<ReviewCommentsFile, 'signature'> = {
    format: COMMENTS_FORMAT,
    version: PACK_FILE_VERSION,
    packId: pack.packId,
    programmeName: pack.programmeName,
    reviewer,
    exportedAt: ctx.clock().toISOString(),
    comments: rows.map((r) => {
      const original = r.parentOriginKey?.startsWith(originPrefix)
        ? r.parentOriginKey.slice(originPrefix.length)
        : null
      return {
        id: r.id,
        sourceCycleId: r.sourceCycleId,
        phase: r.phase,
        parentId: original ? null : r.parentId,
        parentOriginalId: original,
        author: reviewer,
        body: r.body,
        createdAt: r.createdAt,
        resolvedAt: r.resolvedAt
      }
    })
  }
  const checked = reviewCommentsFile.parse({ ...body, signature: signatureOf(body, reviewKey) })
  return {
    fileName: `review-comments-${slug(pack.programmeName)}-${today(ctx)}.json`,
    content: sealFile(checked),
    commentCount: rows.length
  }
}

/** Refuses comments on cycles this store does not hold (deleted, or another computer's). */
function checkCyclesHere(ctx: ApiContext, cycleIds: string[]): void {
  const missing = missingCycleIds(ctx.db, cycleIds)
  if (missing.length === 0) return
  const which =
    missing.length === cycleIds.length
      ? cycleIds.length === 1
        ? 'The cycle these comments are on is'
        : `None of the ${cycleIds.length} cycles these comments are on are`
      : `${missing.length} of the ${cycleIds.length} cycles these comments are on are`
  throw fieldError(
    'content',
    `${which} not in this app's data (deleted since the review pack was exported, or the pack came from another computer); nothing was imported`,
    'not_found'
  )
}

/**
 * Finds the local comment a file's comment answers: one earlier in the file (saved just now), one
 * from an earlier import of the file, or the consultant's own comment it replies to.
 */
function parentFinder(ctx: ApiContext, file: ReviewCommentsFile, localIds: Map<string, string>) {
  const byId = new Map(file.comments.map((c) => [c.id, c]))
  return (c: FileComment): string | null => {
    let parent: { id: string; cycleId: string | null } | undefined
    if (c.parentId) {
      const inFile = byId.get(c.parentId)
      const local = localIds.get(c.parentId)
      parent =
        inFile && local
          ? { id: local, cycleId: inFile.sourceCycleId }
          : findCommentByOrigin(ctx.db, commentOrigin(file.packId, c.parentId))
    } else if (c.parentOriginalId) {
      parent = findComment(ctx.db, c.parentOriginalId)
    } else {
      return null
    }
    if (!parent || parent.cycleId !== c.sourceCycleId) {
      throw fieldError(
        'content',
        `A reply by ${c.author} answers a comment that is not on its cycle in this app's data; nothing was imported`,
        'not_found'
      )
    }
    return parent.id
  }
}

interface Tally {
  added: number
  alreadyThere: number
  markedResolved: number
}

/**
 * Saves one comment of the file, or catches up with it if an earlier import saved it. The comment
 * carries the reviewer named in the file (a file from an app that wrote each comment's remembered
 * name would otherwise show someone else's name).
 */
function importComment(
  ctx: ApiContext,
  file: ReviewCommentsFile,
  c: FileComment,
  localIds: Map<string, string>,
  parentOf: (c: FileComment) => string | null,
  tally: Tally
): void {
  const originKey = commentOrigin(file.packId, c.id)
  const earlier = findCommentByOrigin(ctx.db, originKey)
  if (earlier) {
    tally.alreadyThere++
    localIds.set(c.id, earlier.id)
    // A later export of the same review can carry a comment resolved since: keep up with it.
    if (c.resolvedAt && !earlier.resolvedAt) {
      setCommentResolved(ctx.db, earlier.id, c.resolvedAt)
      tally.markedResolved++
    }
    return
  }
  const id = ctx.newId()
  insertReviewComment(ctx.db, {
    id,
    cycleId: c.sourceCycleId,
    phase: c.phase,
    parentId: parentOf(c),
    author: file.reviewer.trim() || c.author,
    body: c.body,
    createdAt: c.createdAt,
    resolvedAt: c.resolvedAt,
    originKey
  })
  localIds.set(c.id, id)
  tally.added++
}

/** Puts the comments of a file on the consultant's cycles; returns what it added and skipped. */
export function importComments(ctx: ApiContext, file: ReviewCommentsFile) {
  const cycleIds = [...new Set(file.comments.map((c) => c.sourceCycleId))]
  checkTiedToPack(ctx, file, cycleIds)
  checkCyclesHere(ctx, cycleIds)
  if (duplicates(file.comments.map((c) => c.id)).length) {
    throw damaged('review comments file', 'a comment appears twice')
  }
  const ordered = parentsFirst(file.comments)
  if (ordered.length !== file.comments.length) {
    throw damaged('review comments file', 'its replies go round in a circle')
  }
  const localIds = new Map<string, string>()
  const parentOf = parentFinder(ctx, file, localIds)
  const tally: Tally = { added: 0, alreadyThere: 0, markedResolved: 0 }
  for (const c of ordered) importComment(ctx, file, c, localIds, parentOf, tally)
  return {
    ...tally,
    cycleCount: cycleIds.length,
    reviewer: file.reviewer,
    programmeName: file.programmeName
  }
}
