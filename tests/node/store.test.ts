import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contextFor } from '../../api/context'
import { backupStore, openStore, sourceMigrationsFolder, StoreDamagedError } from '../../db/store'
import { seed } from './storeSeed'
import { dispatchValue } from '../support/api'
import { FIXED_NOW, memoryStore } from '../support/store'

interface JournalEntry {
  idx: number
  version: string
  when: number
  tag: string
  breakpoints: boolean
}
interface Journal {
  version: string
  dialect: string
  entries: JournalEntry[]
}
type Rows = Record<string, Record<string, unknown>[]>

const MIGRATIONS = '__drizzle_migrations'
const BREAK = '\n--> statement-breakpoint\n'

let tmp: string
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'store-test-'))
})
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }))

function readJournal(folder: string): Journal {
  return JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as Journal
}

function writeJournal(folder: string, journal: Journal): void {
  fs.writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify(journal, null, 2))
}

/** A copy of a migrations folder in the temp folder. */
function copyMigrations(from: string, name: string): string {
  const to = path.join(tmp, name)
  fs.cpSync(from, to, { recursive: true })
  return to
}

/** The migrations folder as an earlier release shipped it: only its first `keep` migrations. */
function releaseWith(folder: string, keep: number): string {
  const to = copyMigrations(folder, `${path.basename(folder)}-release-${keep}`)
  const journal = readJournal(to)
  const later = journal.entries.splice(keep)
  if (later.length === 0) throw new Error(`the journal has only ${keep} migration(s)`)
  for (const entry of later) fs.rmSync(path.join(to, `${entry.tag}.sql`))
  writeJournal(to, journal)
  return to
}

/** A copy of the real migrations plus one hand-written migration, the way drizzle-kit lays it out. */
function withExtraMigration(name: string, statements: string[]): string {
  const to = copyMigrations(sourceMigrationsFolder, `migrations-${name}`)
  const journal = readJournal(to)
  const last = journal.entries.at(-1)
  if (!last) throw new Error('the journal has no migrations')
  const idx = journal.entries.length
  const tag = `${String(idx).padStart(4, '0')}_${name}`
  fs.writeFileSync(path.join(to, `${tag}.sql`), statements.join(BREAK))
  journal.entries.push({ ...last, idx, when: last.when + 60_000, tag })
  writeJournal(to, journal)
  return to
}

