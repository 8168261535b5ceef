// Data export verbs: a programme's records as flat tables (one per kind) that the renderer turns into
// CSV files or a workbook, and the record of each export. Tables carry readable headers, ISO dates,
// names instead of ids and labels instead of codes. Private fields (who said a quote, contact
// details) are only in a table when the user asked for them.
import { createHash } from 'node:crypto'
import { exportCounts } from '../../db/queries/dataExport'
import { recordExport } from '../../db/queries/reportExports'
import { today } from '../context'
import { handler } from '../handler'
import {
  DATA_KIND_KEYS,
  DATA_KINDS,
  dataExportKindsInput,
  dataExportRecordInput,
  dataExportTableInput,
  ROWS_ARE_PARTS
} from '../schemas/dataExport'
import { buildTable, type DataTable } from './dataExportTables'
import { requireProgramme } from './programmes'
import { slug } from './reviewPacks'

/** SHA-256 (hex) over every table of the export, as the server reads them now. */
export function exportFingerprint(tables: DataTable[]): string {
  const hash = createHash('sha256')
  for (const t of tables) hash.update(`${JSON.stringify([t.kind, t.columns, t.rows])}\n`, 'utf8')
  return hash.digest('hex')
}

export const dataExportHandlers = {
  'dataExport.kinds': handler(dataExportKindsInput, (ctx, { programmeId }) => {
    const programme = requireProgramme(ctx, programmeId)
    const counts = exportCounts(ctx.db, programmeId)
    return {
      programmeName: programme.name,
      /** The file name without its ending: "<programme-slug>-data-<today>". */
      fileStem: `${slug(programme.name)}-data-${today(ctx)}`,
      exportedOn: today(ctx),
      kinds: DATA_KIND_KEYS.map((kind) => {
        const rowCount = counts[kind] ?? 0
        const parts = ROWS_ARE_PARTS[kind]
        return {
          kind,
          label: DATA_KINDS[kind].label,
          rowCount,
          /** How many records the label counts: the rows, or (health checks) the checks. */
          recordCount: parts ? (counts[parts.recordCount] ?? 0) : rowCount,
          /** What one row is when it is part of a record ("judgement"), else null. */
          rowWord: parts?.rowWord ?? null
        }
      })
    }
  }),

  'dataExport.table': handler(dataExportTableInput, (ctx, input) =>
    buildTable(ctx, requireProgramme(ctx, input.programmeId), input.kind, input.includePrivate)
  ),

  'dataExport.record': handler(dataExportRecordInput, (ctx, input) => {
    const programme = requireProgramme(ctx, input.programmeId)
    const tables = DATA_KIND_KEYS.map((kind) =>
      buildTable(ctx, programme, kind, input.includePrivate)
    )
    const row = {
      id: ctx.newId(),
      programmeId: programme.id,
      scope: 'programme' as const,
      subject: programme.name,
      anonymised: false,
      format: input.format,
      fileName: input.fileName,
      fingerprint: exportFingerprint(tables),
      exportedAt: ctx.clock().toISOString()
    }
    recordExport(ctx.db, row)
    return row
  })
}
