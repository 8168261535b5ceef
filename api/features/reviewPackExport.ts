// The consultant's side of a review: choosing the reflection cycles a review pack holds, and
// writing the pack file with the secret its comments file must be signed with.
import { randomBytes } from 'node:crypto'
import type { z } from 'zod'
import { commentsOn, cycleParticipants, cycleSites, cycleTags } from '../../db/queries/reflections'
import {
  recordPackExport,
  selectPackCycles,
  type SelectedCycleRow
} from '../../db/queries/reviewPacks'
import type { ApiContext } from '../context'
import { today } from '../context'
import { ApiError, fieldError } from '../errors'
import {
  exportPackInput,
  MAX_PACK_CYCLES,
  reviewPackFile,
  TEAM_LEVEL,
  type PackCycle,
  type ReviewPackFile
} from '../schemas/reviewPacks'
import { PACK_FILE_VERSION, PACK_FORMAT } from '../../domain/packFormats'
import { sealFile } from '../../domain/packFile'
import { requireProgramme } from './programmes'
import { requireSite } from './sites'
import { slug } from '../../domain/slug'

type ExportInput = z.output<typeof exportPackInput>

/** Checks the export's choice and returns the cycles it selects, with the names of the sites. */
export function selectCycles(ctx: ApiContext, input: Omit<ExportInput, 'exportedBy'>) {
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

/** Refuses a choice that holds no cycles, or more than one pack may carry. */
function checkCycleCount(count: number): void {
  if (count === 0) {
    throw new ApiError(
      'invalid_input',
      'No reflection cycles match this choice of sites, dates and statuses: widen it and try again'
    )
  }
  if (count > MAX_PACK_CYCLES) {
    throw new ApiError(
      'invalid_input',
      `This choice holds ${count.toLocaleString('en-GB')} reflection cycles and a review pack holds at most ${MAX_PACK_CYCLES.toLocaleString('en-GB')}: ` +
        'choose fewer sites, a shorter period or fewer statuses, and send more than one pack'
    )
  }
}

/** The review pack file of the chosen cycles; its secret is recorded so comments can be checked. */
export function exportPack(ctx: ApiContext, input: ExportInput) {
  const programme = requireProgramme(ctx, input.programmeId)
  const { rows, siteNames } = selectCycles(ctx, input)
  checkCycleCount(rows.length)
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
}
