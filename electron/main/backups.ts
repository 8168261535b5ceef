// Backup names and restoring a backup over the data file while the store is closed; no Electron
// here, so tests run it on real files.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { backupStore, openStore, StoreDamagedError } from '../../db/store'

const SQLITE_HEADER = 'SQLite format 3\0'
const MIGRATIONS_TABLE = '__drizzle_migrations'

/** Refused before anything was changed; the message is written for the person restoring. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RestoreRefusedError'
  }
}

export interface RestoreOutcome {
  /** The copy of the replaced data, or null when there was no data file yet. */
  safetyCopy: string | null
}

/** The name offered in the save dialog, dated in local time as the person reads the date. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
  return `partnership-log-backup-${day}.sqlite`
}

/** Matches the before-upgrade copies db/store.ts writes, so they sort together. */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-')
}

/** True when `file` is the data file or one of SQLite's companion files next to it. */
export function isDataFileOrCompanion(file: string, dataFile: string): boolean {
  const target = path.resolve(file)
  const data = path.resolve(dataFile)
  return [data, `${data}-wal`, `${data}-shm`, `${data}-journal`].includes(target)
}

/**
 * Replaces the data file with a backup. The store must be closed. The backup is checked in a
 * temporary copy first (SQLite header, this app's tables, not from a newer version, integrity
 * check, pending migrations applied), then the current data is copied to the backups folder,
 * and only then is the checked copy moved into place. A refusal throws RestoreRefusedError and
 * leaves every existing file as it was.
 */
export function restoreFromBackup(
  currentFile: string,
  chosenFile: string,
  backupsFolder: string,
  migrationsFolder: string,
  now: Date = new Date()
): RestoreOutcome {
  const name = path.basename(chosenFile)
  if (isDataFileOrCompanion(chosenFile, currentFile)) {
    throw new RestoreRefusedError(
      `${name} is the data file in use, not a backup. Choose a backup copy instead.`
    )
  }
  checkHeader(chosenFile, name)

  // Next to the data file, so the final rename stays on one file system and is atomic.
  const dataFolder = path.dirname(currentFile)
  fs.mkdirSync(dataFolder, { recursive: true })
  const workFolder = fs.mkdtempSync(path.join(dataFolder, '.restore-'))
  try {
    const candidate = path.join(workFolder, 'candidate.sqlite')
    fs.copyFileSync(chosenFile, candidate)
    // Committed changes may still sit in the WAL of a copied live file.
    if (fs.existsSync(`${chosenFile}-wal`)) {
      fs.copyFileSync(`${chosenFile}-wal`, `${candidate}-wal`)
    }
    checkIsThisAppsData(candidate, name, migrationsFolder)
    checkOpens(candidate, name, migrationsFolder)

    const safetyCopy = fs.existsSync(currentFile)
      ? keepSafetyCopy(currentFile, backupsFolder, now)
      : null
    // A leftover WAL would be replayed into the restored file and corrupt it.
    for (const suffix of ['-wal', '-shm', '-journal']) {
      fs.rmSync(`${currentFile}${suffix}`, { force: true })
    }
    fs.renameSync(candidate, currentFile)
    return { safetyCopy }
  } finally {
    fs.rmSync(workFolder, { recursive: true, force: true })
  }
}

function checkHeader(file: string, name: string): void {
  let header: Buffer
  try {
    const fd = fs.openSync(file, 'r')
    try {
      header = Buffer.alloc(SQLITE_HEADER.length)
      const read = fs.readSync(fd, header, 0, header.length, 0)
      header = header.subarray(0, read)
    } finally {
      fs.closeSync(fd)
    }
  } catch (error) {
    throw new RestoreRefusedError(
      `${name} could not be read (${(error as Error).message}). Your current data has not been changed.`
    )
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new RestoreRefusedError(
      `${name} is not a Partnership Learning Log backup (it is not an SQLite database file). ` +
        'Your current data has not been changed.'
    )
  }
}

function checkIsThisAppsData(candidate: string, name: string, migrationsFolder: string): void {
  let newest: number | null
  try {
    const sqlite = new Database(candidate)
    try {
      const hasTable = sqlite
        .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
        .get(MIGRATIONS_TABLE)
      if (!hasTable) {
        throw new RestoreRefusedError(
          `${name} is an SQLite database but not a Partnership Learning Log backup. ` +
            'Your current data has not been changed.'
        )
      }
      const row = sqlite
        .prepare(`SELECT max(created_at) AS newest FROM ${MIGRATIONS_TABLE}`)
        .get() as { newest: number | null }
      newest = row.newest === null ? null : Number(row.newest)
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
        'restore it again. Your current data has not been changed.'
    )
  }
}

function checkOpens(candidate: string, name: string, migrationsFolder: string): void {
  try {
    // The same open the app does: integrity check, then any migrations this version adds.
    openStore({ file: candidate, migrationsFolder }).close()
  } catch (error) {
    const detail =
      error instanceof StoreDamagedError
        ? 'it failed the SQLite integrity check'
        : (error as Error).message
    throw damaged(name, detail)
  }
}

function damaged(name: string, detail: string): RestoreRefusedError {
  return new RestoreRefusedError(
    `${name} is damaged and cannot be restored (${detail}). Your current data has not been changed.`
  )
}

function keepSafetyCopy(currentFile: string, backupsFolder: string, now: Date): string {
  const destination = path.join(backupsFolder, `before-restore-${fileStamp(now)}.sqlite`)
  try {
    const sqlite = new Database(currentFile)
    try {
      backupStore(sqlite, destination)
    } finally {
      sqlite.close()
    }
    return destination
  } catch {
    // The current file may be the damaged one being replaced; SQLite cannot copy it, so keep
    // its raw bytes instead (the store is closed, so they are not changing underneath us).
    const raw = destination.replace(/\.sqlite$/, '-unreadable.sqlite')
    fs.mkdirSync(backupsFolder, { recursive: true })
    fs.copyFileSync(currentFile, raw)
    if (fs.existsSync(`${currentFile}-wal`)) fs.copyFileSync(`${currentFile}-wal`, `${raw}-wal`)
    fs.rmSync(destination, { force: true })
    return raw
  }
}
