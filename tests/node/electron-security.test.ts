// Tests the Electron shell's security settings: window options, the IPC sender check and the CSP.
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  isTrustedRendererUrl,
  windowOptions
} from '../../electron/main/security'

const repoRoot = path.resolve(__dirname, '../..')
const indexFile = path.resolve('/opt/partnership-log/resources/app.asar/out/renderer/index.html')
const indexUrl = pathToFileURL(indexFile).href
const devServer = 'http://localhost:5173'

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
    ['the built index.html', indexUrl],
    ['the built index.html with a router hash', `${indexUrl}#/programmes/42`],
    ['the built index.html with a query', `${indexUrl}?tab=sites#/`],
    [
      'the built index.html reached through dot segments',
      indexUrl.replace('/out/renderer/', '/out/renderer/../renderer/')
    ]
  ])('trusts %s in production', (_label, url) => {
    expect(isTrustedRendererUrl(url, undefined, indexFile)).toBe(true)
  })

  it.each([
    ['a remote site', 'https://evil.example/'],
    ['a system file', 'file:///etc/passwd'],
    ['another file next to the app', indexUrl.replace('index.html', 'other.html')],
    ['a file with the same name elsewhere', 'file:///tmp/out/renderer/index.html'],
    ['a file URL on another host', indexUrl.replace('file://', 'file://evil.example')],
    ['the dev server when no dev server is in use', `${devServer}/`],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['about:blank', 'about:blank'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['an empty string', ''],
    ['a malformed URL', 'http://[::1'],
    ['a bare path', indexFile]
  ])('refuses %s in production', (_label, url) => {
    expect(isTrustedRendererUrl(url, undefined, indexFile)).toBe(false)
  })

  it.each([
    ['the dev server root', `${devServer}/`],
    ['a dev server page with a hash', `${devServer}/index.html#/meetings`],
    ['the built index.html', indexUrl]
  ])('trusts %s in development', (_label, url) => {
    expect(isTrustedRendererUrl(url, devServer, indexFile)).toBe(true)
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
    expect(isTrustedRendererUrl(url, devServer, indexFile)).toBe(false)
  })

  it('never matches anything when the dev server URL is not a web URL', () => {
    expect(isTrustedRendererUrl('file:///etc/passwd', 'file:///etc/passwd', indexFile)).toBe(false)
    expect(isTrustedRendererUrl('about:blank', 'about:blank', indexFile)).toBe(false)
    expect(isTrustedRendererUrl('http://localhost/', 'not a url', indexFile)).toBe(false)
  })
})

describe('content security policy', () => {
  it('is the strict policy the design asks for', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*/)
  })

  it('matches the meta tag in renderer/index.html, which file:// pages rely on', () => {
    const html = fs.readFileSync(path.join(repoRoot, 'renderer', 'index.html'), 'utf8')
    expect(metaContentSecurityPolicies(html)).toEqual([CONTENT_SECURITY_POLICY])
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
