// Whether a store's schema is exactly one this app's migrations produce at some version: the
// restore check that refuses a dropped table, an extra column or index, or a planted trigger or
// view that would otherwise run on the person's data.
import Database from 'better-sqlite3'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { MIGRATIONS_TABLE } from './names'

export interface SchemaObject {
  type: string
  name: string
  table: string
  /** The CREATE statement with runs of white space made single spaces. */
  sql: string
}

export interface ExpectedSchema {
  /** How many migrations made it (1 = the first). */
  migrations: number
  /** The newest migration's timestamp, as recorded in the store's migrations table. */
  folderMillis: number
  objects: SchemaObject[]
}

/**
 * Every object in the store, in a stable order. SQLite's own bookkeeping (autoindexes,
 * sqlite_sequence, statistics) follows from the rest; the migrations table is drizzle's own.
 */
export function schemaOf(sqlite: Database.Database): SchemaObject[] {
  const rows = sqlite
    .prepare(
      `SELECT type, name, tbl_name AS "table", coalesce(sql, '') AS sql FROM sqlite_master
       WHERE NOT (type IN ('table', 'index') AND name LIKE 'sqlite\\_%' ESCAPE '\\')
         AND NOT (type = 'table' AND name = ?)
       ORDER BY type, name`
    )
    .all(MIGRATIONS_TABLE) as SchemaObject[]
  return rows.map((row) => ({ ...row, sql: row.sql.replace(/\s+/g, ' ').trim() }))
}

const cache = new Map<string, ExpectedSchema[]>()

/** The schema after each prefix of the migrations, built once per folder on in-memory stores. */
export function expectedSchemas(migrationsFolder: string): ExpectedSchema[] {
  const cached = cache.get(migrationsFolder)
  if (cached) return cached
  const migrations = readMigrationFiles({ migrationsFolder })
  const sqlite = new Database(':memory:')
  const result: ExpectedSchema[] = []
  try {
    migrations.forEach((migration, index) => {
      for (const statement of migration.sql) if (statement.trim()) sqlite.exec(statement)
      result.push({
        migrations: index + 1,
        folderMillis: migration.folderMillis,
        objects: schemaOf(sqlite)
      })
    })
  } finally {
    sqlite.close()
  }
  cache.set(migrationsFolder, result)
  return result
}

/**
 * What is wrong with `actual` compared with the schema the app makes at the version the store
 * records, in words; an empty list when it is exactly that schema.
 */
export function schemaDifferences(actual: SchemaObject[], expected: SchemaObject[]): string[] {
  const key = (o: SchemaObject) => `${o.type} ${o.name}`
  const want = new Map(expected.map((o) => [key(o), o]))
  const have = new Map(actual.map((o) => [key(o), o]))
  const problems: string[] = []
  for (const [k, o] of want) {
    const found = have.get(k)
    if (!found) problems.push(`the ${o.type} "${o.name}" is missing`)
    else if (found.sql !== o.sql) problems.push(`the ${o.type} "${o.name}" has been changed`)
  }
  for (const [k, o] of have) {
    if (!want.has(k)) problems.push(`it has a ${o.type} "${o.name}" the app never makes`)
  }
  return problems
}

/**
 * The newest migration a store records: undefined when it has no migrations table (it is not this
 * app's data), null when the table is empty.
 */
export function newestMigration(sqlite: Database.Database): number | null | undefined {
  const hasTable = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(MIGRATIONS_TABLE)
  if (!hasTable) return undefined
  const row = sqlite.prepare(`SELECT max(created_at) AS newest FROM ${MIGRATIONS_TABLE}`).get() as {
    newest: number | null
  }
  return row.newest === null ? null : Number(row.newest)
}

/** SQLite's full integrity check; false too when damage stops the check itself. */
export function passesIntegrityCheck(sqlite: Database.Database): boolean {
  try {
    const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[]
    return rows.every((r) => r.integrity_check === 'ok')
  } catch {
    // SQLite stops the check with "database disk image is malformed" on some damage.
    return false
  }
}

/** The records whose links lead nowhere, by table (SQLite's foreign key check). */
export function danglingLinks(sqlite: Database.Database): { table: string }[] {
  return sqlite.pragma('foreign_key_check') as { table: string }[]
}
