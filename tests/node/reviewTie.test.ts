// A comments file is accepted only for a review pack this store exported, signed with that pack's
// secret, and only for the pack's own cycles: a recomputed checksum is not enough.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checksumOf, signatureOf } from '../../domain/packFile'
import { FIXED_NOW, snapshot, testApi, type TestApi } from '../support/store'

let consultant: TestApi
let partner: TestApi
let programmeId: string
let packed: string
let leftOut: string
let otherProgrammeCycle: string

beforeEach(() => {
  consultant = testApi()
  partner = testApi()
  const c = consultant
  programmeId = c.call('programmes.create', { name: 'Better Together', startDate: '2026-01-05' }).id
  const other = c.call('programmes.create', { name: 'Other', startDate: '2026-01-05' }).id
  const siteId = c.call('sites.create', {
    programmeId,
    name: 'Eastbrook',
    startDate: '2026-01-05'
  }).id
  const elsewhere = c.call('sites.create', {
    programmeId: other,
    name: 'Elsewhere',
    startDate: '2026-01-05'
  }).id
  const cycle = (programme: string, site: string, heldOn: string, status: 'shared' | 'draft') =>
    c.call('reflections.create', { programmeId: programme, siteId: site, heldOn, status }).id
  packed = cycle(programmeId, siteId, '2026-03-12', 'shared')
  leftOut = cycle(programmeId, siteId, '2026-03-20', 'draft')
  otherProgrammeCycle = cycle(other, elsewhere, '2026-03-01', 'shared')
})
afterEach(() => {
  consultant.close()
  partner.close()
})

/** The consultant exports a pack of the shared cycle; the partner comments and sends it back. */
function roundTrip(from: TestApi = consultant, programme = programmeId) {
  const pack = from.call('reviewPacks.export', {
    programmeId: programme,
    statuses: ['shared'],
    exportedBy: 'Jo Reed'
  })
  const { id } = partner.call('reviewPacks.import', { content: pack.content })
  const [reviewCycle] = partner.call('reviewPacks.get', { id }).cycles
  partner.call('reviewComments.add', {
    reviewCycleId: reviewCycle?.id ?? '',
    phase: 'observe',
    author: 'Dr Lena Marsh',
    body: 'Whose story was this?'
  })
  const sent = partner.call('reviewPacks.exportComments', { id, reviewer: 'Dr Lena Marsh' })
  const reviewKey = (JSON.parse(pack.content) as { reviewKey: string }).reviewKey
  return { pack, sent, reviewKey }
}

type CommentsFile = Record<string, unknown> & { comments: { sourceCycleId: string }[] }

/** Changes a comments file, keeps its checksum right, and signs it with `key` if given. */
function forge(content: string, change: (file: CommentsFile) => void, key?: string): string {
  const file = JSON.parse(content) as CommentsFile
  change(file)
  if (key) file.signature = signatureOf(file, key)
  return JSON.stringify({ ...file, checksum: checksumOf(file) })
}

function expectRefused(content: string, words: RegExp) {
  const before = snapshot(consultant.store)
  const result = consultant.attempt('reviewPacks.importComments', { content })
  if (result.ok) throw new Error('The comments file was accepted')
  expect(result.error.message).toMatch(words)
  expect(result.error.issues?.[0]?.path).toBe('content')
  expect(snapshot(consultant.store)).toEqual(before)
}

describe('the tie between a comments file and its review pack', () => {
  it('records each exported pack with a random secret and its cycles, and signs the comments', () => {
    const { pack, sent, reviewKey } = roundTrip()
    expect(reviewKey).toMatch(/^[0-9a-f]{64}$/)
    expect(snapshot(consultant.store)['review_pack_exports']).toEqual([
      {
        pack_id: pack.packId,
        programme_id: programmeId,
        review_key: reviewKey,
        cycle_ids: JSON.stringify([packed]),
        exported_at: FIXED_NOW.toISOString()
      }
    ])
    const second = consultant.call('reviewPacks.export', {
      programmeId,
      statuses: ['shared'],
      exportedBy: 'Jo Reed'
    })
    expect((JSON.parse(second.content) as { reviewKey: string }).reviewKey).not.toBe(reviewKey)
    const file = JSON.parse(sent.content) as CommentsFile
    expect(file.signature).toBe(signatureOf(file, reviewKey))
    // The learning partner's area keeps the secret but does not show it.
    const [area] = partner.call('reviewPacks.list', {})
    expect(area).not.toHaveProperty('reviewKey')
    expect(partner.call('reviewPacks.get', { id: area?.id ?? '' }).pack).not.toHaveProperty(
      'reviewKey'
    )
    expect(consultant.call('reviewPacks.importComments', { content: sent.content })).toMatchObject({
      added: 1
    })
  })

  it('refuses comments moved to a cycle of another programme with the checksum recomputed', () => {
    const { sent } = roundTrip()
    const moved = forge(sent.content, (f) => {
      for (const c of f.comments) c.sourceCycleId = otherProgrammeCycle
    })
    expectRefused(moved, /not signed with the review pack it names.*nothing was imported/)
  })

  it('refuses a signed file whose comments are on cycles the pack did not hold', () => {
    const { sent, reviewKey } = roundTrip()
    for (const cycle of [leftOut, otherProgrammeCycle]) {
      const moved = forge(
        sent.content,
        (f) => {
          for (const c of f.comments) c.sourceCycleId = cycle
        },
        reviewKey
      )
      expectRefused(moved, /^content: A cycle these comments are on was not in the review pack/)
    }
  })

  it('refuses comments on a pack another store exported, or one it never exported', () => {
    const elsewhere = testApi()
    try {
      // Give the other store's ids a different run so its pack id cannot match one made here.
      for (let i = 0; i < 50; i++) elsewhere.ctx.newId()
      const theirProgramme = elsewhere.call('programmes.create', {
        name: 'Better Together',
        startDate: '2026-01-05'
      }).id
      const theirSite = elsewhere.call('sites.create', {
        programmeId: theirProgramme,
        name: 'Eastbrook',
        startDate: '2026-01-05'
      }).id
      elsewhere.call('reflections.create', {
        programmeId: theirProgramme,
        siteId: theirSite,
        heldOn: '2026-03-12',
        status: 'shared'
      })
      const { sent, reviewKey } = roundTrip(elsewhere, theirProgramme)
      expectRefused(sent.content, /on a review pack this app did not export/)
      // Even pointed at this store's own cycle and signed with the other pack's secret.
      const retargeted = forge(
        sent.content,
        (f) => {
          for (const c of f.comments) c.sourceCycleId = packed
        },
        reviewKey
      )
      expectRefused(retargeted, /on a review pack this app did not export/)
    } finally {
      elsewhere.close()
    }
  })

  it('refuses a file with no signature or a wrong one', () => {
    const { sent } = roundTrip()
    expectRefused(
      forge(sent.content, (f) => delete f.signature),
      /incomplete or damaged \(signature\)/
    )
    expectRefused(
      forge(sent.content, (f) => (f.signature = 'ab'.repeat(32))),
      /not signed with the review pack/
    )
  })
})
