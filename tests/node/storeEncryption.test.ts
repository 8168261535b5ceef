// Encryption at rest on real files: the key, the header, refusals without the key, encrypted
// backups, encrypting a plain store in place, private file modes, and the recovery key.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contextFor } from '../../api/context'
import { openStore, sourceMigrationsFolder, StoreDamagedError } from '../../db/store'
import {
  formatRecoveryKey,
  newDataKey,
  parseRecoveryKey,
  RecoveryKeyError,
  StoreLockedError
} from '../../db/storeKey'
import { AppData, dataLocation } from '../../electron/main/data'
import { dispatchValue } from '../support/api'

const NOW = new Date('2026-11-21T10:00:00Z')
const SECRET = 'The sponsor said the merger will fail'
const posix = process.platform !== 'win32'

let tmp: string
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pll-crypt-'))
})
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }))

/** A store at `file` holding one programme with SECRET in its description. */
function storeWithSecret(file: string, key?: string): void {
  const store = openStore({
    file,
    migrationsFolder: sourceMigrationsFolder,
    ...(key ? { key } : {})
  })
  try {
    dispatchValue(
      contextFor(store, () => NOW),
      'programmes.create',
      {
        name: 'Better Together',
        startDate: '2026-01-05',
        description: SECRET
      }
    )
  } finally {
    store.close()
  }
}

function descriptions(file: string, key?: string): string[] {
  const store = openStore({
    file,
    migrationsFolder: sourceMigrationsFolder,
    ...(key ? { key } : {})
  })
  try {
    const rows = store.sqlite.prepare('SELECT description FROM programmes').all()
    return (rows as { description: string }[]).map((r) => r.description)
  } finally {
    store.close()
  }
}

function header(file: string): string {
  return fs.readFileSync(file).subarray(0, 16).toString('latin1')
}

function mode(file: string): number {
  return fs.statSync(file).mode & 0o777
}

describe('the recovery key', () => {
  it('is the data key in 9 groups of 4, read back however it is typed', () => {
    const key = newDataKey()
    expect(key).toMatch(/^[0-9A-HJKMNP-TV-Z]{32}$/)
    const shown = formatRecoveryKey(key)
    expect(shown).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/)
    expect(parseRecoveryKey(shown)).toBe(key)
    expect(parseRecoveryKey(` ${shown.toLowerCase().replaceAll('-', ' ')} `)).toBe(key)
    expect(parseRecoveryKey(shown.replaceAll('0', 'O').replaceAll('1', 'l'))).toBe(key)
  })

  it('says what is wrong with a mistyped one', () => {
    const shown = formatRecoveryKey('0123456789ABCDEFGHJKMNPQRSTVWXYZ')
    expect(() => parseRecoveryKey(shown.slice(0, -5))).toThrow(/has 36 letters .* this has 32/)
    expect(() => parseRecoveryKey(`${shown.slice(0, -1)}U`)).toThrow(/has no "U"/)
    const swapped = `${shown[1]}${shown[0]}${shown.slice(2)}`
    expect(() => parseRecoveryKey(swapped)).toThrow(RecoveryKeyError)
    expect(() => parseRecoveryKey(swapped)).toThrow(/typing mistake/)
  })
})

describe('an encrypted store', () => {
  it('is not a plain SQLite file and holds no readable text', () => {
    const file = path.join(tmp, 'data', 'partnership-log.sqlite')
    const key = newDataKey()
    storeWithSecret(file, key)
    expect(header(file)).not.toBe('SQLite format 3\0')
    expect(fs.readFileSync(file).includes(SECRET)).toBe(false)
    expect(descriptions(file, key)).toEqual([SECRET])
  })

  it('refuses to open without the key, or with another, with a clear message', () => {
    const file = path.join(tmp, 'partnership-log.sqlite')
    storeWithSecret(file, newDataKey())
    const open = (key?: string) =>
      openStore({ file, migrationsFolder: sourceMigrationsFolder, ...(key ? { key } : {}) })
    expect(() => open()).toThrow(StoreLockedError)
    expect(() => open()).toThrow(/is encrypted and no key was given/)
    expect(() => open(newDataKey())).toThrow(StoreLockedError)
    expect(() => open(newDataKey())).toThrow(/could not be opened with this key.*recovery key/)
    expect(() => open(newDataKey())).not.toThrow(/file is not a database/)
  })

  it('still calls a plain file that is not a database damaged, not locked', () => {
    const file = path.join(tmp, 'notes.sqlite')
    fs.writeFileSync(file, 'Meeting notes, not a database. '.repeat(300))
    expect(() =>
      openStore({ file, migrationsFolder: sourceMigrationsFolder, key: newDataKey() })
    ).toThrow(StoreDamagedError)
  })

  it.runIf(posix)('keeps the data folder 0700 and its files 0600', () => {
    const folder = path.join(tmp, 'data')
    const file = path.join(folder, 'partnership-log.sqlite')
    const store = openStore({ file, migrationsFolder: sourceMigrationsFolder, key: newDataKey() })
    try {
      expect(mode(folder)).toBe(0o700)
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(mode(f)).toBe(0o600)
    } finally {
      store.close()
    }
  })
})

