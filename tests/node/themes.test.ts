// Themes through the real dispatch: tagging cycles, the built-in sets and a programme's own codes
// (create, rename, merge, archive), the themes view's counts, and review comments on a cycle.
// Every rejection changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  expectRejected,
  reflectionFixture,
  tableCounts,
  type ReflectionFixture,
  type RejectionCase
} from './reflectionFixture'
import type { TestApi } from '../support/store'

let api: TestApi
let programmeId: string
let otherProgrammeId: string
let east: string
let west: string
let foreignSite: string
let cycle: ReflectionFixture['cycle']
beforeEach(() => {
  ;({ api, programmeId, otherProgrammeId, east, west, foreignSite, cycle } = reflectionFixture())
})
afterEach(() => api.close())

const BUILT_IN = [
  'Suspending disbelief',
  'Defining a shared purpose',
  'Accountability to the purpose',
  'Exploring diversity and building trust',
  'Purposeful structural change',
  'Courageous and systemic leadership',
  'Be curious',
  'Be appreciative',
  'Be proactive',
  'Be courageous',
  'Be thinkers',
  'Be communicators'
]

const own = (name: string, inProgramme = programmeId) =>
  api.call('themes.create', { programmeId: inProgramme, name }).id
const tag = (cycleId: string, themeId: string, phase?: 'plan' | 'observe' | 'reflect') =>
  api.call('reflections.tag', { cycleId, themeId, phase }).id
const themes = (includeArchived = false) =>
  api.call('themes.list', { programmeId, includeArchived })

describe('tagging a cycle', () => {
  it('tags the whole cycle or one phase with built-in themes and own codes, and untags', () => {
    const id = cycle()
    const code = own('Hospital discharge')
    const whole = tag(id, 'practice-diversity-trust')
    const plan = tag(id, code, 'plan')
    tag(id, 'element-curious', 'observe')
    const tags = api.call('reflections.get', { id }).tags
    expect(tags.map((t) => [t.phase, t.name, t.themeSet])).toEqual([
      ['cycle', 'Exploring diversity and building trust', 'practices'],
      ['observe', 'Be curious', 'elements'],
      ['plan', 'Hospital discharge', 'own']
    ])
    expect(tags.find((t) => t.phase === 'plan')).toMatchObject({ id: plan, themeId: code })

    // The same theme in the same place again adds nothing and answers with the tag already there.
    expect(tag(id, code, 'plan')).toBe(plan)
    expect(tableCounts(api)).toMatchObject({ reflection_tags: 3 })

    api.call('reflections.untag', { id: whole })
    expect(api.call('reflections.get', { id }).tags.map((t) => t.themeId)).toEqual([
      'element-curious',
      code
    ])
  })
})