/** Rebuilds `sites` the SQLite way (new table, copy, drop, rename), as drizzle-kit writes it. */
function rebuildSitesStatements(): string[] {
  const store = memoryStore()
  const objects = store.sqlite
    .prepare("SELECT type, sql FROM sqlite_master WHERE tbl_name = 'sites' AND sql IS NOT NULL")
    .all() as { type: string; sql: string }[]
  const columns = (store.sqlite.pragma('table_info(sites)') as { name: string }[])
    .map((c) => `\`${c.name}\``)
    .join(', ')
  store.close()
  const table = objects.find((o) => o.type === 'table')
  if (!table) throw new Error('no sites table')
  return [
    table.sql.replace(/^CREATE TABLE [`"]?sites[`"]?/, 'CREATE TABLE `__new_sites`'),
    `INSERT INTO \`__new_sites\`(${columns}) SELECT ${columns} FROM \`sites\`;`,
    'DROP TABLE `sites`;',
    'ALTER TABLE `__new_sites` RENAME TO `sites`;',
    ...objects.filter((o) => o.type === 'index').map((o) => `${o.sql};`)
  ]
}

/**
 * Every row of every ordinary table, read straight from SQLite, in sqlite_master order. A full-text
 * index's virtual and shadow tables are left out: they are derived from an ordinary table (the
 * search documents), which is compared.
 */
function rowsOf(sqlite: Database.Database): Rows {
  const tables = sqlite
    .prepare(
      `SELECT m.name, l.wr FROM sqlite_master m JOIN pragma_table_list l ON l.name = m.name
       WHERE m.type = 'table' AND l.schema = 'main' AND l.type = 'table'
         AND m.name NOT LIKE 'sqlite_%' ORDER BY m.rowid`
    )
    .all() as { name: string; wr: number }[]
  return Object.fromEntries(
    tables.map((t) => [
      t.name,
      sqlite
        .prepare(`SELECT * FROM "${t.name}" ORDER BY ${t.wr ? '1' : 'rowid'}`)
        .all() as Rows[string]
    ])
  )
}

/** Tables that triggers write to (the search documents): copying their rows too would double them. */
function tablesTriggersWrite(sqlite: Database.Database): Set<string> {
  const triggers = sqlite
    .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL")
    .all() as { sql: string }[]
  const written = triggers.flatMap((t) =>
    [...t.sql.matchAll(/INSERT\s+INTO\s+[`"]?(\w+)[`"]?/gi)].map((m) => m[1] ?? '')
  )
  return new Set(written)
}

function rowsInFile(file: string): Rows {
  const sqlite = new Database(file, { readonly: true })
  try {
    return rowsOf(sqlite)
  } finally {
    sqlite.close()
  }
}

function migrationCount(sqlite: Database.Database): number {
  return (sqlite.prepare(`SELECT count(*) AS n FROM ${MIGRATIONS}`).get() as { n: number }).n
}

function expectEveryTableHoldsRows(rows: Rows): void {
  const empty = Object.entries(rows).filter(([, r]) => r.length === 0)
  expect(empty.map(([t]) => t)).toEqual([])
}

/** A store file with data written through the API, closed. */
function storeFileWithData(): { file: string; before: Rows } {
  const file = path.join(tmp, 'data', 'store.sqlite')
  const store = openStore({ file, migrationsFolder: sourceMigrationsFolder })
  seed(store)
  store.close()
  return { file, before: rowsInFile(file) }
}

/** Only-one-migration path: reopening a store that holds data runs nothing and loses nothing. */
function reopenKeepsData(folder: string): { applied: number } {
  const { file, before } = storeFileWithData()
  expectEveryTableHoldsRows(before)
  const store = openStore({ file, migrationsFolder: folder, backupsFolder: path.join(tmp, 'b') })
  const after = rowsOf(store.sqlite)
  const applied = migrationCount(store.sqlite) - (before[MIGRATIONS]?.length ?? 0)
  store.close()
  expect(after).toEqual(before)
  return { applied }
}

/** Each row of a table as SQL literals (quote()), so a value must survive byte for byte. */
function literalRows(sqlite: Database.Database, table: string, columns: string[]): string[] {
  const select = columns.map((c) => `quote("${c}") AS "${c}"`).join(', ')
  const rows = sqlite.prepare(`SELECT ${select} FROM "${table}"`).all()
  return rows.map((r) => JSON.stringify(r)).sort()
}

function columnsOf(sqlite: Database.Database, table: string): string[] {
  return (sqlite.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name)
}

interface Upgrade {
  applied: number
  file: string
  /** The rows the store held at the earlier release, read straight from SQLite. */
  before: Rows
}

/**
 * Earlier release -> latest. The API writes data on the latest schema; the rows are copied with
 * plain SQL into a file migrated only to the first `keep` migrations (the tables and columns that
 * release had: the API of the time would be newer than its schema), then the file is opened with
 * every migration. Every row must still be there, byte for byte in every column it had, and the
 * upgraded store must take new rows in every table through the API.
 */
function upgradeKeepsData(folder: string, keep = readJournal(folder).entries.length - 1): Upgrade {
  const source = openStore({ file: ':memory:', migrationsFolder: folder })
  seed(source)
  const data = rowsOf(source.sqlite)
  source.close()
  expectEveryTableHoldsRows(data)

  const file = path.join(tmp, `upgrade-${path.basename(folder)}-${keep}`, 'store.sqlite')
  const old = openStore({ file, migrationsFolder: releaseWith(folder, keep) })
  old.sqlite.pragma('foreign_keys = OFF')
  const derived = tablesTriggersWrite(old.sqlite)
  for (const [table, rows] of Object.entries(rowsOf(old.sqlite))) {
    if (table === MIGRATIONS) continue
    // Triggers write these from the rows copied into the other tables.
    if (derived.has(table)) continue
    const columns = columnsOf(old.sqlite, table)
    const key = (row: Record<string, unknown>) => JSON.stringify(columns.map((c) => row[c] ?? null))
    // The only rows a release's migrations write (the built-in themes) are the latest release's too.
    const latest = new Set((data[table] ?? []).map(key))
    expect(
      rows.filter((r) => !latest.has(key(r))),
      `rows migrations wrote in ${table}`
    ).toEqual([])
    const written = new Set(rows.map(key))
    for (const row of data[table] ?? []) {
      if (written.has(key(row))) continue
      const shared = columns.filter((c) => c in row)
      old.sqlite
        .prepare(
          `INSERT INTO "${table}" (${shared.map((c) => `"${c}"`).join(', ')}) VALUES (${shared.map(() => '?').join(', ')})`
        )
        .run(...shared.map((c) => row[c]))
    }
  }
  old.sqlite.pragma('foreign_keys = ON')
  expect(old.sqlite.pragma('foreign_key_check')).toEqual([])
  const before = rowsOf(old.sqlite)
  expect(migrationCount(old.sqlite)).toBe(keep)
  expectEveryTableHoldsRows(before)
  const oldTables = Object.keys(before).filter((t) => t !== MIGRATIONS)
  const oldLiterals = Object.fromEntries(
    oldTables.map((t) => {
      const columns = columnsOf(old.sqlite, t)
      return [t, { columns, rows: literalRows(old.sqlite, t, columns) }]
    })
  )
  old.close()

  const store = openStore({ file, migrationsFolder: folder, backupsFolder: path.join(tmp, 'b') })
  expect(store.sqlite.pragma('foreign_key_check')).toEqual([])
  expect(migrationCount(store.sqlite)).toBe(readJournal(folder).entries.length)
  const applied = migrationCount(store.sqlite) - keep
  const after = rowsOf(store.sqlite)
  // Tables and columns a migration removes on purpose are named here, as "table" or "table.column".
  const droppedOnPurpose: string[] = []
  for (const [table, { columns, rows }] of Object.entries(oldLiterals)) {
    if (droppedOnPurpose.includes(table)) continue
    expect(after[table], `table ${table} after the upgrade`).toBeDefined()
    const kept = columns.filter((c) => !droppedOnPurpose.includes(`${table}.${c}`))
    expect(columnsOf(store.sqlite, table), `columns of ${table}`).toEqual(
      expect.arrayContaining(kept)
    )
    const keptRows = (literals: string[]) =>
      literals
        .map((r) => JSON.parse(r) as Record<string, string>)
        .map((r) => JSON.stringify(kept.map((c) => r[c])))
        .sort()
    const upgraded = keptRows(literalRows(store.sqlite, table, kept))
    // A migration may back-fill a table triggers write (search documents for newly indexed
    // records): every row it held must still be there, byte for byte, beside the new ones.
    if (derived.has(table)) {
      expect(upgraded, `rows of ${table}`).toEqual(expect.arrayContaining(keptRows(rows)))
    } else expect(upgraded, `rows of ${table}`).toEqual(keptRows(rows))
  }
  // The tables later migrations added exist, and the upgraded store takes rows in every table.
  for (const table of Object.keys(data)) expect(after[table], `new table ${table}`).toBeDefined()
  seed(store)
  expectEveryTableHoldsRows(rowsOf(store.sqlite))
  expect(store.sqlite.pragma('foreign_key_check')).toEqual([])
  store.close()
  return { applied, file, before }
}

describe('openStore', () => {
  it('opens a file with WAL, foreign keys, full sync and secure delete', () => {
    const store = openStore({
      file: path.join(tmp, 'new', 'store.sqlite'),
      migrationsFolder: sourceMigrationsFolder
    })
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(2)
    expect(store.sqlite.pragma('secure_delete', { simple: true })).toBe(1)
    expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
    expect(migrationCount(store.sqlite)).toBe(readJournal(sourceMigrationsFolder).entries.length)
    store.close()
  })

  it('applies the real migrations to a store holding data without losing a row', () => {
    // With one migration there is no earlier release to upgrade from, so the store is reopened;
    // with more, a store is upgraded from every earlier release, the foundation included.
    const count = readJournal(sourceMigrationsFolder).entries.length
    if (count < 2) {
      expect(reopenKeepsData(sourceMigrationsFolder)).toEqual({ applied: 0 })
      return
    }
    for (let keep = 1; keep < count; keep++) {
      expect(upgradeKeepsData(sourceMigrationsFolder, keep).applied).toBe(count - keep)
    }
  }, 60_000) // one full upgrade per earlier release, each seeding two stores

  it('lets the new verbs use data written before the upgrade (foundation -> latest)', () => {
    const { file, before } = upgradeKeepsData(sourceMigrationsFolder, 1)
    const store = openStore({ file, migrationsFolder: sourceMigrationsFolder })
    const ctx = contextFor(store, () => FIXED_NOW)
    const site = before.sites?.[0]
    const members = (before.site_members ?? []).filter((m) => m.site_id === site?.id)
    expect(members.length).toBeGreaterThan(0)
    const siteId = String(site?.id)
    const personIds = members.map((m) => String(m.person_id))
    const prepared = dispatchValue(ctx, 'meetings.prepare', { siteId, heldOn: '2026-11-01' })
    expect(prepared.people.filter((p) => p.isMember).map((p) => p.id)).toEqual(
      expect.arrayContaining(personIds)
    )
    const { id } = dispatchValue(ctx, 'meetings.create', {
      siteId,
      heldOn: '2026-11-01',
      durationMinutes: 90,
      kind: 'partnership',
      attendance: personIds.map((personId) => ({ personId, status: 'attended' as const })),
      actions: [{ description: 'Share the plan', ownerId: personIds[0], dueOn: '2026-12-01' }]
    })
    const meeting = dispatchValue(ctx, 'meetings.get', { id })
    expect(meeting.attendance.map((a) => a.personId).sort()).toEqual([...personIds].sort())
    expect(meeting.actions.map((a) => a.ownerId)).toEqual([personIds[0]])
    store.close()
  }, 30_000)

  it('checks upgrades from the previous migration (exercised on the real ones plus a rebuild)', () => {
    const folder = withExtraMigration('rebuild', rebuildSitesStatements())
    expect(upgradeKeepsData(folder).applied).toBe(1)
  }, 30_000)
})

describe('the foreign-key guard on migrations', () => {
  it('keeps the children of a table a migration rebuilds', () => {
    const statements = rebuildSitesStatements()
    const { file, before } = storeFileWithData()
    expect(before.site_stages?.length).toBeGreaterThan(0)
    expect(before.site_members?.length).toBeGreaterThan(0)

    // Without the guard (foreign keys on inside the transaction) the rebuild loses the children.
    const bare = path.join(tmp, 'bare.sqlite')
    const copy = new Database(file)
    backupStore(copy, bare)
    copy.close()
    const unguarded = new Database(bare)
    unguarded.pragma('foreign_keys = ON')
    unguarded.transaction(() => statements.forEach((s) => unguarded.exec(s)))()
    expect(rowsOf(unguarded).site_stages).toEqual([])
    unguarded.close()

    const store = openStore({ file, migrationsFolder: withExtraMigration('rebuild', statements) })
    const after = rowsOf(store.sqlite)
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(migrationCount(store.sqlite)).toBe((before[MIGRATIONS]?.length ?? 0) + 1)
    store.close()
    const children = [
      'site_stages',
      'site_members',
      'agreed_outcomes',
      'tests_of_change',
      'measures'
    ]
    for (const table of ['sites', ...children, 'people', 'programmes']) {
      expect(after[table], table).toEqual(before[table])
    }
  })

  it('refuses a migration that would leave broken links and leaves the file as it was', () => {
    const { file, before } = storeFileWithData()
    const folder = withExtraMigration('orphan', ['DELETE FROM `sites`;'])
    expect(() => openStore({ file, migrationsFolder: folder })).toThrow(
      /would leave \d+ broken link\(s\) in [a-z_, ]*(site_stages|site_members).*nothing was changed/
    )
    expect(rowsInFile(file)).toEqual(before)
    const reopened = openStore({ file, migrationsFolder: sourceMigrationsFolder })
    expect(reopened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    reopened.close()
  })

  it('leaves a brand-new file empty when its first upgrade is refused', () => {
    const file = path.join(tmp, 'fresh.sqlite')
    const folder = withExtraMigration('orphan', [
      "INSERT INTO site_stages (id, site_id, stage, judged_on) VALUES ('x', 'no-site', 'forming', '2026-01-01');"
    ])
    expect(() => openStore({ file, migrationsFolder: folder })).toThrow(/broken link/)
    expect(Object.keys(rowsInFile(file))).toEqual([])
  })
})

describe('backups', () => {
  it('writes a backup before migrating a store that holds data, holding the old rows', () => {
    const { file, before } = storeFileWithData()
    const backups = path.join(tmp, 'backups')
    const folder = withExtraMigration('rebuild', rebuildSitesStatements())
    const store = openStore({
      file,
      migrationsFolder: folder,
      backupsFolder: backups,
      now: () => FIXED_NOW
    })
    store.close()
    const name = `before-upgrade-${FIXED_NOW.toISOString().replace(/[:.]/g, '-')}.sqlite`
    expect(fs.readdirSync(backups)).toEqual([name])
    const copy = path.join(backups, name)
    expect(rowsInFile(copy)).toEqual(before)
  })

  it('writes no backup for a brand-new empty store or when nothing is pending', () => {
    const backups = path.join(tmp, 'backups')
    const file = path.join(tmp, 'new.sqlite')
    openStore({ file, migrationsFolder: sourceMigrationsFolder, backupsFolder: backups }).close()
    openStore({ file, migrationsFolder: sourceMigrationsFolder, backupsFolder: backups }).close()
    expect(fs.existsSync(backups) ? fs.readdirSync(backups) : []).toEqual([])
  })

  it('backupStore writes a consistent copy of an open store that opens with the same rows', () => {
    const file = path.join(tmp, 'live.sqlite')
    const store = openStore({ file, migrationsFolder: sourceMigrationsFolder })
    seed(store)
    const destination = path.join(tmp, 'copies', 'copy.sqlite')
    backupStore(store.sqlite, destination)
    backupStore(store.sqlite, destination) // replaces an earlier copy
    const rows = rowsOf(store.sqlite)
    store.close()
    const copy = openStore({ file: destination, migrationsFolder: sourceMigrationsFolder })
    expect(rowsOf(copy.sqlite)).toEqual(rows)
    expect(copy.sqlite.pragma('quick_check', { simple: true })).toBe('ok')
    copy.close()
  })
})

describe('a damaged data file', () => {
  const damaged = /is damaged and was not opened.*Restore it from a backup/s

  function damagedStoreFile(): { file: string; bytes: Buffer; pageSize: number } {
    const file = path.join(tmp, 'damaged.sqlite')
    const store = openStore({ file, migrationsFolder: sourceMigrationsFolder })
    const ctx = contextFor(store, () => FIXED_NOW)
    for (let i = 0; i < 50; i++) {
      dispatchValue(ctx, 'programmes.create', {
        name: `Programme ${i}`,
        startDate: '2026-01-01',
        description: 'x'.repeat(400)
      })
    }
    store.close()
    const bytes = fs.readFileSync(file)
    return { file, bytes, pageSize: bytes.readUInt16BE(16) }
  }

  it('refuses a file with garbage written over a page', () => {
    const { file, bytes, pageSize } = damagedStoreFile()
    const broken = Buffer.from(bytes)
    broken.fill(0xab, pageSize * 2, pageSize * 3)
    fs.writeFileSync(file, broken)
    expect(() => openStore({ file, migrationsFolder: sourceMigrationsFolder })).toThrow(
      StoreDamagedError
    )
    expect(() => openStore({ file, migrationsFolder: sourceMigrationsFolder })).toThrow(damaged)
  })

  it('refuses a file truncated in the middle of a page', () => {
    const { file, bytes, pageSize } = damagedStoreFile()
    expect(bytes.length).toBeGreaterThan(pageSize * 4)
    fs.writeFileSync(file, bytes.subarray(0, pageSize * 3 + 100))
    expect(() => openStore({ file, migrationsFolder: sourceMigrationsFolder })).toThrow(
      StoreDamagedError
    )
    expect(() => openStore({ file, migrationsFolder: sourceMigrationsFolder })).toThrow(damaged)
  })

  it('refuses a file that is not a database at all, and leaves it alone', () => {
    const file = path.join(tmp, 'notes.sqlite')
    const text = Buffer.from('Meeting notes, not a database. '.repeat(300))
    fs.writeFileSync(file, text)
    expect(() => openStore({ file, migrationsFolder: sourceMigrationsFolder })).toThrow(
      StoreDamagedError
    )
    expect(() => openStore({ file, migrationsFolder: sourceMigrationsFolder })).toThrow(damaged)
    expect(fs.readFileSync(file).equals(text)).toBe(true)
  })
})
