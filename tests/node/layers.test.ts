// The layer rules in eslint.config.mjs refuse what they should and allow what they should: an
// import the README's map forbids fails lint wherever it is written.
import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: path.resolve(__dirname, '../..') })

async function refused(file: string, line: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${line}\nexport const used = x\n`, { filePath: file })
  return (result?.messages ?? []).some(
    (m) => m.ruleId === '@typescript-eslint/no-restricted-imports'
  )
}

describe('layer boundaries', () => {
  const renderer = 'renderer/src/features/sites/Probe.tsx'
  it.each([
    ["import { x } from '../../../../api/features/sites'", true],
    ["import { x } from '../../../../api/dispatch'", true],
    ["import { x } from '../../../../db/store'", true],
    ["import { x } from '../../../../api/contract'", true],
    ["import { x } from 'drizzle-orm'", true],
    ["import { x } from 'node:fs'", true],
    ["import type { x } from '../../../../api/contract'", false],
    ["import { x } from '../../../../api/schemas/sites'", false],
    ["import { x } from '../../../../domain/lifecycle'", false],
    ["import { x } from '../../api/hooks'", false]
  ])('renderer: %s refused: %s', async (line, expected) => {
    expect(await refused(renderer, line)).toBe(expected)
  })

  it.each([
    ["import { x } from '../../api/schemas/common'", true],
    ["import type { x } from '../../api/contract'", true],
    ["import { x } from '../../renderer/src/lib/dates'", true],
    ["import { x } from '../../domain/testNumbers'", false]
  ])('db: %s refused: %s', async (line, expected) => {
    expect(await refused('db/queries/probe.ts', line)).toBe(expected)
  })

  it.each([
    ["import { x } from '../db/queries/outcomes'", true],
    ["import { x } from '../db/store'", true],
    ["import { x } from '../api/schemas/common'", true],
    ["import type { x } from '../db/queries/outcomes'", false],
    ["import type { x } from '../api/schemas/dashboard'", false]
  ])('domain: %s refused: %s', async (line, expected) => {
    expect(await refused('domain/probe.ts', line)).toBe(expected)
  })

  it.each([
    ["import { sql } from 'drizzle-orm'", true],
    ["import { sites } from '../../db/schema'", true],
    ["import { findSite } from '../../db/queries/sites'", false],
    ["import { x } from '../../domain/lifecycle'", false]
  ])('handlers: %s refused: %s', async (line, expected) => {
    expect(await refused('api/features/probe.ts', line)).toBe(expected)
  })

  it.each([
    ["import { x } from '../../api/dispatch'", true],
    ["import { x } from 'node:fs'", true],
    ["import type { x } from '../../api/result'", false],
    ["import { x } from 'electron'", false]
  ])('preload: %s refused: %s', async (line, expected) => {
    expect(await refused('electron/preload/probe.ts', line)).toBe(expected)
  })
})
