// The harness's HTTP plumbing: the headers every answer carries, reading a request's address and
// JSON body without ever throwing past the server, and answering in plain text or JSON.
import type http from 'node:http'

/** What the request asked for, decoded; null when the address cannot be read. */
export interface RequestTarget {
  /** Decoded path, e.g. "/api/sites.create" or "/assets/index.js". */
  pathname: string
  search: URLSearchParams
}

export function readTarget(rawUrl: string | undefined, host: string): RequestTarget | null {
  // Only origin-form targets ("/path?query"); "//x" or "http://other/" are not addresses here.
  if (!rawUrl || !rawUrl.startsWith('/') || rawUrl.startsWith('//')) return null
  try {
    const url = new URL(rawUrl, `http://${host}`)
    // Malformed escapes such as %E0%A4%A make decodeURIComponent throw: a 400, not a crash.
    const pathname = decodeURIComponent(url.pathname)
    if (pathname.includes('\0')) return null
    return { pathname, search: url.searchParams }
  } catch {
    return null
  }
}

/** Sent on every answer: the renderer's policy as a header (frame-ancestors works only there). */
export function securityHeaders(contentSecurityPolicy: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store'
  }
}

export interface Responder {
  text(status: number, body: string, headers?: Record<string, string>): void
  json(status: number, body: unknown, headers?: Record<string, string>): void
  file(type: string, body: Buffer): void
}

export function responder(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  baseHeaders: Record<string, string>
): Responder {
  const send = (status: number, type: string, body: string | Buffer, extra = {}) => {
    if (res.headersSent) return
    res.writeHead(status, { ...baseHeaders, 'Content-Type': type, ...extra })
    res.end(req.method === 'HEAD' ? undefined : body)
  }
  return {
    text: (status, body, headers) => send(status, 'text/plain; charset=utf-8', body, headers),
    json: (status, body, headers) =>
      send(status, 'application/json', JSON.stringify(body), headers),
    file: (type, body) => send(200, type, body)
  }
}

/** A request refused before it reached dispatch, with the HTTP status that says why. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
    this.name = 'RequestError'
  }
}

/**
 * Reads a JSON body of at most maxBytes. An oversize body is read to its end and thrown away, so
 * the client gets the JSON error instead of a reset connection.
 */
export function readJson(req: http.IncomingMessage, maxBytes: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = declared > maxBytes
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) tooLarge = true
      if (!tooLarge) chunks.push(chunk)
    })
    req.on('end', () => {
      if (tooLarge) {
        const mb = Math.round(maxBytes / 1024 / 1024)
        return reject(new RequestError(413, `The request is too large (over ${mb} MB)`))
      }
      const text = Buffer.concat(chunks).toString('utf8')
      try {
        resolve(text ? JSON.parse(text) : {})
      } catch {
        reject(new RequestError(400, 'The request body is not valid JSON'))
      }
    })
    req.on('error', reject)
  })
}

/** The JSON every API refusal carries, the same shape dispatch answers with. */
export function refusal(message: string, code = 'invalid_input') {
  return { ok: false, error: { code, message } }
}
