// The browser preview's server cannot be knocked over, and lets nothing through without its token:
// malformed addresses get a 400, files need the token (swapped for a cookie), the page's policy is
// sent as headers, and an oversize body gets the JSON error rather than a reset.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cookieName } from '../../api/harness/access'
import { startHarness, type Harness } from '../../api/harness/server'
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../electron/main/security'

const MAX_BODY = 256 * 1024
let folder: string
let renderer: string
let harness: Harness
let port: number

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

/** A raw request (fetch would tidy a malformed address before sending it). */
function request(
  method: string,
  target: string,
  headers: Record<string, string> = {},
  body?: string | Buffer
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path: target, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8')
          })
        )
      }
    )
    req.on('error', reject)
    req.end(body)
  })
}

const withToken = (extra: Record<string, string> = {}) => ({
  'X-Harness-Token': harness.token,
  'Content-Type': 'application/json',
  ...extra
})
const cookie = () => `${cookieName(port)}=${harness.token}`

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pll-harness-'))
  renderer = path.join(folder, 'renderer')
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true })
  const index = fs.readFileSync(path.resolve(__dirname, '../../renderer/index.html'), 'utf8')
  fs.writeFileSync(path.join(renderer, 'index.html'), index)
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log("app")')
  fs.writeFileSync(path.join(folder, 'secret.txt'), 'outside the renderer')
  harness = await startHarness({
    dataFolder: path.join(folder, 'data'),
    rendererFolder: renderer,
    maxBodyBytes: MAX_BODY
  })
  port = Number(new URL(harness.url).port)
})
afterAll(async () => {
  await harness.close()
  fs.rmSync(folder, { recursive: true, force: true })
})

describe('the preview server', () => {
  it('answers malformed addresses with 400, with or without the token, and keeps serving', async () => {
    const targets = ['/%E0%A4%A', '/%', '/api/%E0%A4%A', '/%E0%A4%A?token=x', '/assets/%ZZ.js']
    for (const target of targets) {
      for (const headers of [{}, withToken({ Cookie: cookie() })]) {
        const method = target.startsWith('/api/') ? 'POST' : 'GET'
        expect((await request(method, target, headers, '{}')).status, target).toBe(400)
      }
    }
    expect((await request('GET', '/%00', { Cookie: cookie() })).status).toBe(400)
    const still = await request('POST', '/api/programmes.list', withToken(), '{}')
    expect(still.status).toBe(200)
    expect(JSON.parse(still.body)).toEqual({ ok: true, value: [] })
  })

  it('needs the token for files: the link sets an HttpOnly, SameSite=Strict cookie and drops it', async () => {
    expect((await request('GET', '/')).status).toBe(403)
    expect((await request('GET', '/assets/app.js')).status).toBe(403)
    expect((await request('GET', '/?token=wrong')).status).toBe(403)
    const link = new URL(harness.url)
    const opened = await request('GET', `${link.pathname}${link.search}&lang=en`)
    expect(opened.status).toBe(303)
    expect(opened.headers.location).toBe('/?lang=en')
    expect(opened.headers['set-cookie']).toEqual([
      `${cookieName(port)}=${harness.token}; Path=/; HttpOnly; SameSite=Strict`
    ])
    const page = await request('GET', '/', { Cookie: cookie() })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<div id="root">')
    const script = await request('GET', '/assets/app.js', { Cookie: `a=b; ${cookie()}` })
    expect(script).toMatchObject({ status: 200, body: 'console.log("app")' })
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect((await request('GET', '/../secret.txt', { Cookie: cookie() })).status).toBe(404)
    expect((await request('GET', '/%2e%2e/secret.txt', { Cookie: cookie() })).status).toBe(404)
    // The redirect never leads off the site, whatever the address.
    const odd = await request('GET', `/%2F%2Fexample.com?token=${harness.token}`)
    expect(odd.headers.location).toBe('/')
  })

  it('sends the page’s own policy and frame-ancestors as headers on every answer', async () => {
    const answers = [
      await request('GET', '/', { Cookie: cookie() }),
      await request('GET', '/'),
      await request('GET', '/%E0%A4%A'),
      await request('POST', '/api/programmes.list', withToken(), '{}')
    ]
    for (const answer of answers) {
      expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'")
      expect(answer.headers['x-frame-options']).toBe('DENY')
      expect(answer.headers['x-content-type-options']).toBe('nosniff')
    }
    const meta = /content="([^"]+)"/.exec(
      fs.readFileSync(path.resolve(__dirname, '../../renderer/index.html'), 'utf8')
    )?.[1]
    // The meta tag leaves frame-ancestors to the header (in a meta tag it is ignored, with a warning).
    expect(meta).toBe(META_CONTENT_SECURITY_POLICY)
  })

  it('takes API calls with the token header, or the cookie from its own page only', async () => {
    const call = (headers: Record<string, string>) =>
      request(
        'POST',
        '/api/programmes.list',
        { 'Content-Type': 'application/json', ...headers },
        '{}'
      )
    expect((await call({})).status).toBe(403)
    expect((await call({ 'X-Harness-Token': 'x'.repeat(48) })).status).toBe(403)
    expect((await call({ Cookie: cookie() })).status).toBe(403)
    const own = `http://127.0.0.1:${port}`
    expect((await call({ Cookie: cookie(), Origin: own })).status).toBe(200)
    expect((await call({ Cookie: cookie(), Origin: 'http://127.0.0.1:1' })).status).toBe(403)
    expect(
      (await call({ Cookie: cookie(), Origin: own, 'Sec-Fetch-Site': 'same-site' })).status
    ).toBe(403)
    const refused = await call({})
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { message: /token/ } })
    expect((await request('GET', '/api/programmes.list', withToken())).status).toBe(405)
    expect((await request('GET', '/', { Host: 'evil.example', Cookie: cookie() })).status).toBe(421)
  })

  it('answers an oversize body and a broken one with the JSON error, not a reset', async () => {
    const big = Buffer.alloc(MAX_BODY + 1024, 0x20)
    const tooLarge = await request('POST', '/api/programmes.create', withToken(), big)
    expect(tooLarge.status).toBe(413)
    expect(JSON.parse(tooLarge.body)).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/too large/) }
    })
    const broken = await request('POST', '/api/programmes.create', withToken(), '{"name": ')
    expect(broken.status).toBe(400)
    expect(JSON.parse(broken.body)).toMatchObject({
      ok: false,
      error: { message: /not valid JSON/ }
    })
    const unknown = await request('POST', '/api/no.such', withToken(), '{}')
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_verb' } })
    expect((await request('POST', '/api/programmes.list', withToken(), '{}')).status).toBe(200)
  })

  it('survives a client that sends half a request and hangs up, or sends nonsense', async () => {
    for (const raw of [
      `POST /api/programmes.create HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Harness-Token: ${harness.token}\r\nContent-Length: 1000\r\n\r\n{"name":`,
      'NOT HTTP AT ALL\r\n\r\n',
      `GET /%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`
    ]) {
      await new Promise<void>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => {
          socket.write(raw)
          setTimeout(() => socket.destroy(), 50)
        })
        socket.on('error', () => undefined)
        socket.on('close', () => resolve())
      })
    }
    expect((await request('POST', '/api/programmes.list', withToken(), '{}')).status).toBe(200)
  })
})

