// The themes view: a heatmap of themes x sites whose counts open the cycles behind them, themes
// over time, and managing the programme's own codes (add, then merge one into another).
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiInput } from '../../api/contract'
import { expectAccessible, goTo, openSession, screenshot, seed, type Session } from './support'

const NOW = new Date('2026-11-21T10:00:00Z')
const clock = () => NOW
/** Counts change after a refetch; give a busy machine time. */
const WAIT = { timeout: 10_000 }
let session: Session | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

type Place = NonNullable<ApiInput<'reflections.tag'>['phase']>

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
  const millbrook = site('Millbrook')
  const { id: discharge } = seed(
    s,
    'themes.create',
    { programmeId, name: 'Hospital discharge', description: 'Leaving hospital safely' },
    clock
  )
  const cycle = (siteId: string | null, heldOn: string, title: string, tags: [string, Place][]) => {
    const { id } = seed(
      s,
      'reflections.create',
      { programmeId, siteId, heldOn, title, observe: 'What happened', status: 'shared' },
      clock
    )
    for (const [themeId, phase] of tags)
      seed(s, 'reflections.tag', { cycleId: id, themeId, phase }, clock)
    return id
  }
  cycle(harrowdene, '2026-09-08', 'September debrief', [
    ['element-curious', 'cycle'],
    ['element-curious', 'reflect'], // the same theme twice on one cycle counts once
    ['practice-diversity-trust', 'observe']
  ])
  cycle(harrowdene, '2026-10-13', 'October debrief', [
    ['element-curious', 'plan'],
    [discharge, 'cycle']
  ])
  cycle(harrowdene, '2026-11-10', 'November debrief', [['practice-diversity-trust', 'cycle']])
  cycle(millbrook, '2026-10-20', 'Millbrook first meeting', [['element-curious', 'observe']])
  cycle(millbrook, '2026-11-03', 'Millbrook GP huddle', [[discharge, 'plan']])
  cycle(null, '2026-11-14', 'Team learning day', [
    ['element-curious', 'cycle'],
    ['practice-systemic-leadership', 'reflect']
  ])
  return { programmeId, discharge }
}

/** The numbers written in one heatmap row, by column. */
async function heatmapRow(page: Page, theme: string): Promise<string[]> {
  const row = page.locator('table.heatmap tbody tr').filter({
    has: page.getByRole('rowheader', { name: theme, exact: true })
  })
  return (await row.locator('td').allInnerTexts()).map((t) => t.trim())
}

