// A store worker: one connection to the data file, answering API calls through the one dispatch,
// off the thread that serves windows and HTTP. The writer applies migrations first; readers open
// the same file beside it (WAL) with query_only on, so a cheap read never waits for a long write.
import { parentPort, workerData } from 'node:worker_threads'
import { contextFor } from '../context'
import { dispatchAsync } from '../dispatch'
import { backupStore, openStore, type Store } from '../../db/store'
import type { StoreWorkerData, WorkerReply, WorkerRequest } from './protocol'

const data = workerData as StoreWorkerData
const port = parentPort
if (!port) throw new Error('The store worker runs only as a worker thread.')

function post(reply: WorkerReply) {
  port?.postMessage(reply)
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
    ...(data.fixedNow ? { now: () => new Date(data.fixedNow ?? '') } : {})
  })
  if (data.role === 'reader') store.sqlite.pragma('query_only = ON')
  post({ kind: 'ready' })
} catch (error) {
  post({ kind: 'failed', error: errorOf(error) })
  process.exit(0)
}

const clock = data.fixedNow ? () => new Date(data.fixedNow ?? '') : () => new Date()
const ctx = contextFor(store, clock)

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
    else post({ id: request.id, kind: 'result', result })
  })
})

port.on('close', () => store.close())
