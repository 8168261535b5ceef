// The learning-partner review round trip between two separate stores: the consultant's (with a
// programme, sites and cycles) and the learning partner's (empty). Files are the only link.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checksumOf, signatureOf } from '../../domain/packFile'
import type { ApiInput, ApiOutput } from '../../api/contract'
import { snapshot, testApi, type TestApi } from '../support/store'

let consultant: TestApi
let partner: TestApi
let programmeId: string
let eastbrook: string
let westvale: string
let elsewhere: string
const cycles: Record<'january' | 'march' | 'april' | 'team' | 'june' | 'other', string> = {
  january: '',
  march: '',
  april: '',
  team: '',
  june: '',
  other: ''
}
let joComment: string

beforeEach(() => {
  consultant = testApi()
  partner = testApi()
  const c = consultant
  programmeId = c.call('programmes.create', {
    name: 'Ageing Well Together',
    startDate: '2026-01-05'
  }).id
  const otherProgramme = c.call('programmes.create', { name: 'Other', startDate: '2026-01-05' }).id
  const site = (programme: string, name: string) =>
    c.call('sites.create', { programmeId: programme, name, startDate: '2026-01-05' }).id
  eastbrook = site(programmeId, 'Eastbrook')
  westvale = site(programmeId, 'Westvale')
  elsewhere = site(otherProgramme, 'Elsewhere')
  const jo = c.call('people.create', { programmeId, name: 'Jo Reed', role: 'Consultant' }).id
  const asha = c.call('people.create', { programmeId, name: 'Asha Patel', role: 'Coordinator' }).id
  const meeting = c.call('meetings.create', {
    siteId: eastbrook,
    heldOn: '2026-03-10',
    durationMinutes: 180,
    kind: 'partnership'
  }).id
  const cycle = (fields: ApiInput<'reflections.create'>) => c.call('reflections.create', fields).id
  cycles.january = cycle({
    programmeId,
    siteId: eastbrook,
    heldOn: '2026-01-20',
    title: 'First meeting',
    status: 'shared'
  })
  cycles.march = cycle({
    programmeId,
    siteId: eastbrook,
    meetingId: meeting,
    heldOn: '2026-03-12',
    title: 'After the March meeting',
    participantIds: [jo, asha],
    observe: 'Mrs B’s story: **three** assessments in a week.',
    reflect: 'We assumed the GP practice *knew*.',
    plan: '- Ask the district nurses to join the huddle',
    act: '',
    status: 'shared'
  })
  cycles.april = cycle({
    programmeId,
    siteId: westvale,
    heldOn: '2026-04-02',
    title: 'Westvale in April',
    status: 'shared'
  })
  cycles.team = cycle({
    programmeId,
    siteIds: [eastbrook, westvale],
    heldOn: '2026-04-20',
    title: 'Team reflection across sites',
    observe: 'Both sites stalled on information sharing.',
    status: 'reviewed'
  })
  cycles.june = cycle({ programmeId, siteId: eastbrook, heldOn: '2026-06-15', status: 'draft' })
  cycles.other = cycle({ programmeId: otherProgramme, siteId: elsewhere, heldOn: '2026-03-01' })
  c.call('reflections.tag', {
    cycleId: cycles.march,
    themeId: 'practice-diversity-trust',
    phase: 'reflect'
  })
  c.call('reflections.tag', { cycleId: cycles.march, themeId: 'element-curious', phase: 'cycle' })
  joComment = c.call('reviewComments.add', {
    cycleId: cycles.march,
    phase: 'plan',
    author: 'Jo Reed',
    body: 'Lena: is this plan too big for one month?'
  }).id
})
afterEach(() => {
  consultant.close()
  partner.close()
})

const choice = {
  siteIds: [] as string[],
  from: '2026-02-01',
  to: '2026-05-31',
  statuses: ['shared', 'reviewed'] as ('shared' | 'reviewed' | 'draft')[],
  exportedBy: 'Jo Reed'
}

