// Agreeing an outcome at a site's first meeting, rating progress on it twice, linking a quote as
// evidence, and reading the chart, its table and the evidence trail.
import { afterEach, describe, expect, it } from 'vitest'
import {
  expectAccessible,
  expectText,
  goTo,
  openSession,
  screenshot,
  seed,
  type Session
} from './support'

const NOW = new Date('2026-11-21T10:00:00Z')
const clock = () => NOW
let session: Session | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

function seedSite(s: Session) {
  const { id: programmeId } = seed(
    s,
    'programmes.create',
    { name: 'Ageing Well Together', startDate: '2026-01-05' },
    clock
  )
  for (const [title, level] of [
    ['Trust between agencies', 'relationships'],
    ['Joint practice spreads through teams', 'team_practice']
  ] as const) {
    seed(s, 'programmeOutcomes.create', { programmeId, title, level }, clock)
  }
  const { id: siteId } = seed(
    s,
    'sites.create',
    { programmeId, name: 'Harrowdene', startDate: '2026-01-05' },
    clock
  )
  const meeting = (heldOn: string, quotes: { text: string; speakerRole: string }[] = []) =>
    seed(
      s,
      'meetings.create',
      {
        siteId,
        heldOn,
        durationMinutes: 180,
        kind: 'partnership',
        quotes: quotes.map((q) => ({ ...q, consent: 'yes' as const }))
      },
      clock
    ).id
  meeting('2026-02-03')
  meeting('2026-03-10', [
    { text: 'I rang the district nurses before the visit, not after.', speakerRole: 'GP' }
  ])
  meeting('2026-04-14')
  meeting('2026-05-12')
  // A test of change is another feature's record: stored here as that feature stores it.
  const sql = s.harness.store.sqlite
  sql
    .prepare(
      "INSERT INTO tests_of_change (id, site_id, title, kind, status, created_on) VALUES ('toc-1', ?, 'Social worker joins the GP huddle', 'adaptive', 'adopted', '2026-03-10')"
    )
    .run(siteId)
  sql
    .prepare(
      "INSERT INTO test_status_changes (id, test_id, status, changed_on) VALUES ('tsc-1', 'toc-1', 'testing', '2026-03-17'), ('tsc-2', 'toc-1', 'adopted', '2026-04-28')"
    )
    .run()
  return { programmeId, siteId }
}

