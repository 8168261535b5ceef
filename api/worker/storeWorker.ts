// A store worker: one connection to the data file, answering API calls through the one dispatch,
// off the thread that serves windows and HTTP. The writer applies migrations first; readers open
// the same file beside it (WAL) with query_only on, so a cheap read never waits for a long write.
import { parentPort, workerData } from 'node:worker_threads'
import { contextFor } from '../context'
import { dispatchAsync } from '../dispatch'
import { backupStore, openStore, type Store } from '../../db/store'
import type { ApiResult } from '../result'
import type { StoreWorkerData, WorkerReply, WorkerRequest } from './protocol'

/**
 * Each connection's page cache, in KB. This SQLite build defaults to 16 MB a connection, filled by
 * the integrity check at opening and kept; the file's pages stay in the system's own file cache
 * anyway, and the verbs measured no slower with 2 MB (500 sites, unencrypted).
 */
const PAGE_CACHE_KB = 4096

const data = workerData as StoreWorkerData
const port = parentPort
if (!port) throw new Error('The store worker runs only as a worker thread.')

function post(reply: WorkerReply, transfer: ArrayBuffer[] = []) {
  port?.postMessage(reply, transfer)
}

function errorOf(error: unknown) {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) }
}

let store: Store
try {
  store = openStore({
    file: data.file,
    migrationsFolder: data.migrationsFolder,
    backupsFolder: data.backupsFolder,
    ...(data.key ? { key: data.key } : {}),
    ...(data.fixedNow ? { now: () => new Date(data.fixedNow ?? '') } : {}),
    cacheKb: PAGE_CACHE_KB,
    readOnly: data.role === 'reader'
  })
  post({ kind: 'ready' })
} catch (error) {
  post({ kind: 'failed', error: errorOf(error) })
  process.exit(0)
}

const clock = data.fixedNow ? () => new Date(data.fixedNow ?? '') : () => new Date()
const ctx = contextFor(store, clock)

const encoder = new TextEncoder()

/**
 * The result as JSON text in UTF-8, made here so the thread that serves HTTP never rebuilds the
 * result as objects only to stringify them again. A result JSON cannot write is an internal error.
 */
function jsonBytes(name: string, result: ApiResult<unknown>): Uint8Array<ArrayBuffer> {
  let text: string
  try {
    text = JSON.stringify(result)
  } catch (error) {
    const message = `${name}: the answer could not be sent (${errorOf(error).message}).`
    text = JSON.stringify({ ok: false, error: { code: 'internal', message } })
  }
  return encoder.encode(text)
}

port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'backup') {
    try {
      backupStore(store.sqlite, request.destination)
      post({ id: request.id, kind: 'done' })
    } catch (error) {
      post({ id: request.id, kind: 'error', error: errorOf(error) })
    }
    return
  }
  void dispatchAsync(request.name, request.input, ctx).then((result) => {
    const refused = !result.ok && /readonly database/i.test(result.error.message)
    if (refused && data.role === 'reader') post({ id: request.id, kind: 'needsWriter' })
    else if (request.json) {
      const bytes = jsonBytes(request.name, result)
      post({ id: request.id, kind: 'json', bytes }, [bytes.buffer])
    } else post({ id: request.id, kind: 'result', result })
  })
})

port.on('close', () => store.close())
