// What a backup must pass before it may replace the data: it opens with a key the person has,
// SQLite finds it whole, every link between records leads somewhere, and its structure is
// exactly one this app's migrations make. Nothing here writes to the person's data.
import Database from 'better-sqlite3'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import {
  danglingLinks,
  expectedSchemas,
  newestMigration,
  passesIntegrityCheck,
  schemaDifferences,
  schemaOf
} from '../../db/schemaCheck'
import { applyKey, isPlainSqliteFile, readWithKey } from '../../db/storeKey'

const UNCHANGED = 'Your current data has not been changed.'

/** Refused before anything was changed; the message is written for the person restoring. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RestoreRefusedError'
  }
}

/** Refused because no key the app was given opens the backup: a recovery key may. */
export class BackupLockedError extends RestoreRefusedError {
  constructor(message: string) {
    super(message)
    this.name = 'BackupLockedError'
  }
}

export function damaged(name: string, detail: string): RestoreRefusedError {
  return new RestoreRefusedError(
    `${name} is damaged and cannot be restored (${detail}). ${UNCHANGED}`
  )
}

/**
 * The key that opens `file`: none for a plain file, else the first of `keys` that works.
 * Refuses an encrypted file none of them opens.
 */
export function keyThatOpens(
  file: string,
  name: string,
  keys: readonly string[]
): string | undefined {
  if (isPlainSqliteFile(file)) return undefined
  for (const key of keys) {
    const sqlite = new Database(file)
    try {
      applyKey(sqlite, key)
      readWithKey(sqlite)
      return key
    } catch {
      // Not this key; try the next.
    } finally {
      sqlite.close()
    }
  }
  throw new BackupLockedError(
    `${name} is encrypted with a key this app does not have (it was made on another computer, ` +
      'or before the data was given a new key). Restore it with the recovery key you were shown ' +
      `when that data was first encrypted. ${UNCHANGED}`
  )
}

function openWith(file: string, key: string | undefined): Database.Database {
  const sqlite = new Database(file)
  if (key) applyKey(sqlite, key)
  return sqlite
}

/** The candidate holds this app's data, from this version or an earlier one; returns its version. */
export function checkIsThisAppsData(
  candidate: string,
  name: string,
  key: string | undefined,
  migrationsFolder: string
): number | null {
  let newest: number | null
  try {
    const sqlite = openWith(candidate, key)
    try {
      const recorded = newestMigration(sqlite)
      if (recorded === undefined) {
        throw new RestoreRefusedError(
          `${name} is an SQLite database but not a Partnership Learning Log backup. ${UNCHANGED}`
        )
      }
      newest = recorded
    } finally {
      sqlite.close()
    }
  } catch (error) {
    if (error instanceof RestoreRefusedError) throw error
    throw damaged(name, (error as Error).message)
  }
  const known = readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis)
  if (newest !== null && newest > Math.max(0, ...known)) {
    throw new RestoreRefusedError(
      `${name} was made by a newer version of Partnership Learning Log. Update the app, then ` +
        `restore it again. ${UNCHANGED}`
    )
  }
  return newest
}

/**
 * The full integrity check, the foreign-key check, and the schema compared with the one the
 * app's migrations make at the version the backup records.
 */
export function checkContents(
  candidate: string,
  name: string,
  key: string | undefined,
  version: number | null,
  migrationsFolder: string
): void {
  const sqlite = openWith(candidate, key)
  try {
    if (!passesIntegrityCheck(sqlite)) throw damaged(name, 'it failed the SQLite integrity check')
    checkLinks(sqlite, name)
    checkSchema(sqlite, name, version, migrationsFolder)
  } catch (error) {
    if (error instanceof RestoreRefusedError) throw error
    throw damaged(name, (error as Error).message)
  } finally {
    sqlite.close()
  }
}

function checkLinks(sqlite: Database.Database, name: string): void {
  const dangling = danglingLinks(sqlite)
  if (dangling.length === 0) return
  const tables = [...new Set(dangling.map((d) => d.table))].join(', ')
  throw new RestoreRefusedError(
    `${name} cannot be restored: ${dangling.length} record(s) in ${tables} point to records ` +
      `that are not in the file, so it was changed outside the app or is incomplete. ${UNCHANGED}`
  )
}

function checkSchema(
  sqlite: Database.Database,
  name: string,
  version: number | null,
  migrationsFolder: string
): void {
  const expected = expectedSchemas(migrationsFolder).find((s) => s.folderMillis === version)
  if (!expected) {
    throw new RestoreRefusedError(
      `${name} cannot be restored: the version it records is not one this app ever made, ` +
        `so it was changed outside the app. ${UNCHANGED}`
    )
  }
  const problems = schemaDifferences(schemaOf(sqlite), expected.objects)
  if (problems.length === 0) return
  const shown = problems.slice(0, 3).join('; ') + (problems.length > 3 ? '; …' : '')
  throw new RestoreRefusedError(
    `${name} cannot be restored: its structure is not what Partnership Learning Log makes ` +
      `(${shown}). It was changed outside the app. ${UNCHANGED}`
  )
}
