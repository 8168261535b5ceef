// File names from programme and site names: unchanged for names that fit, never cut mid-word.
import { describe, expect, it } from 'vitest'
import { slug } from '../../domain/slug'

describe('slug', () => {
  it('keeps names that fit as they were', () => {
    expect(slug('Ageing Well Together')).toBe('ageing-well-together')
    expect(slug('Café Société: 2026!')).toBe('cafe-societe-2026')
    expect(slug('   ')).toBe('programme')
  })

  it('cuts a long name between words, not inside one', () => {
    const name = 'Integrated care for housebound older people clip'
    expect(slug(name)).toBe('integrated-care-for-housebound-older')
    expect(slug(name).length).toBeLessThanOrEqual(40)
    expect(slug('a'.repeat(50))).toBe('a'.repeat(40))
  })
})
