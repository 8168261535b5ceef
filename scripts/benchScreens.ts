// The screen-drawing part of the scale bench: the preview server started on a store folder as its own
// process, each main screen drawn in headless Chromium (time and DOM size), the server's memory
// afterwards, and the size of the renderer's initial JS.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { launchChromium } from '../tests/support/chromium'
import type { RecordIds } from '../tests/support/perRecordVerbs'

const RENDERER = path.resolve(__dirname, '../out/renderer')

const SCREENS: [string, (i: RecordIds) => string][] = [
  ['dashboard', (i) => `/programmes/${i.programmeId}`],
  ['sites', (i) => `/programmes/${i.programmeId}/sites`],
  ['site overview', (i) => `/programmes/${i.programmeId}/sites/${i.siteId}`],
  ['action tracker', (i) => `/programmes/${i.programmeId}/actions`],
  ['reflections log', (i) => `/programmes/${i.programmeId}/reflections`],
  ['themes', (i) => `/programmes/${i.programmeId}/themes`],
  ['people and organisations', (i) => `/programmes/${i.programmeId}/directory`],
  ['tests of change', (i) => `/programmes/${i.programmeId}/changes`],
  ['reports', (i) => `/programmes/${i.programmeId}/reports`]
]

/** The little of the page's DOM the bench reads (the node scripts have no DOM types). */
interface PageDocument {
  querySelector(selector: string): unknown
  querySelectorAll(selector: string): { length: number }
  body: { innerText: string }
}

async function drawScreen(page: Page, url: string): Promise<{ ms: number; nodes: number }> {
  await page.goto('about:blank')
  const started = performance.now()
  await page.goto(url)
  // Drawn: a heading in the page's main region, and nothing still loading.
  // A function, not a string: the app's CSP refuses eval, which a string predicate would need.
  await page.waitForFunction(
    () => {
      const doc = (globalThis as unknown as { document: PageDocument }).document
      return (
        doc.querySelector('main h1, main h2') !== null &&
        !doc.body.innerText.includes('Loading\u2026')
      )
    },
    undefined,
    { timeout: 30_000 }
  )
  const ms = performance.now() - started
  const nodes = await page.evaluate(
    () =>
      (globalThis as unknown as { document: PageDocument }).document.querySelectorAll('*').length
  )
  return { ms, nodes }
}

export function initialJsGzipKb(): number {
  const html = fs.readFileSync(path.join(RENDERER, 'index.html'), 'utf8')
  const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] ?? ''
  )
  const bytes = files.reduce(
    (n, f) => n + gzipSync(fs.readFileSync(path.join(RENDERER, f))).length,
    0
  )
  return Math.round(bytes / 1024)
}

/** The preview server as `npm run preview:web` runs it: built, by plain Node. */
const PREVIEW_SERVER = path.resolve(__dirname, '../out/main/preview.js')

/** Starts `preview:web`'s server on the folder and waits for the link it prints. */
function startServer(
  folder: string
): Promise<{ url: string; origin: string; pid: number; stop: () => void }> {
  if (!fs.existsSync(PREVIEW_SERVER)) {
    throw new Error(`${PREVIEW_SERVER} is not built: run \`npx electron-vite build\` first.`)
  }
  const child = spawn(process.execPath, [PREVIEW_SERVER, '--data', folder], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const url = /Open: (\S+)/.exec(out)?.[1]
      if (url && child.pid) {
        resolve({
          url,
          origin: new URL(url).origin,
          pid: child.pid,
          stop: () => child.kill('SIGTERM')
        })
      }
    })
    child.once('exit', (code) => reject(new Error(`The preview server stopped (${code}): ${out}`)))
  })
}

/** The process's resident memory (Linux /proc), worker threads included. */
function residentMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN)
  return Math.round(kb / 1024)
}

/** Every screen drawn twice (the first warms the chunk cache), then the server's memory. */
export async function drawScreens(
  folder: string,
  ids: RecordIds
): Promise<{ screens: Record<string, { ms: number; nodes: number }>; rssMb: number }> {
  // The preview server as its own process, as a user runs it, so its memory is its own.
  const server = await startServer(folder)
  const browser = await launchChromium()
  const screens: Record<string, { ms: number; nodes: number }> = {}
  try {
    const page = await browser.newPage({
      viewport: { width: 1360, height: 900 },
      locale: 'en-GB'
    })
    await page.goto(server.url)
    for (const [name, route] of SCREENS) {
      try {
        await drawScreen(page, `${server.origin}/#${route(ids)}`) // once to warm the chunk cache
        const run = await drawScreen(page, `${server.origin}/#${route(ids)}`)
        screens[name] = { ms: Math.round(run.ms), nodes: run.nodes }
      } catch (error) {
        // Recorded as a miss (Infinity fails its target) rather than hiding the other screens.
        console.error(`${name}: ${(error as Error).message.split('\n')[0]}`)
        screens[name] = { ms: Number.POSITIVE_INFINITY, nodes: Number.POSITIVE_INFINITY }
      }
    }
    return { screens, rssMb: residentMb(server.pid) }
  } finally {
    await browser.close()
    server.stop()
  }
}
