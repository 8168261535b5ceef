// Saving a report as a file. Word: the document comes from the API as base64 and is offered for
// saving. PDF: in Electron the main process prints the report page from a hidden window and asks
// where to save it; in the browser preview the browser's own print (Save as PDF) prints this page,
// whose print stylesheet leaves only the report.
import { call } from '../../api/client'
import { downloadBytes } from '../../lib/files'

const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export type ExportOutcome = { saved: string } | { cancelled: true }

function base64Bytes(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
}

export async function exportWord(reportId: string): Promise<ExportOutcome> {
  const file = await call('reports.exportWord', { id: reportId })
  downloadBytes(file.fileName, base64Bytes(file.base64), WORD_TYPE)
  await call('reports.recordExport', { id: reportId, format: 'docx', fileName: file.fileName })
  return { saved: file.fileName }
}

export async function exportPdf(reportId: string, fileStem: string): Promise<ExportOutcome> {
  const fileName = `${fileStem}.pdf`
  if (window.api) return window.api.saveReportPdf(reportId, fileName)
  window.print()
  await call('reports.recordExport', { id: reportId, format: 'pdf', fileName })
  return { saved: fileName }
}
