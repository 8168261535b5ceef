// Every importable file spoiled at least 200 ways: a review pack, a comments file and pasted
// measures. Each spoiled copy is refused with a message and nothing is imported; the unspoiled
// file still imports afterwards (so the refusals are the spoiling's doing).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parsePasted } from '../../renderer/src/features/measures/pasteParser'
import { mutations, randomSource } from './fileMutations'
import { snapshot, testApi, type TestApi } from '../support/store'

const COUNT = 200
let consultant: TestApi
let partner: TestApi
let packContent: string
let reviewKey: string
let commentsContent: string

beforeAll(() => {
  consultant = testApi()
  partner = testApi()
  const c = consultant
  const programmeId = c.call('programmes.create', {
    name: 'Better Together',
    startDate: '2026-01-05'
  }).id
  const siteId = c.call('sites.create', {
    programmeId,
    name: 'Eastbrook',
    startDate: '2026-01-05'
  }).id
  for (const heldOn of ['2026-03-12', '2026-04-20']) {
    const id = c.call('reflections.create', {
      programmeId,
      siteId,
      heldOn,
      title: `Cycle of ${heldOn}`,
      observe: 'Mrs B’s story: **three** assessments in a week.',
      status: 'shared'
    }).id
    c.call('reviewComments.add', { cycleId: id, phase: 'plan', author: 'Jo', body: 'Too big?' })
  }
  const pack = c.call('reviewPacks.export', { programmeId, exportedBy: 'Jo Reed' })
  packContent = pack.content
  reviewKey = (JSON.parse(pack.content) as { reviewKey: string }).reviewKey
  const { id } = partner.call('reviewPacks.import', { content: pack.content })
  const area = partner.call('reviewPacks.get', { id })
  for (const cycle of area.cycles) {
    const first = partner.call('reviewComments.add', {
      reviewCycleId: cycle.id,
      phase: 'observe',
      author: 'Dr Lena Marsh',
      body: 'Whose story was this?'
    }).id
    partner.call('reviewComments.add', {
      reviewCycleId: cycle.id,
      phase: 'observe',
      parentId: first,
      author: 'Dr Lena Marsh',
      body: 'And who else heard it?'
    })
  }
  commentsContent = partner.call('reviewPacks.exportComments', {
    id,
    reviewer: 'Dr Lena Marsh'
  }).content
})
afterAll(() => {
  consultant.close()
  partner.close()
})

/** Imports each spoiled copy into `api`: every one refused with a message, nothing written. */
function expectAllRefused(api: TestApi, verb: string, copies: string[]) {
  const before = snapshot(api.store)
  const accepted: string[] = []
  const silent: string[] = []
  for (const content of copies) {
    const result = api.attempt(verb, { content })
    if (result.ok) accepted.push(content.slice(0, 200))
    else if (!/\w{3}/.test(result.error.message) || result.error.code === 'internal') {
      silent.push(`${result.error.code}: ${result.error.message}`)
    }
  }
  expect(accepted, 'spoiled files that were accepted').toEqual([])
  expect(silent, 'refusals without a message a person can act on').toEqual([])
  expect(snapshot(api.store)).toEqual(before)
}

describe('importing spoiled files', () => {
  it(`refuses ${COUNT} spoiled copies of a review pack, importing nothing`, () => {
    const reader = testApi()
    try {
      const copies = mutations(packContent, COUNT, 11)
      expect(new Set(copies).size).toBe(COUNT)
      expectAllRefused(reader, 'reviewPacks.import', copies)
      expect(reader.call('reviewPacks.import', { content: packContent }).cycleCount).toBe(2)
    } finally {
      reader.close()
    }
  })

  it(`refuses ${COUNT} spoiled copies of a comments file, even re-signed with the pack’s key`, () => {
    const copies = [
      ...mutations(commentsContent, COUNT, 12),
      ...mutations(commentsContent, COUNT / 2, 13, reviewKey)
    ]
    expect(new Set(copies).size).toBeGreaterThanOrEqual(COUNT)
    expectAllRefused(consultant, 'reviewPacks.importComments', copies)
    const before = snapshot(consultant.store)
    expect(
      consultant.call('reviewPacks.importComments', { content: commentsContent })
    ).toMatchObject({
      added: 4
    })
    expect(snapshot(consultant.store)).not.toEqual(before)
  })
})

