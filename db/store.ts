// Opens the app's one SQLite file: safe pragmas, an integrity check, a backup, then migrations
// applied with the foreign-key guard (see migrate below; drizzle-orm issue 5782: drizzle's own
// migrator runs them in one transaction, where switching foreign keys off has no effect).
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator'
import { fileStamp, MIGRATIONS_TABLE } from './names'
import { makePrivateFile, makePrivateFolder, makePrivateIfPresent } from './privateFiles'
import * as schema from './schema'
import {
  applyKey,
  encryptOpenDatabase,
  isPlainSqliteFile,
  looksEncrypted,
  StoreLockedError
} from './storeKey'

/** The typed query builder over one connection; `$client` is that better-sqlite3 connection. */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }

export interface Store {
  db: Db
  sqlite: Database.Database
  /** Path of the data file, or null for an in-memory store. */
  file: string | null
  close(): void
}

export interface OpenStoreOptions {
  /** A file path, or ':memory:' for tests. */
  file: string
  migrationsFolder: string
  /** Where a copy is written before pending migrations run on a store that holds data. */
  backupsFolder?: string
  now?: () => Date
  /**
   * The encryption key (db/storeKey.ts), given to SQLite before anything else. A plain file
   * opened with a key is encrypted in place, after an encrypted copy is kept in backupsFolder.
   */
  key?: string
  /** SQLite's page cache for this connection, in KB; set before the integrity check reads the file. */
  cacheKb?: number
  /** A reader beside the writer: after opening, this connection refuses to write. */
  readOnly?: boolean
}

export class StoreDamagedError extends Error {
  constructor(file: string, detail: string) {
    super(
      `The data file ${file} is damaged and was not opened (SQLite integrity check: ${detail}). ` +
        'Restore it from a backup; the backups folder holds a copy taken before each upgrade.'
    )
    this.name = 'StoreDamagedError'
  }
}

export function openStore(options: OpenStoreOptions): Store {
  const inMemory = options.file === ':memory:'
  if (!inMemory) {
    makePrivateFolder(path.dirname(options.file))
    makePrivateFile(options.file)
    if (options.key && isPlainSqliteFile(options.file)) encryptPlainStore(options, options.key)
  }
  const sqlite = new Database(options.file)
  try {
    if (options.key && !inMemory) applyKey(sqlite, options.key)
    if (options.cacheKb) sqlite.pragma(`cache_size = -${Math.round(options.cacheKb)}`)
    if (!inMemory) sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = FULL')
    sqlite.pragma('busy_timeout = 5000')
    sqlite.pragma('secure_delete = ON')
    sqlite.pragma('foreign_keys = ON')
    checkIntegrity(sqlite, options.file)
    migrate(sqlite, options)
    if (options.readOnly) sqlite.pragma('query_only = ON')
  } catch (error) {
    sqlite.close()
    if (isNotADatabase(error) && looksEncrypted(options.file)) {
      throw new StoreLockedError(options.file, Boolean(options.key))
    }
    // A file that is not a database, or is broken where the pragmas or migrations read it, fails
    // before or after the integrity check with SQLite's own error; report it the same way.
    if (isDamage(error)) throw new StoreDamagedError(options.file, (error as Error).message)
    throw error
  }
  if (!inMemory) for (const suffix of ['-wal', '-shm']) makePrivateIfPresent(options.file + suffix)
  const db = drizzle(sqlite, { schema })
  return { db, sqlite, file: inMemory ? null : options.file, close: () => sqlite.close() }
}

function isNotADatabase(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code === 'SQLITE_NOTADB'
}

/**
 * Encrypts a plain store in place (the first start of a version with encryption). A copy is
 * kept first, itself encrypted before it is left in the backups folder; the live file is then
 * rekeyed, which SQLite3 Multiple Ciphers refuses in WAL mode, so the journal is switched to
 * DELETE for it (openStore turns WAL back on).
 */
