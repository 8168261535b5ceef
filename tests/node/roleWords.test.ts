import { describe, expect, it } from 'vitest'
import { roleInBrackets } from '../../domain/roleWords'

describe('roleInBrackets', () => {
  it.each([
    ['GP', '(GP)'],
    ['Participant (voluntary sector)', '(Participant, voluntary sector)'],
    ['(Occupational therapist)', '(Occupational therapist)'],
    ['Carer (of a parent) at home', '(Carer, of a parent at home)'],
    ['  District nurse  ', '(District nurse)']
  ])('writes %s as %s', (role, words) => {
    expect(roleInBrackets(role)).toBe(words)
  })
})
