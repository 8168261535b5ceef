// Markdown read as plain words for excerpts (search snippets): emphasis, links, code, headings,
// lists and quotes lose their syntax; marker characters around words stay where they were.
import { describe, expect, it } from 'vitest'
import { markdownToPlain } from '../../domain/markdownText'

const S = '\u0002'
const E = '\u0003'

describe('markdownToPlain', () => {
  it('takes away inline syntax and keeps the words', () => {
    expect(markdownToPlain('We agreed **two** things, *not* ~~three~~.')).toBe(
      'We agreed two things, not three.'
    )
    expect(markdownToPlain('___Both___ and __strong__ and _em_')).toBe('Both and strong and em')
    expect(markdownToPlain('See [the notes](https://example.org/a_b) and ![chart](c.png)')).toBe(
      'See the notes and chart'
    )
    expect(markdownToPlain('Use `the form` today')).toBe('Use the form today')
  })

  it('takes away block syntax at the start of lines', () => {
    expect(
      markdownToPlain(
        '## Plan\n- ring the GP\n* invite housing\n1. book a room\n> she said so\n---\n- [x] done'
      )
    ).toBe('Plan\nring the GP\ninvite housing\nbook a room\nshe said so\n\ndone')
  })

  it('leaves ordinary punctuation, words with underscores and escaped characters alone', () => {
    expect(markdownToPlain('5 * 3 = 15 - not 20; see file_name_here')).toBe(
      '5 * 3 = 15 - not 20; see file_name_here'
    )
    expect(markdownToPlain('A \\*literal\\* star and \\_under\\_ and \\# hash')).toBe(
      'A *literal* star and _under_ and # hash'
    )
  })

  it('keeps highlight marks in place around the words they marked', () => {
    expect(markdownToPlain(`the **${S}two${E}** of us`)).toBe(`the ${S}two${E} of us`)
    expect(markdownToPlain(`${S}- ${E}`)).toBe(`${S}${E}`)
    expect(markdownToPlain(`- _${S}busy${E}_ GPs`)).toBe(`${S}busy${E} GPs`)
    expect(markdownToPlain(`…said **${S}two`)).toBe(`…said ${S}two`)
  })
})
