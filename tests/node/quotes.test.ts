import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiInput } from '../../api/contract'
import type { ApiErrorCode } from '../../api/result'
import { testApi, type TestApi } from '../support/store'
import { expectRejected } from '../support/rejections'

let api: TestApi
let programmeId: string
let east: string
let west: string
let asha: string
let outsider: string
let march: string
let april: string
beforeEach(() => {
  api = testApi()
  programmeId = api.call('programmes.create', {
    name: 'Better Together',
    startDate: '2026-01-05'
  }).id
  const other = api.call('programmes.create', { name: 'Other', startDate: '2026-01-05' }).id
  const site = (name: string) =>
    api.call('sites.create', { programmeId, name, startDate: '2026-02-01' }).id
  east = site('Eastbrook')
  west = site('Westvale')
  asha = api.call('people.create', { programmeId, name: 'Asha Patel', role: 'GP' }).id
  outsider = api.call('people.create', { programmeId: other, name: 'Olu Field', role: 'GP' }).id
  const meeting = (siteId: string, heldOn: string, quotes: ApiInput<'meetings.create'>['quotes']) =>
    api.call('meetings.create', {
      siteId,
      heldOn,
      durationMinutes: 120,
      kind: 'partnership',
      quotes
    }).id
  march = meeting(east, '2026-03-10', [
    { text: 'We finally talk', speakerRole: 'GP', personId: asha, consent: 'yes' }
  ])
  april = meeting(east, '2026-04-14', [
    { text: 'Less ping-pong', speakerRole: 'District nurse', consent: 'no' },
    { text: 'Ask me later', speakerRole: 'Carer', consent: 'not_asked' }
  ])
  meeting(west, '2026-03-10', [{ text: 'Westvale voice', speakerRole: 'GP', consent: 'yes' }])
})
afterEach(() => api.close())

const texts = (filter: Partial<ApiInput<'quotes.list'>> = {}) =>
  api.call('quotes.list', { siteId: east, ...filter }).map((q) => q.text)

function quote(siteId = east) {
  return api.call('quotes.create', {
    siteId,
    text: '  It was the first time we met the carers  ',
    speakerRole: 'Social worker',
    personId: asha,
    consent: 'yes'
  }).id
}

describe('the quote bank', () => {
  it('lists a site’s quotes, newest meeting first and loose quotes last', () => {
    const loose = quote()
    const list = api.call('quotes.list', { siteId: east })
    expect(list.map((q) => q.text)).toEqual([
      'Less ping-pong',
      'Ask me later',
      'We finally talk',
      'It was the first time we met the carers'
    ])
    expect(list[2]).toEqual({
      id: expect.any(String),
      text: 'We finally talk',
      speakerRole: 'GP',
      personId: asha,
      personName: 'Asha Patel',
      consent: 'yes',
      meetingId: march,
      meetingHeldOn: '2026-03-10'
    })
    expect(list[3]).toMatchObject({ id: loose, meetingId: null, meetingHeldOn: null })
    expect(api.call('quotes.list', { siteId: west }).map((q) => q.text)).toEqual(['Westvale voice'])
  })

  it('filters by consent and by meeting', () => {
    quote()
    expect(texts({ consent: 'yes' })).toEqual([
      'We finally talk',
      'It was the first time we met the carers'
    ])
    expect(texts({ consent: 'no' })).toEqual(['Less ping-pong'])
    expect(texts({ consent: 'not_asked' })).toEqual(['Ask me later'])
    expect(texts({ meetingId: april })).toEqual(['Less ping-pong', 'Ask me later'])
    expect(texts({ meetingId: march, consent: 'no' })).toEqual([])
  })

  it('creates a quote linked to a meeting of the site', () => {
    const { id } = api.call('quotes.create', {
      siteId: east,
      meetingId: march,
      text: 'Trust takes time',
      speakerRole: 'Pharmacist',
      consent: 'not_asked'
    })
    expect(api.call('quotes.list', { siteId: east, meetingId: march })).toMatchObject([
      { text: 'We finally talk' },
      { id, text: 'Trust takes time', personId: null, personName: null, consent: 'not_asked' }
    ])
    expect(api.call('meetings.list', { siteId: east })[1]?.quoteCount).toBe(2)
  })

  it('updates a quote: text, role, consent, person and meeting, and unlinks both', () => {
    const id = quote()
    const fields = { id, text: 'Edited', speakerRole: 'OT', consent: 'no' } as const
    api.call('quotes.update', { ...fields, meetingId: april, personId: null })
    expect(api.call('quotes.list', { siteId: east, meetingId: april })[2]).toEqual({
      id,
      text: 'Edited',
      speakerRole: 'OT',
      personId: null,
      personName: null,
      consent: 'no',
      meetingId: april,
      meetingHeldOn: '2026-04-14'
    })
    api.call('quotes.update', { ...fields, consent: 'yes', meetingId: '', personId: asha })
    expect(api.call('quotes.list', { siteId: east }).at(-1)).toMatchObject({
      id,
      consent: 'yes',
      meetingId: null,
      personName: 'Asha Patel'
    })
  })

  it('deletes a quote, and only that one', () => {
    const [first] = api.call('quotes.list', { siteId: east, meetingId: april })
    api.call('quotes.delete', { id: first?.id ?? '' })
    expect(texts()).toEqual(['Ask me later', 'We finally talk'])
    expect(api.call('quotes.list', { siteId: west })).toHaveLength(1)
  })
})

