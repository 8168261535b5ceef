// Tests the Electron shell's security settings: window options, the IPC sender check, the app://
// scheme, the CSP, and the fuses and targets of the packaged app.
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { appFileFor, appPageUrl, contentTypeFor } from '../../electron/main/appProtocol'
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  isTrustedRendererUrl,
  windowOptions
} from '../../electron/main/security'

const repoRoot = path.resolve(__dirname, '../..')
const indexFile = path.resolve('/opt/partnership-log/resources/app.asar/out/renderer/index.html')
const indexUrl = pathToFileURL(indexFile).href
const devServer = 'http://localhost:5173'
const appIndex = 'app://renderer/index.html'

describe('windowOptions', () => {
  it('isolates and sandboxes the renderer with the given preload', () => {
    const options = windowOptions('/app/out/preload/index.js')
    expect(options.webPreferences).toEqual({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true
    })
  })

  it('sizes the window, titles it and keeps it hidden until it is ready to show', () => {
    const options = windowOptions('/p.js')
    expect(options).toMatchObject({
      width: 1280,
      height: 860,
      minWidth: 900,
      minHeight: 600,
      show: false,
      title: 'Partnership Learning Log'
    })
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i)
  })
})

describe('isTrustedRendererUrl', () => {
  it.each([
    ['the app page', appIndex],
    ['the app page with a router hash', `${appIndex}#/programmes/42`],
    ['the app page with a query', `${appIndex}?tab=sites#/`],
    ['the app root', 'app://renderer/'],
    ['the app page, its host in capitals', 'app://RENDERER/index.html']
  ])('trusts %s in production', (_label, url) => {
    expect(isTrustedRendererUrl(url, undefined)).toBe(true)
  })

  it.each([
    ['a remote site', 'https://evil.example/'],
    ['the built index.html as a file', indexUrl],
    ['a system file', 'file:///etc/passwd'],
    ['another app file', 'app://renderer/other.html'],
    ['a script of the app', 'app://renderer/assets/index.js'],
    ['the app scheme on another host', 'app://evil/index.html'],
    ['the app scheme with credentials', 'app://renderer@evil/index.html'],
    ['the app scheme with a port', 'app://renderer:8080/index.html'],
    ['the dev server when no dev server is in use', `${devServer}/`],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['about:blank', 'about:blank'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['an empty string', ''],
    ['a malformed URL', 'http://[::1'],
    ['a bare path', indexFile]
  ])('refuses %s in production', (_label, url) => {
    expect(isTrustedRendererUrl(url, undefined)).toBe(false)
  })

  it.each([
    ['the dev server root', `${devServer}/`],
    ['a dev server page with a hash', `${devServer}/index.html#/meetings`],
    ['the app page', appIndex]
  ])('trusts %s in development', (_label, url) => {
    expect(isTrustedRendererUrl(url, devServer)).toBe(true)
  })

  it.each([
    ['another port', 'http://localhost:5174/'],
    ['another host', 'http://127.0.0.1:5173/'],
    ['another scheme', 'https://localhost:5173/'],
    ['a look-alike host', 'http://localhost:5173.evil.example/'],
    ['credentials pointing elsewhere', 'http://localhost:5173@evil.example/'],
    ['a remote site', 'https://evil.example/'],
    ['a system file', 'file:///etc/passwd']
  ])('refuses %s in development', (_label, url) => {
    expect(isTrustedRendererUrl(url, devServer)).toBe(false)
  })

  it('never matches anything when the dev server URL is not a web URL', () => {
    expect(isTrustedRendererUrl('file:///etc/passwd', 'file:///etc/passwd')).toBe(false)
    expect(isTrustedRendererUrl('about:blank', 'about:blank')).toBe(false)
    expect(isTrustedRendererUrl('http://localhost/', 'not a url')).toBe(false)
  })
})

describe('the app:// scheme', () => {
  const root = path.resolve('/opt/partnership-log/out/renderer')

  it('opens the app page at a route', () => {
    expect(appPageUrl()).toBe('app://renderer/index.html')
    expect(appPageUrl('/print/reports/r%201')).toBe(
      'app://renderer/index.html#/print/reports/r%201'
    )
    expect(appPageUrl('#/programmes')).toBe('app://renderer/index.html#/programmes')
  })

  it.each([
    ['app://renderer/', 'index.html'],
    ['app://renderer/index.html#/programmes/42', 'index.html'],
    ['app://renderer/assets/index-abc.js?v=1', 'assets/index-abc.js'],
    ['app://renderer/assets/a%20b.css', 'assets/a b.css'],
    ['app://renderer/assets/./x.js', 'assets/x.js']
  ])('serves %s from the renderer folder', (url, relative) => {
    expect(appFileFor(url, root)).toBe(path.join(root, relative))
  })

  it.each([
    ['an encoded separator', 'app://renderer/assets%2f..%2f..%2fsecret'],
    ['a backslash', 'app://renderer/assets%5c..%5c..%5csecret'],
    ['a NUL byte', 'app://renderer/index.html%00.png'],
    ['a malformed escape', 'app://renderer/%E0%A4%A'],
    ['another host', 'app://other/index.html'],
    ['credentials', 'app://x@renderer/index.html'],
    ['a port', 'app://renderer:1/index.html'],
    ['another scheme', 'file:///opt/partnership-log/out/renderer/index.html'],
    ['not a URL', 'app:']
  ])('refuses %s', (_label, url) => {
    expect(appFileFor(url, root)).toBeNull()
  })

  it.each([
    ['dot segments', 'app://renderer/../../etc/passwd'],
    ['encoded dot segments', 'app://renderer/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed dot segments', 'app://renderer/assets/.%2E/../etc/passwd']
  ])('keeps %s inside the folder (the address resolves them first)', (_label, url) => {
    expect(appFileFor(url, root)).toBe(path.join(root, 'etc/passwd'))
  })

  it('names each kind of file the renderer ships', () => {
    expect(contentTypeFor('/r/index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeFor('/r/assets/index.JS')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeFor('/r/assets/x.woff2')).toBe('font/woff2')
    expect(contentTypeFor('/r/assets/unknown.bin')).toBe('application/octet-stream')
  })

  it('is what the window loads, registered as standard and secure before the app is ready', () => {
    const main = fs.readFileSync(path.join(repoRoot, 'electron/main/index.ts'), 'utf8')
    expect(main).toMatch(/window\.loadURL\(appPageUrl\(hash\)\)/)
    expect(main).not.toMatch(/loadFile\(/)
    expect(main.indexOf('registerAppScheme()')).toBeGreaterThan(main.indexOf('app.enableSandbox()'))
    const handler = fs.readFileSync(
      path.join(repoRoot, 'electron/main/appProtocolHandler.ts'),
      'utf8'
    )
    expect(handler).toMatch(/privileges: \{ standard: true, secure: true, supportFetchAPI: true \}/)
    expect(handler).toMatch(/'Content-Security-Policy': contentSecurityPolicy/)
  })
})

describe('packaging', () => {
  const builder = fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')

  it('sets the fuses that stop the app being run as Node or loaded from elsewhere', () => {
    const fuses = /electronFuses:\n((?: {2}.+\n)+)/.exec(builder)?.[1] ?? ''
    expect(
      Object.fromEntries(
        fuses
          .trim()
          .split('\n')
          .map((l) => l.trim().split(/:\s*/))
      )
    ).toEqual({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      enableCookieEncryption: 'true',
      grantFileProtocolExtraPrivileges: 'false'
    })
  })

  it('builds for Windows, macOS and Linux with the icons in resources/', () => {
    expect(builder).toMatch(/win:\n {2}target: nsis/)
    expect(builder).toMatch(/mac:\n {2}target: dmg/)
    expect(builder).toMatch(/linux:\n {2}target:\n {4}- AppImage\n {4}- deb/)
    for (const size of [256, 512]) {
      const png = fs.readFileSync(path.join(repoRoot, 'resources', `icon-${size}.png`))
      expect(png.subarray(1, 4).toString()).toBe('PNG')
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size])
    }
    expect(builder).toMatch(/icon: resources\/icon-512\.png/)
  })
})

describe('content security policy', () => {
  it('allows only the app itself: no inline or eval script, no other origin, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*/)
  })

  it('matches the meta tag in renderer/index.html (the app:// answers send it as a header too)', () => {
    const html = fs.readFileSync(path.join(repoRoot, 'renderer', 'index.html'), 'utf8')
    expect(metaContentSecurityPolicies(html)).toEqual([META_CONTENT_SECURITY_POLICY])
    // frame-ancestors only in the header: a meta tag's is ignored, with a warning on every load.
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors')
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`)
  })
})

/** The content of every CSP meta tag, whatever the attribute order or quoting. */
function metaContentSecurityPolicies(html: string): string[] {
  const policies: string[] = []
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attributes = new Map<string, string>()
    for (const match of tag.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attributes.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? ''))
    }
    if (attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy') {
      policies.push(attributes.get('content')?.replace(/\s+/g, ' ').trim() ?? '')
    }
  }
  return policies
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}
