// End-to-end support: a harness on a fresh data folder, Debian Chromium driven by playwright-core,
// screenshots kept under test-artifacts/, and an axe-core check of each screen.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import axe from 'axe-core'
import type { Browser, Locator, Page } from 'playwright-core'
import { launchChromium } from '../support/chromium'
import { expect } from 'vitest'
import { startHarness, type Harness } from '../../api/harness/server'
import type { ApiInput, ApiName, ApiOutput } from '../../api/contract'
import { contextFor } from '../../api/context'
import { dispatchValue } from '../support/api'

export const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts/e2e')
// A build of one's own (`electron-vite build --outDir DIR`, then OUT_DIR=DIR) keeps parallel work apart.
const RENDERER = path.resolve(
  process.env.OUT_DIR ?? path.resolve(__dirname, '../../out'),
  'renderer'
)

export interface Session {
  harness: Harness
  browser: Browser
  page: Page
  dataFolder: string
  close(): Promise<void>
}

/** Sets up records directly through the harness's store, for tests about a later screen. */
export function seed<K extends ApiName>(
  session: Session,
  name: K,
  input: ApiInput<K>,
  clock?: () => Date
): ApiOutput<K> {
  return dispatchValue(contextFor(session.harness.store, clock), name, input)
}

/** Opens a route of the app (the part after #) in the session's page. */
export async function goTo(session: Session, route: string): Promise<void> {
  await session.page.goto(`${session.harness.url}#${route}`)
}

export async function openSession(clock?: () => Date): Promise<Session> {
  if (!fs.existsSync(path.join(RENDERER, 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` (npm test does it first).')
  }
  const dataFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'pll-e2e-'))
  const harness = await startHarness({ dataFolder, rendererFolder: RENDERER, clock })
  const browser = await launchChromium()
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'en-GB' })
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(harness.url)
  return {
    harness,
    browser,
    page,
    dataFolder,
    close: async () => {
      await browser.close()
      await harness.close()
      fs.rmSync(dataFolder, { recursive: true, force: true })
      expect(problems, 'uncaught errors in the page').toEqual([])
    }
  }
}

/** Saves a full-page screenshot as an artefact to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  const file = path.join(ARTIFACTS, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** Runs axe-core on the page and fails on serious or critical violations. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const loaded = await page.evaluate(() => 'axe' in globalThis)
  // Evaluated over the DevTools protocol: the app's CSP rightly refuses inline script tags.
  if (!loaded) await page.evaluate(`${axe.source}\n;0`)
  const violations = await page.evaluate(async () => {
    const page = globalThis as unknown as { axe: typeof axe }
    const result = await page.axe.run({ resultTypes: ['violations'] })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' '))
    }))
  })
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, `axe violations on ${screen}`).toEqual([])
}

// As long as Playwright's own wait: a busy machine can take seconds to draw a screen.
const TEXT_TIMEOUT = 30_000

/**
 * Waits until the page, or a part of it, shows the text (matched as getByText matches: a
 * substring, ignoring case and spacing, or a RegExp). Several matches are fine; if it never
 * appears, the failure names the text and shows what is on screen instead.
 */
export async function expectText(scope: Page | Locator, text: string | RegExp): Promise<void> {
  const shown = scope.getByText(text).filter({ visible: true })
  try {
    await expect
      .poll(() => shown.count(), { timeout: TEXT_TIMEOUT, interval: 100 })
      .toBeGreaterThan(0)
  } catch {
    const root = 'goto' in scope ? scope.locator('body') : scope
    const onScreen = (await root.innerText().catch(() => '(nothing readable)')).slice(0, 2_000)
    throw new Error(`Expected to see ${String(text)}; on screen instead:\n${onScreen}`)
  }
}

/**
 * Prints a report to PDF as the app prints it (its print route, once the page says it is ready)
 * and draws pages 1 to `lastPage` as PNGs beside it (pdftoppm: `<file without .pdf>-<n>.png`).
 */
export async function printReportPdf(
  session: Session,
  reportId: string,
  file: string,
  lastPage = 1
): Promise<void> {
  const page = await session.browser.newPage({ locale: 'en-GB' })
  await page.goto(`${session.harness.url}#/print/reports/${reportId}`)
  await page.waitForSelector('body[data-report-ready="true"]')
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true })
  await page.close()
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    String(lastPage),
    file,
    file.slice(0, -4)
  ])
}