describe('rejected quote calls change nothing', () => {
  let existing = ''
  let westMeeting = ''
  beforeEach(() => {
    existing = quote()
    westMeeting = api.call('meetings.list', { siteId: west })[0]?.id ?? ''
  })
  const create = (f: object) => ({
    siteId: east,
    text: 'We talk',
    speakerRole: 'GP',
    consent: 'yes',
    ...f
  })
  const update = (f: object) => ({ ...create(f), siteId: undefined, id: existing })
  type Case = [string, string, () => unknown, ApiErrorCode, string, RegExp]
  // prettier-ignore
  const cases: Case[] = [
    ['a quote without text', 'quotes.create', () => create({ text: undefined }), 'invalid_input', 'text', /^Quote is required$/],
    ['a quote of only spaces', 'quotes.create', () => create({ text: '   ' }), 'invalid_input', 'text', /^Quote is required$/],
    ['a quote that is too long', 'quotes.create', () => create({ text: 'x'.repeat(2001) }), 'invalid_input', 'text', /^Quote must be at most 2000 characters$/],
    ['a quote without a speaker role', 'quotes.create', () => create({ speakerRole: '' }), 'invalid_input', 'speakerRole', /^Speaker's role is required$/],
    ['a quote without a consent answer', 'quotes.create', () => create({ consent: 'maybe' }), 'invalid_input', 'consent', /consented/],
    ['a quote from another site’s meeting', 'quotes.create', () => create({ meetingId: westMeeting }), 'invalid_input', 'meetingId', /^That meeting belongs to another site$/],
    ['a quote from an unknown meeting', 'quotes.create', () => create({ meetingId: 'nope' }), 'not_found', 'meetingId', /meeting/],
    ['a quote by someone from another programme', 'quotes.create', () => create({ personId: outsider }), 'invalid_input', 'personId', /^Person quoted Olu Field is not in this programme$/],
    ['a quote by an unknown person', 'quotes.create', () => create({ personId: 'nope' }), 'not_found', 'personId', /person/],
    ['a quote for an unknown site', 'quotes.create', () => create({ siteId: 'nope' }), 'not_found', 'siteId', /site/],
    ['a quote for no site', 'quotes.create', () => create({ siteId: '' }), 'invalid_input', 'siteId', /^Site is required$/],
    ['an update removing the text', 'quotes.update', () => update({ text: '' }), 'invalid_input', 'text', /^Quote is required$/],
    ['an update to another site’s meeting', 'quotes.update', () => update({ meetingId: westMeeting }), 'invalid_input', 'meetingId', /another site/],
    ['an update to someone from another programme', 'quotes.update', () => update({ personId: outsider }), 'invalid_input', 'personId', /^Person quoted/],
    ['updating an unknown quote', 'quotes.update', () => ({ ...update({}), id: 'nope' }), 'not_found', 'id', /quote/],
    ['deleting an unknown quote', 'quotes.delete', () => ({ id: 'nope' }), 'not_found', 'id', /quote/],
    ['listing the quotes of an unknown site', 'quotes.list', () => ({ siteId: 'nope' }), 'not_found', 'siteId', /site/],
    ['listing by an unknown consent', 'quotes.list', () => ({ siteId: east, consent: 'maybe' }), 'invalid_input', 'consent', /^Consent must be yes, no or not asked$/]
  ]

  it.each(cases)('rejects %s (%s)', (_label, verb, input, code, path, words) => {
    expectRejected(api, verb, input(), code, path, words)
  })
})
