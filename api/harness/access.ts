// Who may use the harness: whoever holds the per-run token. The printed link carries it once; the
// server swaps it for an HttpOnly, SameSite=Strict cookie and drops it from the address. API calls
// carry the token in a header, or the cookie from the app's own page (checked by its Origin).
import { timingSafeEqual } from 'node:crypto'
import type http from 'node:http'

export function tokensMatch(given: string | undefined, token: string): boolean {
  if (!given || given.length !== token.length) return false
  return timingSafeEqual(Buffer.from(given), Buffer.from(token))
}

/** Cookies are not kept apart by port, so each harness names its own. */
export const cookieName = (port: number) => `pll-harness-${port}`

export function tokenCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`
}

export function cookieToken(req: http.IncomingMessage, port: number): string | undefined {
  const name = cookieName(port)
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return value.join('=')
  }
  return undefined
}

/** The address without its token, for the redirect that follows the printed link. */
export function withoutToken(pathname: string, search: URLSearchParams): string {
  const rest = new URLSearchParams(search)
  rest.delete('token')
  const query = rest.toString()
  // "//host" would send the browser to another site.
  const path = pathname.startsWith('/') && !pathname.startsWith('//') ? pathname : '/'
  return `${encodeURI(path)}${query ? `?${query}` : ''}`
}

/**
 * An API call is allowed with the token in its header, or with the cookie when the browser says
 * the call comes from the harness's own page (a page elsewhere on 127.0.0.1 is the same site, so
 * SameSite alone would not keep it out).
 */
export function apiCallAllowed(
  req: http.IncomingMessage,
  token: string,
  port: number,
  origins: string[]
): boolean {
  const header = req.headers['x-harness-token']
  if (typeof header === 'string' && header !== '') return tokensMatch(header, token)
  const origin = req.headers.origin
  const fetchSite = req.headers['sec-fetch-site']
  return (
    tokensMatch(cookieToken(req, port), token) &&
    typeof origin === 'string' &&
    origins.includes(origin) &&
    (fetchSite === undefined || fetchSite === 'same-origin')
  )
}
