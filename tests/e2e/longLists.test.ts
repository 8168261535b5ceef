// Long lists on a generated programme of 40 sites: each draws far fewer rows than it holds (rows
// are virtualised; cards, charts and the themes heatmap's columns are paged) while its last row can still be reached, and each screen's
// element count is logged for the record (the figures in issue 10 are at 500 sites).
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { ARTIFACTS, expectAccessible, goTo, openSession, seed, type Session } from './support'

const SITES = 40
const NOW = new Date('2026-11-21T10:00:00Z')
const clock = () => NOW
let session: Session
let programmeId: string

beforeAll(async () => {
  session = await openSession(clock)
  programmeId = seed(session, 'sample.create', { sites: SITES }, clock).programmeId
})
afterAll(async () => {
  await session?.close()
})

/** What the window shows (a whole page of these lists would be tens of thousands of pixels). */
async function viewShot(name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  await session.page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) })
}

/** Every element in the page, as document.querySelectorAll('*') counts them. */
async function domNodes(page: Page, screen: string): Promise<number> {
  // A string, evaluated in the page: the e2e project's types have no DOM.
  const count = Number(await page.evaluate("document.querySelectorAll('*').length"))
  console.log(`DOM nodes at ${SITES} sites, ${screen}: ${count}`)
  return count
}

/**
 * A virtualised table holding `total` rows: it says so (aria-rowcount), draws far fewer (under
 * `most`), and scrolling to the bottom of the page draws the last one, which reads `lastText`.
 */
async function expectVirtualTable(
  table: Locator,
  total: number,
  lastText: string,
  most = total / 2
) {
  const { page } = session
  expect(await table.getAttribute('aria-rowcount')).toBe(String(total + 1))
  expect(await table.locator('thead tr').getAttribute('aria-rowindex')).toBe('1')
  const drawn = await table.locator('tbody tr[aria-rowindex]').count()
  expect(drawn).toBeGreaterThan(5)
  expect(drawn).toBeLessThan(most)
  const lastRow = table.locator(`tbody tr[aria-rowindex="${total + 1}"]`)
  // Rows are measured as they are drawn, so the page's height settles while scrolling down.
  await expect
    .poll(async () => {
      await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)')
      return lastRow.count()
    })
    .toBe(1)
  expect(await lastRow.innerText()).toContain(lastText)
  await lastRow.scrollIntoViewIfNeeded()
  expect(await table.locator('tbody tr[aria-rowindex="2"]').count()).toBe(0)
  expect(await table.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(most)
}

function overview() {
  return seed(session, 'programmes.overview', { id: programmeId }, clock)
}

