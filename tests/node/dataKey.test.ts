// The data key kept by the operating system, and the start-up decision, on real files with a
// stand-in for Electron's safeStorage.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openStore, sourceMigrationsFolder } from '../../db/store'
import {
  KEY_FILE_NAME,
  readDataKey,
  startupKey,
  writeDataKey,
  type KeyProtector
} from '../../electron/main/dataKey'

const KEY = 'ABCDEFGHJKMNPQRSTVWXYZ0123456789'

/** Reverses and tags the text: enough to prove the file never holds the key as written. */
function protector(available = true): KeyProtector {
  return {
    isAvailable: () => available,
    encrypt: (plain) => Buffer.from(`sealed:${[...plain].reverse().join('')}`),
    decrypt: (sealed) => {
      const text = sealed.toString()
      if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext')
      return [...text.slice(7)].reverse().join('')
    }
  }
}

let tmp: string
let keyFile: string
let dataFile: string
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pll-key-'))
  keyFile = path.join(tmp, KEY_FILE_NAME)
  dataFile = path.join(tmp, 'partnership-log.sqlite')
})
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }))

function makeStore(key?: string): void {
  openStore({
    file: dataFile,
    migrationsFolder: sourceMigrationsFolder,
    ...(key ? { key } : {})
  }).close()
}

describe('the key file', () => {
  it('holds the key sealed, private, and reads it back', () => {
    writeDataKey(keyFile, KEY, protector())
    expect(fs.readFileSync(keyFile).includes(KEY)).toBe(false)
    if (process.platform !== 'win32') expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600)
    expect(readDataKey(keyFile, protector())).toBe(KEY)
    expect(fs.existsSync(`${keyFile}.partial`)).toBe(false)
  })

  it('refuses a file that does not unseal to a data key', () => {
    fs.writeFileSync(keyFile, 'sealed:short')
    expect(() => readDataKey(keyFile, protector())).toThrow(/does not hold a data key/)
  })
})

describe('the start-up decision', () => {
  it('makes a new key on the very first start, with nothing to encrypt', () => {
    expect(startupKey(keyFile, dataFile, protector(), () => KEY)).toEqual({
      kind: 'new',
      key: KEY,
      encryptsExisting: false
    })
  })

  it('makes a new key to encrypt the plain store of an earlier version', () => {
    makeStore()
    expect(startupKey(keyFile, dataFile, protector(), () => KEY)).toEqual({
      kind: 'new',
      key: KEY,
      encryptsExisting: true
    })
  })

  it('uses the kept key on every later start', () => {
    makeStore(KEY)
    writeDataKey(keyFile, KEY, protector())
    expect(startupKey(keyFile, dataFile, protector())).toEqual({ kind: 'kept', key: KEY })
  })

  it('asks for the recovery key when the store is encrypted and the key is gone or unreadable', () => {
    makeStore(KEY)
    expect(startupKey(keyFile, dataFile, protector())).toEqual({
      kind: 'needsRecoveryKey',
      reason: 'missing'
    })
    fs.writeFileSync(keyFile, 'from another account')
    expect(startupKey(keyFile, dataFile, protector())).toEqual({
      kind: 'needsRecoveryKey',
      reason: 'unreadable'
    })
    expect(startupKey(keyFile, dataFile, protector(false))).toEqual({
      kind: 'needsRecoveryKey',
      reason: 'unavailable'
    })
    writeDataKey(keyFile, 'ZYXWVTSRQPNMKJHGFEDCBA9876543210', protector())
    expect(startupKey(keyFile, dataFile, protector())).toEqual({
      kind: 'needsRecoveryKey',
      reason: 'mismatch'
    })
  })

  it('says so when the system cannot keep a key and the store is not encrypted', () => {
    expect(startupKey(keyFile, dataFile, protector(false))).toEqual({ kind: 'unavailable' })
    makeStore()
    expect(startupKey(keyFile, dataFile, protector(false))).toEqual({ kind: 'unavailable' })
  })
})
