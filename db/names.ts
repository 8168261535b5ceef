// Names the store's files and tables share with the main process, the preview and the tests.

/** The one data file in the data folder. */
export const DATA_FILE_NAME = 'partnership-log.sqlite'

/** Where drizzle records the migrations applied to a store. */
export const MIGRATIONS_TABLE = '__drizzle_migrations'

/**
 * The time in a backup's file name (kind-2026-11-21T10-00-00-000Z.sqlite): UTC, so names sort in
 * the order they were taken, with the characters file systems refuse replaced.
 */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-')
}
