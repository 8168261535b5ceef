// Tests restoring a backup over the data file with real stores in temporary folders.
import { fileStamp } from '../../db/names'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contextFor } from '../../api/context'
import { dispatch } from '../../api/dispatch'
import { backupStore, openStore, sourceMigrationsFolder } from '../../db/store'
import {
  BackupLockedError,
  backupFileName,
  isDataFileOrCompanion,
  restoreFromBackup,
  RestoreRefusedError
} from '../../electron/main/backups'
import { dispatchValue } from '../support/api'

const NOW = new Date('2026-11-21T10:00:00Z')

let folder: string
let dataFile: string
let backupsFolder: string
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pll-restore-'))
  dataFile = path.join(folder, 'data', 'partnership-log.sqlite')
  backupsFolder = path.join(folder, 'data', 'backups')
})
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }))

/** Opens the store at `file` (creating it), adds programmes by name, and closes it. */
function addProgrammes(file: string, ...names: string[]): void {
  const store = openStore({ file, migrationsFolder: sourceMigrationsFolder })
  try {
    const ctx = contextFor(store)
    for (const name of names) {
      dispatchValue(ctx, 'programmes.create', { name, startDate: '2026-01-05' })
    }
  } finally {
    store.close()
  }
}

function programmeNames(file: string): string[] {
  const store = openStore({ file, migrationsFolder: sourceMigrationsFolder })
  try {
    return dispatchValue(contextFor(store), 'programmes.list', {})
      .map((p) => p.name)
      .sort()
  } finally {
    store.close()
  }
}

/** A backup of a store holding the given programmes, written the way the app writes one. */
function makeBackup(name: string, ...programmes: string[]): string {
  const source = path.join(folder, 'elsewhere', `${name}-source.sqlite`)
  addProgrammes(source, ...programmes)
  const destination = path.join(folder, 'elsewhere', `${name}.sqlite`)
  const sqlite = new Database(source)
  try {
    backupStore(sqlite, destination)
  } finally {
    sqlite.close()
  }
  return destination
}

/** A valid backup changed outside the app by `sql`, named altered.sqlite. */
function alteredBackup(sql: string): string {
  const backup = makeBackup('altered', 'Better Together')
  const sqlite = new Database(backup)
  sqlite.exec(sql)
  sqlite.close()
  return backup
}

/**
 * Writes `file` and `file`-wal as a crash would leave them: `checkpointed` in the main file,
 * `walOnly` only in the WAL.
 */
function leaveUncheckpointedWal(file: string, checkpointed: string, walOnly: string): void {
  const live = path.join(folder, 'crashed', 'live.sqlite')
  addProgrammes(live, checkpointed)
  const store = openStore({ file: live, migrationsFolder: sourceMigrationsFolder })
  store.sqlite.pragma('wal_autocheckpoint = 0')
  const result = dispatch(
    'programmes.create',
    { name: walOnly, startDate: '2026-02-01' },
    contextFor(store)
  )
  expect(result.ok).toBe(true)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.copyFileSync(live, file)
  fs.copyFileSync(`${live}-wal`, `${file}-wal`)
  store.close()
  // Without its WAL the copy must lack the last change, or the test proves nothing.
  const mainOnly = path.join(folder, 'crashed', 'main-only.sqlite')
  fs.copyFileSync(file, mainOnly)
  expect(programmeNames(mainOnly)).toEqual([checkpointed])
}

/** Fills one page of a closed SQLite file with garbage. */
function scribbleOverPage(file: string, page: number): void {
  const bytes = fs.readFileSync(file)
  const pageSize = bytes.readUInt16BE(16)
  bytes.fill(0x5a, (page - 1) * pageSize, page * pageSize)
  fs.writeFileSync(file, bytes)
}

