// The store behind worker threads: one writer and readers beside it (WAL), so no SQL runs on the
// thread that serves the window (Electron's main process) or HTTP (the preview server). Reads go
// to an idle reader; writes, and any read that turns out to write, go to the writer.
import fs from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { ApiResult } from '../result'
import type { StoreWorkerData, WorkerReply, WorkerRequest, WorkerTask } from './protocol'

export interface StoreWorkersOptions extends Omit<StoreWorkerData, 'role'> {
  /** How many readers beside the writer; 0 sends everything to the writer. */
  readers?: number
  /** The built worker script (Electron); defaults to this folder's source run through tsx. */
  workerFile?: string
}

/** Verbs that only read: answered by a reader when one is free. */
const READ_VERB =
  /\.(list|get|overview|engagement|glance|summary|query|prepare|funnel|kinds|table|evidenceOptions|deletePreview|preview|find|page)$/

/**
 * Each worker's young generation (V8's nursery for short-lived objects), in MB. Left to V8 it grows
 * to 32 MB or more per worker thread and stays resident; a verb's garbage is short-lived and
 * small, so a small nursery costs a little more collecting and saves tens of MB per worker.
 */
const YOUNG_GENERATION_MB = 8

function noAnswer(name: string): ApiResult<unknown> {
  return { ok: false, error: { code: 'internal', message: `${name}: the store did not answer.` } }
}

export class StoreOpenError extends Error {
  constructor(name: string, message: string) {
    super(message)
    this.name = name
  }
}

interface Pending {
  resolve: (reply: WorkerReply) => void
  reject: (error: Error) => void
}

class StoreWorker {
  readonly #worker: Worker
  readonly #pending = new Map<number, Pending>()
  #next = 0
  busy = 0

  private constructor(worker: Worker) {
    this.#worker = worker
    worker.on('message', (reply: WorkerReply) => {
      if (!('id' in reply)) return
      const pending = this.#pending.get(reply.id)
      this.#pending.delete(reply.id)
      pending?.resolve(reply)
    })
    worker.on('error', (error) => this.#failAll(error))
    worker.on('exit', () => this.#failAll(new Error('The store worker stopped.')))
  }

  #failAll(error: Error) {
    for (const pending of this.#pending.values()) pending.reject(error)
    this.#pending.clear()
  }

  static start(file: string, data: StoreWorkerData): Promise<StoreWorker> {
    const execArgv = file.endsWith('.ts') ? ['--import', 'tsx'] : []
    const worker = new Worker(file, {
      workerData: data,
      execArgv,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
    })
    return new Promise((resolve, reject) => {
      const onMessage = (reply: WorkerReply) => {
        if (reply.kind === 'ready') {
          worker.off('message', onMessage)
          resolve(new StoreWorker(worker))
        } else if (reply.kind === 'failed') {
          worker.off('message', onMessage)
          void worker.terminate()
          reject(new StoreOpenError(reply.error.name, reply.error.message))
        }
      }
      worker.on('message', onMessage)
      worker.once('error', reject)
    })
  }

  send(task: WorkerTask): Promise<WorkerReply> {
    const id = ++this.#next
    this.busy++
    return new Promise<WorkerReply>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject })
      const request: WorkerRequest = { ...task, id }
      this.#worker.postMessage(request)
    }).finally(() => this.busy--)
  }

  stop(): Promise<number> {
    return this.#worker.terminate()
  }
}

function defaultWorkerFile(): string {
  const built = path.join(__dirname, 'storeWorker.js')
  return fs.existsSync(built) ? built : path.join(__dirname, 'storeWorker.ts')
}

export class StoreWorkers {
  private constructor(
    private readonly writer: StoreWorker,
    private readonly readers: StoreWorker[]
  ) {}

  /** Opens the store in the writer (migrating it), then the readers; rejects if it cannot open. */
  static async start(options: StoreWorkersOptions): Promise<StoreWorkers> {
    const { readers = 1, workerFile = defaultWorkerFile(), ...data } = options
    const writer = await StoreWorker.start(workerFile, { ...data, role: 'writer' })
    try {
      const started = await Promise.all(
        Array.from({ length: readers }, () =>
          StoreWorker.start(workerFile, { ...data, role: 'reader' })
        )
      )
      return new StoreWorkers(writer, started)
    } catch (error) {
      await writer.stop()
      throw error
    }
  }

  /** One API verb, answered as dispatch answers it. */
  async call(name: string, input: unknown): Promise<ApiResult<unknown>> {
    const reply = await this.route({ kind: 'call', name, input })
    return reply.kind === 'result' ? reply.result : noAnswer(name)
  }

  /**
   * The same answer as JSON text (UTF-8), written by the worker that ran the verb: the preview
   * server sends it on as it is, so its own thread never holds the result as objects.
   */
  async callJson(name: string, input: unknown): Promise<Uint8Array> {
    const reply = await this.route({ kind: 'call', name, input, json: true })
    return reply.kind === 'json'
      ? reply.bytes
      : new TextEncoder().encode(JSON.stringify(noAnswer(name)))
  }

  /** Reads to the least busy reader, the rest (and any read that turns out to write) to the writer. */
  private async route(task: Extract<WorkerTask, { kind: 'call' }>): Promise<WorkerReply> {
    const reader = READ_VERB.test(task.name) ? this.idleReader() : undefined
    const reply = await (reader ?? this.writer).send(task)
    return reply.kind === 'needsWriter' ? this.writer.send(task) : reply
  }

  /** A consistent copy of the store (VACUUM INTO), written by the writer. */
  async backup(destination: string): Promise<void> {
    const reply = await this.writer.send({ kind: 'backup', destination })
    if (reply.kind === 'error') throw new Error(reply.error.message)
  }

  async close(): Promise<void> {
    await Promise.all([this.writer, ...this.readers].map((w) => w.stop()))
  }

  private idleReader(): StoreWorker | undefined {
    return [...this.readers].sort((a, b) => a.busy - b.busy)[0]
  }
}
