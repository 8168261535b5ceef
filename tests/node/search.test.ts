// Full-text search: what it finds, that the triggers keep it in step with every write (cascaded
// deletes included), that programmes stay apart, that hostile text is harmless, and that a store
// upgraded from before the search migrations (0003_search, 0005_search_tests_of_change,
// 0010_search_meeting_venue) is searchable straight away.
import { dispatchValue } from '../support/api'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contextFor } from '../../api/context'
import type { ApiInput, ApiOutput } from '../../api/contract'
import { dispatch } from '../../api/dispatch'
import {
  matchExpression,
  markedParts,
  RANK_ALL_UP_TO,
  RANK_WINDOW,
  type SearchKind
} from '../../db/queries/search'
import { programmes, sites } from '../../db/schema'
import { openStore, sourceMigrationsFolder, type Store } from '../../db/store'
import { snapshot, testApi, type TestApi } from '../support/store'

type Results = ApiOutput<'search.query'>
type Hit = Results['groups'][number]['sites'][number]['hits'][number]

let api: TestApi
let programmeId: string
let otherProgrammeId: string
let east: string
let west: string
let asha: string
let meetingId: string

function meetingInput(siteId: string): ApiInput<'meetings.create'> {
  return {
    siteId,
    heldOn: '2026-03-10',
    durationMinutes: 180,
    kind: 'partnership',
    purpose: 'Agree what to try first for people leaving hospital',
    notes: 'Mrs B waited nine days in the café queue for a care package',
    learning: 'Trust grows over tea',
    checkOut: 'Hopeful, a bit tired',
    focusAreas: [{ title: 'Hospital discharge', notes: 'Delays on Fridays' }],
    decisions: ['Trial one referral form for three months'],
    actions: [{ description: 'Draft the shared referral form', dueOn: '2026-04-01' }],
    quotes: [
      {
        text: 'I didn’t know your team did home visits too',
        speakerRole: 'District nurse',
        personId: asha,
        consent: 'yes'
      }
    ]
  }
}

beforeEach(() => {
  api = testApi()
  programmeId = api.call('programmes.create', {
    name: 'Better Together',
    startDate: '2026-01-05'
  }).id
  east = api.call('sites.create', { programmeId, name: 'Eastbrook', startDate: '2026-02-01' }).id
  west = api.call('sites.create', { programmeId, name: 'Westvale', startDate: '2026-02-01' }).id
  asha = api.call('people.create', { programmeId, name: 'Asha Patel', role: 'District nurse' }).id
  meetingId = api.call('meetings.create', meetingInput(east)).id

  // Another programme with the same words: never found from the first.
  otherProgrammeId = api.call('programmes.create', { name: 'Other', startDate: '2026-01-05' }).id
  const elsewhere = api.call('sites.create', {
    programmeId: otherProgrammeId,
    name: 'Otherton',
    startDate: '2026-02-01'
  }).id
  api.call('meetings.create', {
    ...meetingInput(elsewhere),
    quotes: [{ text: 'Home visits again', speakerRole: 'District nurse', consent: 'no' }]
  })
})
afterEach(() => api.close())

function search(q: string, id = programmeId, limit?: number): Results {
  return api.call('search.query', { programmeId: id, q, ...(limit ? { limit } : {}) })
}

function hits(results: Results): Hit[] {
  return results.groups.flatMap((g) => g.sites.flatMap((s) => s.hits))
}

/** Each hit as "kind:recordId", to compare what a search finds. */
function found(q: string, id = programmeId): string[] {
  return hits(search(q, id))
    .map((h) => `${h.kind}:${h.recordId}`)
    .sort()
}

function kindsFound(q: string): SearchKind[] {
  return search(q).groups.map((g) => g.kind)
}

function marked(parts: Hit['snippet']): string[] {
  return parts.filter((p) => p.mark).map((p) => p.text.toLowerCase())
}

function meeting() {
  return api.call('meetings.get', { id: meetingId })
}

/** A test of change at Westvale with two PDSA cycles. */
function addTest() {
  const testId = api.call('testsOfChange.create', {
    siteId: west,
    title: 'Single assessor pilot',
    idea: 'One assessor acts for every agency',
    prediction: 'Fewer repeated assessments',
    kind: 'adaptive',
    createdOn: '2026-04-01'
  }).id
  const first = api.call('testsOfChange.addCycle', {
    testId,
    plan: 'Try it on the Monday ward round',
    prediction: 'Half the usual paperwork',
    doNotes: 'Three patients seen',
    study: 'Waiting fell by two days',
    act: 'Extend to Thursdays',
    startedOn: '2026-04-06',
    endedOn: '2026-04-20'
  }).id
  const second = api.call('testsOfChange.addCycle', {
    testId,
    plan: 'Add the pharmacy',
    startedOn: '2026-04-21'
  }).id
  return { testId, first, second }
}

function plainText(parts: Hit['title']): string {
  return parts.map((p) => p.text).join('')
}

