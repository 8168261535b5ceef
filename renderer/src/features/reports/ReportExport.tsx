// The report as it will be exported, with the export buttons above it.
import { useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useApiQuery } from '../../api/hooks'
import { exportPdf, exportWord, type ExportOutcome } from './exportReport'
import { NamesRemain } from './NamesRemain'
import { ReportDocumentView } from './ReportDocument'

export function ReportExport(props: { reportId: string; unsaved: boolean }) {
  const rendered = useApiQuery('reports.render', { id: props.reportId })
  const queryClient = useQueryClient()
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null)
  const [busy, setBusy] = useState(false)
  const run = async (format: string, go: () => Promise<ExportOutcome>) => {
    setBusy(true)
    setStatus({ text: `Exporting ${format}…` })
    try {
      const outcome = await go()
      setStatus({ text: 'saved' in outcome ? `Exported ${outcome.saved}.` : 'Export cancelled.' })
      await queryClient.invalidateQueries()
    } catch (error) {
      setStatus({ text: (error as Error).message, error: true })
    } finally {
      setBusy(false)
    }
  }
  const ready = rendered.isSuccess && !props.unsaved && !busy
  return (
    <section className="report-preview" aria-label="Report preview">
      <div className="report-actions report-print-hide">
        <button
          type="button"
          disabled={!ready}
          onClick={() =>
            rendered.data &&
            void run('PDF', () => exportPdf(props.reportId, rendered.data.fileStem))
          }
        >
          Export PDF
        </button>
        <button
          type="button"
          disabled={!ready}
          onClick={() => void run('Word', () => exportWord(props.reportId))}
        >
          Export Word
        </button>
        <p role="status" className={status?.error ? 'form-error' : 'muted'}>
          {props.unsaved
            ? 'Save your changes to the report before exporting it.'
            : (status?.text ?? '')}
        </p>
      </div>
      {rendered.isPending ? (
        <p className="muted" role="status">
          Preparing the report…
        </p>
      ) : null}
      {rendered.isError ? <NamesRemain error={rendered.error} /> : null}
      {rendered.data ? <ReportDocumentView doc={rendered.data.document} /> : null}
    </section>
  )
}
