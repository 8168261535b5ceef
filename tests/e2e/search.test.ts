// Searching a programme from the top bar: results grouped by kind and site with the matched words
// marked, narrowing as the user types, and a hit opening its meeting.
import { afterEach, describe, expect, it } from 'vitest'
import { expectAccessible, goTo, openSession, screenshot, seed, type Session } from './support'

const NOW = new Date('2026-11-21T10:00:00Z')
const clock = () => NOW
let session: Session | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

function seedProgramme(s: Session) {
  const { id: programmeId } = seed(
    s,
    'programmes.create',
    { name: 'Ageing Well Together', startDate: '2026-01-05' },
    clock
  )
  const site = (name: string) =>
    seed(s, 'sites.create', { programmeId, name, startDate: '2026-01-05' }, clock).id
  const harrowdene = site('Harrowdene')
  const eastleigh = site('Eastleigh')
  const { id: meetingId } = seed(
    s,
    'meetings.create',
    {
      siteId: harrowdene,
      heldOn: '2026-10-14',
      durationMinutes: 180,
      kind: 'partnership',
      purpose: 'Agree what to try first for people leaving hospital',
      notes: 'Mrs B waited nine days after hospital discharge for a care package.',
      focusAreas: [{ title: 'Hospital discharge on Fridays', notes: 'Who holds the risk?' }],
      decisions: ['Trial one referral form for three months'],
      actions: [{ description: 'Draft the shared referral form', dueOn: '2026-10-28' }],
      quotes: [
        {
          text: 'We keep assessing the same people three times after hospital.',
          speakerRole: 'Social worker',
          consent: 'yes'
        }
      ]
    },
    clock
  )
  seed(
    s,
    'meetings.create',
    {
      siteId: eastleigh,
      heldOn: '2026-10-20',
      durationMinutes: 120,
      kind: 'workshop',
      purpose: 'Map the hospital pathway with the ward team'
    },
    clock
  )
  seed(
    s,
    'reflections.create',
    {
      programmeId,
      heldOn: '2026-10-30',
      title: 'Team reflection on discharge',
      observe: 'Both sites keep coming back to **hospital** _discharge_.'
    },
    clock
  )
  return { programmeId, harrowdene, meetingId }
}

