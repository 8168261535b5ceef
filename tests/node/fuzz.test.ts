// The API fuzz in CI: 100 fast-check payloads to every verb in the handler table on a seeded store
// (FUZZ_RUNS and FUZZ_SEED override), each answered {ok:false} with a message and the store
// unchanged, or accepted without coercion; never an exception or an internal error.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { answerProblems, coercions, fingerprint } from '../../scripts/fuzz/oracle'
import { fuzzVerb, verbNames } from '../../scripts/fuzz/run'
import { memoryStore } from '../support/store'

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 100)
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261128)

describe('the fuzz oracle', () => {
  it('catches a number taken from a boolean, an array or hex text, and nothing else', () => {
    const coercing = z.object({ durationMinutes: z.coerce.number(), ok: z.coerce.boolean() })
    for (const value of [true, [60], '0x10']) {
      const payload = { durationMinutes: value, ok: true }
      expect(coercions(payload, coercing.parse(payload))).toEqual([
        `(input).durationMinutes: ${JSON.stringify(value)} was taken as ${Number(value)}`
      ])
    }
    const strict = z.object({ n: z.number().default(3), list: z.array(z.number()) })
    expect(coercions({ list: [1, 2] }, strict.parse({ list: [1, 2] }))).toEqual([])
  })

  it('calls an internal error or a refusal without a message a defect', () => {
    expect(answerProblems({ ok: true, value: [1] })).toEqual([])
    expect(
      answerProblems({ ok: false, error: { code: 'invalid_input', message: 'x: bad' } })
    ).toEqual([])
    expect(answerProblems({ ok: false, error: { code: 'internal', message: 'boom' } })).toEqual([
      'an internal error: boom'
    ])
    expect(answerProblems({ ok: false, error: { code: 'invalid_input', message: ' ' } })).toEqual([
      'a refusal without a message'
    ])
    expect(answerProblems(undefined)).toHaveLength(1)
  })

  it('fingerprints every row: one change shows', () => {
    const store = memoryStore()
    try {
      const before = fingerprint(store.sqlite)
      store.sqlite.prepare("UPDATE themes SET name = name || ' ' WHERE rowid = 1").run()
      expect(fingerprint(store.sqlite)).not.toBe(before)
    } finally {
      store.close()
    }
  })
})

describe(`fuzzing every API verb (${RUNS} payloads each, seed ${SEED})`, () => {
  it.each(verbNames())(
    '%s',
    async (verb) => {
      const report = await fuzzVerb(verb, RUNS, SEED)
      expect(report.defect, report.defect).toBeUndefined()
      // Each accepted payload is sent again in disguise, so there are at least RUNS answers.
      expect(report.accepted + report.refused).toBeGreaterThanOrEqual(RUNS)
    },
    120_000
  )
})
