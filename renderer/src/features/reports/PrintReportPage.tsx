// The report alone, for printing to PDF: Electron's hidden print window and the tests load this
// route and wait for body[data-report-ready] before printing.
import { useEffect } from 'react'
import { useParams } from 'react-router'
import { useApiQuery } from '../../api/hooks'
import { NamesRemain } from './NamesRemain'
import { ReportDocumentView } from './ReportDocument'

export function PrintReportPage() {
  const reportId = useParams().reportId ?? ''
  const rendered = useApiQuery('reports.render', { id: reportId })
  const state = rendered.isSuccess ? 'true' : rendered.isError ? 'error' : null
  useEffect(() => {
    if (!state) return
    // Fonts and the chart images must be ready before the page is printed.
    void document.fonts.ready.then(() => {
      document.body.dataset.reportReady = state
    })
    return () => {
      delete document.body.dataset.reportReady
    }
  }, [state])
  return (
    <main id="main" className="report-print">
      {rendered.isError ? <NamesRemain error={rendered.error} /> : null}
      {rendered.data ? <ReportDocumentView doc={rendered.data.document} /> : null}
    </main>
  )
}