describe(`long lists on a programme of ${SITES} sites`, () => {
  it('the action tracker loads its actions a page at a time and reaches the last', async () => {
    const all = seed(session, 'actions.list', { programmeId }, clock)
    expect(all.length).toBeGreaterThan(1000)
    const count = (n: number) => n.toLocaleString('en-GB')
    await goTo(session, `/programmes/${programmeId}/actions`)
    await session.page.getByLabel('Status').selectOption('')
    const status = session.page.getByRole('status').filter({ hasText: /^[\d,]+ actions?\b/ })
    await expect.poll(() => status.innerText()).toMatch(new RegExp(`^${count(all.length)} actions`))
    // The store sends the first 200; the rest come as the reader scrolls.
    const loaded = session.page.getByText(/^Showing 1–/)
    expect(await loaded.innerText()).toBe(
      `Showing 1–200 of ${count(all.length)} actions; more load as you scroll. Load more`
    )
    const table = session.page.getByRole('table', { name: 'Actions across sites' })
    await viewShot('90-long-actions-top')
    expect(await domNodes(session.page, 'action tracker')).toBeLessThan(5000)
    await expectVirtualTable(table, all.length, all.at(-1)?.description ?? '')
    expect(await loaded.innerText()).toBe(
      `Showing 1–${count(all.length)} of ${count(all.length)} actions.`
    )
    await viewShot('91-long-actions-bottom')
    await expectAccessible(session.page, 'the action tracker scrolled to its end')

    // The last open action, on a later page, marked done with the keyboard: it leaves the list,
    // the count follows, and Undo brings it back.
    const { page } = session
    const open = all.filter((a) => a.status === 'open')
    await page.evaluate('window.scrollTo(0, 0)')
    await page.getByLabel('Status').selectOption('open')
    await expect
      .poll(() => status.innerText())
      .toMatch(new RegExp(`^${count(open.length)} actions`))
    expect(open.length).toBeGreaterThan(200)
    const lastOpen = table.locator(`tbody tr[aria-rowindex="${open.length + 1}"]`)
    await expect
      .poll(async () => {
        await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)')
        return lastOpen.count()
      })
      .toBe(1)
    expect(await lastOpen.innerText()).toContain(open.at(-1)?.description)
    await lastOpen.getByRole('button', { name: /^Mark done/ }).press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Mark the action done' })
    await dialog.waitFor()
    await dialog.getByRole('button', { name: 'Mark done' }).press('Enter')
    await dialog.waitFor({ state: 'detached' })
    await expect
      .poll(() => status.innerText())
      .toMatch(new RegExp(`^${count(open.length - 1)} actions`))
    expect(await table.getAttribute('aria-rowcount')).toBe(String(open.length))
    const notice = page.getByRole('status').filter({ hasText: 'marked done on' })
    await notice.getByRole('button', { name: 'Undo' }).press('Enter')
    await notice.waitFor({ state: 'detached' })
    await expect
      .poll(() => status.innerText())
      .toMatch(new RegExp(`^${count(open.length)} actions`))
    await page.getByLabel('Status').selectOption('')
    await expect.poll(() => status.innerText()).toMatch(new RegExp(`^${count(all.length)} actions`))

    // The owner filter suggests matching people from the store instead of listing everyone.
    await session.page.evaluate('window.scrollTo(0, 0)')
    const owner = all.at(-1)?.ownerName ?? ''
    const theirs = all.filter((a) => a.ownerName === owner)
    const box = session.page.getByLabel('Owner')
    await box.fill(owner.slice(0, 4))
    await expect
      .poll(() => session.page.getByText('Pick a name from the suggestions').count())
      .toBe(1)
    await box.fill(owner)
    const plural = theirs.length === 1 ? 'action' : 'actions'
    await expect.poll(() => status.innerText()).toMatch(new RegExp(`^${theirs.length} ${plural}`))
    expect(
      Number(await session.page.evaluate('document.querySelectorAll("datalist option").length'))
    ).toBeLessThanOrEqual(30)
    await viewShot('91-long-actions-owner')
    await expectAccessible(session.page, 'the action tracker filtered by owner')
  })

  it('the reflections log loads its cycles a page at a time and reaches the last', async () => {
    const all = seed(session, 'reflections.list', { programmeId }, clock)
    expect(all.length).toBeGreaterThan(400)
    const count = (n: number) => n.toLocaleString('en-GB')
    await goTo(session, `/programmes/${programmeId}/reflections`)
    const table = session.page.getByRole('table', { name: 'Reflection cycles, newest first' })
    await table.waitFor()
    const status = session.page.getByRole('status').filter({ hasText: /reflection cycles?,/ })
    expect(await status.innerText()).toBe(`${count(all.length)} reflection cycles, newest first`)
    // The store sends the first 200; the rest come as the reader scrolls.
    const loaded = session.page.getByText(/^Showing 1–/)
    expect(await loaded.innerText()).toBe(
      `Showing 1–200 of ${count(all.length)} reflection cycles; more load as you scroll. Load more`
    )
    expect(await domNodes(session.page, 'reflections log')).toBeLessThan(5000)
    await viewShot('92-long-reflections-0-top')
    // A keyboard user asks for the next page without scrolling to the end (focusing the button
    // brings the end into view, so the pages after it may follow at once).
    await loaded.getByRole('button', { name: 'Load more' }).press('Enter')
    const shown = async () =>
      Number(/^Showing 1–([\d,]+)/.exec(await loaded.innerText())?.[1]?.replace(/,/g, ''))
    await expect.poll(shown).toBeGreaterThanOrEqual(400)
    await expectVirtualTable(table, all.length, all.at(-1)?.siteName ?? 'Team')
    expect(await loaded.innerText()).toBe(
      `Showing 1–${count(all.length)} of ${count(all.length)} reflection cycles.`
    )
    await viewShot('92-long-reflections-bottom')
    await expectAccessible(session.page, 'the reflections log scrolled to its end')

    // Filtered in the store: the team's cycles only, newest first.
    const { page } = session
    await page.evaluate('window.scrollTo(0, 0)')
    await page.getByLabel('Site').selectOption('team')
    const team = seed(session, 'reflections.list', { programmeId, siteId: 'team' }, clock)
    await expect
      .poll(() => status.innerText())
      .toBe(`${count(team.length)} reflection cycles, newest first`)
    expect(await table.getAttribute('aria-rowcount')).toBe(String(team.length + 1))
    const firstRow = table.locator('tbody tr[aria-rowindex="2"]')
    expect(await firstRow.innerText()).toContain('Team')
  })

  it('people and organisations draw a screenful each, filtered in the store', async () => {
    const people = seed(session, 'people.list', { programmeId }, clock)
    const organisations = seed(session, 'organisations.list', { programmeId }, clock)
    await goTo(session, `/programmes/${programmeId}/directory`)
    const peopleTable = session.page.getByRole('table', { name: 'People in the programme' })
    await peopleTable.waitFor()
    expect(await domNodes(session.page, 'people')).toBeLessThan(5000)
    await expectVirtualTable(peopleTable, people.length, people.at(-1)?.name ?? '')
    await viewShot('93-long-people-bottom')

    await session.page.evaluate('window.scrollTo(0, 0)')
    await session.page.getByRole('tab', { name: 'Organisations' }).click()
    const orgTable = session.page.getByRole('table', { name: 'Organisations in the programme' })
    await orgTable.waitFor()
    expect(await domNodes(session.page, 'organisations')).toBeLessThan(5000)
    await expectVirtualTable(orgTable, organisations.length, organisations.at(-1)?.name ?? '')

    // The filter runs in the store: the table holds only what matches.
    await session.page.evaluate('window.scrollTo(0, 0)')
    const name = organisations[0]?.name ?? ''
    const matching = seed(session, 'organisations.list', { programmeId, filter: name }, clock)
    await session.page.getByLabel('Filter').fill(name)
    await expect
      .poll(() => orgTable.getAttribute('aria-rowcount'))
      .toBe(String(matching.length + 1))
    await viewShot('94-long-organisations-filtered')
    await expectAccessible(session.page, 'organisations filtered')
  })

  it('the sites overview shows its sites a page at a time, to the last', async () => {
    const sites = overview().sites
    await goTo(session, `/programmes/${programmeId}/sites`)
    const cards = session.page.getByRole('list', { name: 'Sites' }).getByRole('listitem')
    await expect.poll(() => cards.count()).toBe(24)
    const pager = session.page.getByRole('navigation', { name: 'Pages of sites' })
    expect(await pager.innerText()).toContain(`Showing 1–24 of ${SITES} sites`)
    expect(await domNodes(session.page, 'sites overview')).toBeLessThan(5000)
    await pager.getByRole('button', { name: 'Next' }).click()
    await expect.poll(() => pager.innerText()).toContain(`Showing 25–${SITES} of ${SITES} sites`)
    expect(await cards.count()).toBe(SITES - 24)
    expect(await cards.last().getByRole('heading').innerText()).toBe(sites.at(-1)?.name)
    expect(await pager.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true)
    await viewShot('95-long-sites-last-page')
    await expectAccessible(session.page, 'the last page of sites')
  })

  it('the dashboard draws a screenful of site figures and pages its warnings', async () => {
    const sites = seed(session, 'dashboard.get', { programmeId }, clock).sites
    // Forty sites are only a few screens: a shorter window shows the rows drawn are few.
    await session.page.setViewportSize({ width: 1360, height: 600 })
    await goTo(session, `/programmes/${programmeId}`)
    const figures = session.page.getByRole('table', {
      name: 'Figures for each site over the date range'
    })
    await figures.waitFor()
    await domNodes(session.page, 'dashboard')
    const warnings = session.page.getByRole('list', { name: 'Sites with early warnings' })
    const groups = warnings.locator(':scope > li')
    expect(await groups.count()).toBeLessThanOrEqual(12)
    const pager = session.page.getByRole('navigation', { name: 'Pages of sites with warnings' })
    if (await pager.count()) {
      const next = pager.getByRole('button', { name: 'Next' })
      while (!(await next.isDisabled())) await next.click()
      expect(await pager.innerText()).toMatch(/Showing \d+–(\d+) of \1 sites with warnings/)
    }
    await expectVirtualTable(figures, sites.length, sites.at(-1)?.name ?? '', sites.length - 10)
    await viewShot('96-long-dashboard-figures-end')
    const heatmap = session.page.getByRole('table', { name: /Latest rating of each site/ })
    await session.page.evaluate('window.scrollTo(0, 0)')
    await expectVirtualTable(heatmap, sites.length, sites.at(-1)?.name ?? '', sites.length - 10)
    await session.page.setViewportSize({ width: 1360, height: 900 })
    await viewShot('96-long-dashboard-heatmap-end')
  })

  it('the themes heatmap shows its sites a page of columns at a time, to the last', async () => {
    const summary = seed(session, 'themes.summary', { programmeId }, clock)
    const columns = summary.sites.length
    const sites = summary.sites.filter((site) => site.id !== 'team')
    const themes = summary.themes.length
    await goTo(session, `/programmes/${programmeId}/themes`)
    const table = session.page.getByRole('table', { name: /Cycles per theme and site/ })
    await table.waitFor()
    // Every column is counted for assistive technology; only a page of them is drawn.
    expect(await table.getAttribute('aria-colcount')).toBe(String(columns + 2))
    const cells = table.locator('tbody td')
    expect(await cells.count()).toBeLessThanOrEqual(themes * 8)
    expect(await cells.count()).toBeLessThan((themes * (columns + 1)) / 3)
    expect(await domNodes(session.page, 'themes')).toBeLessThan(5000)
    const pager = session.page.getByRole('navigation', { name: "Pages of the heatmap's sites" })
    expect(await pager.innerText()).toContain(`Showing 1–6 of ${sites.length} sites`)
    const next = pager.getByRole('button', { name: 'Next' })
    while (!(await next.isDisabled())) await next.click()
    const headers = (await table.locator('thead th').allInnerTexts()).map((h) =>
      h.replace(/\s+/g, ' ').trim()
    )
    // The last site, then the team's column, which stays on every page.
    expect(headers.at(-3)).toMatch(new RegExp(`^${sites.at(-1)?.name ?? ''} \\d+ cycles?$`))
    expect(headers.at(-2)).toMatch(/^Team \(across sites\)/)
    expect(headers.at(-1)).toBe('All')
    // The last site's cells sit at its place among all the columns.
    const lastIndex = String(summary.sites.findIndex((site) => site.id === sites.at(-1)?.id) + 2)
    expect(
      await table.locator('tbody tr').nth(1).locator(`td[aria-colindex="${lastIndex}"]`).count()
    ).toBe(1)
    await viewShot('98-long-themes-last-columns')
    await expectAccessible(session.page, 'the themes heatmap on its last page of sites')
  })

  it('the programme’s tests of change page their funnel and adopted tests, to the last', async () => {
    const funnel = seed(session, 'testsOfChange.funnel', { programmeId }, clock)
    expect(funnel.adopted.length).toBeGreaterThan(10)
    await goTo(session, `/programmes/${programmeId}/changes`)
    const table = session.page.getByRole('table', { name: 'Tests of change by site and stage' })
    await table.waitFor()
    expect(await domNodes(session.page, 'tests of change')).toBeLessThan(5000)
    expect(await table.getAttribute('aria-rowcount')).toBe(String(SITES + 2))
    expect(await table.locator('tbody tr').count()).toBe(12)
    const pager = session.page.getByRole('navigation', { name: 'Pages of sites in the funnel' })
    const next = pager.getByRole('button', { name: 'Next' })
    while (!(await next.isDisabled())) await next.click()
    expect(await pager.innerText()).toContain(`Showing 37–${SITES} of ${SITES} sites`)
    const lastSite = funnel.sites.at(-1)?.siteName ?? ''
    const lastRow = table.locator(`tbody tr[aria-rowindex="${SITES + 1}"]`)
    expect(await lastRow.innerText()).toContain(lastSite)
    // The totals still count every site, not the page.
    const all = funnel.sites.reduce(
      (n, site) => n + Object.values(site.counts).reduce((a, b) => a + b, 0),
      0
    )
    expect(await table.locator('tfoot tr').innerText()).toMatch(new RegExp(`\\s${all}$`))

    const adopted = session.page.getByRole('region', { name: 'Business as usual' })
    const rows = adopted.locator('tbody tr')
    expect(await rows.count()).toBe(10)
    const adoptedPager = session.page.getByRole('navigation', { name: 'Pages of adopted tests' })
    const nextAdopted = adoptedPager.getByRole('button', { name: 'Next' })
    while (!(await nextAdopted.isDisabled())) await nextAdopted.click()
    const total = funnel.adopted.length
    expect(await adoptedPager.innerText()).toContain(`of ${total} adopted tests`)
    expect(await rows.last().getAttribute('aria-rowindex')).toBe(String(total + 1))
    expect(await rows.last().innerText()).toContain(funnel.adopted.at(-1)?.title ?? '')
    await viewShot('99-long-tests-of-change-last-pages')
    await expectAccessible(session.page, 'the last pages of the programme’s tests of change')
  })

  it('the dashboard draws a screenful of partnership health and pages the trajectories', async () => {
    const sites = seed(session, 'dashboard.get', { programmeId }, clock).sites
    const views = seed(session, 'health.programme', { programmeId }, clock)
    const view = views[0]
    if (!view) throw new Error('The sample programme uses no health frameworks')
    await session.page.setViewportSize({ width: 1360, height: 600 })
    await goTo(session, `/programmes/${programmeId}`)
    const health = session.page.getByRole('table', {
      name: new RegExp(`^${view.name}: each site`)
    })
    await health.waitFor()
    expect(await domNodes(session.page, 'dashboard with partnership health')).toBeLessThan(5000)
    await expectVirtualTable(health, view.sites.length, view.sites.at(-1)?.name ?? '', 30)
    await viewShot('9a-long-dashboard-health-end')

    const charts = session.page.getByRole('list', { name: 'Outcome trajectories' })
    const figures = charts.locator(':scope > li')
    expect(await figures.count()).toBe(9)
    const pager = session.page.getByRole('navigation', { name: 'Pages of outcome trajectories' })
    expect(await pager.innerText()).toContain(`Showing 1–9 of ${sites.length} sites`)
    const next = pager.getByRole('button', { name: 'Next' })
    while (!(await next.isDisabled())) await next.click()
    expect(await figures.last().locator('figcaption').innerText()).toBe(sites.at(-1)?.name)
    expect(await domNodes(session.page, 'dashboard, last trajectories')).toBeLessThan(5000)
    await figures.last().scrollIntoViewIfNeeded()
    await session.page.setViewportSize({ width: 1360, height: 900 })
    await viewShot('9b-long-dashboard-trajectories-last')
    await expectAccessible(session.page, 'the dashboard on its last page of trajectories')
  })

  it('a measure’s grid of 400 points draws a screenful and reaches the last', async () => {
    const withMeasure = overview().sites.map((site) => ({
      site,
      measure: seed(session, 'measures.list', { siteId: site.id }, clock).measures[0]
    }))
    const { site, measure } = withMeasure.find((s) => s.measure) ?? {}
    const start = Date.parse('2025-06-01T00:00:00Z')
    const points = Array.from({ length: 400 }, (_, i) => ({
      period: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
      value: 10 + (i % 7),
      note: `Day ${i + 1}`
    }))
    seed(session, 'measures.savePoints', { measureId: measure?.id ?? '', mode: 'replace', points })
    const saved = seed(session, 'measures.get', { id: measure?.id ?? '' }, clock).points
    const total = saved.length
    await goTo(session, `/programmes/${programmeId}/sites/${site?.id}/measures/${measure?.id}`)
    const grid = session.page.getByRole('table', { name: 'Data points, one row per period' })
    await grid.waitFor()
    await domNodes(session.page, 'measure with 400 points')
    await expectVirtualTable(grid, total, '')
    expect(await grid.getByLabel(`Note, row ${total}`).inputValue()).toBe(saved.at(-1)?.note)
    await viewShot('97-long-points-bottom')
  })
})