describe('search, end to end', () => {
  it('finds records from the top bar, narrows as you type, and opens a meeting', async () => {
    session = await openSession(clock)
    const { page } = session
    const { programmeId } = seedProgramme(session)

    await goTo(session, `/programmes/${programmeId}`)
    const topBox = page.getByRole('search').getByLabel('Search this programme')
    await topBox.fill('hospital')
    await screenshot(page, '29-search-top-bar')
    await expectAccessible(page, 'top bar with the search box')
    await topBox.press('Enter')

    await page.getByRole('heading', { name: 'Search', level: 1, exact: true }).waitFor()
    expect(page.url()).toContain(`#/programmes/${programmeId}/search?q=hospital`)
    const status = page.getByRole('status').filter({ hasText: 'for “' })
    await expect.poll(() => status.innerText()).toBe('5 results for “hospital”.')
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts()
    expect(headings).toEqual(['Meetings (2)', 'Focus areas (1)', 'Quotes (1)', 'Reflections (1)'])
    const meetings = page.getByRole('region', { name: 'Meetings (2)' })
    expect((await meetings.getByRole('heading', { level: 3 }).allInnerTexts()).sort()).toEqual([
      'Eastleigh',
      'Harrowdene'
    ])
    await page
      .getByRole('region', { name: 'Reflections (1)' })
      .getByRole('heading', { name: 'Team (across sites)' })
      .waitFor()
    const marks = await page.locator('mark').allInnerTexts()
    expect(marks.length).toBeGreaterThan(5)
    expect(new Set(marks.map((m) => m.toLowerCase()))).toEqual(new Set(['hospital']))
    // A snippet of Markdown reads as its words, the match still marked.
    const reflections = page.getByRole('region', { name: 'Reflections (1)' })
    await reflections.getByText('Both sites keep coming back to hospital discharge.').waitFor()
    expect(await reflections.innerText()).not.toMatch(/\*\*|_discharge_/)
    expect(await reflections.locator('mark').allInnerTexts()).toEqual(['hospital'])
    // The top-bar box gives way to the page's own while on the search page.
    expect(await page.getByRole('search').count()).toBe(1)
    await screenshot(page, '30-search-results')
    await expectAccessible(page, 'search results')

    // Typing on: results narrow as you type, without pressing Enter, and the earlier ones stay
    // on screen until the new ones arrive.
    const box = page.getByLabel('Search this programme')
    await expect
      .poll(() => page.locator('input:focus').getAttribute('id'))
      .toBe('search-page-input')
    await box.pressSequentially(' disch', { delay: 40 })
    await expect.poll(() => status.innerText()).toBe('3 results for “hospital disch”.')
    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual([
      'Meetings (1)',
      'Focus areas (1)',
      'Reflections (1)'
    ])
    expect(page.url()).toContain('q=hospital+disch')
    await screenshot(page, '31-search-narrowed')

    await box.fill('zebra crossing')
    await expect.poll(() => status.innerText()).toBe('Nothing found for “zebra crossing”.')
    await expectAccessible(page, 'search with nothing found')

    await box.fill('referral')
    await expect.poll(() => status.innerText()).toBe('2 results for “referral”.')
    await page.getByRole('link', { name: 'Trial one referral form for three months' }).click()
    await page.getByRole('heading', { name: 'Partnership meeting, 14 Oct 2026' }).waitFor()
    expect(await page.locator('main').innerText()).toContain('Hospital discharge on Fridays')

    // Back returns to the search with its words.
    await page.goBack()
    await expect.poll(() => status.innerText()).toBe('2 results for “referral”.')
    expect(await page.getByLabel('Search this programme').inputValue()).toBe('referral')

    await page.getByLabel('Search this programme').fill('purpose leaving')
    await expect.poll(() => status.innerText()).toBe('Nothing found for “purpose leaving”.')
    await page.getByLabel('Search this programme').fill('leaving hosp')
    await expect.poll(() => status.innerText()).toBe('1 result for “leaving hosp”.')
    await page.getByRole('link', { name: 'Partnership meeting, 14 Oct 2026' }).click()
    await page.getByRole('heading', { name: 'Partnership meeting, 14 Oct 2026' }).waitFor()

    // People and organisations are found by name, and open the directory filtered to them.
    const { id: council } = seed(
      session,
      'organisations.create',
      { programmeId, name: 'Eastshire Council', sector: 'local_authority' },
      clock
    )
    seed(
      session,
      'people.create',
      {
        programmeId,
        name: 'Tom Whitaker',
        role: 'Director of adult care',
        organisationId: council
      },
      clock
    )
    await goTo(session, `/programmes/${programmeId}/search?q=whit`)
    const directory = page.getByRole('region', { name: 'People and organisations (1)' })
    await directory.getByText('Director of adult care, Eastshire Council').waitFor()
    await expect
      .poll(() => status.innerText())
      .toBe('Nothing in the records for “whit”; people and organisations below.')
    await screenshot(page, '32-search-people')
    await expectAccessible(page, 'search finding a person')
    await directory.getByRole('link', { name: 'Tom Whitaker' }).click()
    await page.getByRole('heading', { name: 'People and organisations', level: 1 }).waitFor()
    expect(await page.getByLabel(/Filter/).inputValue()).toBe('Tom Whitaker')
    await page.getByRole('cell', { name: 'Tom Whitaker' }).first().waitFor()
    expect(await page.getByRole('row').count()).toBe(2) // the header and Tom's row
  })
  it('finds a meeting by its venue, shown as the meeting, and opens it', async () => {
    session = await openSession(clock)
    const { page } = session
    const { programmeId, harrowdene } = seedProgramme(session)
    const { id: meetingId } = seed(
      session,
      'meetings.create',
      {
        siteId: harrowdene,
        heldOn: '2026-11-03',
        durationMinutes: 90,
        kind: 'sponsors',
        purpose: 'Review the first month',
        venue: 'Town Hall, Committee Room 2'
      },
      clock
    )
    await goTo(session, `/programmes/${programmeId}/search?q=${encodeURIComponent('town hall')}`)
    const status = page.getByRole('status').filter({ hasText: 'for “' })
    await expect.poll(() => status.innerText()).toBe('1 result for “town hall”.')
    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(['Meetings (1)'])
    const meetings = page.getByRole('region', { name: 'Meetings (1)' })
    expect(await meetings.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
      'Harrowdene'
    ])
    await meetings.getByText('Venue: Town Hall, Committee Room 2').waitFor()
    expect(await meetings.locator('mark').allInnerTexts()).toEqual(['Town', 'Hall'])
    await screenshot(page, '31b-search-venue')
    await expectAccessible(page, 'a meeting found by its venue')

    // Venue and purpose words together find the one meeting; it opens the meeting.
    await page.getByLabel('Search this programme').fill('committee review')
    await expect.poll(() => status.innerText()).toBe('1 result for “committee review”.')
    await page.getByRole('link', { name: 'Sponsor or senior managers meeting, 3 Nov 2026' }).click()
    await page
      .getByRole('heading', { name: 'Sponsor or senior managers meeting, 3 Nov 2026' })
      .waitFor()
    expect(page.url()).toContain(`/meetings/${meetingId}`)
  })
})