describe('themes view, end to end', () => {
  it('shows themes by site, opens the cycles behind a count, and merges an own code', async () => {
    session = await openSession(clock)
    const { page } = session
    const { programmeId } = seedProgramme(session)

    await goTo(session, `/programmes/${programmeId}`)
    await page
      .getByRole('navigation', { name: 'Programme' })
      .getByRole('link', { name: 'Themes', exact: true })
      .click()
    await page.getByRole('heading', { name: 'Themes', level: 1 }).waitFor()
    await page.getByRole('table', { name: /Cycles per theme and site/ }).waitFor()

    const headers = await page.locator('table.heatmap thead th').allInnerTexts()
    expect(headers.map((h) => h.replace(/\s+/g, ' ').trim())).toEqual([
      'Theme',
      'Harrowdene 3 cycles',
      'Millbrook 2 cycles',
      'Team (across sites) 1 cycle',
      'All'
    ])
    // Columns: Harrowdene, Millbrook, Team, All.
    expect(await heatmapRow(page, 'Be curious')).toEqual(['2', '1', '1', '4'])
    expect(await heatmapRow(page, 'Exploring diversity and building trust')).toEqual([
      '2',
      '0',
      '0',
      '2'
    ])
    expect(await heatmapRow(page, 'Hospital discharge')).toEqual(['1', '1', '0', '2'])
    expect(await heatmapRow(page, 'Courageous and systemic leadership')).toEqual([
      '0',
      '0',
      '1',
      '1'
    ])
    expect(await heatmapRow(page, 'Be proactive')).toEqual(['0', '0', '0', '0'])
    const caption = await page.locator('table.heatmap caption').innerText()
    expect(caption).toContain(
      'The most: "Exploring diversity and building trust" at Harrowdene, in 2 cycles (and 1 other cell as high).'
    )

    // A count opens the cycles behind it, below the heatmap.
    await page.getByRole('link', { name: '2 cycles: Be curious at Harrowdene' }).click()
    const panel = page.getByRole('region', { name: 'Cycles tagged “Be curious” at Harrowdene' })
    await panel.waitFor()
    await expect
      .poll(() => panel.getByRole('row').allInnerTexts(), WAIT)
      .toEqual([
        expect.stringContaining('Date'),
        expect.stringMatching(/^13 Oct 2026\tHarrowdene\tOctober debrief\tShared for review/),
        expect.stringMatching(/^8 Sept? 2026\tHarrowdene\tSeptember debrief\tShared for review/)
      ])
    // Focus moves to the list, so a keyboard user lands on what they opened.
    await expect.poll(() => panel.locator('h2:focus').count(), WAIT).toBe(1)
    expect(page.url()).toContain('theme=element-curious')
    const logLink = panel.getByRole('link', { name: 'Open these in the reflection log' })
    expect(await logLink.getAttribute('href')).toMatch(/\/reflections\?theme=element-curious&site=/)

    // The team column opens team-level cycles, from the keyboard too.
    await page.getByRole('link', { name: '1 cycle: Be curious in team-level cycles' }).focus()
    await page.keyboard.press('Enter')
    const team = page.getByRole('region', {
      name: 'Cycles tagged “Be curious” in team-level cycles'
    })
    await expect.poll(() => team.getByRole('row').count(), WAIT).toBe(2)
    expect(await team.innerText()).toContain('Team learning day')

    // Themes over time: the top themes are drawn, with the figures as a table.
    const chart = page.getByRole('img', { name: /^Cycles per month, Sept? 2026 to Nov 2026/ })
    await chart.waitFor()
    expect(await page.getByRole('checkbox', { name: 'Be curious' }).isChecked()).toBe(true)
    await page.getByText('Show themes over time as a table').click()
    const overTime = page.getByRole('table', { name: 'Cycles per month for each theme shown' })
    expect(await overTime.getByRole('row', { name: /^Oct 2026/ }).innerText()).toMatch(
      /^Oct 2026\t2\t/
    )
    await screenshot(page, '30-themes-heatmap')
    await expectAccessible(page, 'themes view')

    // A date range narrows every count.
    await page.getByLabel('From', { exact: true }).fill('2026-11-01')
    await expect.poll(() => heatmapRow(page, 'Be curious'), WAIT).toEqual(['0', '0', '1', '1'])
    expect(await heatmapRow(page, 'Hospital discharge')).toEqual(['0', '1', '0', '1'])
    await page.getByRole('button', { name: 'Show every date' }).click()
    await expect.poll(() => heatmapRow(page, 'Be curious'), WAIT).toEqual(['2', '1', '1', '4'])

    // Own codes: add one, tag nothing with it, then merge the older code into it.
    const codes = page.getByRole('region', { name: 'Themes and own codes' })
    await codes.getByLabel(/^New code/).fill('Leaving hospital')
    await codes.getByLabel('What it means (optional)').fill('Discharge and the days after')
    await codes.getByRole('button', { name: 'Add code' }).click()
    await codes.getByRole('status').filter({ hasText: 'Added “Leaving hospital”.' }).waitFor()
    const codeTable = codes.getByRole('table', { name: /Themes and how many cycles/ })
    await expect
      .poll(() => codeTable.getByRole('row', { name: /^Leaving hospital/ }).innerText(), WAIT)
      .toContain('0 cycles')
    expect(await codeTable.getByRole('row', { name: /^Hospital discharge/ }).innerText()).toContain(
      '2 cycles'
    )
    expect(await codeTable.getByRole('row', { name: /^Be curious/ }).innerText()).toContain(
      'Built in'
    )
    expect(await codeTable.getByRole('button', { name: /Be curious/ }).count()).toBe(0)

    // Adding the same name again is refused beside the field.
    await codes.getByLabel(/^New code/).fill('leaving HOSPITAL')
    await codes.getByRole('button', { name: 'Add code' }).click()
    await expect
      .poll(() => codes.getByRole('alert').first().innerText(), WAIT)
      .toContain('There is already a theme called "Leaving hospital"')

    await codeTable
      .getByRole('button', { name: 'Merge “Hospital discharge” into another theme' })
      .click()
    const dialog = page.getByRole('dialog', { name: 'Merge “Hospital discharge”' })
    expect(await dialog.innerText()).toContain('Its tags on 2 cycles move to the theme you choose')
    await dialog.getByLabel('Merge into').selectOption({ label: 'Leaving hospital' })
    await screenshot(page, '31-themes-merge')
    await expectAccessible(page, 'merging an own code')
    await dialog.getByRole('button', { name: 'Merge into “Leaving hospital”' }).click()
    await dialog.waitFor({ state: 'detached' })
    await expect
      .poll(() => codeTable.getByRole('row', { name: /^Leaving hospital/ }).innerText(), WAIT)
      .toContain('2 cycles')
    expect(await codeTable.getByRole('row', { name: /^Hospital discharge/ }).count()).toBe(0)
    await expect
      .poll(() => heatmapRow(page, 'Leaving hospital'), WAIT)
      .toEqual(['1', '1', '0', '2'])

    await screenshot(page, '32-themes-after-merge')
    await expectAccessible(page, 'themes view after a merge')
  })
})