describe('search.query finds', () => {
  it('each kind of record by its words, grouped by kind then site, opening the right record', () => {
    const m = meeting()
    const results = search('referral')
    expect(results.groups.map((g) => g.kind)).toEqual(['decision', 'action'])
    expect(results.total).toBe(2)
    expect(results.truncated).toBe(false)
    const [decision, action] = hits(results)
    expect(decision).toMatchObject({
      kind: 'decision',
      recordId: m.decisions[0]?.id,
      openId: meetingId,
      siteId: east,
      siteName: 'Eastbrook',
      siteArchived: false,
      date: '2026-03-10',
      meetingKind: 'partnership'
    })
    expect(marked(decision?.snippet ?? [])).toEqual(['referral'])
    expect(action).toMatchObject({
      kind: 'action',
      recordId: m.actions[0]?.id,
      openId: m.actions[0]?.id,
      siteName: 'Eastbrook',
      date: '2026-03-10',
      actionStatus: 'open'
    })
    expect(marked(action?.title ?? [])).toEqual(['referral'])

    expect(found('leaving')).toEqual([`meeting:${meetingId}`])
    expect(found('nine days')).toEqual([`meeting:${meetingId}`])
    expect(found('trust')).toEqual([`meeting:${meetingId}`])
    expect(found('hopeful')).toEqual([`meeting:${meetingId}`])
    expect(found('fridays')).toEqual([`focus_area:${m.focusAreas[0]?.id}`])
    expect(hits(search('fridays'))[0]?.openId).toBe(meetingId)
    expect(found('visits')).toEqual([`quote:${m.quotes[0]?.id}`])
    expect(found('nurse')).toEqual([`quote:${m.quotes[0]?.id}`])
    expect(hits(search('visits'))[0]).toMatchObject({ openId: m.quotes[0]?.id, date: '2026-03-10' })
  })

  it('by the start of the last word as it is typed, ignoring case and accents', () => {
    expect(kindsFound('hosp')).toEqual(['meeting', 'focus_area'])
    expect(kindsFound('HOSPITAL DISCH')).toEqual(['focus_area'])
    expect(found('cafe')).toEqual([`meeting:${meetingId}`])
    expect(found('CAFÉ')).toEqual([`meeting:${meetingId}`])
    // A finished word (followed by a space) is matched whole.
    expect(found('hosp ')).toEqual([])
    // Earlier words are whole words; every word must match.
    expect(found('hosp discharge')).toEqual([])
    expect(kindsFound('referral mon')).toEqual(['decision'])
    expect(found('referral tea')).toEqual([])
  })

  it('with the matched words marked in the title and the snippet', () => {
    const [hit] = hits(search('waited care'))
    expect(hit?.kind).toBe('meeting')
    expect(marked(hit?.snippet ?? [])).toEqual(['waited', 'care'])
    expect(hit?.snippet.map((p) => p.text).join('')).toContain('Mrs B waited nine days')
    expect(hit?.title.map((p) => p.text).join('')).toBe(
      'Agree what to try first for people leaving hospital'
    )
    const [focus] = hits(search('discharge'))
    expect(focus?.title).toEqual([
      { text: 'Hospital ', mark: false },
      { text: 'discharge', mark: true }
    ])
  })

  it('a meeting by its venue, as the meeting, with the venue marked and named', () => {
    const { id } = api.call('meetings.create', {
      ...meetingInput(west),
      purpose: 'Plan the winter pressures workshop',
      notes: '',
      learning: '',
      checkOut: '',
      focusAreas: [],
      decisions: [],
      actions: [],
      quotes: [],
      venue: 'Town Hall, Committee Room 2'
    })
    const results = search('town hall')
    expect(results.groups.map((g) => [g.kind, g.count])).toEqual([['meeting', 1]])
    const [hit] = hits(results)
    expect(hit).toMatchObject({
      kind: 'meeting',
      recordId: id,
      openId: id,
      siteName: 'Westvale',
      date: '2026-03-10',
      meetingKind: 'partnership',
      venue: 'Town Hall, Committee Room 2'
    })
    expect(marked(hit?.snippet ?? [])).toEqual(['town', 'hall'])
    expect(plainText(hit?.title ?? [])).toBe('Plan the winter pressures workshop')
    // Words from the venue and the purpose together find the one meeting.
    expect(found('winter committee')).toEqual([`meeting:${id}`])
    expect(found('town hal')).toEqual([`meeting:${id}`])
    // A meeting without a venue says so with an empty venue, and other kinds with none at all.
    expect(hits(search('leaving'))[0]).toMatchObject({ recordId: meetingId, venue: '' })
    expect(hits(search('draft'))[0]).toMatchObject({ kind: 'action', venue: null })
    expectIndexIntact(api.store)
  })

  it('nothing by the private link of a quote to a person', () => {
    expect(found('Asha')).toEqual([])
    expect(found('Patel')).toEqual([])
  })

  it('reflection cycles, a site’s under its site and the team’s under no site', () => {
    const siteCycle = api.call('reflections.create', {
      programmeId,
      siteId: west,
      heldOn: '2026-03-12',
      title: 'After the Westvale meeting',
      observe: 'The GP *stayed* for the whole meeting',
      reflect: 'Assumptions about **busy** GPs',
      plan: 'Invite the practice manager',
      act: 'Sent the invitation'
    }).id
    const teamCycle = api.call('reflections.create', {
      programmeId,
      heldOn: '2026-03-20',
      title: 'Team reflection across sites',
      observe: 'Across sites the GP turnout rose'
    }).id
    const results = search('gp')
    expect(results.groups.map((g) => g.kind)).toEqual(['reflection'])
    const sitesOf = results.groups[0]?.sites ?? []
    expect(sitesOf.map((s) => [s.siteId, s.siteName]).sort()).toEqual([
      [null, null],
      [west, 'Westvale']
    ])
    expect(found('gp')).toEqual([`reflection:${siteCycle}`, `reflection:${teamCycle}`].sort())
    expect(hits(search('invitation'))[0]).toMatchObject({
      kind: 'reflection',
      recordId: siteCycle,
      openId: siteCycle,
      date: '2026-03-12'
    })
    // Snippets show the words, not the Markdown, with the match still marked.
    const busy = hits(search('busy'))[0]
    expect(plainText(busy?.snippet ?? [])).toBe(
      'The GP stayed for the whole meeting Assumptions about busy GPs Invite the practice manager Sent the invitation'
    )
    expect(marked(busy?.snippet ?? [])).toEqual(['busy'])
    expect(found('practice manager')).toEqual([`reflection:${siteCycle}`])
    expect(found('assumptions')).toEqual([`reflection:${siteCycle}`])

    api.call('reflections.update', {
      id: siteCycle,
      heldOn: '2026-03-12',
      title: 'After the Westvale meeting',
      observe: 'The pharmacist came',
      reflect: '',
      plan: '',
      act: ''
    })
    expect(found('invitation')).toEqual([])
    expect(found('pharmacist')).toEqual([`reflection:${siteCycle}`])
    api.call('reflections.delete', { id: siteCycle })
    expect(found('pharmacist')).toEqual([])
    expect(found('westvale')).toEqual([])
    expect(found('turnout')).toEqual([`reflection:${teamCycle}`])
    expect(found('gp', otherProgrammeId)).toEqual([])
  })

  it('tests of change and their PDSA cycles, each opening the test, under its site', () => {
    const { testId, first, second } = addTest()
    const results = search('agency')
    expect(results.groups.map((g) => g.kind)).toEqual(['test_of_change'])
    expect(results.groups[0]?.sites.map((s) => s.siteName)).toEqual(['Westvale'])
    expect(hits(results)[0]).toMatchObject({
      kind: 'test_of_change',
      recordId: testId,
      openId: testId,
      siteId: west,
      siteName: 'Westvale',
      siteArchived: false,
      date: '2026-04-01',
      testStatus: 'idea',
      cycleNumber: null,
      meetingKind: null,
      actionStatus: null
    })
    expect(marked(hits(results)[0]?.snippet ?? [])).toEqual(['agency'])
    expect(found('repeated')).toEqual([`test_of_change:${testId}`])

    // A cycle is found by its own words, and opens its test.
    const [cycle] = hits(search('thursdays'))
    expect(cycle).toMatchObject({
      kind: 'pdsa_cycle',
      recordId: first,
      openId: testId,
      siteId: west,
      siteName: 'Westvale',
      date: '2026-04-06',
      testStatus: 'idea',
      cycleNumber: 1
    })
    expect(plainText(cycle?.title ?? [])).toBe('Single assessor pilot')
    expect(marked(cycle?.snippet ?? [])).toEqual(['thursdays'])
    for (const q of ['monday ward', 'paperwork', 'patients seen', 'waiting fell']) {
      expect(found(q), q).toEqual([`pdsa_cycle:${first}`])
    }
    expect(hits(search('pharmacy'))[0]).toMatchObject({ recordId: second, cycleNumber: 2 })

    // The test's title finds the test and its cycles, grouped apart, the test first.
    const byTitle = search('single assessor')
    expect(byTitle.groups.map((g) => [g.kind, g.count])).toEqual([
      ['test_of_change', 1],
      ['pdsa_cycle', 2]
    ])
    expect(found('assessor')).toEqual(
      [`test_of_change:${testId}`, `pdsa_cycle:${first}`, `pdsa_cycle:${second}`].sort()
    )
    expect(found('assessor', otherProgrammeId)).toEqual([])
    expectIndexIntact(api.store)
  })

  it('people and organisations by a word of their name, from two letters on', () => {
    api.call('organisations.create', {
      programmeId,
      name: 'Patel Pharmacy',
      sector: 'primary_care'
    })
    const found = search('pat')
    expect(found.people.map((p) => [p.name, p.role])).toEqual([['Asha Patel', 'District nurse']])
    expect(found.organisations.map((o) => [o.name, o.sector])).toEqual([
      ['Patel Pharmacy', 'primary_care']
    ])
    expect(search('asha pat').people.map((p) => p.name)).toEqual(['Asha Patel'])
    expect(search('p').people).toEqual([])
    expect(search('tel').people).toEqual([]) // inside a word, not the start of one
    const other = api.call('programmes.create', { name: 'Other', startDate: '2026-01-05' }).id
    expect(search('pat', other)).toMatchObject({ people: [], organisations: [] })
  })

  it('only the programme asked about', () => {
    expect(found('visits')).toHaveLength(1)
    expect(found('visits', otherProgrammeId)).toHaveLength(1)
    expect(found('visits', otherProgrammeId)).not.toEqual(found('visits'))
    for (const hit of hits(search('hospital'))) expect(hit.siteName).toBe('Eastbrook')
    for (const hit of hits(search('hospital', otherProgrammeId)))
      expect(hit.siteName).toBe('Otherton')
  })

  it('the best matches first, at most the limit, saying when there were more', () => {
    for (let i = 0; i < 5; i++) {
      api.call('actions.create', {
        siteId: west,
        description: i === 4 ? 'Minutes minutes minutes' : `Send the minutes ${i}`,
        agreedOn: '2026-03-11',
        dueOn: '2026-04-01'
      })
    }
    const all = search('minutes')
    expect(all.total).toBe(5)
    expect(
      hits(all)[0]
        ?.title.map((p) => p.text)
        .join('')
    ).toBe('Minutes minutes minutes')
    const some = search('minutes', programmeId, 3)
    expect(some.total).toBe(3)
    expect(some.truncated).toBe(true)
    expect(all.groups[0]?.sites.map((s) => s.siteName)).toEqual(['Westvale'])
  })

  it('by the start of a word only from three letters: shorter words match whole', () => {
    expect(found('ho')).toEqual([])
    expect(kindsFound('hos')).toEqual(['meeting', 'focus_area'])
    api.call('actions.create', {
      siteId: west,
      description: 'Ask the GP practice',
      agreedOn: '2026-03-11',
      dueOn: '2026-04-01'
    })
    expect(kindsFound('gp')).toEqual(['action'])
    expect(kindsFound('g')).toEqual([])
  })

  it('among the most recent matches only when a word is very common, saying so', () => {
    // Written directly: RANK_ALL_UP_TO actions through the verbs would take a while.
    const insert = api.store.sqlite.prepare(
      `INSERT INTO actions (id, site_id, description, agreed_on, due_on) VALUES (?, ?, ?, '2026-03-11', '2026-04-01')`
    )
    const texts = ['Phone the ward', 'Phone the ward sister', 'Phone the ward sister today']
    // Written before the flood: not among the most recent matches.
    const elsewhere = api.call('programmes.overview', { id: otherProgrammeId }).sites[0]?.id ?? ''
    insert.run('older-elsewhere', elsewhere, 'Visit the ward')
    api.store.sqlite.transaction(() => {
      for (let i = 0; i <= RANK_ALL_UP_TO; i++) insert.run(`bulk-${i}`, west, texts[i % 3])
    })()
    const common = search('ward')
    expect(common).toMatchObject({ total: 100, truncated: true, recentOnly: true })
    const shown = hits(common).map((h) => Number(h.recordId.slice('bulk-'.length)))
    // Only the newest RANK_WINDOW are ranked; among them the shortest text (bm25) comes first.
    expect(Math.min(...shown)).toBeGreaterThan(RANK_ALL_UP_TO - RANK_WINDOW)
    expect(shown.every((n) => n % 3 === 0)).toBe(true)
    // A rarer word among them is still ranked over all its matches.
    expect(search('referral')).toMatchObject({ total: 2, truncated: false, recentOnly: false })
    // Another programme's window holds none of its records: all its matches are ranked instead.
    expect(search('ward', otherProgrammeId)).toMatchObject({ total: 1, recentOnly: false })
    expect(found('ward', otherProgrammeId)).toEqual(['action:older-elsewhere'])
  })

  it('in archived sites too, saying so', () => {
    api.call('sites.archive', { id: east })
    expect(hits(search('referral')).map((h) => h.siteArchived)).toEqual([true, true])
  })
})

