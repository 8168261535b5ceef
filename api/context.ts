// What every handler receives: the store, a clock and an id source (replaceable in tests).
import type Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import type { Db, Store } from '../db/store'

export interface ApiContext {
  db: Db
  sqlite: Database.Database
  /** "Now", so tests and the sample generator can fix time. */
  clock: () => Date
  newId: () => string
}

export function contextFor(store: Store, clock: () => Date = () => new Date()): ApiContext {
  return { db: store.db, sqlite: store.sqlite, clock, newId: randomUUID }
}

/** Today's date as YYYY-MM-DD in local time, the way a user reads "today". */
export function today(ctx: ApiContext): string {
  const d = ctx.clock()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}
