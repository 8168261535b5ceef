// The learning partner's side of a review: a pack written into the separate review area, its
// cycles kept as read-only copies with the comments they already had.
import {
  insertReviewComment,
  insertReviewCycle,
  insertReviewPack
} from '../../db/queries/reviewPacks'
import type { ApiContext } from '../context'
import type { PackCycle, ReviewPackFile } from '../schemas/reviewPacks'
import { REFLECTION_STATUSES } from '../../domain/vocabulary'
import { damaged, duplicates, packOrigin, parentsFirst } from './reviewThreads'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
function readableDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`
}

/** One line saying what a pack holds, shown in the review area. */
function describeFilter(filter: ReviewPackFile['filter']): string {
  const sites = filter.siteNames.length ? filter.siteNames.join(', ') : 'All sites and team level'
  const dates =
    filter.from && filter.to
      ? `${readableDate(filter.from)} to ${readableDate(filter.to)}`
      : filter.from
        ? `from ${readableDate(filter.from)}`
        : filter.to
          ? `up to ${readableDate(filter.to)}`
          : 'any date'
  const statuses = filter.statuses.length
    ? filter.statuses.map((s) => REFLECTION_STATUSES[s].toLowerCase()).join(' or ')
    : 'any status'
  return `${sites}; ${dates}; ${statuses}`
}

/** Writes a pack into the review area: its cycles, and the comments they already had. */
export function importPack(ctx: ApiContext, pack: ReviewPackFile): string {
  if (duplicates(pack.cycles.map((c) => c.id)).length) {
    throw damaged('review pack', 'a cycle appears twice')
  }
  const originals = pack.cycles.flatMap((c) => c.existingComments)
  if (duplicates(originals.map((c) => c.id)).length) {
    throw damaged('review pack', 'a comment appears twice')
  }
  const id = ctx.newId()
  insertReviewPack(ctx.db, {
    id,
    packId: pack.packId,
    programmeName: pack.programme.name,
    exportedBy: pack.exportedBy,
    exportedAt: pack.exportedAt,
    importedAt: ctx.clock().toISOString(),
    description: describeFilter(pack.filter),
    reviewKey: pack.reviewKey
  })
  for (const cycle of pack.cycles) importCycle(ctx, id, pack.packId, cycle)
  return id
}

/** One cycle of a pack as a read-only copy, with its comments so far (replies after parents). */
function importCycle(ctx: ApiContext, localPackId: string, packId: string, cycle: PackCycle) {
  const reviewCycleId = ctx.newId()
  const { existingComments, ...content } = cycle
  insertReviewCycle(ctx.db, {
    id: reviewCycleId,
    packId: localPackId,
    sourceCycleId: cycle.id,
    content: JSON.stringify(content)
  })
  const ordered = parentsFirst(existingComments)
  if (ordered.length !== existingComments.length) {
    throw damaged('review pack', 'its replies go round in a circle')
  }
  const localIds = new Map<string, string>()
  for (const c of ordered) {
    const localId = ctx.newId()
    localIds.set(c.id, localId)
    insertReviewComment(ctx.db, {
      id: localId,
      reviewCycleId,
      phase: c.phase,
      parentId: (c.parentId && localIds.get(c.parentId)) || null,
      author: c.author,
      body: c.body,
      createdAt: c.createdAt,
      resolvedAt: c.resolvedAt,
      originKey: packOrigin(packId, c.id)
    })
  }
}