describe('search stays in step with every write', () => {
  it('after a meeting is edited', () => {
    const m = meeting()
    api.call('meetings.update', {
      ...meetingInput(east),
      id: meetingId,
      notes: 'The waiting list halved',
      focusAreas: [{ title: 'Shared assessment', notes: '' }],
      decisions: ['Meet at the library']
    })
    expect(found('café')).toEqual([])
    expect(found('halved')).toEqual([`meeting:${meetingId}`])
    expect(found('fridays')).toEqual([])
    expect(found('three months')).toEqual([])
    const after = meeting()
    expect(found('shared assessment')).toEqual([`focus_area:${after.focusAreas[0]?.id}`])
    expect(found('library')).toEqual([`decision:${after.decisions[0]?.id}`])
    expect(after.focusAreas[0]?.id).not.toBe(m.focusAreas[0]?.id)
    // The meeting's own action and quote are unchanged and still found once each.
    expect(found('draft')).toEqual([`action:${m.actions[0]?.id}`])
    expect(found('visits')).toEqual([`quote:${m.quotes[0]?.id}`])
  })

  it('after a meeting’s venue is set, changed and cleared', () => {
    const before = meetingDocument(meetingId)
    const update = (venue: string) =>
      api.call('meetings.update', { ...meetingInput(east), id: meetingId, venue })
    update('Town Hall')
    expect(found('town hall')).toEqual([`meeting:${meetingId}`])
    update('Riverside Library')
    expect(found('town hall')).toEqual([])
    expect(found('riverside library')).toEqual([`meeting:${meetingId}`])
    // The meeting's other words are still found, and only once.
    expect(found('trust')).toEqual([`meeting:${meetingId}`])
    update('')
    expect(found('riverside')).toEqual([])
    // With no venue the document reads exactly as it did before one was set.
    expect(meetingDocument(meetingId)).toMatchObject({ title: before.title, body: before.body })
    // Written directly, not through the verb.
    api.store.sqlite
      .prepare('UPDATE meetings SET venue = ? WHERE id = ?')
      .run('Scout hut', meetingId)
    expect(found('scout')).toEqual([`meeting:${meetingId}`])
    expectIndexIntact(api.store)
  })

  it('after quotes and actions are edited', () => {
    const m = meeting()
    const quote = m.quotes[0]
    const action = m.actions[0]
    if (!quote || !action) throw new Error('the meeting has no quote or action')
    api.call('quotes.update', {
      id: quote.id,
      text: 'We stopped the ping-pong',
      speakerRole: 'Social worker',
      consent: 'yes',
      meetingId
    })
    expect(found('visits')).toEqual([])
    expect(found('nurse')).toEqual([])
    expect(found('ping pong')).toEqual([`quote:${quote.id}`])
    expect(found('social')).toEqual([`quote:${quote.id}`])
    api.call('actions.update', {
      id: action.id,
      description: 'Book the library room',
      dueOn: '2026-04-01',
      notes: 'Ask for the big room',
      status: 'done',
      completedOn: '2026-03-20'
    })
    expect(found('draft')).toEqual([])
    expect(found('big room')).toEqual([`action:${action.id}`])
    expect(hits(search('library'))[0]?.actionStatus).toBe('done')
  })

  it('after quotes and actions are deleted', () => {
    const m = meeting()
    api.call('quotes.delete', { id: m.quotes[0]?.id ?? '' })
    expect(found('visits')).toEqual([])
    api.call('actions.delete', { id: m.actions[0]?.id ?? '' })
    expect(kindsFound('referral')).toEqual(['decision'])
  })

  it('after a meeting is deleted, with everything deleted along with it', () => {
    const dependents = api.call('meetings.deletePreview', { id: meetingId })
    expect(dependents).toMatchObject({ quotes: 1, actions: 1, focusAreas: 1, decisions: 1 })
    api.call('meetings.delete', { id: meetingId })
    for (const q of ['hospital', 'referral', 'visits', 'fridays', 'trust', 'draft']) {
      expect(found(q), q).toEqual([])
    }
    expect(documentCount()).toBe(0)
    expect(documentCount(otherProgrammeId)).toBe(5)
    expectIndexIntact(api.store)
  })

  it('after a site or a programme is deleted (cascades reach the index)', () => {
    api.call('reflections.create', {
      programmeId,
      heldOn: '2026-03-20',
      title: 'Team reflection',
      observe: 'Hospital waits'
    })
    api.ctx.db.delete(sites).where(eq(sites.id, east)).run()
    expect(kindsFound('hospital')).toEqual(['reflection'])
    api.ctx.db.delete(programmes).where(eq(programmes.id, programmeId)).run()
    expect(documentCount()).toBe(0)
    expect(documentCount(otherProgrammeId)).toBe(5)
    expect(found('hospital', otherProgrammeId).length).toBeGreaterThan(0)
    expectIndexIntact(api.store)
  })

  it('after a test of change and its PDSA cycles are edited and deleted', () => {
    const { testId, first, second } = addTest()
    api.call('testsOfChange.update', {
      id: testId,
      title: 'Shared assessor trial',
      idea: 'A named coordinator for each family',
      prediction: '',
      kind: 'adaptive',
      createdOn: '2026-04-01'
    })
    expect(found('single')).toEqual([])
    expect(found('agency')).toEqual([])
    expect(found('repeated')).toEqual([])
    expect(found('coordinator')).toEqual([`test_of_change:${testId}`])
    // The cycles carry the new title.
    expect(found('assessor trial')).toEqual(
      [`test_of_change:${testId}`, `pdsa_cycle:${first}`, `pdsa_cycle:${second}`].sort()
    )
    expect(plainText(hits(search('thursdays'))[0]?.title ?? [])).toBe('Shared assessor trial')

    api.call('testsOfChange.updateCycle', {
      id: first,
      plan: 'Try it at the Tuesday clinic',
      startedOn: '2026-04-06'
    })
    for (const q of ['thursdays', 'monday', 'paperwork', 'patients', 'waiting']) {
      expect(found(q), q).toEqual([])
    }
    expect(found('tuesday clinic')).toEqual([`pdsa_cycle:${first}`])
    expectIndexIntact(api.store)

    api.call('testsOfChange.deleteCycle', { id: first })
    expect(found('tuesday')).toEqual([])
    // The cycle left is now the test's first.
    expect(hits(search('pharmacy'))[0]).toMatchObject({ recordId: second, cycleNumber: 1 })

    // A decision's reason is searchable, and the status shows on the test and its cycles.
    api.call('testsOfChange.move', {
      id: testId,
      status: 'abandoned',
      on: '2026-05-01',
      reason: 'The wards closed for refurbishment'
    })
    expect(found('refurbishment')).toEqual([`test_of_change:${testId}`])
    expect(hits(search('assessor')).map((h) => h.testStatus)).toEqual(['abandoned', 'abandoned'])

    api.call('testsOfChange.delete', { id: testId })
    for (const q of ['assessor', 'pharmacy', 'coordinator', 'refurbishment']) {
      expect(found(q), q).toEqual([])
    }
    expect(testDocumentCount()).toBe(0)
    expectIndexIntact(api.store)
  })

  it('after a site is deleted, with its tests of change and their cycles', () => {
    addTest()
    api.call('testsOfChange.create', {
      siteId: east,
      title: 'Eastbrook assessor huddle',
      kind: 'quick_win',
      createdOn: '2026-04-01'
    })
    expect(testDocumentCount()).toBe(4)
    api.ctx.db.delete(sites).where(eq(sites.id, west)).run()
    expect(found('pharmacy')).toEqual([])
    expect(kindsFound('assessor')).toEqual(['test_of_change'])
    expect(testDocumentCount()).toBe(1)
    api.ctx.db.delete(programmes).where(eq(programmes.id, programmeId)).run()
    expect(testDocumentCount()).toBe(0)
    expectIndexIntact(api.store)
  })

  it('for rows written directly, not only through the verbs', () => {
    api.store.sqlite
      .prepare('UPDATE meeting_decisions SET text = ? WHERE meeting_id = ?')
      .run('Write to the commissioners', meetingId)
    expect(found('commissioners')).toHaveLength(1)
    expect(found('referral form three')).toEqual([])
    expectIndexIntact(api.store)

    const { testId, first } = addTest()
    api.store.sqlite
      .prepare('UPDATE tests_of_change SET title = ? WHERE id = ?')
      .run('Hospital at home', testId)
    expect(found('single')).toEqual([])
    expect(found('hospital at home')).toHaveLength(3)
    api.store.sqlite.prepare('UPDATE pdsa_cycles SET study = ? WHERE id = ?').run('Calmer', first)
    expect(found('calmer')).toEqual([`pdsa_cycle:${first}`])
    api.store.sqlite.prepare('DELETE FROM tests_of_change WHERE id = ?').run(testId)
    expect(testDocumentCount()).toBe(0)
    expectIndexIntact(api.store)
  })
})