describe('encrypting an existing plain store at first start', () => {
  it('keeps an encrypted copy first, then encrypts the file in place with every row', () => {
    const file = path.join(tmp, 'partnership-log.sqlite')
    const backups = path.join(tmp, 'backups')
    storeWithSecret(file)
    expect(header(file)).toBe('SQLite format 3\0')
    const key = newDataKey()

    openStore({
      file,
      migrationsFolder: sourceMigrationsFolder,
      backupsFolder: backups,
      key,
      now: () => NOW
    }).close()

    expect(header(file)).not.toBe('SQLite format 3\0')
    expect(fs.readFileSync(file).includes(SECRET)).toBe(false)
    expect(descriptions(file, key)).toEqual([SECRET])
    const copy = path.join(backups, 'before-encryption-2026-11-21T10-00-00-000Z.sqlite')
    expect(fs.readdirSync(backups)).toEqual([path.basename(copy)])
    expect(header(copy)).not.toBe('SQLite format 3\0')
    expect(descriptions(copy, key)).toEqual([SECRET])
    const plainOpen = new Database(file)
    expect(() => plainOpen.prepare('SELECT count(*) FROM programmes').get()).toThrow()
    plainOpen.close()
  })
})

describe('restoring a plain backup from an earlier version', () => {
  it('restores it into the encrypted data, encrypted with the current key', async () => {
    const plainBackup = path.join(tmp, 'old', 'backup.sqlite')
    storeWithSecret(plainBackup)
    const key = newDataKey()
    const data = new AppData(
      dataLocation(path.join(tmp, 'laptop'), sourceMigrationsFolder),
      () => NOW,
      key
    )
    data.open()
    await data.restore(plainBackup)
    await data.close()
    expect(header(data.location.file)).not.toBe('SQLite format 3\0')
    expect(descriptions(data.location.file, key)).toEqual([SECRET])
  })
})

describe('backups of an encrypted store', () => {
  it('are encrypted with the same key, and the recovery key opens one in a fresh folder', async () => {
    const key = newDataKey()
    const recoveryKey = formatRecoveryKey(key)
    const data = new AppData(
      dataLocation(path.join(tmp, 'laptop'), sourceMigrationsFolder),
      () => NOW,
      key
    )
    data.open()
    const created = await data.call('programmes.create', {
      name: 'Better Together',
      startDate: '2026-01-05',
      description: SECRET
    })
    expect(created.ok).toBe(true)
    const backup = await data.backupTo(path.join(tmp, 'usb-stick', 'backup.sqlite'))
    await data.close()
    expect(header(backup)).not.toBe('SQLite format 3\0')
    expect(fs.readFileSync(backup).includes(SECRET)).toBe(false)
    if (posix) expect(mode(backup)).toBe(0o600)

    // Another machine: its own new key; the backup opens only with the recovery key typed.
    const otherKey = newDataKey()
    const other = new AppData(
      dataLocation(path.join(tmp, 'new-laptop'), sourceMigrationsFolder),
      () => NOW,
      otherKey
    )
    await expect(other.restore(backup)).rejects.toThrow(
      /encrypted with a key this app does not have/
    )
    await other.restore(backup, [parseRecoveryKey(recoveryKey)])
    try {
      const list = await other.call('programmes.list', {})
      expect(list.ok && (list.value as { name: string }[]).map((p) => p.name)).toEqual([
        'Better Together'
      ])
    } finally {
      await other.close()
    }
    // The restored file took the new machine's key.
    expect(descriptions(other.location.file, otherKey)).toEqual([SECRET])

    // A machine with no key store keeps its data plain: the backup is restored decrypted.
    const plain = new AppData(
      dataLocation(path.join(tmp, 'no-keyring'), sourceMigrationsFolder),
      () => NOW
    )
    await plain.restore(backup, [parseRecoveryKey(recoveryKey)])
    await plain.close()
    expect(header(plain.location.file)).toBe('SQLite format 3\0')
    expect(descriptions(plain.location.file)).toEqual([SECRET])
  })
})
