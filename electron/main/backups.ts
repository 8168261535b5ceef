// Backup names and restoring a backup over the data file while the store is closed; no Electron
// here, so tests run it on real files.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { fileStamp } from '../../db/names'
import { backupStore, openStore, StoreDamagedError } from '../../db/store'
import { applyKey, isPlainSqliteFile, looksEncrypted, rekeyOpenDatabase } from '../../db/storeKey'
import {
  BackupLockedError,
  checkContents,
  checkIsThisAppsData,
  damaged,
  keyThatOpens,
  RestoreRefusedError
} from './restoreChecks'

export { BackupLockedError, RestoreRefusedError }

/** The keys a restore may use: the store's own, and a recovery key the person typed. */
export interface RestoreKeys {
  /** The key the data file is (to be) encrypted with; the restored file ends up with it. */
  current?: string
  /** Data keys read from recovery keys the person typed (see parseRecoveryKey). */
  recovered?: readonly string[]
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

/**
 * True when `file` is the data file or one of SQLite's companion files next to it, following
 * symbolic links on both sides (a link to the data file is the data file).
 */
export function isDataFileOrCompanion(file: string, dataFile: string): boolean {
  const target = realPath(file)
  const data = realPath(dataFile)
  return [data, `${data}-wal`, `${data}-shm`, `${data}-journal`].includes(target)
}

/** The path with every symbolic link resolved, as far as the path exists. */
function realPath(file: string): string {
  const resolved = path.resolve(file)
  try {
    return fs.realpathSync.native(resolved)
  } catch {
    const parent = path.dirname(resolved)
    return parent === resolved ? resolved : path.join(realPath(parent), path.basename(resolved))
  }
}

/**
 * Replaces the data file with a backup. The store must be closed. The backup is checked in a
 * temporary copy first (a key that opens it, this app's data from this version or an earlier
 * one, integrity and foreign-key checks, its schema exactly one the migrations make, pending
 * migrations applied, re-encrypted with the current key), then the current data is copied to
 * the backups folder, and only then is the checked copy moved into place. A refusal throws
 * RestoreRefusedError and leaves every existing file as it was.
 */
export function restoreFromBackup(
  currentFile: string,
  chosenFile: string,
  backupsFolder: string,
  migrationsFolder: string,
  now: Date = new Date(),
  keys: RestoreKeys = {}
): RestoreOutcome {
  const name = path.basename(chosenFile)
  if (isDataFileOrCompanion(chosenFile, currentFile)) {
    throw new RestoreRefusedError(
      `${name} is the data file in use, not a backup. Choose a backup copy instead.`
    )
  }
  const source = realPath(chosenFile)
  checkHeader(source, name)

  // Next to the data file, so the final rename stays on one file system and is atomic.
  const dataFolder = path.dirname(currentFile)
  fs.mkdirSync(dataFolder, { recursive: true, mode: 0o700 })
  const workFolder = fs.mkdtempSync(path.join(dataFolder, '.restore-'))
  try {
    const candidate = path.join(workFolder, 'candidate.sqlite')
    fs.copyFileSync(source, candidate)
    // Committed changes may still sit in the WAL of a copied live file.
    if (fs.existsSync(`${source}-wal`)) fs.copyFileSync(`${source}-wal`, `${candidate}-wal`)
    const tried = [keys.current, ...(keys.recovered ?? [])].filter((k): k is string => !!k)
    const key = keyThatOpens(candidate, name, tried)
    const version = checkIsThisAppsData(candidate, name, key, migrationsFolder)
    checkContents(candidate, name, key, version, migrationsFolder)
    if (key && key !== keys.current) rekey(candidate, key, keys.current ?? '')
    checkOpens(candidate, name, migrationsFolder, keys.current)

    const safetyCopy = fs.existsSync(currentFile)
      ? keepSafetyCopy(currentFile, backupsFolder, now, keys.current)
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

/**
 * A backup from another machine, opened with its recovery key, takes this store's key (an
 * empty key, for a store kept unencrypted, decrypts it).
 */
function rekey(candidate: string, from: string, to: string): void {
  const sqlite = new Database(candidate)
  try {
    applyKey(sqlite, from)
    rekeyOpenDatabase(sqlite, to)
  } finally {
    sqlite.close()
  }
}

function checkHeader(file: string, name: string): void {
  try {
    fs.accessSync(file, fs.constants.R_OK)
  } catch (error) {
    throw new RestoreRefusedError(
      `${name} could not be read (${(error as Error).message}). Your current data has not been changed.`
    )
  }
  if (!isPlainSqliteFile(file) && !looksEncrypted(file)) {
    throw new RestoreRefusedError(
      `${name} is not a Partnership Learning Log backup (it is not an SQLite database file). ` +
        'Your current data has not been changed.'
    )
  }
}

function checkOpens(
  candidate: string,
  name: string,
  migrationsFolder: string,
  key: string | undefined
): void {
  try {
    // The same open the app does: integrity check, then any migrations this version adds (and a
    // plain backup is encrypted with the current key).
    openStore({ file: candidate, migrationsFolder, ...(key ? { key } : {}) }).close()
  } catch (error) {
    const detail =
      error instanceof StoreDamagedError
        ? 'it failed the SQLite integrity check'
        : (error as Error).message
    throw damaged(name, detail)
  }
}

function keepSafetyCopy(
  currentFile: string,
  backupsFolder: string,
  now: Date,
  key: string | undefined
): string {
  const destination = path.join(backupsFolder, `before-restore-${fileStamp(now)}.sqlite`)
  try {
    const sqlite = new Database(currentFile)
    try {
      if (key && !isPlainSqliteFile(currentFile)) applyKey(sqlite, key)
      backupStore(sqlite, destination)
    } finally {
      sqlite.close()
    }
    return destination
  } catch {
    // The current file may be the damaged one being replaced; SQLite cannot copy it, so keep
    // its raw bytes instead (the store is closed, so they are not changing underneath us).
    const raw = destination.replace(/\.sqlite$/, '-unreadable.sqlite')
    fs.mkdirSync(backupsFolder, { recursive: true, mode: 0o700 })
    fs.copyFileSync(currentFile, raw)
    fs.chmodSync(raw, 0o600)
    if (fs.existsSync(`${currentFile}-wal`)) fs.copyFileSync(`${currentFile}-wal`, `${raw}-wal`)
    fs.rmSync(destination, { force: true })
    return raw
  }
}