describe('search.query with awkward text', () => {
  it('finds nothing, without error, for empty or punctuation-only text', () => {
    for (const q of ['', '   ', '!!!', '"', '*', '()', '-', '^', ':', '""']) {
      expect(search(q), JSON.stringify(q)).toEqual({
        total: 0,
        truncated: false,
        recentOnly: false,
        groups: [],
        people: [],
        organisations: []
      })
    }
  })

  it('treats FTS syntax as plain words and never fails', () => {
    const hostile = [
      'AND OR NOT',
      'NEAR(',
      'NEAR(hospital referral, 2)',
      '"unbalanced',
      'hospital"',
      'title:hospital',
      '{title body}: hospital',
      '^hospital',
      'hosp* OR',
      "'; DROP TABLE meetings; --",
      'a'.repeat(500),
      'é'.repeat(200),
      '\u0000\u0002\u0003',
      Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ')
    ]
    for (const q of hostile) {
      const result = api.attempt('search.query', { programmeId, q })
      expect(result.ok, q).toBe(true)
    }
    expect(found('title:hospital')).toEqual(found('title hospital'))
    expect(found('NEAR(hospital referral, 2)')).toEqual([])
    expect(found('hospital"')).toEqual(found('hospital'))
    expect(meeting().meeting.id).toBe(meetingId)
  })

  it('refuses an unknown programme or overlong text, changing nothing', () => {
    const before = snapshot(api.store)
    const missing = api.attempt('search.query', { programmeId: 'nope', q: 'hospital' })
    expect(missing.ok ? null : missing.error.code).toBe('not_found')
    const long = api.attempt('search.query', { programmeId, q: 'a'.repeat(501) })
    expect(long.ok ? null : long.error.issues?.[0]?.path).toBe('q')
    const limit = api.attempt('search.query', { programmeId, q: 'a', limit: 0 })
    expect(limit.ok ? null : limit.error.issues?.[0]?.path).toBe('limit')
    expect(snapshot(api.store)).toEqual(before)
  })
})

