import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiInput } from '../../api/contract'
import { FIXED_NOW, testApi, type TestApi } from '../support/store'
import { expectRejected } from '../support/rejections'

let api: TestApi
let programmeId: string
let trust: string
let foreignOutcome: string
let east: string
let west: string
let feb: string
let march: string
let westMeeting: string
let eastQuote: string
let westQuote: string
beforeEach(() => {
  api = testApi()
  programmeId = api.call('programmes.create', {
    name: 'Better Together',
    startDate: '2026-01-05'
  }).id
  const other = api.call('programmes.create', { name: 'Other', startDate: '2026-01-05' }).id
  trust = api.call('programmeOutcomes.create', {
    programmeId,
    title: 'Trust between agencies',
    level: 'relationships'
  }).id
  foreignOutcome = api.call('programmeOutcomes.create', {
    programmeId: other,
    title: 'Someone else’s outcome',
    level: 'self'
  }).id
  const site = (name: string) =>
    api.call('sites.create', { programmeId, name, startDate: '2026-02-01' }).id
  east = site('Eastbrook')
  west = site('Westvale')
  const meeting = (siteId: string, heldOn: string) =>
    api.call('meetings.create', { siteId, heldOn, durationMinutes: 180, kind: 'partnership' }).id
  feb = meeting(east, '2026-02-03')
  march = meeting(east, '2026-03-10')
  westMeeting = meeting(west, '2026-03-12')
  const quote = (siteId: string, meetingId: string, text: string) =>
    api.call('quotes.create', { siteId, meetingId, text, speakerRole: 'GP', consent: 'yes' }).id
  eastQuote = quote(east, march, 'We finally pick up the phone to each other')
  westQuote = quote(west, westMeeting, 'Westvale voice')
})
afterEach(() => api.close())

type CreateInput = ApiInput<'outcomes.create'>
const outcomeInput = (fields: Partial<CreateInput> = {}): CreateInput => ({
  siteId: east,
  title: '  More trust between GPs and social workers  ',
  description: 'People pick up the phone',
  agreedOn: '2026-02-03',
  programmeOutcomeId: trust,
  agreedAtMeetingId: feb,
  baselineRating: 3,
  baselineNote: 'We barely know each other',
  ...fields
})
const createOutcome = (fields: Partial<CreateInput> = {}) =>
  api.call('outcomes.create', outcomeInput(fields)).id

type RateInput = ApiInput<'outcomes.rate'>
const rate = (outcomeId: string, fields: Partial<RateInput> = {}) =>
  api.call('outcomes.rate', {
    outcomeId,
    ratedOn: '2026-03-10',
    rating: 5,
    evidence: 'Two joint visits',
    judgedBy: 'group',
    ...fields
  }).id

function reflection(siteId: string | null, heldOn: string, title: string, siteIds: string[] = []) {
  return api.call('reflections.create', { programmeId, siteId, heldOn, title, siteIds }).id
}

