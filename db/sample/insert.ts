// Writes the sample's rows in bulk: prepared statements per table, reused for every batch of rows.
import Database from 'better-sqlite3'
import { getTableColumns, getTableName, is, SQL } from 'drizzle-orm'
import type { SQLiteInsertValue, SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Db } from '../store'

// Rows per drizzle INSERT on the fallback path: well under SQLite's bound-parameter limit.
const CHUNK = 200
// Rows per prepared INSERT on the fast path: a few thousand parameters at most.
const BATCH = 50

/**
 * Inserts rows in order. Drizzle builds every multi-row statement afresh, and at 500 sites (about
 * 250,000 rows) building them took longer than SQLite took to store them; so when the store's
 * better-sqlite3 connection is at hand, one statement is prepared per table and run for each batch
 * of rows, inside a savepoint so a file store is not committed row by row. Values still go through each
 * column's own mapping, and a value left out takes the column's default, as with drizzle.
 */
export function insertRows<T extends SQLiteTable>(
  db: Db,
  table: T,
  rows: SQLiteInsertValue<T>[]
): void {
  if (rows.length === 0) return
  const client = '$client' in db && db.$client instanceof Database ? db.$client : null
  const columns = Object.entries(getTableColumns(table))
  // A default computed by SQL (created_at's "now") cannot be bound; such rows go through drizzle.
  const computed = columns.filter(([, c]) => c.hasDefault && is(c.default, SQL))
  const bindable = (row: object) => computed.every(([key]) => valueOf(row, key) !== undefined)
  if (!client || !rows.every(bindable)) {
    for (let i = 0; i < rows.length; i += CHUNK) {
      db.insert(table)
        .values(rows.slice(i, i + CHUNK))
        .run()
    }
    return
  }
  const names = columns.map(([, c]) => `"${c.name}"`).join(', ')
  const tuple = `(${columns.map(() => '?').join(', ')})`
  const insert = (count: number) =>
    client.prepare(
      `INSERT INTO "${getTableName(table)}" (${names}) VALUES ${Array(count).fill(tuple).join(', ')}`
    )
  const values = (row: object) =>
    columns.map(([key, column]) => {
      const value = valueOf(row, key)
      if (value === null) return null
      if (value !== undefined) return column.mapToDriverValue(value)
      return column.hasDefault ? column.default : null
    })
  // Several rows per statement: the search index's triggers cost far less per statement than
  // per row. The rows still go in one by one, in order, so rowids are as with one row a time.
  const batch = Math.min(BATCH, rows.length)
  const many = insert(batch)
  const one = batch > 1 ? insert(1) : many
  client.transaction(() => {
    let i = 0
    for (; i + batch <= rows.length; i += batch) {
      many.run(rows.slice(i, i + batch).flatMap(values))
    }
    for (; i < rows.length; i++) one.run(values(rows[i] as object))
  })()
}

function valueOf(row: object, key: string): unknown {
  return (row as Record<string, unknown>)[key]
}
