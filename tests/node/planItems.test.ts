import { describe, expect, it } from 'vitest'
import { planItems } from '../../renderer/src/features/reflections/planItems'

describe('planItems', () => {
  it('takes each list item of a Plan, in order, as plain words', () => {
    const plan = [
      'We agreed to try two things:',
      '',
      '- Ask **housing** to the next meeting',
      '* Trial the [shared form](https://example.org) for a month',
      '1. Pair a social worker with the GP huddle',
      '2) Write to the sponsor',
      '- [ ] Check back in March',
      '',
      'Not an item.'
    ].join('\n')
    expect(planItems(plan)).toEqual([
      'Ask housing to the next meeting',
      'Trial the shared form for a month',
      'Pair a social worker with the GP huddle',
      'Write to the sponsor',
      'Check back in March'
    ])
  })

  it('ignores code blocks, Windows line endings and empty items', () => {
    expect(planItems('```\n- not this\n```\r\n- but this\r\n-   \r\n')).toEqual(['but this'])
    expect(planItems('')).toEqual([])
  })
})