function exportPack(fields: Partial<typeof choice> = {}) {
  return consultant.call('reviewPacks.export', {
    programmeId,
    ...choice,
    siteIds: [eastbrook, 'team'],
    ...fields
  })
}

/** A rejected call: the message, the field (`content` for files), and nothing written. */
function expectRefused(api: TestApi, name: string, input: unknown, words: RegExp, path?: string) {
  const before = snapshot(api.store)
  const result = api.attempt(name, input)
  if (result.ok) throw new Error(`${name} was accepted`)
  expect(result.error.message).toMatch(words)
  if (path) expect(result.error.issues?.[0]?.path).toBe(path)
  expect(snapshot(api.store)).toEqual(before)
  return result.error
}

/** Changes a file's text without updating its checksum (as someone editing it by hand would). */
function tamper(content: string, from: string, to: string) {
  expect(content).toContain(from)
  return content.replace(from, to)
}

/**
 * Changes a file's data and seals it again, to test checks behind the checksum; given the pack's
 * secret, signs a comments file again too (as the learning partner's app could).
 */
function reseal(
  content: string,
  change: (file: Record<string, unknown>) => void,
  reviewKey?: string
) {
  const file = JSON.parse(content) as Record<string, unknown>
  change(file)
  if (reviewKey) file.signature = signatureOf(file, reviewKey)
  return JSON.stringify({ ...file, checksum: checksumOf(file) })
}

const keyOf = (pack: { content: string }) =>
  (JSON.parse(pack.content) as { reviewKey: string }).reviewKey

type Pack = ApiOutput<'reviewPacks.get'>
function cycleIn(pack: Pack, title: string) {
  const found = pack.cycles.find((c) => c.title === title)
  if (!found) throw new Error(`No cycle "${title}" in the pack`)
  return found
}