describe('agreed outcomes', () => {
  it('lists outcomes with baseline, latest rating, count, change and programme outcome', () => {
    const id = createOutcome()
    const plain = createOutcome({
      title: 'Community involvement',
      programmeOutcomeId: null,
      agreedAtMeetingId: null,
      baselineRating: null
    })
    rate(id, { ratedOn: '2026-04-14', rating: 6 })
    rate(id, { ratedOn: '2026-03-10', rating: 4 })
    expect(api.call('outcomes.list', { siteId: east })).toEqual([
      {
        id,
        title: 'More trust between GPs and social workers',
        description: 'People pick up the phone',
        agreedOn: '2026-02-03',
        programmeOutcomeId: trust,
        programmeOutcomeTitle: 'Trust between agencies',
        agreedAtMeetingId: feb,
        baselineRating: 3,
        baselineNote: 'We barely know each other',
        archivedAt: null,
        ratingCount: 2,
        latest: { rating: 6, ratedOn: '2026-04-14' },
        change: 3
      },
      expect.objectContaining({
        id: plain,
        programmeOutcomeTitle: null,
        baselineRating: null,
        ratingCount: 0,
        latest: null,
        change: null
      })
    ])
    expect(api.call('outcomes.list', { siteId: west })).toEqual([])
  })

  it('updates an outcome and archives and restores it', () => {
    const id = createOutcome()
    api.call('outcomes.update', {
      ...outcomeInput({ title: 'Trust', baselineRating: null, programmeOutcomeId: null }),
      id
    })
    expect(api.call('outcomes.get', { id }).outcome).toMatchObject({
      title: 'Trust',
      baselineRating: null,
      programmeOutcomeId: null,
      programmeOutcomeTitle: null,
      agreedAtMeetingHeldOn: '2026-02-03'
    })
    api.call('outcomes.archive', { id, archived: true })
    expect(api.call('outcomes.list', { siteId: east })).toEqual([])
    expect(api.call('outcomes.list', { siteId: east, includeArchived: true })[0]).toMatchObject({
      id,
      archivedAt: FIXED_NOW.toISOString()
    })
    api.call('outcomes.archive', { id, archived: false })
    expect(api.call('outcomes.list', { siteId: east })).toHaveLength(1)
  })

  it('rates progress, edits and deletes ratings', () => {
    const id = createOutcome()
    const first = rate(id, { ratedOn: '2026-04-14', rating: 6, meetingId: march })
    const second = rate(id, { ratedOn: '2026-03-10', rating: 4, judgedBy: 'coordinator' })
    const ratings = () => api.call('outcomes.get', { id }).ratings
    expect(ratings()).toEqual([
      expect.objectContaining({ id: second, ratedOn: '2026-03-10', rating: 4 }),
      {
        id: first,
        ratedOn: '2026-04-14',
        rating: 6,
        evidence: 'Two joint visits',
        judgedBy: 'group',
        meetingId: march,
        meetingHeldOn: '2026-03-10'
      }
    ])
    api.call('outcomes.updateRating', {
      id: first,
      ratedOn: '2026-05-01',
      rating: 10,
      evidence: 'Joint huddles every week',
      judgedBy: 'consultant',
      meetingId: null
    })
    expect(ratings()[1]).toMatchObject({ rating: 10, judgedBy: 'consultant', meetingId: null })
    api.call('outcomes.deleteRating', { id: second })
    expect(ratings().map((r) => r.id)).toEqual([first])
  })

  it('returns the evidence trail in date order, with meeting and test-of-change dates', () => {
    const id = createOutcome()
    rate(id, { ratedOn: '2026-03-10', rating: 5, evidence: 'Joint visits started' })
    const own = reflection(east, '2026-03-11', 'Debrief after March')
    const team = reflection(null, '2026-02-20', 'Team: trust across sites', [east])
    const links = [
      api.call('outcomes.linkEvidence', { outcomeId: id, reflectionId: own }).id,
      api.call('outcomes.linkEvidence', { outcomeId: id, quoteId: eastQuote, note: 'Said warmly' })
        .id,
      api.call('outcomes.linkEvidence', { outcomeId: id, meetingId: march }).id,
      api.call('outcomes.linkEvidence', { outcomeId: id, reflectionId: team }).id
    ]
    // Tests of change are another feature's: seeded with plain SQL as it stores them.
    const sql = api.store.sqlite
    sql
      .prepare(
        "INSERT INTO tests_of_change (id, site_id, title, kind, status, created_on, started_on) VALUES ('t1', ?, 'Social worker at the GP huddle', 'adaptive', 'adopted', '2026-03-01', '2026-03-15')"
      )
      .run(east)
    sql
      .prepare(
        "INSERT INTO test_status_changes (id, test_id, status, changed_on) VALUES ('c1', 't1', 'testing', '2026-03-16'), ('c2', 't1', 'adopted', '2026-05-02')"
      )
      .run()
    sql
      .prepare("INSERT INTO test_of_change_outcomes (test_id, outcome_id) VALUES ('t1', ?)")
      .run(id)

    const got = api.call('outcomes.get', { id })
    expect(got.evidence.map((e) => [e.kind, e.date])).toEqual([
      ['reflection', '2026-02-20'],
      ['meeting', '2026-03-10'],
      ['quote', '2026-03-10'],
      ['rating', '2026-03-10'],
      ['reflection', '2026-03-11']
    ])
    expect(got.evidence[0]).toEqual({
      kind: 'reflection',
      id: links[3],
      date: '2026-02-20',
      note: '',
      reflectionId: team,
      title: 'Team: trust across sites',
      teamLevel: true
    })
    expect(got.evidence[2]).toEqual({
      kind: 'quote',
      id: links[1],
      date: '2026-03-10',
      note: 'Said warmly',
      quoteId: eastQuote,
      text: 'We finally pick up the phone to each other',
      speakerRole: 'GP',
      consent: 'yes',
      meetingId: march
    })
    expect(got.evidence[3]).toMatchObject({
      kind: 'rating',
      rating: 5,
      note: 'Joint visits started'
    })
    expect(got.meetings.map((m) => m.heldOn)).toEqual(['2026-02-03', '2026-03-10'])
    expect(got.testsOfChange).toEqual([
      expect.objectContaining({ event: 'started', date: '2026-03-16', linked: true }),
      expect.objectContaining({ event: 'decided', status: 'adopted', date: '2026-05-02' })
    ])
    expect(got.site).toEqual({ id: east, name: 'Eastbrook', programmeId, startDate: '2026-02-01' })

    api.call('outcomes.unlinkEvidence', { id: links[1] ?? '' })
    expect(api.call('outcomes.get', { id }).evidence.map((e) => e.kind)).not.toContain('quote')
  })

  it('offers the site’s unlinked quotes, meetings and the reflections about it', () => {
    const id = createOutcome()
    const own = reflection(east, '2026-03-11', 'East debrief')
    const naming = reflection(null, '2026-03-20', 'Team, naming East', [east])
    const whole = reflection(null, '2026-03-21', 'Team, whole programme')
    reflection(null, '2026-03-22', 'Team, West only', [west])
    reflection(west, '2026-03-23', 'West debrief')
    api.call('outcomes.linkEvidence', { outcomeId: id, meetingId: feb })
    const options = api.call('outcomes.evidenceOptions', { outcomeId: id })
    expect(options.quotes.map((q) => q.id)).toEqual([eastQuote])
    expect(options.meetings.map((m) => m.id)).toEqual([march])
    expect(options.reflections.map((r) => r.id)).toEqual([whole, naming, own])
  })
})

