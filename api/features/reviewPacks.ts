// The learning-partner review as files. The consultant exports a review pack of chosen cycles; the
// learning partner's app imports it into a separate review area (read-only cycles that can be
// commented on) and exports a comments file; the consultant's app imports that, putting each
// comment on the right cycle and phase. Importing the same file twice adds nothing, and a damaged,
// changed, newer or orphaned file is refused with nothing written (each verb is one transaction).
import { randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { reviewComments, reviewCycles, reviewPacks } from '../../db/schema'
import { commentsOn, cycleParticipants, cycleSites, cycleTags } from '../../db/queries/reflections'
import {
  commentsWrittenInPack,
  findComment,
  findCommentByOrigin,
  findReviewPack,
  findReviewPackByPackId,
  listReviewPacks,
  missingCycleIds,
  recordPackExport,
  reviewCyclesOf,
  selectPackCycles,
  type SelectedCycleRow
} from '../../db/queries/reviewPacks'
import type { ApiContext } from '../context'
import { today } from '../context'
import { ApiError, fieldError, notFound } from '../errors'
import { handler } from '../handler'
import { idInput } from '../schemas/common'
import {
  COMMENTS_FORMAT,
  exportCommentsInput,
  exportPackInput,
  MAX_PACK_CYCLES,
  fileContentInput,
  PACK_FILE_VERSION,
  PACK_FORMAT,
  reviewCommentsFile,
  reviewPackFile,
  storedCycle,
  TEAM_LEVEL,
  type FileComment,
  type PackCycle,
  type ReviewCommentsFile,
  type ReviewPackFile
} from '../schemas/reviewPacks'
import { REFLECTION_STATUSES } from '../schemas/vocabulary'
import { openFile, PackFileError, sealFile, signatureOf, type PackFileKind } from './packFile'
import { checkTiedToPack } from './packTie'
import { requireProgramme } from './programmes'
import { requireSite } from './sites'

type ExportInput = z.output<typeof exportPackInput>

/** Reads an uploaded file, turning a refusal into an error on the `content` field. */
function readFile<S extends z.ZodType>(content: string, kind: PackFileKind, schema: S) {
  try {
    return openFile(content, kind, schema)
  } catch (error) {
    if (error instanceof PackFileError) throw fieldError('content', error.message)
    throw error
  }
}

function damaged(kind: 'review pack' | 'review comments file', detail: string): ApiError {
  return fieldError('content', `This ${kind} is damaged (${detail}); nothing was imported`)
}

function requirePack(ctx: ApiContext, id: string) {
  const pack = findReviewPack(ctx.db, id)
  if (!pack) throw notFound('id', 'review pack', id)
  return pack
}

/** "Ageing Well Together" -> "ageing-well-together", for file names. */
export function slug(name: string): string {
  const whole = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  // At most 40 characters, cut between words ("cli" for "clip" reads as a typo); a single word
  // longer than that is cut where it must be.
  const lastBreak = whole.length > 40 ? whole.lastIndexOf('-', 40) : -1
  const s = (lastBreak > 0 ? whole.slice(0, lastBreak) : whole.slice(0, 40)).replace(/-+$/g, '')
  return s || 'programme'
}

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

/** Checks the export's choice and returns the cycles it selects, with the names of the sites. */
function select(ctx: ApiContext, input: Omit<ExportInput, 'exportedBy'>) {
  requireProgramme(ctx, input.programmeId)
  if (input.from && input.to && input.from > input.to) {
    throw fieldError('to', 'The end date must be on or after the start date')
  }
  const siteIds: string[] = []
  const siteNames: string[] = []
  input.siteIds.forEach((id, i) => {
    if (id === TEAM_LEVEL || siteIds.includes(id)) return
    const site = requireSite(ctx, id, `siteIds.${i}`)
    if (site.programmeId !== input.programmeId) {
      throw fieldError(`siteIds.${i}`, 'That site belongs to another programme')
    }
    siteIds.push(id)
    siteNames.push(site.name)
  })
  const includeTeam = input.siteIds.includes(TEAM_LEVEL)
  if (includeTeam) siteNames.push('Team level')
  const rows = selectPackCycles(ctx.db, {
    programmeId: input.programmeId,
    siteIds,
    includeTeam,
    allSites: input.siteIds.length === 0,
    from: input.from,
    to: input.to,
    statuses: input.statuses
  })
  return { rows, siteNames }
}

/** A cycle as the pack carries it: the context a reader needs, and its comments so far. */
function packCycleOf(ctx: ApiContext, row: SelectedCycleRow): PackCycle {
  return {
    id: row.id,
    siteName: row.siteName,
    siteNames: row.siteId ? [] : cycleSites(ctx.db, row.id).map((s) => s.name),
    meetingHeldOn: row.meetingHeldOn,
    meetingKind: row.meetingKind,
    heldOn: row.heldOn,
    title: row.title,
    status: row.status,
    observe: row.observe,
    reflect: row.reflect,
    plan: row.plan,
    act: row.act,
    themes: cycleTags(ctx.db, row.id).map((t) => ({ name: t.name, phase: t.phase })),
    participants: cycleParticipants(ctx.db, row.id).map((p) => ({ name: p.name, role: p.role })),
    existingComments: commentsOn(ctx.db, { cycleId: row.id }).map((c) => ({
      id: c.id,
      phase: c.phase,
      parentId: c.parentId,
      author: c.author,
      body: c.body,
      createdAt: c.createdAt,
      resolvedAt: c.resolvedAt
    }))
  }
}

/** Origin key of a consultant's comment that came into the review area in a pack. */
const packOrigin = (packId: string, commentId: string) => `pack:${packId}:${commentId}`
/** Origin key of a review-area comment that came back to the consultant in a comments file. */
const commentOrigin = (packId: string, commentId: string) => `${packId}:${commentId}`

/** Orders comments so each comes after the one it replies to (within the list). */
function parentsFirst<T extends { id: string; parentId: string | null }>(list: T[]): T[] {
  const byId = new Map(list.map((c) => [c.id, c]))
  const placed = new Set<string>()
  const ordered: T[] = []
  for (const start of list) {
    const chain: T[] = []
    const seen = new Set<string>()
    let at: T | undefined = start
    while (at && !placed.has(at.id)) {
      if (seen.has(at.id)) return [] // a loop of replies: the caller reports it
      seen.add(at.id)
      chain.push(at)
      at = at.parentId ? byId.get(at.parentId) : undefined
    }
    for (const c of chain.reverse()) {
      placed.add(c.id)
      ordered.push(c)
    }
  }
  return ordered
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>()
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)))
}

