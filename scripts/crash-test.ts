// npm run crash-test: kills a writer process with SIGKILL at random moments (CRASH_RUNS times,
// 200 by default), and after each kill reopens the encrypted store, runs integrity_check and
// checks that every write the writer acknowledged is there. Prints the figures; exits 1 on a loss.
import { DATA_FILE_NAME } from '../db/names'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { openStore, sourceMigrationsFolder } from '../db/store'
import { newDataKey } from '../db/storeKey'

const RUNS = Number(process.env.CRASH_RUNS ?? 200)
// Most kills land while writes are under way; every fifth lands while the store is still opening.
const MAX_KILL_AFTER_READY_MS = 250
const writer = path.join(__dirname, 'crashWriter.ts')

interface RunResult {
  acknowledged: string[]
  killedWhile: 'opening' | 'writing'
}

function runWriter(file: string, key: string, run: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, file, key, String(run)], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const acknowledged: string[] = []
    let pending = ''
    let errors = ''
    let killedWhile: RunResult['killedWhile'] = 'opening'
    const kill = () => child.kill('SIGKILL')
    const openingKill = run % 5 === 0 ? setTimeout(kill, Math.random() * 400) : undefined
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString()
      const lines = pending.split('\n')
      // Only complete lines count: a half-printed acknowledgement was never made.
      pending = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'ready') {
          killedWhile = 'writing'
          if (!openingKill) setTimeout(kill, Math.random() * MAX_KILL_AFTER_READY_MS)
        } else if (line.startsWith('ack ')) acknowledged.push(line.slice(4))
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('exit', (code, signal) => {
      if (openingKill) clearTimeout(openingKill)
      if (signal !== 'SIGKILL') {
        reject(new Error(`The writer stopped by itself (exit ${code}): ${errors.trim()}`))
      } else resolve({ acknowledged, killedWhile })
    })
  })
}

/** Reopens the store as the app does, runs the full integrity check, and lists what is missing. */
function check(file: string, key: string, expected: Set<string>): string[] {
  const store = openStore({ file, key, migrationsFolder: sourceMigrationsFolder })
  try {
    const integrity = store.sqlite.pragma('integrity_check') as { integrity_check: string }[]
    const problems = integrity.filter((r) => r.integrity_check !== 'ok')
    if (problems.length > 0) {
      throw new Error(
        `integrity_check failed: ${problems.map((p) => p.integrity_check).join('; ')}`
      )
    }
    const names = new Set(
      (store.sqlite.prepare('SELECT name FROM programmes').all() as { name: string }[]).map(
        (r) => r.name
      )
    )
    return [...expected].filter((name) => !names.has(name))
  } finally {
    store.close()
  }
}

async function main(): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pll-crash-'))
  const file = path.join(folder, DATA_FILE_NAME)
  const key = newDataKey()
  const acknowledged = new Set<string>()
  let killedWhileWriting = 0
  const started = performance.now()
  for (let run = 1; run <= RUNS; run++) {
    const result = await runWriter(file, key, run)
    for (const name of result.acknowledged) acknowledged.add(name)
    if (result.killedWhile === 'writing') killedWhileWriting++
    if (run % 20 === 0) console.log(`… ${run} kills, ${acknowledged.size} acknowledged writes`)
    const missing = check(file, key, acknowledged)
    if (missing.length > 0) {
      console.error(`Run ${run}: ${missing.length} acknowledged write(s) lost, e.g. ${missing[0]}`)
      console.error(`The store is kept for inspection: ${file}`)
      process.exit(1)
    }
  }
  const seconds = (performance.now() - started) / 1000
  console.log(
    `Crash test: ${RUNS} SIGKILLs of a writer (${killedWhileWriting} while writing, ` +
      `${RUNS - killedWhileWriting} while it was starting or opening the store)`
  )
  console.log(
    `Acknowledged writes: ${acknowledged.size}; lost: 0; integrity_check: ok after every kill`
  )
  console.log(`Time: ${seconds.toFixed(1)} s; store: encrypted, WAL, synchronous=FULL`)
  fs.rmSync(folder, { recursive: true, force: true })
}

main().catch((error: Error) => {
  console.error(error.message)
  process.exit(1)
})