/** What the paste preview does: save only when the parser found no problem, then the API checks. */
function importPasted(api: TestApi, measureId: string, text: string, saved: ReadonlySet<string>) {
  const parsed = parsePasted(text, { existingPeriods: saved })
  if (parsed.rows.length === 0 || parsed.errors.length > 0) {
    return { ok: false as const, message: parsed.errors[0] ?? 'Nothing to save' }
  }
  const result = api.attempt('measures.savePoints', {
    measureId,
    mode: 'add',
    points: parsed.points
  })
  return result.ok ? { ok: true as const } : { ok: false as const, message: result.error.message }
}

const NOT_VALUES = [
  '12a',
  '0x10',
  '1e3',
  'twelve',
  '12..5',
  '--1',
  '1,23',
  'NaN',
  'Infinity',
  '٣',
  '½',
  '1'.padEnd(400, '0'),
  '£12',
  '12 people',
  '-',
  '.'
]
const NOT_PERIODS = [
  '2026-02-30',
  '31/04/2026',
  '2026-13',
  'Smarch 2026',
  '1899-01',
  '2201-01',
  '2026-00',
  '30 Feb 2026',
  'yesterday',
  '2026/01',
  '13/13/2026',
  '0'
]

/** One way to spoil a pasted table so it must be refused. */
function spoilPaste(rows: string[][], random: () => number): string[][] {
  const copy = rows.map((r) => [...r])
  const at = 1 + Math.floor(random() * (copy.length - 1))
  const row = copy[at] ?? []
  const kind = Math.floor(random() * 6)
  if (kind === 0) row[1] = NOT_VALUES[Math.floor(random() * NOT_VALUES.length)] ?? ''
  else if (kind === 1) row[0] = NOT_PERIODS[Math.floor(random() * NOT_PERIODS.length)] ?? ''
  else if (kind === 2)
    row[0] = copy[at === 1 ? 2 : 1]?.[0] ?? '' // a period twice
  else if (kind === 3) row.splice(1, 1, '')
  else if (kind === 4) row[2] = 'n'.repeat(2001)
  else row[0] = '2026-01'
  return copy
}

describe('pasting measures', () => {
  it(`refuses ${COUNT} spoiled pastes, saving nothing`, () => {
    const api = testApi()
    try {
      const programmeId = api.call('programmes.create', { name: 'P', startDate: '2026-01-05' }).id
      const siteId = api.call('sites.create', {
        programmeId,
        name: 'E',
        startDate: '2026-01-05'
      }).id
      const measureId = api.call('measures.create', {
        siteId,
        name: 'Joint reviews',
        better: 'higher'
      }).id
      api.call('measures.savePoints', { measureId, points: [{ period: '2026-01-01', value: 3 }] })
      const saved = new Set(['2026-01-01'])
      const table = [
        ['Month', 'Value', 'Note'],
        ...Array.from({ length: 12 }, (_, i) => [
          `2026-${String(i + 2).padStart(2, '0')}`.replace('2026-13', '2027-01'),
          String(10 + i),
          i % 3 ? '' : 'after the huddle'
        ])
      ]
      const good = table.map((r) => r.join('\t')).join('\n')
      const random = randomSource(21)
      const copies = new Set<string>()
      while (copies.size < COUNT) {
        const spoiled = spoilPaste(spoilPaste(table, random), random)
        const separator = random() < 0.5 ? '\t' : ','
        copies.add(
          spoiled
            .map((r) =>
              r
                .map((c) =>
                  separator === ',' && /[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c
                )
                .join(separator)
            )
            .join('\n')
        )
      }
      copies.add(
        [
          table[0],
          ...Array.from({ length: 1001 }, (_, i) => [
            `2030-01-${String((i % 28) + 1).padStart(2, '0')}`,
            '1',
            ''
          ])
        ]
          .map((r) => r?.join('\t'))
          .join('\n')
      )
      const before = snapshot(api.store)
      const accepted = [...copies].filter((text) => importPasted(api, measureId, text, saved).ok)
      expect(accepted, 'spoiled pastes that were saved').toEqual([])
      expect(snapshot(api.store)).toEqual(before)
      expect(importPasted(api, measureId, good, saved)).toEqual({ ok: true })
    } finally {
      api.close()
    }
  })
})
