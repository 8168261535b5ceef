// The two files a learning-partner review travels as, and the inputs of the review-pack verbs.
// Plain zod, no Node imports: the renderer uses these too. The file formats, checksums and format
// checks live in domain/packFile.ts.
import { z } from 'zod'
import { isoDate, recordId, requiredText } from './common'
import { keysOf, REFLECTION_STATUSES, TAG_PLACES } from '../../domain/vocabulary'
import { COMMENTS_FORMAT, PACK_FILE_VERSION, PACK_FORMAT } from '../../domain/packFormats'

const text = (max: number) => z.string().max(max)
const fileId = z.string().min(1).max(100)
const timestamp = z.string().min(1).max(40)
const phase = z.enum(keysOf(TAG_PLACES))
/** 32 random bytes or an HMAC-SHA256, as hex. */
const hex256 = z.string().regex(/^[0-9a-f]{64}$/i, { error: 'Expected 64 hexadecimal digits' })
const status = z.enum(keysOf(REFLECTION_STATUSES))

/** A comment already on the consultant's cycle when the pack was made (earlier rounds, replies). */
export const packComment = z.object({
  id: fileId,
  phase,
  parentId: fileId.nullable(),
  author: text(500),
  body: text(10_000),
  createdAt: timestamp,
  resolvedAt: timestamp.nullable()
})

export const packCycle = z.object({
  /** The cycle's id in the consultant's store: comments are sent back against it. */
  id: fileId,
  /** The site's name, or null for a team-level cycle. */
  siteName: text(500).nullable(),
  /** For a team-level cycle, the sites it looks across (empty: the whole programme). */
  siteNames: z.array(text(500)).max(1000),
  meetingHeldOn: isoDate('Meeting date').nullable(),
  meetingKind: text(40).nullable(),
  heldOn: isoDate('Cycle date'),
  title: text(500),
  status,
  observe: text(100_000),
  reflect: text(100_000),
  plan: text(100_000),
  act: text(100_000),
  themes: z.array(z.object({ name: text(500), phase })).max(500),
  /** The consultancy's own team who reflected together (names and roles). */
  participants: z.array(z.object({ name: text(500), role: text(500) })).max(500),
  existingComments: z.array(packComment).max(5000)
})
export type PackCycle = z.output<typeof packCycle>

/** What the review area keeps of a cycle (its earlier comments become comment rows). */
export const storedCycle = packCycle.omit({ existingComments: true })
export type StoredCycle = z.output<typeof storedCycle>

export const packFilter = z.object({
  siteIds: z.array(z.string().max(100)).max(1000),
  /** The names of the chosen sites ("Team level" for team cycles), for the reader. */
  siteNames: z.array(text(500)).max(1000),
  from: isoDate('From').nullable(),
  to: isoDate('To').nullable(),
  statuses: z.array(status).max(3)
})

/** The most cycles one review pack carries (the file stays a size a laptop opens in seconds). */
export const MAX_PACK_CYCLES = 5000

export const reviewPackFile = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.literal(PACK_FILE_VERSION),
  packId: fileId,
  exportedAt: timestamp,
  exportedBy: text(500),
  programme: z.object({ id: fileId, name: text(500) }),
  /** The pack's secret: the comments file on it is signed with this (see packFile.ts). */
  reviewKey: hex256,
  filter: packFilter,
  cycles: z.array(packCycle).min(1).max(MAX_PACK_CYCLES)
})
export type ReviewPackFile = z.output<typeof reviewPackFile>

/** A comment written in the learning partner's review area. */
export const fileComment = z
  .object({
    /** The comment's id in the learning partner's store. */
    id: fileId,
    sourceCycleId: fileId,
    phase,
    /** A reply to another review-area comment: in this file or one imported earlier. */
    parentId: fileId.nullable(),
    /** A reply to one of the consultant's own comments that came in the pack. */
    parentOriginalId: fileId.nullable(),
    author: text(500).min(1),
    body: text(10_000).min(1),
    createdAt: timestamp,
    resolvedAt: timestamp.nullable()
  })
  .refine((c) => !(c.parentId && c.parentOriginalId), {
    error: 'A reply answers one comment',
    path: ['parentId']
  })
export type FileComment = z.output<typeof fileComment>

export const reviewCommentsFile = z.object({
  format: z.literal(COMMENTS_FORMAT),
  version: z.literal(PACK_FILE_VERSION),
  /** The pack the comments are on. */
  packId: fileId,
  programmeName: text(500),
  reviewer: text(500),
  exportedAt: timestamp,
  comments: z.array(fileComment).max(20_000),
  /** HMAC of the file with the pack's reviewKey: ties the comments to a pack the consultant made. */
  signature: hex256
})
export type ReviewCommentsFile = z.output<typeof reviewCommentsFile>

/** The site choice of an export: site ids, plus 'team' for team-level cycles. */
export const TEAM_LEVEL = 'team'

export const exportPackInput = z.object({
  programmeId: recordId('Programme'),
  /** None means every site and the team level. */
  siteIds: z.array(z.string().min(1)).max(1000).default([]),
  from: z
    .union([z.literal(''), z.null(), isoDate('From')])
    .optional()
    .transform((v) => v || null),
  to: z
    .union([z.literal(''), z.null(), isoDate('To')])
    .optional()
    .transform((v) => v || null),
  /** None means every status. */
  statuses: z.array(status).max(3).default([]),
  exportedBy: requiredText('Your name', 120)
})
export type ExportPackInput = z.input<typeof exportPackInput>

/** The text of a chosen file; a damaged or foreign file is refused by the verb, not here. */
export const fileContentInput = z.object({
  content: z
    .string({ error: 'Choose a file' })
    .min(1, { error: 'The file is empty' })
    .max(50_000_000, { error: 'The file is too large to be a review file (over 50 MB)' })
})

export const exportCommentsInput = z.object({
  id: recordId('Pack'),
  reviewer: requiredText('Your name', 120)
})

/** The comment form in the review area (the author is remembered on this computer). */
export const commentFormFields = z.object({
  author: requiredText('Your name', 120),
  body: requiredText('Comment', 10_000)
})
