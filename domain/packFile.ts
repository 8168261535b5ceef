// Review files on disk: canonical JSON, a sha256 checksum over it, and the checks an imported file
// must pass (is it JSON, is it the kind of file expected, is it from a version this app reads, has
// it been changed since it was exported). Pure: no store, no clock.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { z } from 'zod'
import { COMMENTS_FORMAT, PACK_FILE_VERSION, PACK_FORMAT } from './packFormats'

export type PackFileKind = 'pack' | 'comments'

const FORMATS: Record<PackFileKind, string> = { pack: PACK_FORMAT, comments: COMMENTS_FORMAT }
const NAMES: Record<PackFileKind, string> = {
  pack: 'review pack',
  comments: 'review comments file'
}

export type PackFileProblem = 'damaged' | 'wrong_kind' | 'newer_version' | 'changed' | 'invalid'

/** Why a file was refused, in words a person can act on. */
export class PackFileError extends Error {
  constructor(
    readonly problem: PackFileProblem,
    message: string
  ) {
    super(message)
    this.name = 'PackFileError'
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** JSON with object keys sorted at every level and no spacing: the same data gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

function sortKeys(value: unknown): Json {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortKeys(v)))
  if (isPlainObject(value)) {
    const sorted: { [key: string]: Json } = {}
    for (const key of Object.keys(value).sort()) {
      const v = value[key]
      if (v !== undefined) sorted[key] = sortKeys(v)
    }
    return sorted
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return null
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value as Json
  throw new TypeError(`Cannot write ${typeof value} to a review file`)
}

/** sha256 (hex) of the canonical JSON of everything in the file except the checksum itself. */
export function checksumOf(body: Record<string, unknown>): string {
  const rest = Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'checksum'))
  return createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex')
}

/**
 * HMAC-SHA256 (hex) of the canonical JSON of everything except the checksum and the signature,
 * keyed with the review pack's secret: only someone holding the pack can sign its comments.
 */
export function signatureOf(body: Record<string, unknown>, key: string): string {
  const rest = Object.fromEntries(
    Object.entries(body).filter(([name]) => name !== 'checksum' && name !== 'signature')
  )
  return createHmac('sha256', key).update(canonicalJson(rest), 'utf8').digest('hex')
}

/** Whether a file's signature was made with this key (compared in constant time). */
export function signatureMatches(body: { signature: string }, key: string): boolean {
  const expected = Buffer.from(signatureOf(body, key), 'hex')
  const given = Buffer.from(body.signature.toLowerCase(), 'hex')
  return key !== '' && given.length === expected.length && timingSafeEqual(given, expected)
}

/** The file's text: readable (indented), with its checksum last. */
export function sealFile(body: Record<string, unknown>): string {
  return `${JSON.stringify({ ...body, checksum: checksumOf(body) }, null, 2)}\n`
}

function notThisKind(kind: PackFileKind): PackFileError {
  return new PackFileError('damaged', `This file is not a ${NAMES[kind]} (or is damaged)`)
}

/**
 * Reads a file of the given kind and returns its contents, checked against the schema, or throws
 * a PackFileError saying what is wrong. Checks run in this order: JSON, kind, version (a newer
 * version may seal its files differently), checksum, shape.
 */
export function openFile<S extends z.ZodType>(
  content: string,
  kind: PackFileKind,
  schema: S
): z.output<S> {
  let parsed: unknown
  try {
    parsed = JSON.parse(content.replace(/^\uFEFF/, ''))
  } catch {
    throw notThisKind(kind)
  }
  if (!isPlainObject(parsed)) throw notThisKind(kind)
  const other: PackFileKind = kind === 'pack' ? 'comments' : 'pack'
  if (parsed.format === FORMATS[other]) {
    throw new PackFileError(
      'wrong_kind',
      kind === 'pack'
        ? 'This is a review comments file, not a review pack: import it on the programme’s review page (Import comments)'
        : 'This is a review pack, not a comments file: import it in the Review area (Import review pack)'
    )
  }
  if (parsed.format !== FORMATS[kind]) throw notThisKind(kind)
  const version = parsed.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw notThisKind(kind)
  }
  if (version > PACK_FILE_VERSION) {
    throw new PackFileError(
      'newer_version',
      `This ${NAMES[kind]} was made by a newer version of Partnership Learning Log; update the app to open it`
    )
  }
  if (typeof parsed.checksum !== 'string') throw notThisKind(kind)
  if (parsed.checksum.toLowerCase() !== checksumOf(parsed)) {
    throw new PackFileError(
      'changed',
      `The file has been changed since it was exported, so it cannot be trusted; ask for a fresh copy of the ${NAMES[kind]}`
    )
  }
  const result = schema.safeParse(parsed)
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = issue?.path.length ? ` (${issue.path.map(String).join('.')})` : ''
    throw new PackFileError(
      'invalid',
      `This ${NAMES[kind]} is incomplete or damaged${where}: ${issue?.message ?? 'unreadable'}`
    )
  }
  return result.data
}
