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

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0')

/** An instant's date as YYYY-MM-DD in local time, the way a user reads the day. */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Today's date as YYYY-MM-DD in local time, the way a user reads "today". */
export function today(ctx: ApiContext): string {
  return localDay(ctx.clock())
}

/**
 * Now in local time with its UTC offset (2026-06-01T00:30:00.000+01:00): the same instant as
 * toISOString(), but its first ten characters are the user's day, for records whose day is read
 * from their timestamp (a quote saved without a meeting).
 */
export function localTimestamp(ctx: ApiContext): string {
  const d = ctx.clock()
  const offset = -d.getTimezoneOffset()
  const sign = offset >= 0 ? '+' : '-'
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`
  return `${localDay(d)}T${time}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
}
