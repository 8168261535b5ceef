// Reflection excerpts marked for reports, through the real dispatch on a migrated in-memory store:
// marking, listing, changing and removing them, the rule that an excerpt is a passage of its phase
// as written, and the cycle taking its excerpts with it. Every rejection changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { excerptKey, isPassageOf, plainWords } from '../../api/schemas/reportExcerpts'
import {
  reflectionFixture,
  tableCounts,
  type ReflectionFixture,
  type RejectionCase
} from './reflectionFixture'
import { expectRejected } from '../support/rejections'
import { FIXED_NOW, type TestApi } from '../support/store'

const OBSERVE = 'Mrs B told her story of **three assessments** in a week.'
const REFLECT =
  'We assumed the GP practice did not want to come.\nIt did.\n\nThe ward  knew all along.'
const PLAN = '- Trial one shared referral form\n- Invite housing to the next meeting'
const AT = FIXED_NOW.toISOString()

let api: TestApi
let cycle: ReflectionFixture['cycle']
let cycleId: string
beforeEach(() => {
  const f = reflectionFixture()
  ;({ api, cycle } = f)
  cycleId = cycle({ observe: OBSERVE, reflect: REFLECT, plan: PLAN })
})
afterEach(() => api.close())

function add(phase: 'observe' | 'reflect' | 'plan' | 'act', text: string, inCycle = cycleId) {
  return api.call('reportExcerpts.add', { cycleId: inCycle, phase, text }).id
}

describe('marking excerpts for reports', () => {
  it('lists a cycle’s excerpts in phase order, then in the order they were marked', () => {
    const plan = add('plan', 'Trial one shared referral form')
    const itDid = add('reflect', 'It did.')
    const observe = add('observe', 'three assessments')
    const assumed = add('reflect', '  We assumed the GP practice  ')
    // Another cycle's excerpts stay with it.
    add('reflect', 'Elsewhere', cycle({ reflect: 'Elsewhere' }))
    expect(api.call('reportExcerpts.list', { cycleId })).toEqual([
      { id: observe, phase: 'observe', text: 'three assessments', createdAt: AT },
      { id: itDid, phase: 'reflect', text: 'It did.', createdAt: AT },
      { id: assumed, phase: 'reflect', text: 'We assumed the GP practice', createdAt: AT },
      { id: plan, phase: 'plan', text: 'Trial one shared referral form', createdAt: AT }
    ])
  })

  it('accepts a passage whatever its line breaks and spacing, as typed or as the page shows it', () => {
    add('reflect', 'did not want to come. It did. The ward knew')
    add('observe', 'Mrs B told her story of three assessments in a week.')
    add('observe', 'her story of **three assessments**')
    add('plan', 'Trial one shared referral form\nInvite housing')
    expect(api.call('reportExcerpts.list', { cycleId }).map((e) => e.text)).toEqual([
      'Mrs B told her story of three assessments in a week.',
      'her story of **three assessments**',
      'did not want to come. It did. The ward knew',
      'Trial one shared referral form\nInvite housing'
    ])
  })

  it('takes up to 2,000 characters', () => {
    const long = 'a'.repeat(2000)
    const id = add('act', long, cycle({ act: `${long} and more` }))
    expect(api.call('reportExcerpts.update', { id, text: ` ${long} ` })).toEqual({ id })
  })

  it('changes an excerpt’s words, keeping its phase and when it was marked', () => {
    const id = add('reflect', 'We assumed the GP practice did not want to come.')
    const other = add('reflect', 'It did.')
    expect(api.call('reportExcerpts.update', { id, text: ' did not want to come ' })).toEqual({
      id
    })
    // Saving an excerpt unchanged is not a duplicate of itself.
    api.call('reportExcerpts.update', { id: other, text: 'It did.' })
    expect(api.call('reportExcerpts.list', { cycleId })).toEqual([
      { id, phase: 'reflect', text: 'did not want to come', createdAt: AT },
      { id: other, phase: 'reflect', text: 'It did.', createdAt: AT }
    ])
  })

  it('removes an excerpt and leaves the reflection as it was', () => {
    const id = add('reflect', 'It did.')
    const kept = add('plan', 'Invite housing')
    const before = api.call('reflections.get', { id: cycleId })
    expect(api.call('reportExcerpts.remove', { id })).toEqual({ id })
    expect(api.call('reportExcerpts.list', { cycleId }).map((e) => e.id)).toEqual([kept])
    expect(api.call('reflections.get', { id: cycleId })).toEqual(before)
  })

  it('keeps an excerpt the phase no longer contains, for the consultant to review', () => {
    add('reflect', 'It did.')
    api.call('reflections.update', { id: cycleId, heldOn: '2026-03-12', reflect: 'Rewritten' })
    expect(api.call('reportExcerpts.list', { cycleId }).map((e) => e.text)).toEqual(['It did.'])
  })

  it('deleting the cycle removes its excerpts, and only its own', () => {
    const other = cycle({ reflect: 'Elsewhere' })
    add('reflect', 'It did.')
    add('plan', 'Invite housing')
    add('reflect', 'Elsewhere', other)
    expect(tableCounts(api).report_excerpts).toBe(3)
    api.call('reflections.delete', { id: cycleId })
    expect(tableCounts(api).report_excerpts).toBe(1)
    expect(api.call('reportExcerpts.list', { cycleId: other }).map((e) => e.text)).toEqual([
      'Elsewhere'
    ])
  })
})