describe('exporting a review pack', () => {
  it('holds exactly the chosen cycles, with site names, meeting dates, themes and people', () => {
    const exported = exportPack()
    expect(exported.cycleCount).toBe(2)
    expect(exported.fileName).toBe('review-pack-ageing-well-together-2026-11-21.json')
    const file = JSON.parse(exported.content) as {
      format: string
      version: number
      packId: string
      exportedBy: string
      programme: { name: string }
      filter: { siteNames: string[]; from: string; to: string }
      cycles: {
        id: string
        siteName: string | null
        siteNames: string[]
        meetingHeldOn: string | null
        meetingKind: string | null
        title: string
        observe: string
        themes: { name: string; phase: string }[]
        participants: { name: string; role: string }[]
        existingComments: { id: string; author: string; phase: string }[]
      }[]
      checksum: string
    }
    expect(file.format).toBe('partnership-learning-log/review-pack')
    expect(file.version).toBe(1)
    expect(file.packId).toBe(exported.packId)
    expect(file.exportedBy).toBe('Jo Reed')
    expect(file.programme.name).toBe('Ageing Well Together')
    expect(file.filter.siteNames).toEqual(['Eastbrook', 'Team level'])
    expect(file.checksum).toBe(checksumOf(file))
    expect(file.cycles.map((c) => c.id)).toEqual([cycles.march, cycles.team])
    const [march, team] = file.cycles
    expect(march).toMatchObject({
      siteName: 'Eastbrook',
      siteNames: [],
      meetingHeldOn: '2026-03-10',
      meetingKind: 'partnership',
      title: 'After the March meeting',
      observe: 'Mrs B’s story: **three** assessments in a week.',
      participants: [
        { name: 'Asha Patel', role: 'Coordinator' },
        { name: 'Jo Reed', role: 'Consultant' }
      ]
    })
    expect(march?.themes).toEqual(
      expect.arrayContaining([
        { name: 'Be curious', phase: 'cycle' },
        { name: 'Exploring diversity and building trust', phase: 'reflect' }
      ])
    )
    expect(march?.existingComments).toMatchObject([
      { id: joComment, author: 'Jo Reed', phase: 'plan' }
    ])
    expect(team).toMatchObject({
      siteName: null,
      siteNames: ['Eastbrook', 'Westvale'],
      meetingHeldOn: null,
      themes: [],
      existingComments: []
    })
  })

  it('filters by site, date range and status', () => {
    const ids = (fields: Partial<typeof choice>) =>
      consultant.call('reviewPacks.preview', { programmeId, ...choice, ...fields }).map((c) => c.id)
    expect(ids({ siteIds: [], from: '', to: '', statuses: [] })).toEqual([
      cycles.january,
      cycles.march,
      cycles.april,
      cycles.team,
      cycles.june
    ])
    expect(ids({ siteIds: [westvale] })).toEqual([cycles.april])
    expect(ids({ siteIds: ['team'] })).toEqual([cycles.team])
    expect(ids({ siteIds: [], statuses: ['shared'] })).toEqual([cycles.march, cycles.april])
    expect(ids({ siteIds: [eastbrook], from: '', to: '', statuses: ['draft'] })).toEqual([
      cycles.june
    ])
    expect(ids({ siteIds: [eastbrook], from: '2026-03-12', to: '2026-03-12' })).toEqual([
      cycles.march
    ])
  })

  it('refuses an empty selection, a site of another programme and a backwards date range', () => {
    expectRefused(
      consultant,
      'reviewPacks.export',
      { programmeId, ...choice, siteIds: [westvale], statuses: ['reviewed'] },
      /No reflection cycles match/
    )
    expectRefused(
      consultant,
      'reviewPacks.export',
      { programmeId, ...choice, siteIds: ['team', elsewhere] },
      /another programme/,
      'siteIds.1'
    )
    expectRefused(
      consultant,
      'reviewPacks.export',
      { programmeId, ...choice, from: '2026-06-01', to: '2026-05-01' },
      /end date must be on or after/,
      'to'
    )
    expectRefused(
      consultant,
      'reviewPacks.export',
      { programmeId, ...choice, exportedBy: ' ' },
      /Your name is required/,
      'exportedBy'
    )
  })
})

