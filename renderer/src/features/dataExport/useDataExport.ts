// Runs a data export step by step, so the panel can show real progress: read each kind of record
// with dataExport.table in turn, build the zip or workbook, offer it for saving, then record it.
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import type { DataExportFormat } from '../../../../api/schemas/dataExport'
import { call } from '../../api/client'
import { downloadBytes } from '../../lib/files'
import { buildCsvZip, buildWorkbook, type ExportTable } from './exportFiles'

export type ExportProgress =
  | { state: 'idle' }
  | { state: 'working'; done: number; total: number; text: string }
  | { state: 'done'; text: string }
  | { state: 'failed'; text: string }

const FILES: Record<DataExportFormat, { ending: string; type: string; what: string }> = {
  csv: { ending: 'zip', type: 'application/zip', what: 'the zip file' },
  xlsx: {
    ending: 'xlsx',
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    what: 'the Excel workbook'
  }
}

/** "Agreed outcomes" -> "agreed outcomes", leaving "PDSA cycles" as it is. */
const inSentence = (label: string) => label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())

/** An API message without the field path it starts with ("programmeId: No programme ..."). */
function inWords(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/^[a-zA-Z.0-9]+: /, '')
}

export function useDataExport(programmeId: string) {
  const queryClient = useQueryClient()
  const [progress, setProgress] = useState<ExportProgress>({ state: 'idle' })

  const run = useCallback(
    async (format: DataExportFormat, includePrivate: boolean) => {
      const file = FILES[format]
      let saved: string | null = null
      try {
        setProgress({ state: 'working', done: 0, total: 1, text: 'Finding the records' })
        const overview = await call('dataExport.kinds', { programmeId })
        const total = overview.kinds.length + 1
        const tables: ExportTable[] = []
        for (const [i, kind] of overview.kinds.entries()) {
          const text = `Reading ${inSentence(kind.label)} (${i + 1} of ${overview.kinds.length})`
          setProgress({ state: 'working', done: i, total, text })
          tables.push(
            await call('dataExport.table', { programmeId, kind: kind.kind, includePrivate })
          )
        }
        setProgress({ state: 'working', done: total - 1, total, text: `Building ${file.what}` })
        const about = {
          programmeName: overview.programmeName,
          exportedOn: overview.exportedOn,
          includePrivate
        }
        const bytes =
          format === 'csv' ? buildCsvZip(tables, about) : await buildWorkbook(tables, about)
        const fileName = `${overview.fileStem}.${file.ending}`
        downloadBytes(fileName, bytes, file.type)
        saved = fileName
        await call('dataExport.record', { programmeId, format, fileName, includePrivate })
        await queryClient.invalidateQueries()
        const rows = tables.reduce((sum, t) => sum + t.rows.length, 0)
        setProgress({
          state: 'done',
          text: `Exported ${rows} ${rows === 1 ? 'record' : 'records'} of ${tables.length} kinds as ${fileName}. ${
            includePrivate ? 'Private fields are included.' : 'Private fields were left out.'
          }`
        })
      } catch (error) {
        setProgress({
          state: 'failed',
          text: saved
            ? `${saved} was saved, but the export could not be recorded: ${inWords(error)}`
            : `The export stopped and nothing was saved: ${inWords(error)}`
        })
      }
    },
    [programmeId, queryClient]
  )

  return { progress, run, running: progress.state === 'working' }
}
