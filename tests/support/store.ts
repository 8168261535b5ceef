// Store fixtures for tests: a fresh migrated in-memory store, the API context over it with a fixed
// clock and predictable ids, a typed call through the real dispatch, and a snapshot of every row.
import type { ApiContext } from '../../api/context'
import type { ApiInput, ApiName, ApiOutput } from '../../api/contract'
import { dispatch } from '../../api/dispatch'
import type { ApiResult } from '../../api/result'
import { openStore, sourceMigrationsFolder, type Store } from '../../db/store'
import { dispatchValue } from './api'

// 10 am on 2026-11-21 where the tests run, so "today" is the 21st in every time zone (an instant
// fixed in UTC is the 22nd at UTC+14); stored timestamps are compared with FIXED_NOW.toISOString().
export const FIXED_NOW = new Date(2026, 10, 21, 10, 0, 0)

/** A new in-memory store with every migration applied; the caller closes it. */
export function memoryStore(): Store {
  return openStore({ file: ':memory:', migrationsFolder: sourceMigrationsFolder })
}

export interface TestApi {
  store: Store
  ctx: ApiContext
  /** Calls a verb and returns its value, failing the test with the API's message otherwise. */
  call<K extends ApiName>(name: K, input: ApiInput<K>): ApiOutput<K>
  /** Calls a verb and returns the raw result, for testing rejections. */
  attempt(name: string, input: unknown): ApiResult<unknown>
  close(): void
}

/** A migrated in-memory store with a context whose clock reads `now` and whose ids count up. */
export function testApi(now: Date = FIXED_NOW): TestApi {
  const store = memoryStore()
  let n = 0
  const ctx: ApiContext = {
    db: store.db,
    sqlite: store.sqlite,
    clock: () => now,
    newId: () => `id-${String(++n).padStart(4, '0')}`
  }
  return {
    store,
    ctx,
    call: (name, input) => dispatchValue(ctx, name, input),
    attempt: (name, input) => dispatch(name, input, ctx),
    close: () => store.close()
  }
}

/** Every row of every user table, to prove a rejected call changed nothing. */
export function snapshot(store: Store): Record<string, unknown[]> {
  const tables = store.sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name"
    )
    .all() as { name: string }[]
  return Object.fromEntries(
    tables.map((t) => [
      t.name,
      store.sqlite.prepare(`SELECT * FROM "${t.name}" ORDER BY rowid`).all()
    ])
  )
}
