// The shape of `window.api` that the preload exposes; types only, so the renderer can import it.
import type { ApiResult } from '../../api/result'

/** IPC channels the preload invokes and the main process handles; both sides check against it. */
export type BridgeChannel = 'api:call' | 'shell:saveReportPdf'

export type BackupOutcome = { saved: string } | { cancelled: true }

export interface ApiBridge {
  /** Runs one API verb in the main process; never rejects for a verb's own errors. */
  call(name: string, input: unknown): Promise<ApiResult<unknown>>
  /**
   * Prints a saved report to PDF (the report page, from a hidden window), asks where to save it,
   * writes it and records the export. Rejects with a message a person can read.
   */
  saveReportPdf(reportId: string, fileName: string): Promise<BackupOutcome>
}