describe('the themes of a programme', () => {
  it('lists both built-in sets in order, then own codes, with how many cycles use each', () => {
    expect(themes().map((t) => t.name)).toEqual(BUILT_IN)
    expect(themes()[0]).toEqual({
      id: 'practice-suspending-disbelief',
      programmeId: null,
      themeSet: 'practices',
      name: 'Suspending disbelief',
      description: 'Setting aside doubts long enough to try working together',
      archivedAt: null,
      uses: 0
    })
    const discharge = own('Hospital discharge')
    own('Their code', otherProgrammeId)
    const first = cycle()
    tag(first, 'element-curious')
    tag(first, 'element-curious', 'plan') // the same cycle counts once
    tag(cycle({ siteId: west }), 'element-curious', 'observe')
    tag(cycle({ siteId: foreignSite, programmeId: otherProgrammeId }), 'element-curious')
    const list = themes()
    expect(list.map((t) => t.name)).toEqual([...BUILT_IN, 'Hospital discharge'])
    expect(list.find((t) => t.id === 'element-curious')?.uses).toBe(2)
    expect(list.at(-1)).toMatchObject({ id: discharge, programmeId, themeSet: 'own', uses: 0 })
  })

  it('creates and renames own codes; the same name in another programme is fine', () => {
    const id = api.call('themes.create', {
      programmeId,
      name: '  Hospital discharge ',
      description: 'Delays leaving hospital'
    }).id
    own('Hospital discharge', otherProgrammeId)
    api.call('themes.update', { id, name: 'Leaving hospital', description: '' })
    expect(themes().at(-1)).toMatchObject({ id, name: 'Leaving hospital', description: '' })
    api.call('themes.update', { id, name: 'LEAVING hospital' }) // its own name, differently cased
    expect(themes().at(-1)?.name).toBe('LEAVING hospital')
  })

  it('archives and restores own codes; archived ones are listed only when asked', () => {
    const id = own('Old code')
    tag(cycle(), id)
    api.call('themes.archive', { id })
    expect(themes().map((t) => t.id)).not.toContain(id)
    expect(themes(true).at(-1)).toMatchObject({ id, uses: 1, archivedAt: expect.any(String) })
    api.call('themes.archive', { id, archived: false })
    expect(themes().at(-1)).toMatchObject({ id, archivedAt: null })
  })

  it('merges one own code into another, moving its tags and dropping duplicates', () => {
    const [c1, c2, c3] = [cycle(), cycle({ siteId: west }), cycle({ heldOn: '2026-04-01' })]
    const from = own('Discharge')
    const into = own('Hospital discharge')
    tag(c1 ?? '', from)
    tag(c1 ?? '', from, 'plan')
    tag(c2 ?? '', from, 'observe')
    tag(c1 ?? '', into)
    tag(c3 ?? '', into, 'reflect')
    expect(api.call('themes.merge', { fromId: from, intoId: into })).toEqual({ id: into })
    expect(themes(true).map((t) => t.id)).not.toContain(from)
    expect(themes().find((t) => t.id === into)?.uses).toBe(3)
    const places = (id: string) =>
      api
        .call('reflections.get', { id })
        .tags.map((t) => [t.themeId, t.phase])
        .sort()
    expect(places(c1 ?? '')).toEqual([
      [into, 'cycle'],
      [into, 'plan']
    ])
    expect(places(c2 ?? '')).toEqual([[into, 'observe']])
    expect(tableCounts(api)).toMatchObject({ reflection_tags: 4 })

    // An own code can also be merged into a built-in theme.
    const stray = own('Curiosity')
    tag(c3 ?? '', stray)
    api.call('themes.merge', { fromId: stray, intoId: 'element-curious' })
    expect(places(c3 ?? '')).toEqual([
      ['element-curious', 'cycle'],
      [into, 'reflect']
    ])
  })
})

describe('review comments on a cycle', () => {
  it('adds comments and replies, resolves and reopens them', () => {
    const id = cycle()
    const add = (fields: { phase: 'plan' | 'cycle'; body: string; parentId?: string }) =>
      api.call('reviewComments.add', { cycleId: id, author: 'Lee (learning partner)', ...fields })
        .id
    const question = add({ phase: 'plan', body: 'What did housing say?' })
    const reply = add({ phase: 'plan', body: 'Not yet asked', parentId: question })
    add({ phase: 'cycle', body: 'Good cycle' })
    const got = api.call('reflections.get', { id })
    expect(got.comments.map((c) => [c.phase, c.body, c.parentId, c.imported])).toEqual([
      ['plan', 'What did housing say?', null, false],
      ['plan', 'Not yet asked', question, false],
      ['cycle', 'Good cycle', null, false]
    ])
    expect(got.comments[1]).toMatchObject({ id: reply, author: 'Lee (learning partner)' })
    const open = () => api.call('reflections.list', { programmeId })[0]?.openComments
    expect(open()).toBe(3)
    api.call('reviewComments.resolve', { id: question, resolved: true })
    expect(open()).toBe(2)
    const resolved = api.call('reflections.get', { id }).comments[0]
    expect(resolved?.resolvedAt).toEqual(expect.any(String))
    api.call('reviewComments.resolve', { id: question, resolved: false })
    expect(open()).toBe(3)
  })
})

