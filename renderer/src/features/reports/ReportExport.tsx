// The report as it will be exported, with the export buttons above it.
import { useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useApiQuery } from '../../api/hooks'
import { exportPdf, exportWord, type ExportOutcome } from './exportReport'
import { NamesRemain } from './NamesRemain'
import { ReportDocumentView } from './ReportDocument'

export function ReportExport(props: {
  reportId: string
  unsaved: boolean
  /** Saves the settings' changes first; false when they were refused (the form says why). */
  saveFirst: () => Promise<boolean>
}) {
  const rendered = useApiQuery('reports.render', { id: props.reportId })
  const queryClient = useQueryClient()
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null)
  const [busy, setBusy] = useState(false)
  const run = async (format: string, go: (stem: string) => Promise<ExportOutcome>) => {
    setBusy(true)
    try {
      let stem = rendered.data?.fileStem
      if (props.unsaved) {
        setStatus({ text: 'Saving the report…' })
        if (!(await props.saveFirst())) {
          setStatus({ text: 'The changes were not saved: see the report settings.', error: true })
          return
        }
        // The export is of the report as saved: read it again before making the file.
        stem = (await rendered.refetch()).data?.fileStem
        if (!stem) throw new Error('The saved report could not be prepared for export')
      }
      setStatus({ text: `Exporting ${format}…` })
      const outcome = await go(stem ?? '')
      setStatus({ text: 'saved' in outcome ? `Exported ${outcome.saved}.` : 'Export cancelled.' })
      await queryClient.invalidateQueries()
    } catch (error) {
      setStatus({ text: (error as Error).message, error: true })
    } finally {
      setBusy(false)
    }
  }
  const ready = rendered.isSuccess && !busy
  const verb = props.unsaved ? 'Save and export' : 'Export'
  return (
    <section className="report-preview" aria-label="Report preview">
      <div className="report-actions report-print-hide">
        <button
          type="button"
          disabled={!ready}
          onClick={() => void run('PDF', (stem) => exportPdf(props.reportId, stem))}
        >
          {verb} PDF
        </button>
        <button
          type="button"
          disabled={!ready}
          onClick={() => void run('Word', () => exportWord(props.reportId))}
        >
          {verb} Word
        </button>
        <p role="status" className={status?.error ? 'form-error' : 'muted'}>
          {props.unsaved && !busy && !status?.error
            ? 'The preview shows the report as last saved; exporting saves it first.'
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
