// The built renderer's files, served only from inside its folder and only with the token, and the
// page's security policy read from its own index.html so the header and meta tag never disagree.
import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'
import { cookieToken, tokenCookie, tokensMatch, withoutToken } from './access'
import type { RequestTarget, Responder } from './http'

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

/** Used when index.html is missing or has no policy: nothing loads rather than anything. */
const FALLBACK_POLICY = "default-src 'none'; frame-ancestors 'none'"

/**
 * The Content-Security-Policy of the renderer's index.html meta tag, with frame-ancestors 'none'
 * added: that directive works only in a header (a meta tag's is ignored, with a warning).
 */
export function rendererPolicy(rendererRoot: string): string {
  const index = path.join(rendererRoot, 'index.html')
  if (!fs.existsSync(index)) return FALLBACK_POLICY
  const html = fs.readFileSync(index, 'utf8')
  const tag = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)
  const policy = tag?.[1]?.replace(/\s+/g, ' ').trim()
  if (!policy) return FALLBACK_POLICY
  return /(^|;)\s*frame-ancestors\b/.test(policy) ? policy : `${policy}; frame-ancestors 'none'`
}

/** A file under the renderer folder for a decoded path, or null (outside it, missing, a folder). */
export function rendererFile(
  root: string,
  pathname: string
): { type: string; body: Buffer } | null {
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '')
  const file = path.resolve(root, relative)
  if (!file.startsWith(root + path.sep)) return null
  try {
    // realpath: a symlink inside the folder must not lead out of it.
    const real = fs.realpathSync(file)
    if (!real.startsWith(fs.realpathSync(root) + path.sep) || !fs.statSync(real).isFile()) {
      return null
    }
    const type = CONTENT_TYPES[path.extname(real)] ?? 'application/octet-stream'
    return { type, body: fs.readFileSync(real) }
  } catch {
    return null
  }
}

interface Site {
  root: string
  token: string
  port: number
}

/**
 * Answers a GET for the app's files. The printed link's token becomes a cookie (and leaves the
 * address bar); every file then needs that cookie.
 */
export function serveRenderer(
  req: http.IncomingMessage,
  reply: Responder,
  target: RequestTarget,
  site: Site
): void {
  const given = target.search.get('token')
  if (given !== null) {
    if (!tokensMatch(given, site.token)) {
      return reply.text(
        403,
        'This link’s token is wrong or out of date: open the link the preview printed'
      )
    }
    return reply.text(303, 'Opening the app', {
      Location: withoutToken(target.pathname, target.search),
      'Set-Cookie': tokenCookie(site.port, site.token)
    })
  }
  if (!tokensMatch(cookieToken(req, site.port), site.token)) {
    return reply.text(
      403,
      'Open the link the preview printed: it carries the token this page needs'
    )
  }
  const found = rendererFile(site.root, target.pathname)
  if (!found) return reply.text(404, 'Not found')
  reply.file(found.type, found.body)
}