describe('the match expression and marked text', () => {
  it('quotes every word, prefixes the last one while it is being typed', () => {
    expect(matchExpression('hospital disch')).toBe('"hospital" "disch"*')
    expect(matchExpression('hospital ')).toBe('"hospital"')
    expect(matchExpression('  "NEAR(a b)" OR c*  ')).toBe('"NEAR" "a" "b" "OR" "c"')
    // Words shorter than three letters match whole only, even while typed.
    expect(matchExpression('Mrs B’s')).toBe('"Mrs" "B" "s"')
    expect(matchExpression('GP')).toBe('"GP"')
    expect(matchExpression('Café')).toBe('"Café"*')
    expect(matchExpression('Cafe\u0301')).toBe('"Café"*')
    expect(matchExpression('e\u0301')).toBe('"é"')
    expect(matchExpression('?!')).toBeNull()
    const many = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ')
    expect(matchExpression(many)?.split(' ')).toHaveLength(16)
    expect(matchExpression(many)).not.toContain('*')
  })

  it('splits marked text into parts and folds line breaks', () => {
    expect(markedParts('a \u0002b\u0003 c\n\nd')).toEqual([
      { text: 'a ', mark: false },
      { text: 'b', mark: true },
      { text: ' c d', mark: false }
    ])
    expect(markedParts('')).toEqual([])
  })
})

