// How a data export table is laid out: columns with readable headers read from one kind of row,
// and the shared columns and cell formats (labels instead of codes, local days, lists as text).
import { z } from 'zod'
import type { Db } from '../../../db/store'
import { parseStoredJson } from '../../../db/rows'
import { localDay, type ApiContext } from '../../context'
import type { StageModel } from '../../../domain/vocabulary'
import { removeEmailsAndPhones } from '../../../domain/reports/nameForms'

export type Cell = string | number | null

export interface Column<R> {
  header: string
  value: (row: R) => Cell
  /** Left out unless the user asks for private fields. */
  private?: boolean
}

export interface Programme {
  id: string
  stageModel: StageModel
}

/** Reads one kind and lays it out as a table; the row type stays inside. */
export type TableBuilder = (
  ctx: ApiContext,
  programme: Programme,
  includePrivate: boolean
) => { columns: string[]; rows: Cell[][] }

/** A label from a vocabulary, or the stored code when a list has since changed. */
export function label(labels: Record<string, string>, code: string | null): string | null {
  return code === null ? null : (labels[code] ?? code)
}
/** Archived-on columns show the user's local day, not the UTC instant. */
const day = (timestamp: string | null) => (timestamp ? localDay(new Date(timestamp)) : null)
const textList = z.array(z.string())
/** JSON arrays from the queries, as one cell: "first; second". */
export const list = (json: string) => parseStoredJson(textList, json).join('; ')
export const archived = <R extends { archivedAt: string | null }>(): Column<R> => ({
  header: 'Archived on',
  value: (r) => day(r.archivedAt)
})
export const site = <R extends { siteName: string }>(): Column<R> => ({
  header: 'Site',
  value: (r) => r.siteName
})

/** A table of the rows `read` returns, with these columns (which may depend on the stages used). */
export function spec<R>(
  read: (db: Db, programmeId: string) => R[],
  columns: Column<R>[] | ((stageModel: StageModel) => Column<R>[])
): TableBuilder {
  return (ctx, programme, includePrivate) => {
    const chosen = (typeof columns === 'function' ? columns(programme.stageModel) : columns).filter(
      (c) => includePrivate || !c.private
    )
    // Without private fields, emails and phone numbers typed into free text (notes) go too.
    const cell = includePrivate
      ? (v: Cell) => v
      : (v: Cell) => (typeof v === 'string' ? removeEmailsAndPhones(v) : v)
    return {
      columns: chosen.map((c) => c.header),
      rows: read(ctx.db, programme.id).map((r) => chosen.map((c) => cell(c.value(r))))
    }
  }
}
