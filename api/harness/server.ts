// The loopback harness: serves the built renderer and answers POST /api/<verb> through the same
// dispatch as Electron IPC. Bound to 127.0.0.1 and guarded by a per-run token.
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { StoreWorkers } from '../worker/storeWorkers'
import { DATA_FILE_NAME } from '../../db/names'
import { openStore, sourceMigrationsFolder, type Store } from '../../db/store'
import { apiCallAllowed } from './access'
import { readJson, readTarget, refusal, RequestError, responder, securityHeaders } from './http'
import { rendererPolicy, serveRenderer } from './static'

export interface HarnessOptions {
  /** Folder holding the data file (created if missing). */
  dataFolder: string
  /** The built renderer (electron-vite's out/renderer). */
  rendererFolder: string
  port?: number
  /** The largest API request body taken (64 MB unless a test sets less). */
  maxBodyBytes?: number
  /** A fixed "now" for tests: read once at start and given to the store workers. */
  clock?: () => Date
  /** The data file's encryption key, when it has one. */
  storeKey?: string
  /** The migrations (db/migrations); the source tree's unless the server runs from a build. */
  migrationsFolder?: string
  /** The built store worker (out/main/storeWorker.js); StoreWorkers' default otherwise. */
  workerFile?: string
}

export interface Harness {
  url: string
  token: string
  /**
   * A connection of the test's own, opened on first use, for setting up records directly (the
   * server itself answers through the store workers, never on its own thread).
   */
  readonly store: Store
  close(): Promise<void>
}

const MAX_BODY_BYTES = 64 * 1024 * 1024

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const file = path.join(options.dataFolder, DATA_FILE_NAME)
  const migrationsFolder = options.migrationsFolder ?? sourceMigrationsFolder
  const workers = await StoreWorkers.start({
    file,
    migrationsFolder,
    backupsFolder: path.join(options.dataFolder, 'backups'),
    ...(options.storeKey ? { key: options.storeKey } : {}),
    ...(options.clock ? { fixedNow: options.clock().toISOString() } : {}),
    ...(options.workerFile ? { workerFile: options.workerFile } : {})
  })
  let testStore: Store | undefined
  const token = randomBytes(24).toString('hex')
  const rendererRoot = path.resolve(options.rendererFolder)
  let port = 0

  const headers = securityHeaders(rendererPolicy(rendererRoot))
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES
  const origins = () => [`http://127.0.0.1:${port}`, `http://localhost:${port}`]

  const server = http.createServer((req, res) => {
    const reply = responder(req, res, headers)
    // Whatever a request holds, it gets an answer: nothing it sends may stop the server.
    try {
      // Refuse other Host headers so a web page cannot reach the harness by DNS rebinding.
      const host = req.headers.host ?? ''
      if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
        return reply.text(421, 'Wrong host')
      }
      const target = readTarget(req.url, host)
      if (!target) return reply.text(400, 'Bad request: the address cannot be read')
      if (!target.pathname.startsWith('/api/')) {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          return reply.text(405, 'Use GET', { Allow: 'GET, HEAD' })
        }
        return serveRenderer(req, reply, target, { root: rendererRoot, token, port })
      }
      if (req.method !== 'POST') return reply.text(405, 'Use POST', { Allow: 'POST' })
      if (!apiCallAllowed(req, token, port, origins())) {
        req.resume()
        const message = 'Missing or wrong token: open the link the preview printed'
        return reply.json(403, refusal(message, 'internal'))
      }
      const name = target.pathname.slice('/api/'.length)
      // The worker that ran the verb wrote the answer's JSON; it is sent on untouched.
      const send = (json: Uint8Array) =>
        reply.file('application/json', Buffer.from(json.buffer, json.byteOffset, json.length))
      return readJson(req, maxBodyBytes)
        .then((input) => workers.callJson(name, input))
        .then(send)
        .catch((error: Error) =>
          error instanceof RequestError
            ? reply.json(error.status, refusal(error.message))
            : reply.json(500, refusal(`The preview server failed: ${error.message}`, 'internal'))
        )
    } catch (error) {
      console.error('The preview server could not answer a request', error)
      reply.text(500, 'The preview server could not answer this request')
    }
  })

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    get store() {
      testStore ??= openStore({
        file,
        migrationsFolder,
        ...(options.storeKey ? { key: options.storeKey } : {})
      })
      return testStore
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          testStore?.close()
          void workers.close().then(() => resolve())
        })
      })
  }
}