describe('the search migration', () => {
  it('leaves a trigger on every searched table and passes the checks', () => {
    const triggers = (
      api.store.sqlite
        .prepare("SELECT tbl_name AS tbl, name FROM sqlite_master WHERE type = 'trigger'")
        .all() as { tbl: string; name: string }[]
    ).filter((t) => t.name.startsWith('search_'))
    const expected = [
      'meetings',
      'meeting_focus_areas',
      'meeting_decisions',
      'quotes',
      'actions',
      'reflection_cycles',
      'tests_of_change',
      'pdsa_cycles',
      'search_fts_documents'
    ].flatMap((table) =>
      ['ai', 'au', 'ad'].map((event) => `${table}:search_${table.replace(/^search_/, '')}_${event}`)
    )
    expect(triggers.map((t) => `${t.tbl}:${t.name}`).sort()).toEqual(expected.sort())
    expect(api.store.sqlite.pragma('foreign_key_check')).toEqual([])
    expect(api.store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    const config = api.store.sqlite
      .prepare("SELECT v FROM search_fts_config WHERE k = 'secure-delete'")
      .get() as { v: number } | undefined
    expect(config?.v).toBe(1)
    expectIndexIntact(api.store)
  })

  it('back-fills the index of a store that held records before the upgrade', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'search-test-'))
    try {
      const before = migrationsBefore(tmp, '_search')
      const file = path.join(tmp, 'data', 'store.sqlite')
      const old = openStore({ file, migrationsFolder: before })
      expect(
        old.sqlite.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'search%'").all()
      ).toEqual([])
      // Plain SQL, as the release before search wrote rows (today's verbs may need newer tables).
      old.sqlite.exec(`
        INSERT INTO programmes (id, name, start_date) VALUES ('p1', 'Old', '2026-01-05');
        INSERT INTO sites (id, programme_id, name, start_date)
          VALUES ('s1', 'p1', 'Oldham', '2026-02-01');
        INSERT INTO meetings (id, site_id, held_on, duration_minutes, kind, purpose, notes)
          VALUES ('m1', 's1', '2026-03-10', 120, 'partnership', 'Leaving hospital', 'Long waits');
        INSERT INTO meeting_focus_areas (id, meeting_id, position, title)
          VALUES ('f1', 'm1', 0, 'Hospital discharge');
        INSERT INTO meeting_decisions (id, meeting_id, position, text)
          VALUES ('d1', 'm1', 0, 'Trial one referral form');
        INSERT INTO quotes (id, site_id, meeting_id, text, speaker_role, consent)
          VALUES ('q1', 's1', 'm1', 'Home visits', 'GP', 'yes');
        INSERT INTO actions (id, site_id, meeting_id, description, agreed_on, due_on)
          VALUES ('a1', 's1', 'm1', 'Draft the referral form', '2026-03-10', '2026-04-01');
        INSERT INTO reflection_cycles (id, programme_id, held_on, title, observe)
          VALUES ('r1', 'p1', '2026-03-20', 'Team', 'Turnout rose');
      `)
      const [pid, mid, cycle] = ['p1', 'm1', 'r1']
      old.close()

      const store = openStore({ file, migrationsFolder: sourceMigrationsFolder })
      try {
        const result = dispatch(
          'search.query',
          { programmeId: pid, q: 'hospital referral visits turnout' },
          contextFor(store)
        )
        expect(result.ok).toBe(true)
        const each = (q: string) => {
          const r = dispatchValue(contextFor(store), 'search.query', { programmeId: pid, q })
          return (r as Results).groups.flatMap((g) =>
            g.sites.flatMap((s) => s.hits.map((h) => `${h.kind}:${h.openId}`))
          )
        }
        expect(each('hospital')).toEqual([`meeting:${mid}`, `focus_area:${mid}`])
        expect(each('referral')).toEqual([`decision:${mid}`, 'action:a1'])
        expect(each('visits')).toEqual(['quote:q1'])
        expect(each('turnout')).toEqual([`reflection:${cycle}`])
        expect(store.sqlite.pragma('foreign_key_check')).toEqual([])
        expectIndexIntact(store)
      } finally {
        store.close()
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true })
    }
  })
})

