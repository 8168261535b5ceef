import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { allRows, col, oneRow, parseStoredJson, RowShapeError } from '../../db/rows'
import { openStore, sourceMigrationsFolder } from '../../db/store'

describe('checked raw rows', () => {
  const store = openStore({ file: ':memory:', migrationsFolder: sourceMigrationsFolder })
  const row = z.strictObject({ id: col.text, count: col.number, note: col.optionalText })

  it('returns rows that match their schema', () => {
    const rows = allRows(store.db, row, sql`SELECT 'a' AS id, 2 AS count, NULL AS note`)
    expect(rows).toEqual([{ id: 'a', count: 2, note: null }])
    expect(oneRow(store.db, row, sql`SELECT 'b' AS id, 3 AS count, 'x' AS note`)).toEqual({
      id: 'b',
      count: 3,
      note: 'x'
    })
    expect(oneRow(store.db, row, sql`SELECT 1 AS id WHERE 0`)).toBeUndefined()
  })

  it('fails in tests when a column is renamed, missing or of another type', () => {
    expect(() => allRows(store.db, row, sql`SELECT 'a' AS id, 2 AS total, NULL AS note`)).toThrow(
      RowShapeError
    )
    expect(() => oneRow(store.db, row, sql`SELECT 'a' AS id, '2' AS count, NULL AS note`)).toThrow(
      /count/
    )
  })

  it('parses stored JSON with a schema and refuses the wrong shape', () => {
    expect(parseStoredJson(z.array(z.string()), '["a","b"]')).toEqual(['a', 'b'])
    expect(() => parseStoredJson(z.array(z.string()), '[1]')).toThrow(RowShapeError)
    expect(() => parseStoredJson(z.array(z.string()), 'not json')).toThrow(/not valid JSON/)
  })
})