/** Writes a pack into the review area: its cycles, and the comments they already had. */
function importPack(ctx: ApiContext, pack: ReviewPackFile): string {
  if (duplicates(pack.cycles.map((c) => c.id)).length) {
    throw damaged('review pack', 'a cycle appears twice')
  }
  const originals = pack.cycles.flatMap((c) => c.existingComments)
  if (duplicates(originals.map((c) => c.id)).length) {
    throw damaged('review pack', 'a comment appears twice')
  }
  const id = ctx.newId()
  ctx.db
    .insert(reviewPacks)
    .values({
      id,
      packId: pack.packId,
      programmeName: pack.programme.name,
      exportedBy: pack.exportedBy,
      exportedAt: pack.exportedAt,
      importedAt: ctx.clock().toISOString(),
      description: describeFilter(pack.filter),
      reviewKey: pack.reviewKey
    })
    .run()
  for (const cycle of pack.cycles) {
    const reviewCycleId = ctx.newId()
    const { existingComments, ...content } = cycle
    ctx.db
      .insert(reviewCycles)
      .values({
        id: reviewCycleId,
        packId: id,
        sourceCycleId: cycle.id,
        content: JSON.stringify(content)
      })
      .run()
    const ordered = parentsFirst(existingComments)
    if (ordered.length !== existingComments.length) {
      throw damaged('review pack', 'its replies go round in a circle')
    }
    const localIds = new Map<string, string>()
    for (const c of ordered) {
      const localId = ctx.newId()
      localIds.set(c.id, localId)
      ctx.db
        .insert(reviewComments)
        .values({
          id: localId,
          reviewCycleId,
          phase: c.phase,
          parentId: (c.parentId && localIds.get(c.parentId)) || null,
          author: c.author,
          body: c.body,
          createdAt: c.createdAt,
          resolvedAt: c.resolvedAt,
          originKey: packOrigin(pack.packId, c.id)
        })
        .run()
    }
  }
  return id
}