function rootPage(file: string, table: string): number {
  const sqlite = new Database(file, { readonly: true })
  try {
    const row = sqlite
      .prepare("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(table) as { rootpage: number }
    return row.rootpage
  } finally {
    sqlite.close()
  }
}

function restore(chosen: string) {
  return restoreFromBackup(dataFile, chosen, backupsFolder, sourceMigrationsFolder, NOW)
}

function expectRefused(chosen: string, message: RegExp): void {
  const before = fs.readFileSync(dataFile)
  let refusal: unknown
  try {
    restore(chosen)
  } catch (error) {
    refusal = error
  }
  expect(refusal).toBeInstanceOf(RestoreRefusedError)
  expect((refusal as Error).message).toMatch(message)
  expect((refusal as Error).message).toMatch(/current data has not been changed|Choose a backup/)
  expect(fs.readFileSync(dataFile).equals(before)).toBe(true)
  expect(fs.existsSync(backupsFolder) ? fs.readdirSync(backupsFolder) : []).toEqual([])
  expect(fs.readdirSync(path.dirname(dataFile)).filter((f) => f.startsWith('.restore-'))).toEqual(
    []
  )
  expect(programmeNames(dataFile)).toEqual(['Current work'])
}

describe('restoreFromBackup', () => {
  it('replaces the data with the backup and keeps a safety copy of what it replaced', () => {
    const backup = makeBackup('backup', 'Better Together')
    addProgrammes(dataFile, 'Better Together', 'Added since the backup')

    const { safetyCopy } = restore(backup)

    expect(programmeNames(dataFile)).toEqual(['Better Together'])
    expect(safetyCopy).toBe(path.join(backupsFolder, `before-restore-${fileStamp(NOW)}.sqlite`))
    expect(programmeNames(safetyCopy!)).toEqual(['Added since the backup', 'Better Together'])
    expect(fs.existsSync(backup)).toBe(true)
    expect(fs.readdirSync(path.dirname(dataFile)).filter((f) => f.startsWith('.restore-'))).toEqual(
      []
    )
  })

  it('keeps changes a crash left in the WAL in the safety copy, not in the restored data', () => {
    const backup = makeBackup('backup', 'From backup')
    leaveUncheckpointedWal(dataFile, 'Current work', 'Only in the WAL')

    const { safetyCopy } = restore(backup)

    expect(fs.existsSync(`${dataFile}-wal`)).toBe(false)
    expect(fs.existsSync(`${dataFile}-shm`)).toBe(false)
    expect(programmeNames(dataFile)).toEqual(['From backup'])
    expect(programmeNames(safetyCopy!)).toEqual(['Current work', 'Only in the WAL'])
  })

  it('accepts a backup made by an earlier version, whose schema is an earlier migration', () => {
    const earlier = path.join(folder, 'earlier-release')
    fs.cpSync(sourceMigrationsFolder, earlier, { recursive: true })
    const journalFile = path.join(earlier, 'meta', '_journal.json')
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: unknown[] }
    journal.entries.splice(3)
    fs.writeFileSync(journalFile, JSON.stringify(journal))
    const old = path.join(folder, 'elsewhere', 'old-version.sqlite')
    const store = openStore({ file: old, migrationsFolder: earlier })
    const made = dispatch(
      'programmes.create',
      { name: 'From 2025', startDate: '2025-01-06' },
      contextFor(store)
    )
    store.close()
    expect(made.ok).toBe(true)
    addProgrammes(dataFile, 'Current work')

    restore(old)

    expect(programmeNames(dataFile)).toEqual(['From 2025'])
  })

  it('restores into an empty data folder without a safety copy', () => {
    const backup = makeBackup('backup', 'Fresh start')
    expect(restore(backup).safetyCopy).toBeNull()
    expect(programmeNames(dataFile)).toEqual(['Fresh start'])
  })

  it('accepts a copy of a live data file whose last changes are still in its WAL', () => {
    const copy = path.join(folder, 'elsewhere', 'copied.sqlite')
    leaveUncheckpointedWal(copy, 'Checkpointed', 'Only in the WAL')
    addProgrammes(dataFile, 'Current work')

    restore(copy)

    expect(programmeNames(dataFile)).toEqual(['Checkpointed', 'Only in the WAL'])
  })

  describe('refuses, leaving the current data untouched', () => {
    beforeEach(() => addProgrammes(dataFile, 'Current work'))

    it('a file that is not an SQLite database', () => {
      const notes = path.join(folder, 'notes.sqlite')
      fs.writeFileSync(notes, 'Meeting notes, definitely not a database\n'.repeat(200))
      expectRefused(notes, /notes\.sqlite is not a Partnership Learning Log backup.*not an SQLite/)
    })

    it('an empty file', () => {
      const empty = path.join(folder, 'empty.sqlite')
      fs.writeFileSync(empty, '')
      expectRefused(empty, /not an SQLite database/)
    })

    it('a file that does not exist', () => {
      expectRefused(path.join(folder, 'missing.sqlite'), /missing\.sqlite could not be read/)
    })

    it("another program's SQLite database", () => {
      const other = path.join(folder, 'other.sqlite')
      const sqlite = new Database(other)
      sqlite.exec('CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES (1)')
      sqlite.close()
      expectRefused(other, /other\.sqlite is an SQLite database but not a Partnership Learning Log/)
    })

    it('a backup damaged where SQLite first looks', () => {
      const backup = makeBackup('damaged', 'Better Together')
      scribbleOverPage(backup, rootPage(backup, '__drizzle_migrations'))
      expectRefused(backup, /damaged\.sqlite is damaged and cannot be restored/)
    })

    it('a backup that fails the integrity check', () => {
      const backup = makeBackup('damaged', 'Better Together')
      scribbleOverPage(backup, rootPage(backup, 'programmes'))
      expectRefused(
        backup,
        /damaged\.sqlite is damaged and cannot be restored \(it failed the SQLite integrity check\)/
      )
    })

    it('a backup made by a newer version of the app', () => {
      const backup = makeBackup('newer', 'From the future')
      const sqlite = new Database(backup)
      sqlite
        .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
        .run('future', Date.UTC(2099, 0, 1))
      sqlite.close()
      expectRefused(backup, /made by a newer version/)
    })

    it('the data file itself', () => {
      expectRefused(dataFile, /is the data file in use/)
    })

    it('a symbolic link to the data file', () => {
      const link = path.join(folder, 'looks-like-a-backup.sqlite')
      fs.symlinkSync(dataFile, link)
      expectRefused(link, /looks-like-a-backup\.sqlite is the data file in use/)
    })

    it('a backup whose quotes table was dropped', () => {
      const backup = alteredBackup('DROP TABLE quotes')
      expectRefused(
        backup,
        /altered\.sqlite cannot be restored: its structure .*table "quotes" is missing/
      )
    })

    it('a backup with orphan rows (links to records that are not there)', () => {
      const backup = makeBackup('altered', 'Better Together')
      const sqlite = new Database(backup)
      sqlite.pragma('foreign_keys = OFF')
      sqlite
        .prepare(
          "INSERT INTO sites (id, programme_id, name, start_date) VALUES ('s1', 'no-such-programme', 'Orphan', '2026-01-01')"
        )
        .run()
      sqlite.close()
      expectRefused(
        backup,
        /altered\.sqlite cannot be restored: 1 record\(s\) in sites point to records/
      )
    })

    it('a backup carrying an extra trigger', () => {
      const backup = alteredBackup(
        "CREATE TRIGGER leak AFTER INSERT ON quotes BEGIN UPDATE quotes SET consent = 'yes'; END"
      )
      expectRefused(backup, /its structure .*it has a trigger "leak" the app never makes/)
    })

    it('a backup carrying an extra view', () => {
      const backup = alteredBackup('CREATE VIEW everything AS SELECT * FROM quotes')
      expectRefused(backup, /it has a view "everything" the app never makes/)
    })

    it('a backup with an extra column or a changed index', () => {
      expectRefused(
        alteredBackup('ALTER TABLE quotes ADD COLUMN copied_to TEXT'),
        /table "quotes" has been changed/
      )
      expectRefused(
        alteredBackup('DROP INDEX quotes_site_idx; CREATE INDEX quotes_site_idx ON quotes (text)'),
        /index "quotes_site_idx" has been changed/
      )
    })

    it('a backup encrypted with a key the app does not have', () => {
      const backup = makeBackup('locked', 'Better Together')
      const sqlite = new Database(backup)
      sqlite.pragma('journal_mode = DELETE')
      sqlite.pragma("rekey = 'someone else''s key'")
      sqlite.close()
      expect(() => restore(backup)).toThrow(BackupLockedError)
      expectRefused(
        backup,
        /locked\.sqlite is encrypted with a key this app does not have.*recovery key/
      )
    })
  })

  it('keeps the raw bytes of a current file SQLite cannot copy, then restores', () => {
    const backup = makeBackup('backup', 'Rescued')
    addProgrammes(dataFile, 'Current work')
    const bytes = fs.readFileSync(dataFile)
    bytes.fill(0x5a, bytes.readUInt16BE(16))
    fs.writeFileSync(dataFile, bytes)

    const { safetyCopy } = restore(backup)

    expect(safetyCopy).toMatch(/before-restore-.*-unreadable\.sqlite$/)
    expect(fs.readFileSync(safetyCopy!).equals(bytes)).toBe(true)
    expect(programmeNames(dataFile)).toEqual(['Rescued'])
  })
})

describe('backup names', () => {
  it('offers a dated file name', () => {
    expect(backupFileName(new Date(2026, 10, 21, 23, 59))).toBe(
      'partnership-log-backup-2026-11-21.sqlite'
    )
  })

  it('recognises the data file and its companions', () => {
    const data = '/data/partnership-log.sqlite'
    expect(isDataFileOrCompanion('/data/partnership-log.sqlite', data)).toBe(true)
    expect(isDataFileOrCompanion('/data/sub/../partnership-log.sqlite-wal', data)).toBe(true)
    expect(isDataFileOrCompanion('/data/partnership-log.sqlite-shm', data)).toBe(true)
    expect(isDataFileOrCompanion('/data/backups/partnership-log.sqlite', data)).toBe(false)
  })
})
