// The Electron shell's security settings as plain data and checks, so they can be unit-tested
// without the Electron binary.
import type { BrowserWindowConstructorOptions } from 'electron'
import { isAppPage } from './appProtocol'

/**
 * The policy renderer/index.html's meta tag carries: everything but frame-ancestors, which a
 * browser ignores (with a console warning on every load) when it comes in a meta tag.
 */
export const META_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

/** Sent as a header with every app:// answer: the meta tag's policy, and no framing at all. */
export const CONTENT_SECURITY_POLICY = `${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`

/**
 * Only for `npm run dev`: Vite's dev server injects an inline React refresh preamble and talks to
 * the page over a websocket, which the strict policy rightly refuses. Never used in a build.
 */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline'"
).replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*")

export const APP_TITLE = 'Partnership Learning Log'

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#f7f7f5',
    title: APP_TITLE,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true
    }
  }
}

/**
 * True only for the app's own page: app://renderer/index.html (any hash or query, since the router
 * lives in the hash), or, in development, the dev server's origin. Everything else, file:// URLs
 * included, is untrusted.
 */
export function isTrustedRendererUrl(url: string, devServerUrl: string | undefined): boolean {
  if (isAppPage(url)) return true
  if (!devServerUrl) return false
  let parsed: URL
  let dev: URL
  try {
    parsed = new URL(url)
    dev = new URL(devServerUrl)
  } catch {
    return false
  }
  // A file:// or opaque origin serialises as "null", which must never match anything.
  const webProtocols = ['http:', 'https:']
  return (
    webProtocols.includes(dev.protocol) &&
    webProtocols.includes(parsed.protocol) &&
    parsed.origin === dev.origin
  )
}