function encryptPlainStore(options: OpenStoreOptions, key: string): void {
  const plain = new Database(options.file)
  try {
    plain.pragma('busy_timeout = 5000')
    checkIntegrity(plain, options.file)
    if (options.backupsFolder) {
      const stamp = fileStamp(options.now?.() ?? new Date())
      const copy = path.join(options.backupsFolder, `before-encryption-${stamp}.sqlite`)
      backupStore(plain, copy)
      const copyDb = new Database(copy)
      try {
        copyDb.pragma('journal_mode = DELETE')
        encryptOpenDatabase(copyDb, key)
      } finally {
        copyDb.close()
      }
    }
    plain.pragma('journal_mode = DELETE')
    encryptOpenDatabase(plain, key)
  } catch (error) {
    if (isDamage(error)) throw new StoreDamagedError(options.file, (error as Error).message)
    throw error
  } finally {
    plain.close()
  }
}

function isDamage(error: unknown): boolean {
  const code = error instanceof Database.SqliteError ? error.code : ''
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')
}

function checkIntegrity(sqlite: Database.Database, file: string): void {
  let rows: { quick_check: string }[]
  try {
    rows = sqlite.pragma('quick_check') as { quick_check: string }[]
  } catch (error) {
    throw new StoreDamagedError(file, (error as Error).message)
  }
  const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok')
  if (problems.length > 0) throw new StoreDamagedError(file, problems.slice(0, 3).join('; '))
}

/** Migrations not yet applied to this store, oldest first. */
export function pendingMigrations(sqlite: Database.Database, folder: string): MigrationMeta[] {
  const all = readMigrationFiles({ migrationsFolder: folder })
  const hasTable = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(MIGRATIONS_TABLE)
  if (!hasTable) return all
  const last = sqlite
    .prepare(`SELECT created_at FROM ${MIGRATIONS_TABLE} ORDER BY created_at DESC LIMIT 1`)
    .get() as { created_at: number } | undefined
  return last ? all.filter((m) => m.folderMillis > Number(last.created_at)) : all
}

function migrate(sqlite: Database.Database, options: OpenStoreOptions): void {
  const pending = pendingMigrations(sqlite, options.migrationsFolder)
  if (pending.length === 0) return
  const holdsData = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(MIGRATIONS_TABLE)
  if (holdsData && options.backupsFolder && options.file !== ':memory:') {
    const stamp = fileStamp(options.now?.() ?? new Date())
    backupStore(sqlite, path.join(options.backupsFolder, `before-upgrade-${stamp}.sqlite`))
  }
  // Foreign keys must be switched off outside any transaction, or a migration that rebuilds a
  // table cascade-deletes its children; the check afterwards catches anything left dangling.
  sqlite.pragma('foreign_keys = OFF')
  try {
    sqlite.transaction(() => {
      // Inside the transaction, so a refused upgrade of a brand-new file leaves it empty.
      sqlite.exec(
        `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`
      )
      const record = sqlite.prepare(
        `INSERT INTO ${MIGRATIONS_TABLE} ("hash", "created_at") VALUES (?, ?)`
      )
      for (const migration of pending) {
        for (const statement of migration.sql) {
          if (statement.trim()) sqlite.exec(statement)
        }
        record.run(migration.hash, migration.folderMillis)
      }
      const dangling = sqlite.pragma('foreign_key_check') as { table: string }[]
      if (dangling.length > 0) {
        const tables = [...new Set(dangling.map((d) => d.table))].join(', ')
        throw new Error(
          `Upgrading the data file would leave ${dangling.length} broken link(s) in ${tables}; nothing was changed.`
        )
      }
    })()
  } finally {
    sqlite.pragma('foreign_keys = ON')
  }
}

/** A consistent copy of an open store (never a file copy of a live database). */
export function backupStore(sqlite: Database.Database, destination: string): void {
  // Created private when missing, but never chmod a folder the person chose (their Documents).
  fs.mkdirSync(path.dirname(destination), { recursive: true, mode: 0o700 })
  if (fs.existsSync(destination)) fs.rmSync(destination)
  // VACUUM INTO writes into an empty file, so it can be created private; an encrypted store's
  // copy is encrypted with the same key.
  makePrivateFile(destination)
  sqlite.prepare('VACUUM INTO ?').run(destination)
}

/** The migrations folder in the source tree (tests, harness, development). */
export const sourceMigrationsFolder = path.resolve(__dirname, 'migrations')
