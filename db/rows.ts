// Raw SQL rows with a checked shape. Drizzle's builder types its own queries; a hand-written
// `sql` query is typed by a zod row schema instead of a bare interface, and the rows are parsed
// against it whenever the tests run (vitest sets VITEST; CHECK_ROWS=1 turns it on elsewhere), so
// a renamed column or alias fails the test that runs the query rather than a screen at run time.
// The app itself does not pay for the check: the rows it reads are the rows the tests checked.
//
// Row schemas describe what SQLite returns: text, numbers (booleans come back as 0 or 1),
// null. They must not transform, since the app uses the rows as read. Stored JSON (a column or
// a json_group_array) is parsed with `parseStoredJson`, always, because its shape is not SQL's.
import type Database from 'better-sqlite3'
import type { SQL } from 'drizzle-orm'
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core'
import { z } from 'zod'
import type { Db } from './store'

const checking = process.env.VITEST === 'true' || process.env.CHECK_ROWS === '1'

/** Thrown when a row does not match its schema (only while checking) or stored JSON is bad. */
export class RowShapeError extends Error {
  constructor(what: string, issues: z.core.$ZodIssue[]) {
    super(`${what} does not have the expected shape: ${z.prettifyError(new z.ZodError(issues))}`)
    this.name = 'RowShapeError'
  }
}

function check<S extends z.ZodType>(schema: S, row: unknown, index: number): void {
  const result = schema.safeParse(row)
  if (!result.success) throw new RowShapeError(`Row ${index + 1}`, result.error.issues)
}

// Prepared statements kept per connection, most recently used last. Drizzle prepares a raw query
// afresh on every call; the dashboard's statements took about 0.8 ms a call to prepare at 50 sites
// (13% of the verb). Queries whose text varies (IN lists of any length) take their own entries,
// so the cache is bounded; SQLite re-prepares a kept statement itself if the schema changes.
const dialect = new SQLiteSyncDialect()
const KEPT_STATEMENTS = 300
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>()

function prepared(db: Db, query: SQL): { statement: Database.Statement; params: unknown[] } {
  const { sql: text, params } = dialect.sqlToQuery(query)
  const client = db.$client
  let kept = statements.get(client)
  if (!kept) statements.set(client, (kept = new Map()))
  const statement = kept.get(text) ?? client.prepare(text)
  kept.delete(text)
  kept.set(text, statement)
  if (kept.size > KEPT_STATEMENTS) kept.delete(kept.keys().next().value ?? '')
  return { statement, params }
}

/** Forgets a connection's kept statements, so a test watching what is prepared sees them all. */
export function forgetKeptStatements(db: Db): void {
  statements.delete(db.$client)
}

/** Every row of a raw query, typed by (and in tests checked against) its row schema. */
export function allRows<S extends z.ZodType>(db: Db, schema: S, query: SQL): z.output<S>[] {
  const { statement, params } = prepared(db, query)
  const rows = statement.all(...params) as z.output<S>[]
  if (checking) rows.forEach((row, index) => check(schema, row, index))
  return rows
}

/** The first row of a raw query, or undefined; typed and checked like `allRows`. */
export function oneRow<S extends z.ZodType>(
  db: Db,
  schema: S,
  query: SQL
): z.output<S> | undefined {
  const { statement, params } = prepared(db, query)
  const row = statement.get(...params) as z.output<S> | undefined
  if (checking && row !== undefined) check(schema, row, 0)
  return row
}

/** JSON kept in the store (a text column or SQLite's json_group_array), parsed and checked. */
export function parseStoredJson<S extends z.ZodType>(schema: S, text: string): z.output<S> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new RowShapeError('Stored JSON', [
      { code: 'custom', message: 'is not valid JSON', path: [], input: text }
    ])
  }
  const result = schema.safeParse(value)
  if (!result.success) throw new RowShapeError('Stored JSON', result.error.issues)
  return result.data
}

/** Column shapes for row schemas: SQLite's types as better-sqlite3 returns them. */
export const col = {
  text: z.string(),
  optionalText: z.string().nullable(),
  number: z.number(),
  optionalNumber: z.number().nullable(),
  /** SQLite has no boolean: a comparison or a 0/1 column comes back as a number. */
  flag: z.union([z.literal(0), z.literal(1)])
}