describe('the tests-of-change search migration', () => {
  it('back-fills the tests of change and PDSA cycles of a store from before the upgrade', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'search-test-'))
    try {
      const before = migrationsBefore(tmp, '_search_tests_of_change')
      const file = path.join(tmp, 'data', 'store.sqlite')
      const old = openStore({ file, migrationsFolder: before })
      expect(
        old.sqlite
          .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (?, ?)")
          .all('tests_of_change', 'pdsa_cycles')
      ).toEqual([])
      // Plain SQL, as the release before wrote rows.
      old.sqlite.exec(`
        INSERT INTO programmes (id, name, start_date) VALUES ('p1', 'Old', '2026-01-05');
        INSERT INTO sites (id, programme_id, name, start_date)
          VALUES ('s1', 'p1', 'Oldham', '2026-02-01');
        INSERT INTO meetings (id, site_id, held_on, duration_minutes, kind, purpose)
          VALUES ('m1', 's1', '2026-03-10', 120, 'partnership', 'Leaving hospital');
        INSERT INTO tests_of_change
          (id, site_id, title, idea, prediction, kind, status, decided_on, decision_reason, created_on)
          VALUES ('t1', 's1', 'Single assessor pilot', 'One assessor for every agency',
            'Fewer repeated assessments', 'adaptive', 'abandoned', '2026-05-01',
            'The wards closed for refurbishment', '2026-04-01');
        INSERT INTO pdsa_cycles (id, test_id, position, plan, study, started_on)
          VALUES ('c1', 't1', 1, 'Try the Monday ward round', 'Waiting fell', '2026-04-06');
        INSERT INTO pdsa_cycles (id, test_id, position, act, started_on)
          VALUES ('c2', 't1', 2, 'Extend to Thursdays', '2026-04-21');
      `)
      old.close()

      const store = openStore({ file, migrationsFolder: sourceMigrationsFolder })
      try {
        const ctx = contextFor(store)
        const each = (q: string) => {
          const r = dispatch('search.query', { programmeId: 'p1', q }, contextFor(store))
          if (!r.ok) throw new Error(r.error.message)
          return (r.value as Results).groups.flatMap((g) =>
            g.sites.flatMap((s) => s.hits.map((h) => `${h.kind}:${h.recordId}>${h.openId}`))
          )
        }
        expect(each('agency')).toEqual(['test_of_change:t1>t1'])
        expect(each('refurbishment')).toEqual(['test_of_change:t1>t1'])
        expect(each('monday')).toEqual(['pdsa_cycle:c1>t1'])
        expect(each('thursdays')).toEqual(['pdsa_cycle:c2>t1'])
        expect(each('assessor').sort()).toEqual(
          ['pdsa_cycle:c1>t1', 'pdsa_cycle:c2>t1', 'test_of_change:t1>t1'].sort()
        )
        // What the earlier search migration indexed is there once, not twice.
        expect(each('hospital')).toEqual(['meeting:m1>m1'])
        expect(testDocumentCount(store)).toBe(3)
        expectIndexIntact(store)

        // The triggers work on the back-filled rows.
        const deleted = dispatch('testsOfChange.deleteCycle', { id: 'c2' }, ctx)
        expect(deleted.ok).toBe(true)
        expect(each('thursdays')).toEqual([])
        expect(dispatch('testsOfChange.delete', { id: 't1' }, ctx).ok).toBe(true)
        expect(each('assessor')).toEqual([])
        expect(testDocumentCount(store)).toBe(0)
        expect(store.sqlite.pragma('foreign_key_check')).toEqual([])
        expectIndexIntact(store)
      } finally {
        store.close()
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true })
    }
  })
})

describe('the meeting venue search migration', () => {
  it('indexes the venues of meetings recorded before the upgrade, changing no other entry', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'search-test-'))
    try {
      const before = migrationsBefore(tmp, '_search_meeting_venue')
      const file = path.join(tmp, 'data', 'store.sqlite')
      const old = openStore({ file, migrationsFolder: before })
      // Plain SQL, as the release before wrote rows: one of every kind of indexed record.
      old.sqlite.exec(`
        INSERT INTO programmes (id, name, start_date) VALUES ('p1', 'Old', '2026-01-05');
        INSERT INTO sites (id, programme_id, name, start_date)
          VALUES ('s1', 'p1', 'Oldham', '2026-02-01');
        INSERT INTO meetings (id, site_id, held_on, duration_minutes, kind, purpose, notes, venue)
          VALUES ('m1', 's1', '2026-03-10', 120, 'partnership', 'Leaving hospital', 'Long waits',
            'Town Hall'),
          ('m2', 's1', '2026-04-14', 90, 'workshop', 'Map the pathway', 'Whiteboards', ''),
          ('m3', 's1', '2026-05-12', 60, 'debrief', 'Catch up', '', 'Video call');
        INSERT INTO meeting_focus_areas (id, meeting_id, position, title)
          VALUES ('f1', 'm1', 0, 'Hospital discharge');
        INSERT INTO meeting_decisions (id, meeting_id, position, text)
          VALUES ('d1', 'm1', 0, 'Trial one referral form at the town hall');
        INSERT INTO quotes (id, site_id, meeting_id, text, speaker_role, consent)
          VALUES ('q1', 's1', 'm1', 'Home visits', 'GP', 'yes');
        INSERT INTO actions (id, site_id, meeting_id, description, agreed_on, due_on)
          VALUES ('a1', 's1', 'm1', 'Book the hall', '2026-03-10', '2026-04-01');
        INSERT INTO reflection_cycles (id, programme_id, held_on, title, observe)
          VALUES ('r1', 'p1', '2026-03-20', 'Team', 'Turnout rose');
        INSERT INTO tests_of_change (id, site_id, title, idea, kind, created_on)
          VALUES ('t1', 's1', 'Single assessor', 'One assessor', 'adaptive', '2026-04-01');
        INSERT INTO pdsa_cycles (id, test_id, position, plan, started_on)
          VALUES ('c1', 't1', 1, 'Try the Monday ward round', '2026-04-06');
      `)
      const documents = (store: Store) =>
        store.sqlite
          .prepare('SELECT id, kind, record_id, open_id, title, body FROM search_fts_documents')
          .all() as { id: number; kind: string; record_id: string; body: string }[]
      const earlier = documents(old)
      expect(earlier).toHaveLength(10)
      old.close()

      const store = openStore({ file, migrationsFolder: sourceMigrationsFolder })
      try {
        const each = (q: string) => {
          const r = dispatch('search.query', { programmeId: 'p1', q }, contextFor(store))
          if (!r.ok) throw new Error(r.error.message)
          return (r.value as Results).groups.flatMap((g) =>
            g.sites.flatMap((s) => s.hits.map((h) => `${h.kind}:${h.recordId}`))
          )
        }
        // Every entry is as it was, the same row, except that the two meetings with a venue
        // have it as the last line of their body.
        const venues: Record<string, string> = { m1: 'Town Hall', m3: 'Video call' }
        expect(documents(store)).toEqual(
          earlier.map((d) => {
            const venue = d.kind === 'meeting' ? venues[d.record_id] : undefined
            return venue ? { ...d, body: `${d.body}\n${venue}` } : d
          })
        )
        expect(each('video')).toEqual(['meeting:m3'])
        // The decision and action that name the hall are found as before, beside the meeting.
        expect(each('town hall')).toEqual(['meeting:m1', 'decision:d1'])
        expect(each('hall leaving')).toEqual(['meeting:m1'])
        expect(each('whiteboards')).toEqual(['meeting:m2'])
        expect(each('hall')).toEqual(['meeting:m1', 'decision:d1', 'action:a1'])
        expectIndexIntact(store)

        // The new triggers work on the upgraded rows.
        store.sqlite.prepare("UPDATE meetings SET venue = 'Library' WHERE id = 'm2'").run()
        store.sqlite.prepare("UPDATE meetings SET venue = '' WHERE id = 'm1'").run()
        expect(each('library')).toEqual(['meeting:m2'])
        expect(each('town hall')).toEqual(['decision:d1'])
        expect(dispatch('meetings.delete', { id: 'm3' }, contextFor(store)).ok).toBe(true)
        expect(each('video')).toEqual([])
        expect(store.sqlite.pragma('foreign_key_check')).toEqual([])
        expectIndexIntact(store)
      } finally {
        store.close()
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true })
    }
  })
})