describe('the review round trip between two stores', () => {
  it('imports, comments, sends comments back, and imports them once', () => {
    const pack = exportPack()

    // The learning partner's empty store takes the pack into its review area.
    const imported = partner.call('reviewPacks.import', { content: pack.content })
    expect(imported).toMatchObject({
      cycleCount: 2,
      alreadyImported: false,
      programmeName: 'Ageing Well Together'
    })
    expect(partner.call('reviewPacks.list', {})).toMatchObject([
      {
        id: imported.id,
        packId: pack.packId,
        programmeName: 'Ageing Well Together',
        exportedBy: 'Jo Reed',
        cycleCount: 2,
        commentCount: 0,
        description: expect.stringMatching(
          /^Eastbrook, Team level; 1 Feb 2026 to 31 May 2026; shared for review or reviewed$/
        )
      }
    ])
    const area = partner.call('reviewPacks.get', { id: imported.id })
    const march = cycleIn(area, 'After the March meeting')
    const team = cycleIn(area, 'Team reflection across sites')
    expect(march).toMatchObject({
      sourceCycleId: cycles.march,
      siteName: 'Eastbrook',
      meetingHeldOn: '2026-03-10',
      plan: '- Ask the district nurses to join the huddle'
    })
    expect(team.siteNames).toEqual(['Eastbrook', 'Westvale'])
    // The consultant's own comment came along, threaded, marked as from the pack.
    expect(march.comments).toMatchObject([
      { author: 'Jo Reed', phase: 'plan', imported: true, parentId: null }
    ])
    const joCopy = march.comments[0]?.id ?? ''

    // The same pack again adds nothing.
    const before = snapshot(partner.store)
    expect(partner.call('reviewPacks.import', { content: pack.content })).toMatchObject({
      id: imported.id,
      alreadyImported: true
    })
    expect(snapshot(partner.store)).toEqual(before)

    // Comment, reply and resolve in the review area.
    const lena = 'Dr Lena Marsh'
    const add = (input: ApiInput<'reviewComments.add'>) => partner.call('reviewComments.add', input)
    const question = add({
      reviewCycleId: march.id,
      phase: 'reflect',
      author: lena,
      body: 'What made you assume the practice knew?'
    }).id
    const followUp = add({
      reviewCycleId: march.id,
      phase: 'reflect',
      parentId: question,
      author: lena,
      body: 'And who else assumed it?'
    }).id
    const answer = add({
      reviewCycleId: march.id,
      phase: 'plan',
      parentId: joCopy,
      author: lena,
      body: 'Not too big if the nurses own it.'
    }).id
    const onTeam = add({
      reviewCycleId: team.id,
      phase: 'observe',
      author: lena,
      body: 'Is this the same stall as last year?'
    }).id
    partner.call('reviewComments.resolve', { id: answer, resolved: true })
    expect(partner.call('reviewPacks.list', {})[0]).toMatchObject({
      commentCount: 4,
      openCommentCount: 3
    })

    const sent = partner.call('reviewPacks.exportComments', { id: imported.id, reviewer: lena })
    expect(sent.commentCount).toBe(4)
    expect(sent.fileName).toBe('review-comments-ageing-well-together-2026-11-21.json')
    const sentFile = JSON.parse(sent.content) as {
      format: string
      packId: string
      reviewer: string
      comments: { id: string; parentId: string | null; parentOriginalId: string | null }[]
    }
    expect(sentFile).toMatchObject({
      format: 'partnership-learning-log/review-comments',
      packId: pack.packId,
      reviewer: lena
    })
    expect(sentFile.comments.find((c) => c.id === answer)).toMatchObject({
      parentId: null,
      parentOriginalId: joComment
    })
    expect(sentFile.comments.find((c) => c.id === followUp)?.parentId).toBe(question)
    expect(sentFile.comments.map((c) => c.id)).not.toContain(joCopy)

    // Back in the consultant's store: each comment on the right cycle and phase.
    const result = consultant.call('reviewPacks.importComments', { content: sent.content })
    expect(result).toMatchObject({ added: 4, alreadyThere: 0, cycleCount: 2, reviewer: lena })
    const onMarch = consultant.call('reflections.get', { id: cycles.march }).comments
    const byBody = (list: typeof onMarch, body: string) => {
      const found = list.find((c) => c.body === body)
      if (!found) throw new Error(`No comment "${body}"`)
      return found
    }
    const q = byBody(onMarch, 'What made you assume the practice knew?')
    expect(q).toMatchObject({ author: lena, phase: 'reflect', parentId: null, imported: true })
    expect(byBody(onMarch, 'And who else assumed it?')).toMatchObject({
      phase: 'reflect',
      parentId: q.id
    })
    const a = byBody(onMarch, 'Not too big if the nurses own it.')
    expect(a).toMatchObject({ phase: 'plan', parentId: joComment, author: lena })
    expect(a.resolvedAt).not.toBeNull()
    expect(onMarch).toHaveLength(4)
    const onTeamCycle = consultant.call('reflections.get', { id: cycles.team }).comments
    expect(onTeamCycle).toMatchObject([
      { phase: 'observe', author: lena, body: 'Is this the same stall as last year?' }
    ])
    expect(onTeamCycle[0]?.id).not.toBe(onTeam)

    // The same file again adds nothing.
    const afterFirst = snapshot(consultant.store)
    expect(consultant.call('reviewPacks.importComments', { content: sent.content })).toMatchObject({
      added: 0,
      alreadyThere: 4,
      markedResolved: 0
    })
    expect(snapshot(consultant.store)).toEqual(afterFirst)

    // A second round from the same pack: one new reply to an earlier comment, one resolved since.
    add({
      reviewCycleId: march.id,
      phase: 'reflect',
      parentId: question,
      author: lena,
      body: 'Thinking about it more: the nurses did too.'
    })
    partner.call('reviewComments.resolve', { id: question, resolved: true })
    const second = partner.call('reviewPacks.exportComments', { id: imported.id, reviewer: lena })
    expect(
      consultant.call('reviewPacks.importComments', { content: second.content })
    ).toMatchObject({ added: 1, alreadyThere: 4, markedResolved: 1 })
    const later = consultant.call('reflections.get', { id: cycles.march }).comments
    expect(byBody(later, 'Thinking about it more: the nurses did too.').parentId).toBe(q.id)
    expect(byBody(later, 'What made you assume the practice knew?').resolvedAt).not.toBeNull()

    // A reply whose parent came in an earlier file (not this one) still finds it.
    const lateReply = reseal(
      second.content,
      (file) => {
        const list = file.comments as { id: string; parentId: string | null; body: string }[]
        file.comments = [
          { ...list[0], id: 'late-1', parentId: question, body: 'One more thought.' }
        ]
      },
      keyOf(pack)
    )
    expect(consultant.call('reviewPacks.importComments', { content: lateReply })).toMatchObject({
      added: 1
    })
    expect(
      byBody(consultant.call('reflections.get', { id: cycles.march }).comments, 'One more thought.')
        .parentId
    ).toBe(q.id)
  })

  it('puts comments back under the reviewer named in the file, not a name remembered when writing', () => {
    const pack = exportPack()
    const { id } = partner.call('reviewPacks.import', { content: pack.content })
    const march = cycleIn(partner.call('reviewPacks.get', { id }), 'After the March meeting')
    // The comment form offered the name remembered on this computer; the reviewer kept it.
    const question = partner.call('reviewComments.add', {
      reviewCycleId: march.id,
      phase: 'reflect',
      author: 'Sarah Okafor',
      body: 'Who else was in the room?'
    }).id
    partner.call('reviewComments.add', {
      reviewCycleId: march.id,
      phase: 'reflect',
      parentId: question,
      author: 'Sarah Okafor',
      body: 'And who was missing?'
    })
    const jane = 'Dr Jane Ashworth'
    const sent = partner.call('reviewPacks.exportComments', { id, reviewer: jane })
    const file = JSON.parse(sent.content) as { reviewer: string; comments: { author: string }[] }
    expect(file.reviewer).toBe(jane)
    expect(file.comments.map((c) => c.author)).toEqual([jane, jane])

    // A file whose comments still carry the remembered name (an app without this fix) is put
    // back under the reviewer named in the file too.
    const older = reseal(
      sent.content,
      (f) => {
        for (const c of f.comments as { author: string }[]) c.author = 'Sarah Okafor'
      },
      keyOf(pack)
    )
    const result = consultant.call('reviewPacks.importComments', { content: older })
    expect(result).toMatchObject({ added: 2, reviewer: jane })
    const comments = consultant.call('reflections.get', { id: cycles.march }).comments
    const imported = comments.filter((c) => c.imported)
    expect(imported.map((c) => [c.body, c.author])).toEqual([
      ['Who else was in the room?', jane],
      ['And who was missing?', jane]
    ])
  })

  it('refuses damaged, changed, newer and orphaned files, writing nothing', () => {
    const pack = exportPack()
    // A pack changed by hand (one character of a phase, checksum kept).
    expectRefused(
      partner,
      'reviewPacks.import',
      { content: tamper(pack.content, 'three', 'thrEe') },
      /The file has been changed since it was exported/,
      'content'
    )
    expectRefused(
      partner,
      'reviewPacks.import',
      { content: pack.content.slice(0, 200) },
      /^content: This file is not a review pack \(or is damaged\)$/,
      'content'
    )
    expectRefused(
      partner,
      'reviewPacks.import',
      { content: reseal(pack.content, (f) => (f.version = 2)) },
      /made by a newer version of Partnership Learning Log; update the app to open it/
    )
    expectRefused(
      partner,
      'reviewPacks.import',
      { content: reseal(pack.content, (f) => (f.cycles = [])) },
      /incomplete or damaged \(cycles\)/
    )
    expectRefused(
      partner,
      'reviewPacks.import',
      {
        content: reseal(
          pack.content,
          (f) => (f.cycles = [...(f.cycles as []), ...(f.cycles as [])])
        )
      },
      /a cycle appears twice/
    )
    expect(partner.call('reviewPacks.list', {})).toEqual([])

    const { id } = partner.call('reviewPacks.import', { content: pack.content })
    const area = partner.call('reviewPacks.get', { id })
    const march = cycleIn(area, 'After the March meeting')
    const team = cycleIn(area, 'Team reflection across sites')
    const author = 'Dr Lena Marsh'
    partner.call('reviewComments.add', {
      reviewCycleId: march.id,
      phase: 'observe',
      author,
      body: 'Whose story was this?'
    })
    partner.call('reviewComments.add', {
      reviewCycleId: team.id,
      phase: 'act',
      author,
      body: 'What happened next?'
    })
    const sent = partner.call('reviewPacks.exportComments', { id, reviewer: author })

    // A comments file changed by hand: one character of a body, checksum kept.
    expectRefused(
      consultant,
      'reviewPacks.importComments',
      { content: tamper(sent.content, 'Whose story', 'Whose Story') },
      /changed since it was exported/,
      'content'
    )
    expectRefused(
      consultant,
      'reviewPacks.importComments',
      { content: reseal(sent.content, (f) => (f.version = 3)) },
      /newer version/
    )
    expectRefused(
      consultant,
      'reviewPacks.importComments',
      { content: '{"format": "partnership-learning-log/review-comm' },
      /not a review comments file \(or is damaged\)/
    )
    expectRefused(
      consultant,
      'reviewPacks.importComments',
      { content: pack.content },
      /This is a review pack, not a comments file/
    )
    expectRefused(
      partner,
      'reviewPacks.import',
      { content: sent.content },
      /This is a review comments file, not a review pack/
    )
    expectRefused(
      consultant,
      'reviewPacks.importComments',
      {
        content: reseal(
          sent.content,
          (f) => {
            const list = f.comments as { parentId: string | null }[]
            if (list[0]) list[0].parentId = 'not-there'
          },
          keyOf(pack)
        )
      },
      /answers a comment that is not on its cycle/
    )

    // The team cycle was deleted meanwhile: the whole file is refused, naming how many are gone.
    consultant.call('reflections.delete', { id: cycles.team })
    expectRefused(
      consultant,
      'reviewPacks.importComments',
      { content: sent.content },
      /1 of the 2 cycles these comments are on are not in this app's data.*nothing was imported/,
      'content'
    )
    expect(consultant.call('reflections.get', { id: cycles.march }).comments).toHaveLength(1)
  })

  it('refuses to export comments before there are any, and removes a pack on request', () => {
    const { id } = partner.call('reviewPacks.import', { content: exportPack().content })
    expectRefused(
      partner,
      'reviewPacks.exportComments',
      { id, reviewer: 'Lena' },
      /no comments in this pack yet/
    )
    const march = cycleIn(partner.call('reviewPacks.get', { id }), 'After the March meeting')
    partner.call('reviewComments.add', {
      reviewCycleId: march.id,
      phase: 'cycle',
      author: 'Lena',
      body: 'A good cycle.'
    })
    partner.call('reviewPacks.delete', { id })
    expect(partner.call('reviewPacks.list', {})).toEqual([])
    const left = snapshot(partner.store)
    expect(left['review_cycles']).toEqual([])
    expect(left['review_comments']).toEqual([])
    expectRefused(partner, 'reviewPacks.get', { id }, /No review pack/, 'id')
  })
})
