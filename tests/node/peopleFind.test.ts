// people.find: the few people of a programme matching what was typed, for pickers (the meeting
// form's "add someone not on the list") that do not load the programme's whole directory.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiErrorCode } from '../../api/result'
import { testApi, type TestApi } from '../support/store'
import { expectRejected } from '../support/rejections'

let api: TestApi
let programmeId: string
let otherProgrammeId: string
let library: string
beforeEach(() => {
  api = testApi()
  const programme = (name: string) =>
    api.call('programmes.create', { name, startDate: '2026-01-05' }).id
  programmeId = programme('Better Together')
  otherProgrammeId = programme('Other')
  library = api.call('organisations.create', {
    programmeId,
    name: 'Eastbrook Library',
    sector: 'voluntary_community'
  }).id
})
afterEach(() => api.close())

function person(name: string, role: string, organisationId: string | null = null) {
  return api.call('people.create', { programmeId, name, role, organisationId }).id
}

const find = (text: string, limit?: number) =>
  api.call('people.find', { programmeId, text, limit }).map((p) => p.name)

describe('finding people in the programme', () => {
  it('finds a word of the name, role or organisation starting with the text, names first', () => {
    const priya = person('Priya Natt', 'Pharmacist', library)
    person('Natalie Shaw', 'District nurse')
    person('Jonathan Bright', 'Librarian')
    person('Ben Okafor', 'GP', library)
    person('Bernard Natterjack', 'Housing officer')
    api.call('people.archive', { id: person('Nat Archived', 'GP') })
    api.call('people.create', { programmeId: otherProgrammeId, name: 'Nathan Other', role: 'GP' })

    expect(api.call('people.find', { programmeId, text: 'priya' })).toEqual([
      { id: priya, name: 'Priya Natt', role: 'Pharmacist', organisationName: 'Eastbrook Library' }
    ])
    // Names starting with "nat" first, then other words starting with it; never inside a word
    // ("Jonathan"), never archived or from another programme.
    expect(find('nat')).toEqual(['Natalie Shaw', 'Bernard Natterjack', 'Priya Natt'])
    expect(find('NATT')).toEqual(['Bernard Natterjack', 'Priya Natt'])
    expect(find('priya n')).toEqual(['Priya Natt'])
    expect(find('libr')).toEqual(['Ben Okafor', 'Jonathan Bright', 'Priya Natt'])
    expect(find('housing')).toEqual(['Bernard Natterjack'])
    expect(find('zz')).toEqual([])
  })

  it('returns at most the limit asked for, in the same order', () => {
    for (const name of ['Ann Cole', 'Anna Berry', 'Andy Ash', 'Anita Dunn', 'Angus Ede']) {
      person(name, 'GP')
    }
    expect(find('an', 3)).toEqual(['Andy Ash', 'Angus Ede', 'Anita Dunn'])
    expect(find('an')).toHaveLength(5)
  })

  it('takes % and _ literally', () => {
    person('Amy 100% Sure', 'GP')
    person('Bo_Lee', 'GP')
    person('Bob Lee', 'GP')
    expect(find('100%')).toEqual(['Amy 100% Sure'])
    expect(find('%')).toEqual([])
    expect(find('bo_')).toEqual(['Bo_Lee'])
  })
})

describe('rejected searches', () => {
  // prettier-ignore
  const cases: [string, () => unknown, ApiErrorCode, string, RegExp][] = [
    ['no programme', () => ({ text: 'an' }), 'invalid_input', 'programmeId', /^Programme is required/],
    ['an unknown programme', () => ({ programmeId: 'nope', text: 'an' }), 'not_found', 'programmeId', /programme/],
    ['no text', () => ({ programmeId }), 'invalid_input', 'text', /^Search text is required/],
    ['only spaces', () => ({ programmeId, text: '   ' }), 'invalid_input', 'text', /^Search text is required/],
    ['text that is too long', () => ({ programmeId, text: 'a'.repeat(101) }), 'invalid_input', 'text', /^Search text must be at most 100 characters/],
    ['a limit of 0', () => ({ programmeId, text: 'an', limit: 0 }), 'invalid_input', 'limit', /^Limit must be at least 1/],
    ['a limit of 51', () => ({ programmeId, text: 'an', limit: 51 }), 'invalid_input', 'limit', /^Limit must be at most 50/],
    ['a limit that is text', () => ({ programmeId, text: 'an', limit: '5' }), 'invalid_input', 'limit', /^Limit must be a number/],
    ['a fractional limit', () => ({ programmeId, text: 'an', limit: 2.5 }), 'invalid_input', 'limit', /^Limit must be a whole number/]
  ]
  it.each(cases)('refuses %s', (_label, input, code, path, words) => {
    person('Ann Cole', 'GP')
    expectRejected(api, 'people.find', input(), code, path, words)
  })
})