/** The index's document for a meeting. */
function meetingDocument(id: string): { id: number; title: string; body: string } {
  return api.store.sqlite
    .prepare(
      "SELECT id, title, body FROM search_fts_documents WHERE kind = 'meeting' AND record_id = ?"
    )
    .get(id) as { id: number; title: string; body: string }
}

/** Rows in the index for one programme's records. */
function documentCount(id = programmeId): number {
  const row = api.store.sqlite
    .prepare(
      `SELECT count(*) AS n FROM search_fts_documents d
       LEFT JOIN meetings m ON m.id = d.open_id
       LEFT JOIN quotes q ON q.id = d.record_id
       LEFT JOIN actions a ON a.id = d.record_id
       LEFT JOIN reflection_cycles r ON r.id = d.record_id
       LEFT JOIN tests_of_change t ON t.id = d.open_id
       LEFT JOIN sites s ON s.id = coalesce(m.site_id, q.site_id, a.site_id, r.site_id, t.site_id)
       WHERE coalesce(s.programme_id, r.programme_id) = ?`
    )
    .get(id) as { n: number }
  return row.n
}

/** Rows in the index for tests of change and PDSA cycles, whatever their programme. */
function testDocumentCount(store: Store = api.store): number {
  const row = store.sqlite
    .prepare(
      `SELECT count(*) AS n FROM search_fts_documents
       WHERE kind IN ('test_of_change', 'pdsa_cycle')`
    )
    .get() as { n: number }
  return row.n
}

/** FTS5's own check that the index matches its documents, and no orphan documents. */
function expectIndexIntact(store: Store): void {
  store.sqlite.prepare("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')").run()
  const orphans = store.sqlite
    .prepare(
      `SELECT kind, record_id FROM search_fts_documents d WHERE NOT EXISTS (
         SELECT 1 FROM meetings WHERE d.kind = 'meeting' AND id = d.record_id
         UNION ALL SELECT 1 FROM meeting_focus_areas WHERE d.kind = 'focus_area' AND id = d.record_id
         UNION ALL SELECT 1 FROM meeting_decisions WHERE d.kind = 'decision' AND id = d.record_id
         UNION ALL SELECT 1 FROM quotes WHERE d.kind = 'quote' AND id = d.record_id
         UNION ALL SELECT 1 FROM actions WHERE d.kind = 'action' AND id = d.record_id
         UNION ALL SELECT 1 FROM reflection_cycles WHERE d.kind = 'reflection' AND id = d.record_id
         UNION ALL SELECT 1 FROM tests_of_change WHERE d.kind = 'test_of_change' AND id = d.record_id
         UNION ALL SELECT 1 FROM pdsa_cycles WHERE d.kind = 'pdsa_cycle' AND id = d.record_id)`
    )
    .all()
  expect(orphans).toEqual([])
  // Every test and cycle has its one document; a cycle's opens its test and carries its title.
  const missing = store.sqlite
    .prepare(
      `SELECT id FROM tests_of_change t WHERE NOT EXISTS (SELECT 1 FROM search_fts_documents d
         WHERE d.kind = 'test_of_change' AND d.record_id = t.id AND d.open_id = t.id
           AND d.title = t.title)
       UNION ALL SELECT c.id FROM pdsa_cycles c JOIN tests_of_change t ON t.id = c.test_id
       WHERE NOT EXISTS (SELECT 1 FROM search_fts_documents d
         WHERE d.kind = 'pdsa_cycle' AND d.record_id = c.id AND d.open_id = t.id
           AND d.title = t.title)`
    )
    .all()
  expect(missing).toEqual([])
  // Every meeting has its one document: its purpose, and its words with the venue, if any, last.
  const stale = store.sqlite
    .prepare(
      `SELECT m.id FROM meetings m WHERE NOT EXISTS (SELECT 1 FROM search_fts_documents d
         WHERE d.kind = 'meeting' AND d.record_id = m.id AND d.open_id = m.id
           AND d.title = m.purpose AND d.body = m.notes || char(10) || m.learning || char(10) ||
             m.check_out || CASE WHEN m.venue = '' THEN '' ELSE char(10) || m.venue END)`
    )
    .all()
  expect(stale).toEqual([])
}

/** A copy of the migrations folder as the release before the migration named `*${suffix}`. */
function migrationsBefore(tmp: string, suffix: string): string {
  const to = path.join(tmp, `migrations-before${suffix}`)
  fs.cpSync(sourceMigrationsFolder, to, { recursive: true })
  const journalFile = path.join(to, 'meta', '_journal.json')
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as {
    entries: { tag: string }[]
  }
  const at = journal.entries.findIndex((e) => e.tag.endsWith(suffix))
  expect(at).toBeGreaterThan(0)
  for (const entry of journal.entries.splice(at)) fs.rmSync(path.join(to, `${entry.tag}.sql`))
  fs.writeFileSync(journalFile, JSON.stringify(journal, null, 2))
  return to
}
