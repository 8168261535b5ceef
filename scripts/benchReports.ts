// npm run bench (second part): reports on the sample programme at 50 sites (BENCH_REPORT_SITES to
// change it). Times a site report PDF from asking for the page to the file written (the report page
// printed by Chromium, as Electron's printToPDF does), a programme report PDF of every site, and a
// site report as Word through the API. Writes the figures into bench.json under "reports".
// Targets (benchmark figures, not test assertions): site PDF < 3 s, programme PDF < 15 s, Word < 2 s.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { launchChromium } from '../tests/support/chromium'
import { contextFor } from '../api/context'
import { dispatch, dispatchAsync } from '../api/dispatch'
import { startHarness } from '../api/harness/server'

const SITES = Number(process.env.BENCH_REPORT_SITES ?? 50)
const RUNS = 5
const NOW = new Date('2026-11-21T10:00:00Z')
const RENDERER = path.resolve(__dirname, '../out/renderer')
const TARGETS = { sitePdfMs: 3000, programmePdfMs: 15000, siteWordMs: 2000 }

type Harness = Awaited<ReturnType<typeof startHarness>>
interface Figures {
  sites: number
  sitePdfMs: number
  programmePdfMs: number
  programmePdfKb: number
  siteWordMs: number
}

function must<T>(
  result: { ok: true; value: unknown } | { ok: false; error: { message: string } }
): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value as T
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

/** The sample programme at SITES sites, with a report of its first site and one of the programme. */
function createReports(harness: Harness, ctx: ReturnType<typeof contextFor>) {
  const { programmeId } = must<{ programmeId: string }>(
    dispatch('sample.create', { sites: SITES }, ctx)
  )
  const siteId = harness.store.sqlite
    .prepare('SELECT id FROM sites WHERE programme_id = ? ORDER BY name LIMIT 1')
    .pluck()
    .get(programmeId) as string
  const period = { periodFrom: '2025-01-01', periodTo: '2026-11-21' }
  const siteReport = must<{ id: string }>(
    dispatch('reports.create', { programmeId, siteId, ...period }, ctx)
  )
  const programmeReport = must<{ id: string }>(
    dispatch('reports.create', { programmeId, ...period }, ctx)
  )
  return { siteReport, programmeReport }
}

/** Prints the figures against their targets and writes them into bench.json under "reports". */
function recordFigures(figures: Figures) {
  const checks = {
    sitePdf: figures.sitePdfMs < TARGETS.sitePdfMs,
    programmePdf: figures.programmePdfMs < TARGETS.programmePdfMs,
    siteWord: figures.siteWordMs < TARGETS.siteWordMs
  }
  console.log(`\nReports at ${SITES} sites (median of ${RUNS} runs; programme report 3 runs):`)
  console.log(
    `  site report PDF, page asked for to file written: ${figures.sitePdfMs} ms (target < ${TARGETS.sitePdfMs} ms: ${checks.sitePdf ? 'pass' : 'FAIL'})`
  )
  console.log(
    `  programme report PDF of ${SITES} sites: ${figures.programmePdfMs} ms, ${figures.programmePdfKb} KB (target < ${TARGETS.programmePdfMs} ms: ${checks.programmePdf ? 'pass' : 'FAIL'})`
  )
  console.log(
    `  site report Word through the API: ${figures.siteWordMs} ms (target < ${TARGETS.siteWordMs} ms: ${checks.siteWord ? 'pass' : 'FAIL'})`
  )
  const file = path.resolve(__dirname, '../bench.json')
  const existing: Record<string, unknown> = fs.existsSync(file)
    ? JSON.parse(fs.readFileSync(file, 'utf8'))
    : {}
  existing.reports = {
    measuredAt: new Date().toISOString(),
    figures,
    targets: TARGETS,
    meetsTargets: checks
  }
  fs.writeFileSync(file, `${JSON.stringify(existing, null, 2)}\n`)
  console.log(`Written to ${file}.`)
}

async function main() {
  if (!fs.existsSync(path.join(RENDERER, 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` first.')
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pll-bench-reports-'))
  const harness = await startHarness({
    dataFolder: folder,
    rendererFolder: RENDERER,
    clock: () => NOW
  })
  const browser = await launchChromium()
  try {
    const ctx = contextFor(harness.store, () => NOW)
    const { siteReport, programmeReport } = createReports(harness, ctx)
    const page = await browser.newPage({ locale: 'en-GB' })
    const pdfFile = path.join(folder, 'report.pdf')

    const printOnce = async (reportId: string) => {
      const started = performance.now()
      await page.goto(`${harness.url}#/print/reports/${reportId}`)
      await page.waitForSelector('body[data-report-ready="true"]', { timeout: 120_000 })
      await page.pdf({ path: pdfFile, preferCSSPageSize: true, printBackground: true })
      const ms = performance.now() - started
      await page.goto('about:blank')
      return { ms, bytes: fs.statSync(pdfFile).size }
    }
    const wordOnce = async () => {
      const started = performance.now()
      const file = must<{ base64: string }>(
        await dispatchAsync('reports.exportWord', { id: siteReport.id }, ctx)
      )
      fs.writeFileSync(path.join(folder, 'report.docx'), Buffer.from(file.base64, 'base64'))
      return performance.now() - started
    }

    await printOnce(siteReport.id) // warm-up: the first page load compiles the app's script
    const site: number[] = []
    const word: number[] = []
    const programme: number[] = []
    let programmeBytes = 0
    for (let i = 0; i < RUNS; i++) {
      site.push((await printOnce(siteReport.id)).ms)
      word.push(await wordOnce())
    }
    for (let i = 0; i < 3; i++) {
      const run = await printOnce(programmeReport.id)
      programme.push(run.ms)
      programmeBytes = run.bytes
    }
    const figures = {
      sites: SITES,
      sitePdfMs: Math.round(median(site)),
      programmePdfMs: Math.round(median(programme)),
      programmePdfKb: Math.round(programmeBytes / 1024),
      siteWordMs: Math.round(median(word))
    }
    recordFigures(figures)
  } finally {
    await browser.close()
    await harness.close()
    fs.rmSync(folder, { recursive: true, force: true })
  }
}

main().catch((error: Error) => {
  console.error(error.message)
  process.exitCode = 1
})