// `npm run preview:web` runs the server built (out/main/preview.js) by plain Node: no TypeScript
// loader in any thread. OUT_DIR points at a build of one's own, as for the e2e tests.
describe('the built preview server', () => {
  const out = path.resolve(process.env.OUT_DIR ?? path.resolve(__dirname, '../../out'))
  const root = path.resolve(__dirname, '../..')

  it('starts from the build, serves the page and answers the API as JSON, and stops on SIGTERM', async () => {
    const server = path.join(out, 'main', 'preview.js')
    if (!fs.existsSync(server)) throw new Error(`${server} is missing: run electron-vite build.`)
    const data = path.join(folder, 'built-data')
    const child = spawn(process.execPath, [server, '--data', data], {
      cwd: root,
      // A build outside the project folder finds the project's packages through NODE_PATH.
      env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let printed = ''
    child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    try {
      const link = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', () => {
          const url = /Open: (\S+)/.exec(printed)?.[1]
          if (url) resolve(url)
        })
        void exited.then(() => reject(new Error(`The preview server stopped: ${printed}`)))
      })
      expect(printed).toMatch(/NOT encrypted/)
      const url = new URL(link)
      const page = await fetch(link, { redirect: 'manual' })
      expect(page.status).toBeLessThan(400)
      const token = url.searchParams.get('token') ?? ''
      const api = (verb: string, body: unknown) =>
        fetch(`${url.origin}/api/${verb}`, {
          method: 'POST',
          headers: { 'X-Harness-Token': token, 'Content-Type': 'application/json' },
          body: JSON.stringify(body)
        })
      const created = await api('programmes.create', { name: 'Built', startDate: '2026-01-05' })
      expect(created.headers.get('content-type')).toBe('application/json')
      expect(await created.json()).toMatchObject({ ok: true, value: { id: expect.any(String) } })
      expect(await (await api('programmes.list', {})).json()).toMatchObject({
        ok: true,
        value: [{ name: 'Built' }]
      })
      expect(fs.existsSync(path.join(data, 'partnership-log.sqlite'))).toBe(true)
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
  }, 60_000)
})