describe('agreed outcomes, end to end', () => {
  it('agrees an outcome, rates it twice, links a quote and charts progress', async () => {
    session = await openSession(clock)
    const { page } = session
    const { programmeId, siteId } = seedSite(session)

    await goTo(session, `/programmes/${programmeId}/sites/${siteId}`)
    await page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name: 'Outcomes' })
      .click()
    await page.getByRole('heading', { name: 'Agreed outcomes' }).waitFor()
    await expectText(page.locator('main'), 'No outcomes agreed yet')

    await page.getByRole('button', { name: 'Add an outcome' }).click()
    const add = page.getByRole('dialog', { name: 'Add an outcome' })
    await add.getByLabel(/^Title/).fill('More trust between GPs and district nurses')
    await add.getByLabel('Description').fill('People ring each other before a visit, not after.')
    await add.getByLabel('Meeting where it was agreed').selectOption({ label: '3 Feb 2026' })
    expect(await add.getByLabel(/^Date agreed/).inputValue()).toBe('03/02/2026') // shown the UK way; the form keeps 2026-02-03
    await add
      .getByLabel('Programme outcome')
      .selectOption({ label: 'Trust between agencies (Relationships with other agencies)' })
    await add.getByLabel('Baseline rating').fill('3')
    await add.getByLabel('Baseline note').fill('Most had never met.')
    await screenshot(page, '40-outcome-form')
    await expectAccessible(page, 'add outcome form')
    await add.getByRole('button', { name: 'Add outcome' }).click()

    await page
      .getByRole('heading', { name: 'More trust between GPs and district nurses' })
      .waitFor()
    const facts = await page.locator('.outcome-facts').innerText()
    expect(facts).toContain('Trust between agencies')
    expect(facts).toContain('3 out of 10')
    expect(facts).toContain('meeting of 3 Feb 2026')

    // A rating of 11 is refused beside the field; so is a date before the outcome was agreed.
    await page.getByRole('button', { name: 'Rate progress' }).click()
    const rate = page.getByRole('dialog', { name: /^Rate progress/ })
    await rate.getByLabel(/^Date rated/).fill('2026-02-01')
    await rate.getByLabel(/^Rating/).fill('11')
    await rate.getByRole('button', { name: 'Add rating' }).click()
    const ratingField = rate.locator('.field').filter({ has: page.getByLabel(/^Rating/) })
    await expect
      .poll(() => ratingField.innerText())
      .toContain('Rating must be a whole number from 0 to 10')
    expect(await rate.getByLabel(/^Rating/).getAttribute('aria-invalid')).toBe('true')
    await screenshot(page, '41-rating-error')
    await expectAccessible(page, 'rating form with an error')
    await rate.getByLabel(/^Rating/).fill('5')
    await rate.getByRole('button', { name: 'Add rating' }).click()
    const dateField = rate.locator('.field').filter({ has: page.getByLabel(/^Date rated/) })
    await expect
      .poll(() => dateField.innerText())
      .toContain('Date rated must be on or after 2026-02-03 (when the outcome was agreed)')
    await rate.getByLabel(/^Date rated/).fill('2026-03-10')
    await rate.getByLabel('Meeting where it was rated').selectOption({ label: '10 Mar 2026' })
    await rate.getByLabel('Evidence').fill('Two joint visits arranged by phone.')
    await rate.getByRole('button', { name: 'Add rating' }).click()
    await rate.waitFor({ state: 'detached' })

    await page.getByRole('button', { name: 'Rate progress' }).click()
    await rate.getByLabel(/^Date rated/).fill('2026-05-12')
    await rate.getByLabel(/^Rating/).fill('7')
    await rate.getByLabel('Judged by').selectOption({ label: 'The coordinator' })
    await rate.getByLabel('Evidence').fill('Weekly huddle now includes social care.')
    await rate.getByRole('button', { name: 'Add rating' }).click()
    await rate.waitFor({ state: 'detached' })

    // Link the quote from the quote bank as evidence.
    await page.getByRole('button', { name: 'Link evidence' }).click()
    const link = page.getByRole('dialog', { name: 'Link evidence' })
    await link.getByLabel(/^Quote to link/).selectOption({
      label: '“I rang the district nurses before the visit, not after.” (GP), 10 Mar 2026'
    })
    await link.getByLabel('Note').fill('Said in the March check-in.')
    await link.getByRole('button', { name: 'Link evidence' }).click()
    await link.waitFor({ state: 'detached' })

    // The chart, its key, its table and the evidence trail.
    const chart = page.getByRole('img', { name: /^More trust between GPs and district nurses:/ })
    expect(await chart.getAttribute('aria-label')).toBe(
      'More trust between GPs and district nurses: baseline 3 out of 10 when agreed on 3 Feb 2026; 2 ratings, latest 7 out of 10 on 12 May 2026 (up 4 on the baseline).'
    )
    await expect.poll(() => chart.locator('.recharts-line-dot').count()).toBe(2)
    const key = await page.getByRole('list', { name: 'Key to the chart' }).innerText()
    expect(key).toContain('Baseline (3)')
    expect(key).toContain('T1 Social worker joins the GP huddle: started 17 Mar 2026')
    expect(key).toContain('T1 Social worker joins the GP huddle: adopted 28 Apr 2026')
    await page.getByText('Show the ratings and markers as a table').click()
    const ratings = page.getByRole('table', { name: 'Ratings, oldest first' })
    expect(await ratings.getByRole('row').allInnerTexts()).toEqual([
      expect.stringMatching(/^Date\tRating\tChange on baseline\tJudged by\tEvidence$/),
      '10 Mar 2026\t5\tUp 2\tThe group\tTwo joint visits arranged by phone.',
      '12 May 2026\t7\tUp 4\tThe coordinator\tWeekly huddle now includes social care.'
    ])
    const markers = page.getByRole('table', { name: /Meetings and tests of change/ })
    expect(await markers.innerText()).toContain('T1 Social worker joins the GP huddle: started')

    const trail = page.getByRole('list', { name: 'Evidence trail, oldest first' })
    const items = await trail.getByRole('listitem').allInnerTexts()
    expect(items).toHaveLength(3)
    expect(items[0]).toMatch(/^10 Mar 2026\nquote/i)
    expect(items[0]).toContain('“I rang the district nurses before the visit, not after.”')
    expect(items[0]).toContain('Said in the March check-in.')
    expect(items[1]).toContain('Rated 5 out of 10 by the group at the meeting of 10 Mar 2026')
    expect(items[2]).toContain('Rated 7 out of 10 by the coordinator')
    await screenshot(page, '42-outcome-detail')
    await expectAccessible(page, 'outcome detail')

    // The list shows baseline against latest.
    await page.getByRole('link', { name: 'All outcomes' }).click()
    const row = page.getByRole('row').filter({ hasText: 'More trust between GPs' })
    await expect.poll(() => row.innerText()).toContain('Up 4')
    const cells = await row.getByRole('cell').allInnerTexts()
    expect(cells).toEqual([
      'Trust between agencies',
      '3 Feb 2026',
      '3',
      '7 on 12 May 2026',
      'Up 4',
      '2'
    ])
    await screenshot(page, '43-outcomes-list')
    await expectAccessible(page, 'outcomes list')
  })
})
