// A measure from nothing to a run chart: create it, paste two years of monthly values from a
// spreadsheet (first with a bad cell, which is shown and blocks saving), see the shift after the
// site's test of change explained in words with the test's markers, fix a value in the grid, and
// start a new baseline after the adopted change.
import { afterEach, describe, expect, it } from 'vitest'
import { expectAccessible, goTo, openSession, screenshot, seed, type Session } from './support'

const NOW = new Date('2027-01-20T10:00:00Z')
const clock = () => NOW
let session: Session | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

// Around a median of 10.25 in 2025; around 17 from January 2026, after the test began.
const BEFORE = [9, 11, 10, 12, 8, 10.5, 9.5, 11.5, 8.5, 12.5, 11, 9]
const AFTER = [16, 17, 15.5, 18, 16.5, 17.5, 15, 18.5, 16, 17, 19, 17.5]
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function spreadsheet(badRow?: number): string {
  const rows = [...BEFORE, ...AFTER].map((value, i) => {
    const period = `${MONTHS[i % 12] ?? ''} ${2025 + Math.floor(i / 12)}`
    const cell = i + 2 === badRow ? 'n/a' : String(value)
    return `${period}\t${cell}\t${i === 12 ? 'Shared form in use' : ''}`
  })
  return ['Month\tPeople reviewed\tNote', ...rows].join('\n')
}

function seedSite(s: Session) {
  const { id: programmeId } = seed(
    s,
    'programmes.create',
    { name: 'Ageing Well Together', startDate: '2025-01-06' },
    clock
  )
  const { id: siteId } = seed(
    s,
    'sites.create',
    { programmeId, name: 'Harrowdene', startDate: '2025-01-06' },
    clock
  )
  const { id: testId } = seed(
    s,
    'testsOfChange.create',
    { siteId, title: 'Shared referral form', kind: 'quick_win', createdOn: '2025-11-03' },
    clock
  )
  const move = (status: 'planned' | 'testing' | 'adopted', on: string, reason = '') =>
    seed(s, 'testsOfChange.move', { id: testId, status, on, reason }, clock)
  move('planned', '2025-11-10')
  move('testing', '2025-12-08')
  seed(
    s,
    'testsOfChange.addCycle',
    { testId, startedOn: '2025-12-08', plan: 'Two teams use one form for a month' },
    clock
  )
  move('adopted', '2026-04-20', 'Both teams kept using it; referrals no longer bounce')
  return { programmeId, siteId }
}

