// Review files: canonical JSON, the checksum, and the refusals an import relies on.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  canonicalJson,
  checksumOf,
  openFile,
  PackFileError,
  sealFile,
  type PackFileProblem
} from '../../domain/packFile'
import { COMMENTS_FORMAT, PACK_FORMAT } from '../../domain/packFormats'

const schema = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.literal(1),
  packId: z.string(),
  cycles: z.array(z.object({ id: z.string(), observe: z.string() })).min(1)
})

const body = {
  format: PACK_FORMAT,
  version: 1,
  packId: 'pack-1',
  cycles: [{ id: 'c1', observe: 'Mrs B’s story — “we kept assessing her”' }]
}

function refusal(content: string, kind: 'pack' | 'comments' = 'pack') {
  try {
    openFile(content, kind, schema)
  } catch (error) {
    if (error instanceof PackFileError) return { problem: error.problem, message: error.message }
    throw error
  }
  throw new Error('The file was accepted')
}

function expectRefused(content: string, problem: PackFileProblem, words: RegExp) {
  const r = refusal(content)
  expect(r.problem).toBe(problem)
  expect(r.message).toMatch(words)
}

describe('canonical JSON and the checksum', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}'
    )
  })

  it('is the same whatever order the keys were written in', () => {
    const reordered = {
      cycles: [{ observe: body.cycles[0]?.observe, id: 'c1' }],
      packId: 'pack-1',
      version: 1,
      format: PACK_FORMAT
    }
    expect(checksumOf(reordered)).toBe(checksumOf(body))
    expect(checksumOf(body)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('is the sha256 of the canonical JSON without the checksum field', () => {
    const expected = createHash('sha256').update(canonicalJson(body), 'utf8').digest('hex')
    expect(checksumOf(body)).toBe(expected)
    expect(checksumOf({ ...body, checksum: 'anything' })).toBe(expected)
  })

  it('changes when any character changes', () => {
    const changed = {
      ...body,
      cycles: [{ id: 'c1', observe: 'Mrs B’s story — “we kept assessing him”' }]
    }
    expect(checksumOf(changed)).not.toBe(checksumOf(body))
  })
})

describe('opening a file', () => {
  it('reads back what it sealed, indented and with the checksum last', () => {
    const content = sealFile(body)
    expect(content).toContain('\n  "packId": "pack-1"')
    expect(Object.keys(JSON.parse(content) as object).at(-1)).toBe('checksum')
    expect(openFile(content, 'pack', schema)).toEqual(body)
  })

  it('survives a re-indented or key-reordered copy (only the data counts)', () => {
    const parsed = JSON.parse(sealFile(body)) as Record<string, unknown>
    const reordered = Object.fromEntries(Object.entries(parsed).reverse())
    expect(openFile(JSON.stringify(reordered), 'pack', schema)).toEqual(body)
    expect(openFile(`\uFEFF${sealFile(body)}`, 'pack', schema)).toEqual(body)
  })

  it('refuses a file changed since it was exported, keeping its checksum', () => {
    const content = sealFile(body).replace('assessing her', 'assessing hEr')
    expectRefused(content, 'changed', /changed since it was exported/)
  })

  it('refuses a file whose checksum was removed or edited', () => {
    const parsed = JSON.parse(sealFile(body)) as Record<string, unknown>
    expectRefused(
      JSON.stringify({ ...parsed, checksum: undefined }),
      'damaged',
      /not a review pack/
    )
    expectRefused(JSON.stringify({ ...parsed, checksum: '0'.repeat(64) }), 'changed', /changed/)
  })

  it('refuses a file from a newer version, before looking at its checksum', () => {
    const newer = JSON.stringify({ ...body, version: 2, checksum: 'sealed differently' })
    expectRefused(
      newer,
      'newer_version',
      /newer version of Partnership Learning Log; update the app/
    )
  })

  it('refuses damaged JSON, something else entirely, and a nonsense version', () => {
    const sealed = sealFile(body)
    expectRefused(
      sealed.slice(0, sealed.length / 2),
      'damaged',
      /^This file is not a review pack \(or is damaged\)$/
    )
    expectRefused('', 'damaged', /not a review pack/)
    expectRefused('[1,2,3]', 'damaged', /not a review pack/)
    expectRefused('"review pack"', 'damaged', /not a review pack/)
    expectRefused(sealFile({ ...body, format: 'something-else' }), 'damaged', /not a review pack/)
    expectRefused(sealFile({ ...body, version: 0 }), 'damaged', /not a review pack/)
    expectRefused(sealFile({ ...body, version: '1' }), 'damaged', /not a review pack/)
  })

  it('says so when given the other kind of review file', () => {
    const comments = sealFile({ ...body, format: COMMENTS_FORMAT })
    expectRefused(comments, 'wrong_kind', /comments file, not a review pack/)
    const r = refusal(sealFile(body), 'comments')
    expect(r.problem).toBe('wrong_kind')
    expect(r.message).toMatch(/review pack, not a comments file/)
  })

  it('refuses a sealed file of the wrong shape, naming where', () => {
    expectRefused(sealFile({ ...body, cycles: [] }), 'invalid', /incomplete or damaged \(cycles\)/)
    expectRefused(sealFile({ ...body, cycles: [{ id: 7 }] }), 'invalid', /\(cycles\.0\.id\)/)
  })
})
