// The layout of each kind of record in a data export: its columns (readable headers, ISO dates,
// names instead of ids, labels instead of codes) and which of them are private. The columns of
// each kind are in exportTables/, grouped as the queries are.
import type { ApiContext } from '../context'
import { DATA_KINDS, type DataKind } from '../schemas/dataExport'
import type { Cell, Programme, TableBuilder } from './exportTables/columns'
import { changesTables } from './exportTables/changes'
import { meetingsTables } from './exportTables/meetings'
import { outcomesTables } from './exportTables/outcomes'
import { partnershipTables } from './exportTables/partnership'

export type { Cell }

export interface DataTable {
  kind: DataKind
  label: string
  fileName: string
  columns: string[]
  rows: Cell[][]
}

const KINDS: Record<DataKind, TableBuilder> = {
  ...partnershipTables,
  ...meetingsTables,
  ...outcomesTables,
  ...changesTables
}

export function buildTable(
  ctx: ApiContext,
  programme: Programme,
  kind: DataKind,
  includePrivate: boolean
): DataTable {
  return { kind, ...DATA_KINDS[kind], ...KINDS[kind](ctx, programme, includePrivate) }
}
