// Wires the app:// scheme into Electron: registered as privileged before the app is ready, then
// served from the built renderer folder with the security policy as a header.
import fs from 'node:fs/promises'
import path from 'node:path'
import { protocol } from 'electron'
import { APP_SCHEME, appFileFor, contentTypeFor } from './appProtocol'

/** Must run before the app is ready: a standard, secure scheme behaves like https for the page. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** Answers app:// requests with files from the renderer folder, and nothing outside it. */
export function serveAppScheme(rendererRoot: string, contentSecurityPolicy: string): void {
  const notFound = () => new Response('Not found', { status: 404 })
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appFileFor(request.url, rendererRoot)
    if (!file) return notFound()
    try {
      // A symlink inside the folder must not lead out of it.
      const [real, root] = await Promise.all([fs.realpath(file), fs.realpath(rendererRoot)])
      if (!real.startsWith(root + path.sep)) return notFound()
      const body = await fs.readFile(real)
      return new Response(new Uint8Array(body), {
        headers: {
          'Content-Type': contentTypeFor(real),
          'Content-Security-Policy': contentSecurityPolicy,
          'X-Content-Type-Options': 'nosniff'
        }
      })
    } catch {
      return notFound()
    }
  })
}