/** Puts the comments of a file on the consultant's cycles; returns what it added and skipped. */
function importComments(ctx: ApiContext, file: ReviewCommentsFile) {
  const cycleIds = [...new Set(file.comments.map((c) => c.sourceCycleId))]
  checkTiedToPack(ctx, file, cycleIds)
  const missing = missingCycleIds(ctx.db, cycleIds)
  if (missing.length > 0) {
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
  if (duplicates(file.comments.map((c) => c.id)).length) {
    throw damaged('review comments file', 'a comment appears twice')
  }
  const ordered = parentsFirst(file.comments)
  if (ordered.length !== file.comments.length) {
    throw damaged('review comments file', 'its replies go round in a circle')
  }
  const byId = new Map(file.comments.map((c) => [c.id, c]))
  const localIds = new Map<string, string>()
  let added = 0
  let alreadyThere = 0
  let markedResolved = 0

  const parentOf = (c: FileComment): string | null => {
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

  for (const c of ordered) {
    const originKey = commentOrigin(file.packId, c.id)
    const earlier = findCommentByOrigin(ctx.db, originKey)
    if (earlier) {
      alreadyThere++
      localIds.set(c.id, earlier.id)
      // A later export of the same review can carry a comment resolved since: keep up with it.
      if (c.resolvedAt && !earlier.resolvedAt) {
        ctx.db
          .update(reviewComments)
          .set({ resolvedAt: c.resolvedAt })
          .where(eq(reviewComments.id, earlier.id))
          .run()
        markedResolved++
      }
      continue
    }
    const id = ctx.newId()
    ctx.db
      .insert(reviewComments)
      .values({
        id,
        cycleId: c.sourceCycleId,
        phase: c.phase,
        parentId: parentOf(c),
        author: c.author,
        body: c.body,
        createdAt: c.createdAt,
        resolvedAt: c.resolvedAt,
        originKey
      })
      .run()
    localIds.set(c.id, id)
    added++
  }
  return {
    added,
    alreadyThere,
    markedResolved,
    cycleCount: cycleIds.length,
    reviewer: file.reviewer,
    programmeName: file.programmeName
  }
}

export const reviewPackHandlers = {
  /** How many cycles, and which, an export with this choice would hold. */
  'reviewPacks.preview': handler(exportPackInput.omit({ exportedBy: true }), (ctx, input) => {
    const { rows } = select(ctx, input)
    return rows.map((r) => ({
      id: r.id,
      siteName: r.siteName,
      heldOn: r.heldOn,
      title: r.title,
      status: r.status
    }))
  }),

  /** The consultant's side: a review pack file of the chosen cycles, and its secret recorded. */
  'reviewPacks.export': handler(exportPackInput, (ctx, input) => {
    const programme = requireProgramme(ctx, input.programmeId)
    const { rows, siteNames } = select(ctx, input)
    if (rows.length === 0) {
      throw new ApiError(
        'invalid_input',
        'No reflection cycles match this choice of sites, dates and statuses: widen it and try again'
      )
    }
    if (rows.length > MAX_PACK_CYCLES) {
      throw new ApiError(
        'invalid_input',
        `This choice holds ${rows.length.toLocaleString('en-GB')} reflection cycles and a review pack holds at most ${MAX_PACK_CYCLES.toLocaleString('en-GB')}: ` +
          'choose fewer sites, a shorter period or fewer statuses, and send more than one pack'
      )
    }
    const packId = ctx.newId()
    const reviewKey = randomBytes(32).toString('hex')
    const body: ReviewPackFile = {
      format: PACK_FORMAT,
      version: PACK_FILE_VERSION,
      packId,
      exportedAt: ctx.clock().toISOString(),
      exportedBy: input.exportedBy,
      programme: { id: programme.id, name: programme.name },
      reviewKey,
      filter: {
        siteIds: input.siteIds,
        siteNames,
        from: input.from,
        to: input.to,
        statuses: input.statuses
      },
      cycles: rows.map((row) => packCycleOf(ctx, row))
    }
    // Never hand out a file this app would refuse to read back.
    const checked = reviewPackFile.parse(body)
    recordPackExport(ctx.db, {
      packId,
      programmeId: programme.id,
      reviewKey,
      cycleIds: JSON.stringify(rows.map((row) => row.id)),
      exportedAt: body.exportedAt
    })
    return {
      fileName: `review-pack-${slug(programme.name)}-${today(ctx)}.json`,
      content: sealFile(checked),
      cycleCount: rows.length,
      packId
    }
  }),

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
      ...storedCycle.parse(JSON.parse(row.content)),
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
  'reviewPacks.exportComments': handler(exportCommentsInput, (ctx, { id, reviewer }) => {
    const pack = requirePack(ctx, id)
    if (!pack.reviewKey) {
      throw new ApiError(
        'invalid_input',
        'This review pack came from an earlier version of the app that did not sign review files: ask the consultant for a fresh pack'
      )
    }
    const rows = commentsWrittenInPack(ctx.db, id)
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
          author: r.author,
          body: r.body,
          createdAt: r.createdAt,
          resolvedAt: r.resolvedAt
        }
      })
    }
    const checked = reviewCommentsFile.parse({
      ...body,
      signature: signatureOf(body, pack.reviewKey)
    })
    return {
      fileName: `review-comments-${slug(pack.programmeName)}-${today(ctx)}.json`,
      content: sealFile(checked),
      commentCount: rows.length
    }
  }),

  /** The consultant's side: a comments file onto the cycles it is about; again adds nothing. */
  'reviewPacks.importComments': handler(fileContentInput, (ctx, { content }) =>
    importComments(ctx, readFile(content, 'comments', reviewCommentsFile))
  ),

  /** Removes a pack and the comments written on it from the review area. */
  'reviewPacks.delete': handler(idInput, (ctx, { id }) => {
    requirePack(ctx, id)
    ctx.db.delete(reviewPacks).where(eq(reviewPacks.id, id)).run()
    return { id }
  })
}
