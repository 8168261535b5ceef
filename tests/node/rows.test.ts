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

describe('kept prepared statements', () => {
  const numbers = z.strictObject({ n: col.number })
  const read = (db: ReturnType<typeof openStore>['db'], at: number) =>
    allRows(db, numbers, sql`SELECT n FROM kept WHERE n >= ${at} ORDER BY n`).map((r) => r.n)

  it('answer with the data and parameters of each call, per connection', () => {
    const one = openStore({ file: ':memory:', migrationsFolder: sourceMigrationsFolder })
    const two = openStore({ file: ':memory:', migrationsFolder: sourceMigrationsFolder })
    for (const [store, values] of [
      [one, [1, 2, 3]],
      [two, [10, 20]]
    ] as const) {
      store.sqlite.exec('CREATE TABLE kept (n INTEGER)')
      for (const v of values) store.sqlite.prepare('INSERT INTO kept VALUES (?)').run(v)
    }
    expect(read(one.db, 2)).toEqual([2, 3])
    expect(read(two.db, 2)).toEqual([10, 20])
    one.sqlite.exec('INSERT INTO kept VALUES (4)')
    expect(read(one.db, 3)).toEqual([3, 4])
    expect(oneRow(one.db, numbers, sql`SELECT n FROM kept WHERE n = ${4}`)).toEqual({ n: 4 })
    one.close()
    two.close()
  })

  it('still work after the schema changes, and past the number kept', () => {
    const store = openStore({ file: ':memory:', migrationsFolder: sourceMigrationsFolder })
    store.sqlite.exec('CREATE TABLE kept (n INTEGER)')
    store.sqlite.exec('INSERT INTO kept VALUES (5)')
    expect(read(store.db, 0)).toEqual([5])
    store.sqlite.exec('ALTER TABLE kept ADD COLUMN label TEXT; CREATE INDEX kept_n ON kept (n)')
    expect(read(store.db, 0)).toEqual([5])
    for (let i = 0; i < 400; i++) {
      expect(oneRow(store.db, numbers, sql.raw(`SELECT ${i} AS n`))).toEqual({ n: i })
    }
    expect(read(store.db, 0)).toEqual([5])
    store.close()
  })
})