describe('rejections name the field and change nothing', () => {
  it('refuses bad outcomes', () => {
    const bad = (fields: Partial<CreateInput>) => outcomeInput(fields)
    expectRejected(api, 'outcomes.create', bad({ title: ' ' }), 'invalid_input', 'title', /Title/)
    expectRejected(
      api,
      'outcomes.create',
      bad({ baselineRating: 11 }),
      'invalid_input',
      'baselineRating',
      /Baseline rating must be a whole number from 0 to 10/
    )
    expectRejected(
      api,
      'outcomes.create',
      bad({ baselineRating: 2.5 }),
      'invalid_input',
      'baselineRating',
      /Baseline rating/
    )
    expectRejected(
      api,
      'outcomes.create',
      bad({ agreedOn: '2026-01-20' }),
      'invalid_input',
      'agreedOn',
      /Date agreed must be on or after 2026-02-01 \(when the site started\)/
    )
    expectRejected(
      api,
      'outcomes.create',
      bad({ programmeOutcomeId: foreignOutcome }),
      'invalid_input',
      'programmeOutcomeId',
      /^That programme outcome belongs to another programme$/
    )
    expectRejected(
      api,
      'outcomes.create',
      bad({ programmeOutcomeId: 'nope' }),
      'not_found',
      'programmeOutcomeId',
      /programme outcome/
    )
    expectRejected(
      api,
      'outcomes.create',
      bad({ agreedAtMeetingId: westMeeting }),
      'invalid_input',
      'agreedAtMeetingId',
      /meeting belongs to another site/
    )
    expectRejected(api, 'outcomes.create', bad({ siteId: 'nope' }), 'not_found', 'siteId', /site/)
  })

  it('refuses to archive a programme outcome mapping or move the agreed date past a rating', () => {
    const id = createOutcome()
    rate(id, { ratedOn: '2026-03-10' })
    api.call('programmeOutcomes.archive', { id: trust })
    const update = { ...outcomeInput(), id }
    api.call('outcomes.update', update) // the mapping it already had stays allowed
    const other = createOutcome({ programmeOutcomeId: null })
    expectRejected(
      api,
      'outcomes.update',
      { ...outcomeInput(), id: other },
      'invalid_input',
      'programmeOutcomeId',
      /archived/
    )
    expectRejected(
      api,
      'outcomes.update',
      { ...update, agreedOn: '2026-03-11' },
      'invalid_input',
      'agreedOn',
      /Date agreed must be on or before 2026-03-10/
    )
    expectRejected(api, 'outcomes.update', { ...update, id: 'nope' }, 'not_found', 'id', /outcome/)
    expectRejected(
      api,
      'outcomes.archive',
      { id, archived: 'yes' },
      'invalid_input',
      'archived',
      /Archived/
    )
  })

  it('refuses bad ratings', () => {
    const id = createOutcome()
    const input = { outcomeId: id, ratedOn: '2026-03-10', rating: 5, judgedBy: 'group' }
    const message = /^Rating must be a whole number from 0 to 10$/
    for (const rating of [11, -1, 4.5, '7', null]) {
      expectRejected(api, 'outcomes.rate', { ...input, rating }, 'invalid_input', 'rating', message)
    }
    expectRejected(
      api,
      'outcomes.rate',
      { ...input, ratedOn: '2026-02-02' },
      'invalid_input',
      'ratedOn',
      /^Date rated must be on or after 2026-02-03 \(when the outcome was agreed\)$/
    )
    expectRejected(
      api,
      'outcomes.rate',
      { ...input, ratedOn: '2026-11-22' },
      'invalid_input',
      'ratedOn',
      /Date rated cannot be later than today \(2026-11-21\)/
    )
    expectRejected(
      api,
      'outcomes.rate',
      { ...input, judgedBy: 'sponsor' },
      'invalid_input',
      'judgedBy',
      /Judged by/
    )
    expectRejected(
      api,
      'outcomes.rate',
      { ...input, meetingId: westMeeting },
      'invalid_input',
      'meetingId',
      /meeting belongs to another site/
    )
    expectRejected(
      api,
      'outcomes.rate',
      { ...input, outcomeId: 'nope' },
      'not_found',
      'outcomeId',
      /outcome/
    )
    const ratingId = rate(id)
    const edit = { ...input, id: ratingId }
    expectRejected(
      api,
      'outcomes.updateRating',
      { ...edit, rating: 11 },
      'invalid_input',
      'rating',
      message
    )
    expectRejected(
      api,
      'outcomes.updateRating',
      { ...edit, ratedOn: '2026-01-01' },
      'invalid_input',
      'ratedOn',
      /Date rated must be on or after 2026-02-03/
    )
    expectRejected(
      api,
      'outcomes.updateRating',
      { ...edit, id: 'nope' },
      'not_found',
      'id',
      /rating/
    )
    expectRejected(api, 'outcomes.deleteRating', { id: 'nope' }, 'not_found', 'id', /rating/)
    api.call('outcomes.archive', { id, archived: true })
    expectRejected(api, 'outcomes.rate', input, 'conflict', 'outcomeId', /archived/)
  })

  it('refuses evidence that is not exactly one record of the same site', () => {
    const id = createOutcome()
    const link = (fields: Record<string, unknown>) => ({ outcomeId: id, ...fields })
    expectRejected(
      api,
      'outcomes.linkEvidence',
      link({}),
      'invalid_input',
      'quoteId',
      /Choose a quote/
    )
    expectRejected(
      api,
      'outcomes.linkEvidence',
      link({ quoteId: eastQuote, meetingId: march }),
      'invalid_input',
      'quoteId',
      /one quote, meeting or reflection at a time/
    )
    expectRejected(
      api,
      'outcomes.linkEvidence',
      link({ quoteId: westQuote }),
      'invalid_input',
      'quoteId',
      /quote belongs to another site/
    )
    expectRejected(
      api,
      'outcomes.linkEvidence',
      link({ meetingId: westMeeting }),
      'invalid_input',
      'meetingId',
      /meeting belongs to another site/
    )
    const westOnly = reflection(null, '2026-03-22', 'Team, West only', [west])
    const westOwn = reflection(west, '2026-03-23', 'West debrief')
    for (const reflectionId of [westOnly, westOwn]) {
      expectRejected(
        api,
        'outcomes.linkEvidence',
        link({ reflectionId }),
        'invalid_input',
        'reflectionId',
        /reflection is not about Eastbrook/
      )
    }
    expectRejected(
      api,
      'outcomes.linkEvidence',
      link({ quoteId: 'nope' }),
      'not_found',
      'quoteId',
      /quote/
    )
    api.call('outcomes.linkEvidence', link({ quoteId: eastQuote }))
    expectRejected(
      api,
      'outcomes.linkEvidence',
      link({ quoteId: eastQuote }),
      'conflict',
      'quoteId',
      /quote is already linked/
    )
    expectRejected(api, 'outcomes.unlinkEvidence', { id: 'nope' }, 'not_found', 'id', /evidence/)
  })
})