describe('measures and run charts, end to end', () => {
  it('pastes data, refuses a bad cell, and explains the shift on the run chart', async () => {
    session = await openSession(clock)
    const { page } = session
    const { programmeId, siteId } = seedSite(session)
    const base = `/programmes/${programmeId}/sites/${siteId}`

    await goTo(session, base)
    await page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name: 'Measures' })
      .click()
    await page.getByRole('heading', { name: 'Measures', level: 2 }).waitFor()
    await page.getByRole('button', { name: 'Add a measure' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add a measure' })
    await dialog.getByLabel('Name').fill('People reviewed jointly')
    await dialog.getByLabel('Unit').fill('people a month')
    await dialog.getByLabel('Target').fill('18')
    await dialog.getByLabel('Baseline points').fill('12')
    await dialog.getByRole('button', { name: 'Add measure' }).click()
    await page.getByRole('heading', { name: 'People reviewed jointly' }).waitFor()
    await page.getByText('No data points yet').waitFor()
    const measureId = page.url().split('/').at(-1) ?? ''

    // A bad cell is marked with its row and column, and nothing is saved.
    const paste = page.getByLabel('Rows to paste')
    await paste.fill(spreadsheet(6))
    await page.getByText('24 rows read (after a header row); 1 problem to fix.').waitFor()
    const problem = "Row 6, column 2: 'n/a' is not a number"
    await page.locator('.paste-errors li', { hasText: problem }).waitFor()
    await page.locator('td.cell-invalid', { hasText: problem }).waitFor()
    await page.getByRole('button', { name: 'Save these points' }).click()
    await page.getByRole('alert').filter({ hasText: 'Nothing saved: fix the problem' }).waitFor()
    expect(seed(session, 'measures.get', { id: measureId }).points).toEqual([])
    await screenshot(page, 'measures-paste-error')
    await expectAccessible(page, 'paste preview with a bad cell')

    await paste.fill(spreadsheet())
    await page.getByText('24 rows read (after a header row); no problems.').waitFor()
    await page.getByRole('button', { name: 'Save these points' }).click()
    await page.getByRole('status').filter({ hasText: 'Saved 24 pasted points.' }).waitFor()

    const chart = page.getByRole('img', { name: /^Run chart of People reviewed jointly/ })
    await expect
      .poll(() => chart.getAttribute('aria-label'))
      .toBe(
        'Run chart of People reviewed jointly: 24 points from Jan 2025 to Dec 2026; median 10.25. Shift above the median (better).'
      )
    await page
      .getByText(
        'Shift: 12 points in a row above the median since Jan 2026 — more than the 8 expected by chance (Anhøj rules, 24 useful points).',
        { exact: false }
      )
      .waitFor()
    await chart.locator('text', { hasText: 'T1 start' }).waitFor()
    await chart.locator('text', { hasText: 'T1 adopted' }).waitFor()
    await chart.locator('text', { hasText: 'Target 18' }).waitFor()
    await page.getByText('T1 start: Shared referral form started on 8 Dec 2025').waitFor()
    await page.getByText('T1 adopted: Shared referral form adopted on 20 Apr 2026').waitFor()
    await screenshot(page, 'measures-run-chart-shift')
    await expectAccessible(page, 'run chart with a shift')

    // The grid says its periods as the chart does.
    expect(await page.getByLabel('Period, row 24').inputValue()).toBe('Dec 2026')
    // The grid refuses a bad value too, then saves the fix.
    await page.getByLabel('Value, row 24').fill('lots')
    await page.getByRole('button', { name: 'Save the grid' }).click()
    await page.getByRole('alert').filter({ hasText: 'Nothing saved: fix the row marked' }).waitFor()
    await page.getByText("'lots' is not a number").waitFor()
    await page.getByLabel('Value, row 24').fill('18')
    await page.getByRole('button', { name: 'Save the grid' }).click()
    await page.getByText('Saved the grid: 0 added, 24 updated, 0 removed.').waitFor()
    const saved = seed(session, 'measures.get', { id: measureId }).points
    expect(saved.at(-1)).toMatchObject({ period: '2026-12-01', value: 18 })

    // Switch the rules, then start a new baseline after the adopted change.
    await page.getByLabel('IHI rules (shift of 6, trend of 5)').check()
    await page
      .getByText(/^Shift: 12 points in a row above the median since Jan 2026 — 6 or more/)
      .waitFor()
    await page.getByRole('button', { name: 'Start a new baseline from…' }).click()
    const baseline = page.getByRole('dialog', { name: 'Start a new baseline' })
    await baseline.getByRole('button', { name: /^Use 20 Apr 2026/ }).click()
    await baseline.getByRole('button', { name: 'Start the new baseline' }).click()
    await page.getByRole('heading', { name: 'New baseline from 20 Apr 2026' }).waitFor()
    await page
      .getByText(
        'Too little data: at least 10 points are needed before signals can be judged; 8 so far.'
      )
      .waitFor()
    await screenshot(page, 'measures-new-baseline')
    await expectAccessible(page, 'run chart after a new baseline')

    await page.getByRole('link', { name: 'All measures of Harrowdene' }).click()
    const row = page.getByRole('row', { name: /People reviewed jointly/ })
    await row.getByText('Too little data (8 of 10 points)').waitFor()
    await expect.poll(() => row.textContent()).toContain('18 people a month (Dec 2026)')
    await screenshot(page, 'measures-list')
    await expectAccessible(page, 'measures list')
  })
})
