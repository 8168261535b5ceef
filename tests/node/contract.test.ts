// Tests that every handler table is merged with the duplicate check, so two verbs with one name
// fail at start-up instead of one silently replacing the other.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { handlers } from '../../api/contract'
import { changeIdeaHandlers } from '../../api/features/changeIdeas'
import { cycleHandlers } from '../../api/features/pdsaCycles'
import { testOfChangeHandlers } from '../../api/features/testsOfChange'
import { handler, mergeTables } from '../../api/handler'

const featuresFolder = path.resolve(__dirname, '../../api/features')

describe('mergeTables', () => {
  const first = handler(z.object({}), () => 'first')
  const second = handler(z.object({}), () => 'second')

  it('keeps every verb of tables whose names differ', () => {
    const merged = mergeTables([{ 'a.one': first }, { 'a.two': second }] as const)
    expect(Object.keys(merged)).toEqual(['a.one', 'a.two'])
    expect(merged['a.two']).toBe(second)
  })

  it('refuses a verb name defined twice, naming it', () => {
    expect(() => mergeTables([{ 'a.one': first }, { 'a.one': second }] as const)).toThrow(
      'API verb a.one is defined twice'
    )
  })

  it('refuses a real table merged twice (as a careless spread would have overwritten)', () => {
    expect(() => mergeTables([cycleHandlers, cycleHandlers] as const)).toThrow(
      'API verb testsOfChange.addCycle is defined twice'
    )
  })
})

describe('the API table', () => {
  it('holds the PDSA cycle and change idea verbs the tests of change table gathers', () => {
    const gathered = [...Object.keys(cycleHandlers), ...Object.keys(changeIdeaHandlers)]
    expect(gathered.length).toBeGreaterThan(5)
    for (const name of gathered) {
      expect(Object.keys(testOfChangeHandlers)).toContain(name)
      expect(Object.hasOwn(handlers, name), name).toBe(true)
    }
  })

  it('is built without spreading one handler table into another', () => {
    const spreads = fs
      .readdirSync(featuresFolder)
      .filter((file) => file.endsWith('.ts'))
      .filter((file) =>
        /\.\.\.\w+Handlers\b/.test(fs.readFileSync(path.join(featuresFolder, file), 'utf8'))
      )
    expect(spreads).toEqual([])
  })
})
