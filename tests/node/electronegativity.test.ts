// electronegativity runs offline over the Electron sources and finds nothing of level error; the
// check that reads its SARIF fails on such a finding (the tool itself always exits 0).
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../..')
const scripts = path.join(root, 'scripts/electronegativity')
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pll-electronegativity-'))
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

function sarif(name: string, levels: string[]): string {
  const file = path.join(folder, name)
  const results = levels.map((level, i) => ({
    ruleId: `RULE_${i}`,
    level,
    message: { text: `finding ${i}` },
    locations: [
      { physicalLocation: { artifactLocation: { uri: 'main.ts' }, region: { startLine: i + 1 } } }
    ]
  }))
  fs.writeFileSync(file, JSON.stringify({ version: '2.1.0', runs: [{ results }] }))
  return file
}

const check = (...files: string[]) =>
  spawnSync(process.execPath, [path.join(scripts, 'check.cjs'), ...files], { encoding: 'utf8' })

describe('electronegativity', () => {
  it('fails on a finding of level error, and passes warnings and notes (listing them)', () => {
    const clean = check(sarif('clean.sarif', ['warning', 'note']))
    expect(clean.status).toBe(0)
    expect(clean.stdout).toMatch(/2 findings \(0 error, 1 warning, 1 note\)/)
    const bad = check(sarif('a.sarif', ['note']), sarif('b.sarif', ['error']))
    expect(bad.status).toBe(1)
    expect(bad.stdout).toMatch(/^error {3}RULE_0 {2}main\.ts:1/m)
    expect(check(path.join(folder, 'missing.sarif')).status).toBe(1)
  })

  it('scans the Electron sources offline, quickly, with no finding of level error', () => {
    const output = path.join(folder, 'electron.sarif')
    const cli = require.resolve('@doyensec/electronegativity/dist/index.js', { paths: [root] })
    const started = Date.now()
    execFileSync(
      process.execPath,
      [
        '-r',
        path.join(scripts, 'offline.cjs'),
        cli,
        '-i',
        'electron',
        '-e',
        '45.4.1',
        '-o',
        output
      ],
      { cwd: root, stdio: 'ignore' }
    )
    expect(Date.now() - started).toBeLessThan(30_000)
    const report = JSON.parse(fs.readFileSync(output, 'utf8')) as {
      runs: { results: { level: string; ruleId: string }[] }[]
    }
    const results = report.runs.flatMap((r) => r.results)
    expect(results.length).toBeGreaterThan(0)
    expect(results.filter((r) => r.level === 'error')).toEqual([])
    expect(check(output).status).toBe(0)
  }, 60_000)
})
