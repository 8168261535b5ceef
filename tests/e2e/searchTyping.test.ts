// Typing into search at 30 ms a key, with pauses near the debounce between words (as people type),
// on the sample programme: every letter stays in the box while the page writes the URL and shows
// results behind the typing.
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ARTIFACTS,
  expectAccessible,
  goTo,
  openSession,
  screenshot,
  seed,
  type Session
} from './support'

const NOW = new Date('2026-11-21T10:00:00Z')
const clock = () => NOW
let session: Session
let programmeId: string

beforeAll(async () => {
  session = await openSession(clock)
  programmeId = seed(session, 'sample.create', { sites: 20 }, clock).programmeId
})
afterAll(async () => {
  await session?.close()
})

const PHRASES = [
  'partnership meeting about hospital discharge',
  'the social worker and the district nurse',
  'care at home with the GP practice'
]

describe('search keeps every letter typed', () => {
  it('at 30 ms a key, pausing about as long as the debounce between words', async () => {
    const { page } = session
    await goTo(session, `/programmes/${programmeId}/search`)
    const box = page.getByLabel('Search this programme')
    await expect
      .poll(() => page.locator('input:focus').getAttribute('id'))
      .toBe('search-page-input')
    for (const [n, phrase] of PHRASES.entries()) {
      await box.fill('')
      const words = phrase.split(' ')
      for (const [i, word] of words.entries()) {
        await page.keyboard.type(i === 0 ? word : ` ${word}`, { delay: 30 })
        // Around the 200 ms debounce: the URL is written while the next word is being typed.
        await page.waitForTimeout(170 + ((i * 23 + n * 11) % 60))
        expect(await box.inputValue()).toBe(words.slice(0, i + 1).join(' '))
      }
      await expect.poll(() => decodeURIComponent(page.url().replace(/\+/g, ' '))).toContain(phrase)
      const status = page.getByRole('status').filter({ hasText: 'for “' })
      await expect.poll(() => status.innerText()).toContain(`for “${phrase}”`)
      expect(await box.inputValue()).toBe(phrase)
    }
    await screenshot(page, '98-search-typed')
  })

  it('says how short words and very common words are searched', async () => {
    const { page } = session
    await goTo(session, `/programmes/${programmeId}/search?q=the`)
    const status = page.getByRole('status').filter({ hasText: 'for “' })
    await expect
      .poll(() => status.innerText())
      .toMatch(/^The best 100 results (among the most recent matches )?for “the”: add a word/)
    expect(await page.locator('#search-hint').innerText()).toContain(
      'Words of one or two letters (GP, OT) match whole words'
    )
    const nodes = Number(await page.evaluate("document.querySelectorAll('*').length"))
    console.log(`DOM nodes at 20 sites, search results for “the”: ${nodes}`)
    expect(nodes).toBeLessThan(5000)
    // The window only: the whole page of a hundred results is too tall to look at.
    await page.screenshot({ path: path.join(ARTIFACTS, '99-search-common-word.png') })
    await expectAccessible(page, 'search results for a very common word')
  })
})
