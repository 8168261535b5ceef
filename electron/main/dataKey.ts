// The data key kept by the operating system (Electron safeStorage in the app, anything with the
// same shape in tests), and what start-up must do about it. No Electron here.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { applyKey, isPlainSqliteFile, newDataKey, readWithKey } from '../../db/storeKey'

export const KEY_FILE_NAME = 'data-key.bin'

/** What safeStorage offers: encryption tied to this user account on this machine. */
export interface KeyProtector {
  isAvailable(): boolean
  encrypt(plain: string): Buffer
  decrypt(sealed: Buffer): string
}

export type RecoveryKeyReason = 'missing' | 'unreadable' | 'unavailable' | 'mismatch'

export type StartupKey =
  /** The key kept from an earlier start. */
  | { kind: 'kept'; key: string }
  /**
   * First start of this version: a new key, to be shown as a recovery key and saved once the
   * person has it; `encryptsExisting` when a plain store is about to be encrypted.
   */
  | { kind: 'new'; key: string; encryptsExisting: boolean }
  /** The store is encrypted but this machine has no usable key for it: ask for the recovery key. */
  | { kind: 'needsRecoveryKey'; reason: RecoveryKeyReason }
  /** The operating system cannot keep a key, and the store is not encrypted yet. */
  | { kind: 'unavailable' }

/** Decides, from the files alone, how start-up gets the key. */
export function startupKey(
  keyFile: string,
  dataFile: string,
  protector: KeyProtector,
  makeKey: () => string = newDataKey
): StartupKey {
  const storeIsEncrypted = hasContent(dataFile) && !isPlainSqliteFile(dataFile)
  if (!protector.isAvailable()) {
    return storeIsEncrypted
      ? { kind: 'needsRecoveryKey', reason: 'unavailable' }
      : { kind: 'unavailable' }
  }
  if (fs.existsSync(keyFile)) {
    let key: string
    try {
      key = readDataKey(keyFile, protector)
    } catch {
      return { kind: 'needsRecoveryKey', reason: 'unreadable' }
    }
    if (storeIsEncrypted && !keyOpens(dataFile, key)) {
      return { kind: 'needsRecoveryKey', reason: 'mismatch' }
    }
    return { kind: 'kept', key }
  }
  if (storeIsEncrypted) return { kind: 'needsRecoveryKey', reason: 'missing' }
  return { kind: 'new', key: makeKey(), encryptsExisting: hasContent(dataFile) }
}

export function readDataKey(keyFile: string, protector: KeyProtector): string {
  const key = protector.decrypt(fs.readFileSync(keyFile))
  if (!/^[0-9A-Z]{32}$/.test(key)) throw new Error('The key file does not hold a data key.')
  return key
}

/** Saves the key sealed by the operating system, private, replacing any earlier file whole. */
export function writeDataKey(keyFile: string, key: string, protector: KeyProtector): void {
  fs.mkdirSync(path.dirname(keyFile), { recursive: true, mode: 0o700 })
  const partial = `${keyFile}.partial`
  fs.writeFileSync(partial, protector.encrypt(key), { mode: 0o600 })
  fs.renameSync(partial, keyFile)
}

/** Why the app needs the recovery key, in words for the person starting it. */
export function recoveryKeyReason(reason: RecoveryKeyReason): string {
  switch (reason) {
    case 'missing':
      return 'Your data is encrypted, but this computer does not hold its key (the data was copied from another computer, or the key file was deleted).'
    case 'unreadable':
      return 'Your data is encrypted, and the key this computer kept for it can no longer be read (the system account or its keyring changed).'
    case 'mismatch':
      return 'Your data is encrypted with a different key from the one this computer kept (the data file was replaced by hand).'
    case 'unavailable':
      return "Your data is encrypted, and this system's key store (the keyring) is not available, so the app cannot read the key it kept."
  }
}

/** True when `key` opens the encrypted file (a plain read of its schema succeeds). */
export function keyOpens(file: string, key: string): boolean {
  const sqlite = new Database(file, { fileMustExist: true })
  try {
    applyKey(sqlite, key)
    readWithKey(sqlite)
    return true
  } catch {
    return false
  } finally {
    sqlite.close()
  }
}

function hasContent(file: string): boolean {
  try {
    return fs.statSync(file).size > 0
  } catch {
    return false
  }
}
