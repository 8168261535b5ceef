// The key that encrypts the store (SQLite3 Multiple Ciphers): making one, showing it as a
// recovery key a person can copy by hand, reading it back, and giving it to SQLite first.
//
// The recovery key IS the data key, written in groups. Wrapping the data key with a separate
// key-encryption key would let the recovery key change without re-encrypting, but every backup
// is a plain `VACUUM INTO` copy encrypted with the data key itself, so on another machine only
// that key (not a wrapped copy kept beside the store) opens it. Showing the data key is what
// makes "the recovery key opens the store or any backup" true with nothing else to carry.
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import type Database from 'better-sqlite3'

// Crockford's base 32: no I, L, O or U, so nothing written down reads as two different letters.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const KEY_BYTES = 20 // 160 bits: 32 characters
const KEY_CHARS = 32
const CHECK_CHARS = 4 // a typo is reported as a typo, not as "this key does not open it"
const GROUP = 4

/** The header of a plain (unencrypted) SQLite file. */
export const PLAIN_SQLITE_HEADER = 'SQLite format 3\0'

/** The store is encrypted and the key given (or no key) does not open it. */
export class StoreLockedError extends Error {
  constructor(file: string, hadKey: boolean) {
    super(
      hadKey
        ? `The data file ${file} could not be opened with this key: it is encrypted with a ` +
            'different one (or it is not a Partnership Learning Log file). Use the key it was ' +
            'encrypted with: in the app, the recovery key you were shown when the data was first ' +
            'encrypted; in the browser preview, the passphrase you gave it.'
        : `The data file ${file} is encrypted and no key was given. Give the key (or the ` +
            'recovery key) to open it.'
    )
    this.name = 'StoreLockedError'
  }
}

export class RecoveryKeyError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RecoveryKeyError'
  }
}

/** A new random data key, in the canonical form SQLite is given (32 characters, no groups). */
export function newDataKey(random: (n: number) => Buffer = randomBytes): string {
  return encodeBase32(random(KEY_BYTES)).slice(0, KEY_CHARS)
}

/** The data key as the person sees it: 9 groups of 4, the last one a check. */
export function formatRecoveryKey(dataKey: string): string {
  const canonical = dataKey + checkOf(dataKey)
  return canonical.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-')
}

/**
 * Reads a recovery key as typed: any case, with or without dashes or spaces, O for 0 and I or L
 * for 1. Returns the data key, or throws RecoveryKeyError saying what is wrong with it.
 */
export function parseRecoveryKey(typed: string): string {
  const cleaned = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  const stray = [...cleaned].find((c) => !ALPHABET.includes(c))
  if (stray !== undefined) {
    throw new RecoveryKeyError(`A recovery key has no "${stray}" in it. Check what you typed.`)
  }
  if (cleaned.length !== KEY_CHARS + CHECK_CHARS) {
    throw new RecoveryKeyError(
      `A recovery key has ${KEY_CHARS + CHECK_CHARS} letters and digits (9 groups of 4); ` +
        `this has ${cleaned.length}.`
    )
  }
  const dataKey = cleaned.slice(0, KEY_CHARS)
  if (checkOf(dataKey) !== cleaned.slice(KEY_CHARS)) {
    throw new RecoveryKeyError(
      'This recovery key has a typing mistake in it (its last group does not match). Check each group.'
    )
  }
  return dataKey
}

/** Gives the key to SQLite; must be the first statement on a new connection. */
export function applyKey(sqlite: Database.Database, key: string): void {
  sqlite.pragma(`key = '${key.replaceAll("'", "''")}'`)
}

/** Reads the file's schema: throws when the key given to the connection does not open it. */
export function readWithKey(sqlite: Database.Database): void {
  sqlite.prepare('SELECT count(*) FROM sqlite_master').get()
}

/** Moves an open database to `key`, leaving WAL mode first (openStore turns it back on). */
export function rekeyOpenDatabase(sqlite: Database.Database, key: string): void {
  // SQLite3 Multiple Ciphers changes keys only outside WAL mode.
  sqlite.pragma('journal_mode = DELETE')
  encryptOpenDatabase(sqlite, key)
}

/** Encrypts an open plain database with `key` (the connection must not be in WAL mode). */
export function encryptOpenDatabase(sqlite: Database.Database, key: string): void {
  sqlite.pragma(`rekey = '${key.replaceAll("'", "''")}'`)
}

/** True when the file starts like a plain SQLite database (so it is not encrypted). */
export function isPlainSqliteFile(file: string): boolean {
  return readStart(file, 16).toString('latin1') === PLAIN_SQLITE_HEADER
}

/**
 * True when the file looks like an encrypted store: not plain, but with the header bytes
 * SQLite3 Multiple Ciphers leaves readable (the payload fractions 64, 32, 32 at offset 21), so a
 * refusal can say "wrong key" rather than "damaged".
 */
export function looksEncrypted(file: string): boolean {
  const header = readStart(file, 24)
  if (header.length < 24 || header.subarray(0, 16).toString('latin1') === PLAIN_SQLITE_HEADER) {
    return false
  }
  return header[21] === 64 && header[22] === 32 && header[23] === 32
}

function readStart(file: string, length: number): Buffer {
  let fd: number
  try {
    fd = fs.openSync(file, 'r')
  } catch {
    return Buffer.alloc(0)
  }
  try {
    const start = Buffer.alloc(length)
    return start.subarray(0, fs.readSync(fd, start, 0, length, 0))
  } finally {
    fs.closeSync(fd)
  }
}

function checkOf(dataKey: string): string {
  return encodeBase32(createHash('sha256').update(dataKey).digest()).slice(0, CHECK_CHARS)
}

function encodeBase32(bytes: Buffer): string {
  let out = ''
  let bits = 0
  let value = 0
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
    value &= (1 << bits) - 1
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31]
  return out
}
