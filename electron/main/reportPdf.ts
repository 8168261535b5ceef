// A report as PDF in the app: the report page printed by Chromium (printToPDF) from a hidden
// window with the same locked-down settings as the main one, saved where the user chooses, and
// recorded as an export only once the file is written.
import fs from 'node:fs/promises'
import path from 'node:path'
import { app, BrowserWindow } from 'electron'
import type { BackupOutcome } from '../preload/bridge'
import type { AppData } from './data'
import { saveDialog } from './dialogs'
import { windowOptions } from './security'

const READY_TIMEOUT_MS = 60_000

/** The file name part only, with a .pdf ending: the renderer cannot choose a folder. */
export function pdfFileName(requested: string): string {
  const base = [...path.basename(requested.replace(/\\/g, '/'))]
    .filter((c) => c.charCodeAt(0) >= 32 && !'<>:"|?*'.includes(c))
    .join('')
  return base.toLowerCase().endsWith('.pdf') ? base : `${base || 'report'}.pdf`
}

async function whenReportReady(window: BrowserWindow): Promise<void> {
  const started = Date.now()
  for (;;) {
    const state: unknown = await window.webContents.executeJavaScript(
      'document.body.dataset.reportReady ?? ""'
    )
    if (state === 'true') return
    if (state === 'error') {
      throw new Error('The report could not be prepared: open it in the app to see why.')
    }
    if (Date.now() - started > READY_TIMEOUT_MS)
      throw new Error('The report took too long to prepare.')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export async function saveReportPdf(
  data: AppData,
  parent: BrowserWindow | null,
  page: { preloadFile: string; load: (window: BrowserWindow, hash: string) => Promise<void> },
  reportId: string,
  requestedName: string
): Promise<BackupOutcome> {
  const printer = new BrowserWindow({ ...windowOptions(page.preloadFile), show: false })
  let pdf: Buffer
  try {
    await page.load(printer, `/print/reports/${encodeURIComponent(reportId)}`)
    await whenReportReady(printer)
    pdf = await printer.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true
    })
  } finally {
    printer.destroy()
  }
  const { canceled, filePath } = await saveDialog(parent, {
    title: 'Save the report as PDF',
    defaultPath: path.join(app.getPath('documents'), pdfFileName(requestedName)),
    buttonLabel: 'Save PDF',
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation']
  })
  if (canceled || !filePath) return { cancelled: true }
  await fs.writeFile(filePath, pdf)
  const recorded = await data.call('reports.recordExport', {
    id: reportId,
    format: 'pdf',
    fileName: path.basename(filePath)
  })
  if (!recorded.ok) throw new Error(`The PDF was saved but not recorded: ${recorded.error.message}`)
  return { saved: filePath }
}
