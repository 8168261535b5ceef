// Messages between the transports and the store workers (worker_threads): plain JSON both ways,
// or, for the preview server, the answer already as JSON text (see StoreWorkers.callJson).
import type { ApiResult } from '../result'

export interface StoreWorkerData {
  file: string
  migrationsFolder: string
  backupsFolder?: string
  /** The store's encryption key, when it has one. */
  key?: string
  /** A fixed "now" (ISO) for tests and the sample; absent means the real clock. */
  fixedNow?: string
  /** A reader answers reads beside the one writer (WAL); it never writes. */
  role: 'writer' | 'reader'
}

export type WorkerTask =
  | {
      kind: 'call'
      name: string
      input: unknown
      /** Answer with the result as JSON text (UTF-8), for a transport that sends it on as is. */
      json?: boolean
    }
  | { kind: 'backup'; destination: string }
export type WorkerRequest = WorkerTask & { id: number }

export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'failed'; error: { name: string; message: string } }
  | { id: number; kind: 'result'; result: ApiResult<unknown> }
  /** The result as JSON text in UTF-8, its buffer transferred rather than copied. */
  | { id: number; kind: 'json'; bytes: Uint8Array }
  /** A reader was asked for a verb that writes: the pool sends it to the writer instead. */
  | { id: number; kind: 'needsWriter' }
  | { id: number; kind: 'done' }
  | { id: number; kind: 'error'; error: { name: string; message: string } }
