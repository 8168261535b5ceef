// The app's own scheme: the window loads app://renderer/index.html instead of a file:// URL, so
// the page has a real origin of its own, gets its security policy as a header, and can reach no
// other file on the disk. Plain functions, testable without the Electron binary.
import path from 'node:path'

export const APP_SCHEME = 'app'
const APP_HOST = 'renderer'
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** The app's page at a route (the part after #). */
export function appPageUrl(hash = ''): string {
  return hash ? `${APP_INDEX_URL}#${hash.replace(/^#/, '')}` : APP_INDEX_URL
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** app://renderer/… exactly: no other host, port or credentials. */
function isAppAddress(parsed: URL): boolean {
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  )
}

/** True for the app's page itself (any route or query), the only page IPC and navigation trust. */
export function isAppPage(url: string): boolean {
  const parsed = parse(url)
  return !!parsed && isAppAddress(parsed) && ['/', '/index.html'].includes(parsed.pathname)
}

/**
 * The file under rendererRoot that an app:// request asks for, or null when it is not one of the
 * app's files: another host, a malformed or encoded escape (%2e%2e, %2f, %5c, %00), or a path
 * that leads out of the folder.
 */
export function appFileFor(url: string, rendererRoot: string): string | null {
  const parsed = parse(url)
  if (!parsed || !isAppAddress(parsed)) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (/[\0\\]/.test(pathname) || pathname.split('/').some((part) => part === '..')) return null
  const root = path.resolve(rendererRoot)
  const file = path.resolve(root, pathname === '/' ? 'index.html' : `.${pathname}`)
  return file.startsWith(root + path.sep) ? file : null
}

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

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}
