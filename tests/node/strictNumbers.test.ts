// Numbers are numbers: the API refuses a boolean, an array, hex or any other text where it takes a
// number, with the field's own message and nothing written; the forms turn their text into numbers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { measureFields } from '../../api/schemas/measures'
import { meetingFields } from '../../api/schemas/meetings'
import { numberField, readNumber } from '../../renderer/src/components/numberField'
import { snapshot, testApi, type TestApi } from '../support/store'

let api: TestApi
let siteId: string
let meetingId: string
let measureId: string
beforeEach(() => {
  api = testApi()
  const programmeId = api.call('programmes.create', { name: 'P', startDate: '2026-01-05' }).id
  siteId = api.call('sites.create', { programmeId, name: 'Eastbrook', startDate: '2026-02-01' }).id
  meetingId = api.call('meetings.create', {
    siteId,
    heldOn: '2026-03-10',
    durationMinutes: 60,
    kind: 'partnership'
  }).id
  measureId = api.call('measures.create', { siteId, name: 'Joint reviews', better: 'higher' }).id
})
afterEach(() => api.close())

const NOT_NUMBERS: [string, unknown][] = [
  ['true', true],
  ['false', false],
  ['[60]', [60]],
  ['"0x10"', '0x10'],
  ['"60"', '60'],
  ['"1e2"', '1e2'],
  ['{}', {}],
  ['Infinity as text', 'Infinity']
]

function expectRefused(name: string, input: Record<string, unknown>, field: string, words: RegExp) {
  const before = snapshot(api.store)
  const result = api.attempt(name, input)
  if (result.ok) throw new Error(`${name} accepted ${JSON.stringify(input[field])} as ${field}`)
  expect(result.error.code).toBe('invalid_input')
  expect(result.error.issues?.[0]).toMatchObject({
    path: field,
    message: expect.stringMatching(words)
  })
  expect(snapshot(api.store)).toEqual(before)
}

describe('the API takes numbers only', () => {
  const meeting = () =>
    ({ siteId, heldOn: '2026-03-11', durationMinutes: 60, kind: 'partnership' }) as const
  it.each(NOT_NUMBERS)('refuses %s as a number in every number field', (_label, value) => {
    expectRefused(
      'meetings.create',
      { ...meeting(), durationMinutes: value },
      'durationMinutes',
      /^Duration must be a number of minutes$/
    )
    expectRefused(
      'meetings.update',
      { id: meetingId, ...meeting(), durationMinutes: value },
      'durationMinutes',
      /^Duration must be a number/
    )
    expectRefused(
      'meetings.create',
      { ...meeting(), unnamedAttendees: value },
      'unnamedAttendees',
      /^Attendees not named must be a number$/
    )
    expectRefused(
      'meetings.create',
      { ...meeting(), energy: value },
      'energy',
      /^Energy must be from 1 to 5, or left empty$/
    )
    const fields = { siteId, name: 'Waits', better: 'lower' }
    expectRefused(
      'measures.create',
      { ...fields, target: value },
      'target',
      /^Target must be a number, or left empty$/
    )
    expectRefused(
      'measures.create',
      { ...fields, baselinePoints: value },
      'baselinePoints',
      /^Baseline points must be a whole number/
    )
    expectRefused(
      'measures.savePoints',
      { measureId, points: [{ period: '2026-01-01', value }] },
      'points.0.value',
      /^Value must be a number$/
    )
    expectRefused('sample.create', { seed: value }, 'seed', /^Seed must be a number$/)
  })

  it('still takes real numbers, and empty for the optional ones', () => {
    const id = api.call('meetings.create', {
      ...meeting(),
      durationMinutes: 90,
      energy: '',
      unnamedAttendees: 3
    }).id
    expect(api.call('meetings.get', { id }).meeting).toMatchObject({
      durationMinutes: 90,
      energy: null,
      unnamedAttendees: 3
    })
    const m = api.call('measures.create', {
      siteId,
      name: 'Waits',
      better: 'lower',
      target: 2.5,
      baselinePoints: null
    })
    expect(api.call('measures.get', { id: m.id }).measure).toMatchObject({
      target: 2.5,
      baselinePoints: null
    })
  })
})

describe('number fields in forms', () => {
  it('reads plain decimals as numbers, empty as nothing, and leaves anything else as text', () => {
    expect(['60', ' 60 ', '+5', '-2.5', '.5', '7.'].map(readNumber)).toEqual([
      60, 60, 5, -2.5, 0.5, 7
    ])
    expect(['', '  '].map(readNumber)).toEqual([undefined, undefined])
    expect(['0x10', '1e3', '12 people', 'Infinity', '1,5'].map(readNumber)).toEqual([
      '0x10',
      '1e3',
      '12 people',
      'Infinity',
      '1,5'
    ])
    expect(readNumber(42)).toBe(42)
    expect(readNumber(null)).toBe(null)
  })

  it('checks the converted value with the API schema, so the form shows the API’s message', () => {
    const duration = numberField(meetingFields.shape.durationMinutes)
    expect(duration.parse('180')).toBe(180)
    expect(duration.safeParse('0x10').error?.issues[0]?.message).toBe(
      'Duration must be a number of minutes'
    )
    expect(duration.safeParse('').error?.issues[0]?.message).toBe(
      'Duration must be a number of minutes'
    )
    expect(duration.safeParse('90.5').error?.issues[0]?.message).toBe(
      'Duration must be a whole number of minutes'
    )
    expect(numberField(meetingFields.shape.unnamedAttendees).parse('')).toBe(0)
    expect(numberField(meetingFields.shape.energy).parse('')).toBe(null)
    expect(numberField(meetingFields.shape.energy).parse('4')).toBe(4)
    expect(numberField(measureFields.shape.target).parse('')).toBe(null)
    expect(numberField(measureFields.shape.target).parse('12.5')).toBe(12.5)
    expect(numberField(measureFields.shape.baselinePoints).safeParse('0x10').success).toBe(false)
  })
})
