// Every table of the data export is one flat read over a programme: the records of one kind with
// the names of the sites, people and organisations they point to already joined in, archived
// records included. Rows come out in a stable order (site, then date, then insertion) so the same
// data gives the same file and the same fingerprint.
import type { SQL } from 'drizzle-orm'
import type { z } from 'zod'
import type { Db } from '../../store'
import { allRows } from '../../rows'

/** A read of one kind of record across a programme, its rows typed and checked by `schema`. */
export function programmeRows<S extends z.ZodType>(
  schema: S,
  query: (programmeId: string) => SQL
): (db: Db, programmeId: string) => z.output<S>[] {
  return (db, programmeId) => allRows(db, schema, query(programmeId))
}
