// Tests the main process's hold on the data file: open, call, back up and restore on real files.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sourceMigrationsFolder, StoreDamagedError } from '../../db/store'
import { RestoreRefusedError } from '../../electron/main/backups'
import { AppData, dataLocation } from '../../electron/main/data'
import { unwrap } from '../support/api'

const NOW = new Date('2026-11-21T10:00:00Z')

let folder: string
let data: AppData
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pll-data-'))
  data = new AppData(dataLocation(path.join(folder, 'userData'), sourceMigrationsFolder), () => NOW)
})
afterEach(async () => {
  await data.close()
  fs.rmSync(folder, { recursive: true, force: true })
})

async function create(app: AppData, name: string): Promise<void> {
  unwrap(
    'programmes.create',
    await app.call('programmes.create', { name, startDate: '2026-01-05' })
  )
}

async function names(app: AppData): Promise<string[]> {
  const list = unwrap('programmes.list', await app.call('programmes.list', {}))
  return (list as { name: string }[]).map((p) => p.name).sort()
}

describe('dataLocation', () => {
  it('keeps the data file and its backups in the user data folder', async () => {
    expect(dataLocation('/home/a/.config/PLL', '/app/migrations')).toEqual({
      folder: '/home/a/.config/PLL',
      file: path.join('/home/a/.config/PLL', 'partnership-log.sqlite'),
      backupsFolder: path.join('/home/a/.config/PLL', 'backups'),
      migrationsFolder: '/app/migrations'
    })
  })
})

describe('AppData', () => {
  it('answers calls only once the store is open, through the real dispatch', async () => {
    const closed = await data.call('programmes.list', {})
    expect(closed).toMatchObject({ ok: false, error: { code: 'internal' } })
    data.open()
    expect(data.isOpen).toBe(true)
    expect(fs.existsSync(data.location.file)).toBe(true)
    await create(data, 'Better Together')
    expect(await names(data)).toEqual(['Better Together'])
    expect(await data.call('no.such.verb', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_verb' }
    })
  })

  it('backs up to a chosen file that opens with the same data', async () => {
    data.open()
    await create(data, 'Better Together')
    const saved = await data.backupTo(path.join(folder, 'Documents', 'copy.sqlite'))
    expect(saved).toBe(path.join(folder, 'Documents', 'copy.sqlite'))
    await data.close()

    const other = new AppData(dataLocation(path.join(folder, 'other'), sourceMigrationsFolder))
    fs.mkdirSync(other.location.folder)
    fs.copyFileSync(saved, other.location.file)
    other.open()
    try {
      expect(await names(other)).toEqual(['Better Together'])
    } finally {
      await other.close()
    }
  })

  it('refuses to back up over the data file or its WAL', async () => {
    data.open()
    await create(data, 'Keep me')
    await expect(data.backupTo(data.location.file)).rejects.toThrow(
      /cannot be saved over the data file/
    )
    await expect(data.backupTo(`${data.location.file}-wal`)).rejects.toThrow(/over the data file/)
    expect(await names(data)).toEqual(['Keep me'])
  })

  it('restores a backup and keeps answering calls on the restored data', async () => {
    data.open()
    await create(data, 'In the backup')
    const backup = await data.backupTo(path.join(folder, 'backup.sqlite'))
    await create(data, 'Added later')

    const { safetyCopy } = await data.restore(backup)

    expect(data.isOpen).toBe(true)
    expect(await names(data)).toEqual(['In the backup'])
    expect(safetyCopy).toMatch(/before-restore-2026-11-21T10-00-00-000Z\.sqlite$/)
    expect(path.dirname(safetyCopy!)).toBe(data.location.backupsFolder)
  })

  it('reopens the original data when a restore is refused', async () => {
    data.open()
    await create(data, 'Current work')
    const junk = path.join(folder, 'junk.sqlite')
    fs.writeFileSync(junk, 'not a database')

    await expect(data.restore(junk)).rejects.toThrow(RestoreRefusedError)

    expect(data.isOpen).toBe(true)
    expect(await names(data)).toEqual(['Current work'])
  })

  it('replaces a data file too damaged to open, as offered at start-up', async () => {
    data.open()
    await create(data, 'In the backup')
    const backup = await data.backupTo(path.join(folder, 'backup.sqlite'))
    await data.close()
    const bytes = fs.readFileSync(data.location.file)
    bytes.fill(0x5a, bytes.readUInt16BE(16))
    fs.writeFileSync(data.location.file, bytes)
    expect(() => data.open()).toThrow(StoreDamagedError)

    const junk = path.join(folder, 'junk.sqlite')
    fs.writeFileSync(junk, 'not a database')
    await expect(data.restore(junk)).rejects.toThrow(RestoreRefusedError)
    expect(data.isOpen).toBe(false)

    await data.restore(backup)
    expect(data.isOpen).toBe(true)
    expect(await names(data)).toEqual(['In the backup'])
  })
})