describe('refusing excerpts', () => {
  let marked: string
  let other: string
  beforeEach(() => {
    marked = add('reflect', 'It did.')
    other = add('reflect', 'The ward knew all along.')
  })
  const notInReflect =
    /^The excerpt must be a passage of the Reflect phase as written; copy it from there$/
  // prettier-ignore
  const cases: RejectionCase[] = [
    ['an empty excerpt', 'reportExcerpts.add', () => ({ cycleId, phase: 'reflect', text: '' }), 'invalid_input', 'text', /^Excerpt is required$/],
    ['spaces only', 'reportExcerpts.add', () => ({ cycleId, phase: 'reflect', text: ' \n ' }), 'invalid_input', 'text', /^Excerpt is required$/],
    ['no text at all', 'reportExcerpts.add', () => ({ cycleId, phase: 'reflect' }), 'invalid_input', 'text', /^Excerpt is required$/],
    ['over 2,000 characters', 'reportExcerpts.add', () => ({ cycleId, phase: 'reflect', text: 'a'.repeat(2001) }), 'invalid_input', 'text', /^Excerpt must be at most 2000 characters$/],
    ['a phase that is not one', 'reportExcerpts.add', () => ({ cycleId, phase: 'cycle', text: 'It did.' }), 'invalid_input', 'phase', /^Choose Observe, Reflect, Plan or Act$/],
    ['no cycle', 'reportExcerpts.add', () => ({ phase: 'reflect', text: 'It did.' }), 'invalid_input', 'cycleId', /^Reflection cycle is required$/],
    ['an unknown cycle', 'reportExcerpts.add', () => ({ cycleId: 'nope', phase: 'reflect', text: 'It did.' }), 'not_found', 'cycleId', /^No reflection cycle with id nope$/],
    ['words not in the phase', 'reportExcerpts.add', () => ({ cycleId, phase: 'reflect', text: 'We never assumed anything.' }), 'invalid_input', 'text', notInReflect],
    ['words of another phase', 'reportExcerpts.add', () => ({ cycleId, phase: 'reflect', text: 'Invite housing' }), 'invalid_input', 'text', notInReflect],
    ['a passage with a word changed', 'reportExcerpts.add', () => ({ cycleId, phase: 'reflect', text: 'The ward knew it all along.' }), 'invalid_input', 'text', notInReflect],
    ['a phase with nothing written', 'reportExcerpts.add', () => ({ cycleId, phase: 'act', text: 'It did.' }), 'invalid_input', 'text', /^The Act phase has nothing written yet, so there is nothing to mark for reports$/],
    ['the same excerpt twice', 'reportExcerpts.add', () => ({ cycleId, phase: 'reflect', text: 'It did.' }), 'conflict', 'text', /^This passage of Reflect is already marked for reports$/],
    ['the same excerpt spaced differently', 'reportExcerpts.add', () => ({ cycleId, phase: 'reflect', text: ' The ward\nknew all   along. ' }), 'conflict', 'text', /^This passage of Reflect is already marked for reports$/],
    ['a change to words not in the phase', 'reportExcerpts.update', () => ({ id: marked, text: 'It did not.' }), 'invalid_input', 'text', notInReflect],
    ['a change to an empty excerpt', 'reportExcerpts.update', () => ({ id: marked, text: '  ' }), 'invalid_input', 'text', /^Excerpt is required$/],
    ['a change that repeats another excerpt', 'reportExcerpts.update', () => ({ id: marked, text: 'The ward knew all along.' }), 'conflict', 'text', /^This passage of Reflect is already marked for reports$/],
    ['a change to an unknown excerpt', 'reportExcerpts.update', () => ({ id: 'nope', text: 'It did.' }), 'not_found', 'id', /^No report excerpt with id nope$/],
    ['removing an unknown excerpt', 'reportExcerpts.remove', () => ({ id: 'nope' }), 'not_found', 'id', /^No report excerpt with id nope$/],
    ['listing an unknown cycle', 'reportExcerpts.list', () => ({ cycleId: 'nope' }), 'not_found', 'cycleId', /^No reflection cycle with id nope$/]
  ]
  it.each(cases)('refuses %s', (_label, name, input, code, path, words) => {
    expectRejected(api, name, input(), code, path, words)
  })

  it('leaves the marked excerpts as they were after the refusals', () => {
    expect(api.call('reportExcerpts.list', { cycleId }).map((e) => [e.id, e.text])).toEqual([
      [marked, 'It did.'],
      [other, 'The ward knew all along.']
    ])
  })
})

describe('the passage rule', () => {
  it('reads Markdown as the page shows it', () => {
    expect(plainWords('# Heading\n> - **Bold** item\n1. [a link](https://x.test) and `code`')).toBe(
      'Heading\nBold item\na link and code'
    )
  })

  it('compares with whitespace collapsed and markup set aside', () => {
    expect(excerptKey('  **three**\n\tassessments ')).toBe('three assessments')
    expect(isPassageOf('three  assessments in', OBSERVE)).toBe(true)
    expect(isPassageOf('**three assessments** in', OBSERVE)).toBe(true)
    expect(isPassageOf('three assessment in', OBSERVE)).toBe(false)
    expect(isPassageOf('**', OBSERVE)).toBe(false)
    expect(isPassageOf(' ', OBSERVE)).toBe(false)
  })
})
