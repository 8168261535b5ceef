// The programme dashboard on the sample programme, in real Chromium through the loopback harness:
// every site, a heatmap cell opening its outcome, the inactive site among the early warnings, the
// warning settings kept on the machine, a date range and two sites compared.
import { and, asc, eq, isNull } from 'drizzle-orm'
import { afterEach, describe, expect, it } from 'vitest'
import {
  agreedOutcomes,
  outcomeRatings,
  programmeOutcomes,
  sites as sitesTable
} from '../../db/schema'
import { expectAccessible, openSession, screenshot, type Session } from './support'

let session: Session | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

/** An agreed outcome of the first site mapped to the first programme outcome (made if missing). */
function mappedOutcome(s: Session, programmeId: string) {
  const db = s.harness.store.db
  const found = db
    .select({
      id: agreedOutcomes.id,
      title: agreedOutcomes.title,
      siteId: sitesTable.id,
      siteName: sitesTable.name
    })
    .from(agreedOutcomes)
    .innerJoin(sitesTable, eq(sitesTable.id, agreedOutcomes.siteId))
    .innerJoin(programmeOutcomes, eq(programmeOutcomes.id, agreedOutcomes.programmeOutcomeId))
    .where(
      and(
        eq(sitesTable.programmeId, programmeId),
        isNull(agreedOutcomes.archivedAt),
        isNull(programmeOutcomes.archivedAt)
      )
    )
    .orderBy(asc(sitesTable.name), asc(agreedOutcomes.position))
    .get()
  if (found) return found
  const site = db
    .select()
    .from(sitesTable)
    .where(eq(sitesTable.programmeId, programmeId))
    .orderBy(asc(sitesTable.name))
    .get()
  const column = db
    .select()
    .from(programmeOutcomes)
    .where(eq(programmeOutcomes.programmeId, programmeId))
    .orderBy(asc(programmeOutcomes.position))
    .get()
  if (!site || !column) throw new Error('The sample has no sites or no programme outcomes')
  const outcome = {
    id: 'e2e-outcome',
    siteId: site.id,
    title: 'More trust between the GP practice and social care',
    agreedOn: '2025-06-01',
    programmeOutcomeId: column.id,
    baselineRating: 3
  }
  db.insert(agreedOutcomes).values(outcome).run()
  db.insert(outcomeRatings)
    .values({
      id: 'e2e-rating',
      outcomeId: outcome.id,
      ratedOn: '2026-10-01',
      rating: 6,
      judgedBy: 'group'
    })
    .run()
  return { id: outcome.id, title: outcome.title, siteId: site.id, siteName: site.name }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

describe('programme dashboard, end to end', () => {
  it('shows the sample programme at a glance and leads to the records behind it', async () => {
    session = await openSession(() => new Date('2026-11-21T10:00:00Z'))
    const { page } = session
    await page.getByRole('button', { name: 'Explore the sample programme' }).click()
    const heatmapHeading = page.getByRole('heading', { name: 'Outcomes across sites' })
    await heatmapHeading.waitFor()
    const programmeId = /#\/programmes\/([^/?]+)/.exec(page.url())?.[1] ?? ''
    const db = session.harness.store.db
    const all = db.select().from(sitesTable).where(eq(sitesTable.programmeId, programmeId)).all()
    expect(all).toHaveLength(10)

    // Every site has a row in the heatmap and in the table of figures.
    const heatmap = page.getByRole('table', { name: /Latest rating of each site/ })
    const figures = page.getByRole('table', { name: /Figures for each site/ })
    await expect.poll(() => heatmap.locator('tbody tr').count()).toBe(10)
    expect(await figures.locator('tbody tr').count()).toBe(10)
    for (const s of all) {
      const name = new RegExp(`^${escape(s.name)}\\s*(Paused|Closed)?$`)
      await heatmap.getByRole('rowheader', { name }).waitFor()
      await figures.getByRole('rowheader', { name }).waitFor()
    }

    // The early-warning list names the inactive (paused) site and says it is paused.
    const paused = all.find((s) => s.status === 'paused')
    if (!paused) throw new Error('The sample has no paused site')
    const warnings = page.getByRole('list', { name: 'Sites with early warnings' })
    const pausedItem = warnings
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: new RegExp(escape(paused.name)) }) })
    await expect.poll(() => pausedItem.count()).toBe(1)
    const pausedText = await pausedItem.innerText()
    expect(pausedText).toContain('Paused')
    expect(pausedText).toMatch(/No partnership meeting for \d+ weeks/)
    await screenshot(page, 'dashboard-01-sample')
    await expectAccessible(page, 'programme dashboard')

    // Warning settings: a longer gap before "no meeting" warns, kept across a reload.
    await page.getByText('Warning settings').click()
    const weeks = page.getByLabel(/No meeting for/)
    await weeks.fill('20')
    await expect.poll(() => pausedItem.innerText()).not.toContain('No partnership meeting for')
    await page.reload()
    await heatmapHeading.waitFor()
    await page.getByText('Warning settings').click()
    expect(await page.getByLabel(/No meeting for/).inputValue()).toBe('20')
    await page.getByRole('button', { name: 'Restore the defaults' }).click()
    await expect.poll(() => pausedItem.innerText()).toMatch(/No partnership meeting for \d+ weeks/)

    // A date range: the figures say which days they count.
    await page.getByLabel('To', { exact: true }).fill('2026-06-30')
    await expect.poll(() => page.getByText(/Counting from .* to 30 Jun 2026/).count()).toBe(1)
    await page.getByRole('button', { name: 'Whole programme to today' }).click()
    await expect.poll(() => page.getByText(/to 21 Nov 2026\./).count()).toBe(1)

    // Two sites side by side.
    await page.getByLabel('Second site').selectOption({ label: paused.name })
    const compare = page.getByRole('table', { name: new RegExp(`and ${escape(paused.name)}`) })
    await expect
      .poll(() => compare.getByRole('row', { name: /Status/ }).innerText())
      .toContain('Paused')
    await screenshot(page, 'dashboard-02-settings-and-compare')
    await expectAccessible(page, 'programme dashboard with settings open')

    // A heatmap cell opens that site's outcome, from the keyboard.
    const target = mappedOutcome(session, programmeId)
    await page.reload()
    const cell = heatmap.getByRole('link', {
      name: new RegExp(`${escape(target.siteName)}, ${escape(target.title)}:`)
    })
    await cell.focus()
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.url())
      .toContain(`#/programmes/${programmeId}/sites/${target.siteId}/outcomes/${target.id}`)
    await expect.poll(() => page.locator('main').innerText()).toContain(target.title)
    await screenshot(page, 'dashboard-03-outcome-from-heatmap')
  })
})
