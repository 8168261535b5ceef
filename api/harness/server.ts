// The loopback harness: serves the built renderer and answers POST /api/<verb> through the same
// dispatch as Electron IPC. Bound to 127.0.0.1 and guarded by a per-run token.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { contextFor } from '../context'
import { dispatchAsync } from '../dispatch'
import { openStore, sourceMigrationsFolder, type Store } from '../../db/store'

export interface HarnessOptions {
  /** Folder holding the data file (created if missing). */
  dataFolder: string
  /** The built renderer (electron-vite's out/renderer). */
  rendererFolder: string
  port?: number
  clock?: () => Date
}

export interface Harness {
  url: string
  token: string
  store: Store
  close(): Promise<void>
}

const MAX_BODY_BYTES = 64 * 1024 * 1024
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
}

export const DATA_FILE_NAME = 'partnership-log.sqlite'

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const store = openStore({
    file: path.join(options.dataFolder, DATA_FILE_NAME),
    migrationsFolder: sourceMigrationsFolder,
    backupsFolder: path.join(options.dataFolder, 'backups')
  })
  const ctx = contextFor(store, options.clock)
  const token = randomBytes(24).toString('hex')
  const rendererRoot = path.resolve(options.rendererFolder)
  let port = 0

  const server = http.createServer((req, res) => {
    // Refuse other Host headers so a web page cannot reach the harness by DNS rebinding.
    const host = req.headers.host ?? ''
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return send(res, 421, 'text/plain', 'Wrong host')
    }
    const url = new URL(req.url ?? '/', `http://${host}`)
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'Use POST')
      if (!tokenMatches(req.headers['x-harness-token'], token)) {
        return send(res, 403, 'text/plain', 'Missing or wrong token')
      }
      const name = decodeURIComponent(url.pathname.slice('/api/'.length))
      return readJson(req)
        .then((input) => dispatchAsync(name, input, ctx))
        .then((result) => send(res, 200, 'application/json', JSON.stringify(result)))
        .catch((error: Error) =>
          send(
            res,
            400,
            'application/json',
            JSON.stringify({ ok: false, error: { code: 'invalid_input', message: error.message } })
          )
        )
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain', 'Use GET')
    serveFile(res, rendererRoot, url.pathname)
  })

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    store,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          store.close()
          resolve()
        })
      })
  }
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false
  return timingSafeEqual(Buffer.from(given), Buffer.from(token))
}

function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new Error('The request is too large'))
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      try {
        resolve(text ? JSON.parse(text) : {})
      } catch {
        reject(new Error('The request body is not valid JSON'))
      }
    })
    req.on('error', reject)
  })
}

function serveFile(res: http.ServerResponse, root: string, pathname: string) {
  const relative =
    pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '')
  const file = path.resolve(root, relative)
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    return send(res, 404, 'text/plain', 'Not found')
  }
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream'
  send(res, 200, type, fs.readFileSync(file))
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer'
  })
  res.end(body)
}