/** Rows in a fixed order, whatever order SQLite gave them in. */
function sorted<T extends object>(rows: T[]): T[] {
  return [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
}

describe('the themes view', () => {
  const summary = (range: { from?: string; to?: string } = {}) =>
    api.call('themes.summary', { programmeId, ...range })

  beforeEach(() => {
    const discharge = own('Hospital discharge')
    const e1 = cycle({ heldOn: '2026-03-12' })
    tag(e1, 'element-curious')
    tag(e1, 'element-curious', 'plan') // the same theme twice on a cycle counts once
    tag(e1, 'practice-shared-purpose', 'observe')
    tag(cycle({ heldOn: '2026-05-10' }), 'element-curious', 'reflect')
    const w1 = cycle({ siteId: west, heldOn: '2026-03-20' })
    tag(w1, 'element-curious')
    tag(w1, discharge)
    tag(cycle({ siteId: null, siteIds: [east], heldOn: '2026-05-02' }), 'practice-shared-purpose')
    cycle({ heldOn: '2026-06-01' }) // not tagged
    tag(cycle({ siteId: foreignSite, programmeId: otherProgrammeId }), 'element-curious')
    const north = api.call('sites.create', {
      programmeId,
      name: 'Northfield',
      startDate: '2026-02-01'
    })
    tag(cycle({ siteId: north.id, heldOn: '2026-03-01' }), 'element-curious')
    api.call('sites.archive', { id: north.id })
    const old = own('Old code')
    tag(cycle({ heldOn: '2026-07-01' }), old)
    api.call('themes.archive', { id: old })
    api.call('themes.archive', { id: own('Unused old code') })
  })

  it('counts distinct cycles by theme and site (the team in its own column) and by month', () => {
    const got = summary()
    const discharge = got.themes.find((t) => t.name === 'Hospital discharge')?.id
    const old = got.themes.find((t) => t.name === 'Old code')?.id
    expect(got.from).toBeNull()
    expect(got.to).toBeNull()
    expect(got.themes.map((t) => t.name)).toEqual([...BUILT_IN, 'Hospital discharge', 'Old code'])
    expect(got.themes.at(-1)).toEqual({
      id: old,
      name: 'Old code',
      themeSet: 'own',
      archived: true
    })
    expect(got.themes[0]).toMatchObject({ themeSet: 'practices', archived: false })
    expect(got.sites).toEqual([
      { id: east, name: 'Eastbrook', cycles: 4 },
      { id: west, name: 'Westvale', cycles: 1 },
      { id: 'team', name: 'Team', cycles: 1 }
    ])
    expect(sorted(got.bySite)).toEqual(
      sorted([
        { themeId: 'element-curious', siteId: east, cycles: 2 },
        { themeId: 'element-curious', siteId: west, cycles: 1 },
        { themeId: 'practice-shared-purpose', siteId: east, cycles: 1 },
        { themeId: 'practice-shared-purpose', siteId: 'team', cycles: 1 },
        { themeId: discharge, siteId: west, cycles: 1 },
        { themeId: old, siteId: east, cycles: 1 }
      ])
    )
    expect(sorted(got.byMonth)).toEqual(
      sorted([
        { themeId: 'element-curious', month: '2026-03', cycles: 2 },
        { themeId: 'element-curious', month: '2026-05', cycles: 1 },
        { themeId: 'practice-shared-purpose', month: '2026-03', cycles: 1 },
        { themeId: 'practice-shared-purpose', month: '2026-05', cycles: 1 },
        { themeId: discharge, month: '2026-03', cycles: 1 },
        { themeId: old, month: '2026-07', cycles: 1 }
      ])
    )
  })

  it('counts only the cycles held in the date range, both ends included', () => {
    const got = summary({ from: '2026-03-20', to: '2026-05-10' })
    expect(got).toMatchObject({ from: '2026-03-20', to: '2026-05-10' })
    expect(got.themes.map((t) => t.name)).not.toContain('Old code')
    expect(got.sites.map((s) => s.cycles)).toEqual([1, 1, 1])
    expect(got.bySite.map((c) => [c.themeId, c.siteId, c.cycles]).sort()).toEqual(
      [
        ['element-curious', east, 1],
        ['element-curious', west, 1],
        ['practice-shared-purpose', 'team', 1],
        [got.themes.find((t) => t.name === 'Hospital discharge')?.id, west, 1]
      ].sort()
    )
    expect(summary({ from: '2026-08-01' })).toMatchObject({ bySite: [], byMonth: [] })
  })

  it('matches the reflection log for each count, so a count opens the cycles behind it', () => {
    const got = summary()
    for (const count of got.bySite) {
      const cycles = api.call('reflections.list', {
        programmeId,
        themeId: count.themeId,
        siteId: count.siteId
      })
      expect(cycles.length, `${count.themeId} at ${count.siteId}`).toBe(count.cycles)
    }
  })
})

describe('rejected theme and comment calls change nothing', () => {
  let site = ''
  let other = ''
  let code = ''
  let archived = ''
  let foreign = ''
  let comment = ''
  const comment_ = (fields: () => object) => () => ({
    cycleId: site,
    phase: 'plan',
    author: 'Lee',
    body: 'Why?',
    ...fields()
  })
  // prettier-ignore
  const cases: RejectionCase[] = [
    ['a theme of another programme', 'reflections.tag', () => ({ cycleId: site, themeId: foreign }), 'not_found', 'themeId', /theme in this programme/],
    ['an unknown theme', 'reflections.tag', () => ({ cycleId: site, themeId: 'nope' }), 'not_found', 'themeId', /theme/],
    ['an archived theme', 'reflections.tag', () => ({ cycleId: site, themeId: archived }), 'invalid_input', 'themeId', /^The theme "Old code" is archived/],
    ['tagging an unknown cycle', 'reflections.tag', () => ({ cycleId: 'nope', themeId: 'element-curious' }), 'not_found', 'cycleId', /reflection cycle/],
    ['tagging an unknown phase', 'reflections.tag', () => ({ cycleId: site, themeId: 'element-curious', phase: 'study' }), 'invalid_input', 'phase', /whole cycle or one phase/],
    ['removing an unknown tag', 'reflections.untag', () => ({ id: 'nope' }), 'not_found', 'id', /tag/],
    ['a name already used', 'themes.create', () => ({ programmeId, name: 'hospital DISCHARGE' }), 'conflict', 'name', /^There is already a theme called "Hospital discharge"/],
    ['the name of a built-in theme', 'themes.create', () => ({ programmeId, name: 'Be Curious' }), 'conflict', 'name', /^There is already a theme called "Be curious"/],
    ['the name of an archived code', 'themes.create', () => ({ programmeId, name: 'Old code' }), 'conflict', 'name', /already a theme called "Old code"/],
    ['a blank name', 'themes.create', () => ({ programmeId, name: '   ' }), 'invalid_input', 'name', /^Theme name is required/],
    ['a name that is too long', 'themes.create', () => ({ programmeId, name: 'x'.repeat(121) }), 'invalid_input', 'name', /^Theme name must be at most 120 characters/],
    ['an unknown programme', 'themes.create', () => ({ programmeId: 'nope', name: 'New' }), 'not_found', 'programmeId', /programme/],
    ['renaming to a name already used', 'themes.update', () => ({ id: code, name: 'Be curious' }), 'conflict', 'name', /already a theme called "Be curious"/],
    ['renaming a built-in theme', 'themes.update', () => ({ id: 'element-curious', name: 'Curious' }), 'invalid_input', 'id', /^"Be curious" is a built-in theme and cannot be changed/],
    ['renaming an unknown theme', 'themes.update', () => ({ id: 'nope', name: 'New' }), 'not_found', 'id', /theme/],
    ['merging a built-in theme', 'themes.merge', () => ({ fromId: 'element-curious', intoId: code }), 'invalid_input', 'fromId', /built-in theme and cannot be changed/],
    ['merging into another programme’s code', 'themes.merge', () => ({ fromId: code, intoId: foreign }), 'not_found', 'intoId', /theme in this programme/],
    ['merging a code into itself', 'themes.merge', () => ({ fromId: code, intoId: code }), 'invalid_input', 'intoId', /^Choose a different theme to merge into/],
    ['merging an unknown theme', 'themes.merge', () => ({ fromId: 'nope', intoId: code }), 'not_found', 'fromId', /theme/],
    ['merging without a target', 'themes.merge', () => ({ fromId: code }), 'invalid_input', 'intoId', /^Theme to merge into is required/],
    ['archiving a built-in theme', 'themes.archive', () => ({ id: 'practice-shared-purpose' }), 'invalid_input', 'id', /built-in theme and cannot be changed/],
    ['listing an unknown programme', 'themes.list', () => ({ programmeId: 'nope' }), 'not_found', 'programmeId', /programme/],
    ['a reply on another cycle', 'reviewComments.add', comment_(() => ({ cycleId: other, parentId: comment })), 'invalid_input', 'parentId', /^A reply must be on the same cycle as the comment it answers/],
    ['a reply to an unknown comment', 'reviewComments.add', comment_(() => ({ parentId: 'nope' })), 'not_found', 'parentId', /comment/],
    ['a comment on an unknown cycle', 'reviewComments.add', comment_(() => ({ cycleId: 'nope' })), 'not_found', 'cycleId', /reflection cycle/],
    ['a comment on an unknown review copy', 'reviewComments.add', comment_(() => ({ cycleId: null, reviewCycleId: 'nope' })), 'not_found', 'reviewCycleId', /cycle in the review area/],
    ['a comment on no cycle', 'reviewComments.add', comment_(() => ({ cycleId: null })), 'invalid_input', 'cycleId', /^A comment is on one cycle/],
    ['a comment on two cycles', 'reviewComments.add', comment_(() => ({ reviewCycleId: 'copy' })), 'invalid_input', 'cycleId', /^A comment is on one cycle/],
    ['an empty comment', 'reviewComments.add', comment_(() => ({ body: ' ' })), 'invalid_input', 'body', /^Comment is required/],
    ['a comment without a name', 'reviewComments.add', comment_(() => ({ author: '' })), 'invalid_input', 'author', /^Your name is required/],
    ['a comment on an unknown phase', 'reviewComments.add', comment_(() => ({ phase: 'study' })), 'invalid_input', 'phase', /phase the comment is on/],
    ['resolving an unknown comment', 'reviewComments.resolve', () => ({ id: 'nope', resolved: true }), 'not_found', 'id', /comment/],
    ['resolving without saying how', 'reviewComments.resolve', () => ({ id: comment }), 'invalid_input', 'resolved', /^Say whether it is resolved/],
    ['a summary whose range ends before it starts', 'themes.summary', () => ({ programmeId, from: '2026-05-01', to: '2026-04-30' }), 'invalid_input', 'to', /^To must be on or after From/],
    ['a summary from a malformed date', 'themes.summary', () => ({ programmeId, from: '1 May' }), 'invalid_input', 'from', /^From must be a date/],
    ['a summary of an unknown programme', 'themes.summary', () => ({ programmeId: 'nope' }), 'not_found', 'programmeId', /programme/]
  ]

  it.each(cases)('rejects %s (%s)', (_label, verb, input, errorCode, path, words) => {
    site = cycle()
    other = cycle({ siteId: east, heldOn: '2026-04-01' })
    code = own('Hospital discharge')
    archived = own('Old code')
    api.call('themes.archive', { id: archived })
    foreign = own('Theirs', otherProgrammeId)
    tag(site, code)
    comment = api.call('reviewComments.add', {
      cycleId: site,
      phase: 'plan',
      author: 'L',
      body: 'Q'
    }).id
    expectRejected(api, verb, input(), errorCode, path, words)
  })
})
