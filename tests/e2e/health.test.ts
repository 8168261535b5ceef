// Partnership health in real Chromium through the loopback harness: a stakeholder matrix built and
// rearranged by keyboard and shown at an earlier date; two health checks seen as a change on the
// site's timeline and on the dashboard's partnership health view; axe on each new screen.
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { expectAccessible, goTo, openSession, screenshot, seed, type Session } from './support'

let session: Session | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

const NOW = () => new Date('2026-11-21T10:00:00Z')

function setUp(s: Session) {
  const { id: programmeId } = seed(s, 'programmes.create', {
    name: 'Better Together',
    startDate: '2026-01-05'
  })
  const site = (name: string) =>
    seed(s, 'sites.create', { programmeId, name, startDate: '2026-02-01' }).id
  const siteId = site('Eastbrook')
  site('Westvale')
  const { id: organisationId } = seed(s, 'organisations.create', {
    programmeId,
    name: 'Eastbrook Housing Association',
    sector: 'housing'
  })
  for (const [name, role] of [
    ['Asha Patel', 'District nurse'],
    ['Ben Okafor', 'GP']
  ] as const) {
    const { id: personId } = seed(s, 'people.create', { programmeId, name, role, organisationId })
    seed(s, 'siteMembers.add', { siteId, personId, role: 'member', joinedOn: '2026-02-01' })
  }
  return { programmeId, siteId }
}

function group(page: Page, name: string) {
  return page.getByRole('region', { name: new RegExp(`^${name} (High|Low) influence`) })
}

async function addStakeholder(
  page: Page,
  fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>
) {
  await page.getByRole('button', { name: 'Add stakeholder' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a stakeholder to the matrix' })
  await fill(dialog)
  await dialog.getByRole('button', { name: 'Add to the matrix' }).click()
  await dialog.waitFor({ state: 'detached' })
}

describe('partnership health, end to end', () => {
  it('builds a stakeholder matrix by keyboard, moves one stakeholder and shows the earlier matrix', async () => {
    session = await openSession(NOW)
    const { page } = session
    const { programmeId, siteId } = setUp(session)
    await goTo(session, `/programmes/${programmeId}/sites/${siteId}/health`)
    await page.getByRole('heading', { name: 'Stakeholder matrix' }).waitFor()
    await page.getByRole('link', { name: 'Health' }).waitFor()

    const changesOn = page.getByLabel('Date of changes')
    await changesOn.fill('01/03/2026')
    await addStakeholder(page, async (dialog) => {
      await dialog
        .getByRole('combobox', { name: /^Person/ })
        .selectOption({ label: 'Asha Patel (District nurse, Eastbrook Housing Association)' })
      await dialog.getByLabel('Group').selectOption({ label: 'Be aware of' })
    })
    await addStakeholder(page, async (dialog) => {
      await dialog.getByLabel('Someone outside the directory').check()
      await dialog.getByLabel('Name').fill('Cllr Jo Bright')
      await dialog.getByLabel('Description').fill('Local councillor')
      await dialog.getByLabel('Group').selectOption({ label: 'Inform' })
    })
    await group(page, 'Be aware of')
      .getByRole('button', { name: /Asha Patel/ })
      .waitFor()

    // Arrange by keyboard: Asha up (more influence) and right (more interest) to involve closely.
    await group(page, 'Be aware of')
      .getByRole('button', { name: /Asha Patel/ })
      .focus()
    await page.keyboard.press('ArrowUp')
    await group(page, 'Keep on board')
      .getByRole('button', { name: /Asha Patel/ })
      .waitFor()
    await expect.poll(() => page.locator(':focus').innerText()).toContain('Asha Patel')
    await page.keyboard.press('ArrowRight')
    await group(page, 'Involve closely')
      .getByRole('button', { name: /Asha Patel/ })
      .waitFor()
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'moved' }).innerText())
      .toBe('Asha Patel moved to Involve closely')
    // Ben is a member the matrix does not have yet.
    const missing = page.getByRole('region', { name: 'Members not on the matrix' })
    await expect.poll(() => missing.innerText()).toContain('Ben Okafor')
    await screenshot(page, 'health-01-matrix-built')
    await expectAccessible(page, 'stakeholder matrix')

    // Three months later the councillor becomes someone to involve closely.
    await changesOn.fill('01/06/2026')
    await group(page, 'Inform')
      .getByRole('button', { name: /Cllr Jo Bright/ })
      .focus()
    await page.keyboard.press('ArrowUp')
    await group(page, 'Involve closely')
      .getByRole('button', { name: /Cllr Jo Bright/ })
      .waitFor()
    const history = page.getByRole('list', { name: 'Placements, newest first' })
    await expect
      .poll(() => history.innerText())
      .toContain('Cllr Jo Bright moved from inform to involve closely on 1 Jun 2026')
    expect(await history.innerText()).toContain(
      'Asha Patel was placed in involve closely on 1 Mar 2026'
    )

    // The matrix on 1 April 2026: the councillor still in inform, and nothing to arrange.
    await page.getByLabel('Show the matrix on').fill('01/04/2026')
    await expect.poll(() => page.getByText('Matrix on 1 Apr 2026').count()).toBe(1)
    await expect.poll(() => group(page, 'Inform').innerText()).toContain('Cllr Jo Bright')
    expect(await group(page, 'Involve closely').innerText()).toContain('Asha Patel')
    expect(await group(page, 'Involve closely').innerText()).not.toContain('Cllr Jo Bright')
    expect(await page.locator('[data-stakeholder-id]').count()).toBe(0)
    await screenshot(page, 'health-02-matrix-earlier')
    await expectAccessible(page, 'stakeholder matrix at an earlier date')
  })

  it('records two health checks and shows the change on the timeline and the dashboard', async () => {
    session = await openSession(NOW)
    const { page } = session
    const { programmeId, siteId } = setUp(session)
    seed(session, 'meetings.create', {
      siteId,
      heldOn: '2026-06-10',
      durationMinutes: 90,
      kind: 'partnership'
    })
    await goTo(session, `/programmes/${programmeId}/sites/${siteId}/health`)

    const recordCheck = async (date: string, values: Record<string, string>, screen?: string) => {
      await page.getByRole('button', { name: 'Record health check' }).click()
      const dialog = page.getByRole('dialog', { name: 'Record health check' })
      await dialog.getByLabel('Framework').selectOption({ label: 'Relationship qualities' })
      if (date === 'at the meeting') {
        // Choosing the meeting dates the check that day and has the group judge it.
        await dialog
          .getByLabel('At a meeting')
          .selectOption({ label: '10 Jun 2026: Partnership meeting' })
        await expect
          .poll(() => dialog.getByLabel('Date of the check').inputValue())
          .toBe('10/06/2026')
        expect(await dialog.getByLabel('Judged by').inputValue()).toBe('group')
        await dialog.getByText('The date of the meeting chosen below').waitFor()
      } else await dialog.getByLabel('Date of the check').fill(date)
      for (const [item, value] of Object.entries(values)) {
        await dialog.getByLabel(item, { exact: true }).selectOption({ label: value })
      }
      if (screen) {
        await screenshot(page, screen)
        await expectAccessible(page, 'health check form')
      }
      await dialog.getByRole('button', { name: 'Record check' }).click()
      await dialog.waitFor({ state: 'detached' })
    }
    await recordCheck(
      '10/03/2026',
      { Commitment: 'Present', Possibility: 'Missing', Capability: 'Partly' },
      'health-03-check-form'
    )
    await recordCheck('at the meeting', {
      Commitment: 'Missing',
      Possibility: 'Partly',
      Capability: 'Partly'
    })

    const timeline = page.getByRole('list', { name: 'Health checks, newest first' })
    await expect.poll(() => timeline.getByRole('listitem').count()).toBeGreaterThanOrEqual(2)
    const latest = timeline.locator(':scope > li').first()
    expect(await latest.innerText()).toContain(
      'Since 10 Mar 2026: Commitment went from present to missing (worse); Possibility went from missing to partly (better).'
    )
    expect(await latest.innerText()).toContain('Judged by the group at the meeting of 10 Jun 2026')
    expect(await timeline.locator(':scope > li').nth(1).innerText()).toContain(
      'Judged by the consultant'
    )
    await screenshot(page, 'health-04-timeline')
    await expectAccessible(page, 'site health checks')

    // The dashboard's partnership health view, and the cell that leads back to the check.
    await goTo(session, `/programmes/${programmeId}`)
    await page.getByRole('heading', { name: 'Partnership health' }).waitFor()
    // It opens on the first framework that has checks, not on one no site has used.
    const framework = page.getByLabel('Framework')
    await expect
      .poll(() => framework.locator('option:checked').innerText())
      .toBe('Relationship qualities')
    const table = page.getByRole('table', { name: /Relationship qualities/ })
    await table.waitFor()
    // The chooser still shows the others.
    await framework.selectOption({ label: 'Collaboration spectrum' })
    await page.getByText('No site has a collaboration spectrum check yet.').waitFor()
    await framework.selectOption({ label: 'Relationship qualities' })
    const row = table.getByRole('row', { name: /Eastbrook/ })
    await expect.poll(() => row.innerText()).toContain('worse, was present')
    await screenshot(page, 'health-05-dashboard')
    await expectAccessible(page, 'dashboard with partnership health')
    await table.getByRole('link', { name: /Eastbrook, Commitment: Missing/ }).click()
    await expect.poll(() => page.url()).toContain(`/sites/${siteId}/health?check=`)
    await page.locator('.check-chosen').waitFor()
    expect(await page.locator('.check-chosen').innerText()).toContain('10 Jun 2026')
  })

  it('shows the sample programme deteriorating: the warning, the health view and a site matrix', async () => {
    session = await openSession(NOW)
    const { page } = session
    await page.getByRole('button', { name: 'Explore the sample programme' }).click()
    await page.getByRole('heading', { name: 'Partnership health' }).waitFor()
    const warning = page.getByText(/Relationship qualities: Commitment judged missing on/).first()
    await warning.waitFor()
    await page.getByLabel('Framework').selectOption({ label: 'Relationship qualities' })
    await screenshot(page, 'health-06-sample-dashboard')
    await expectAccessible(page, 'sample dashboard with partnership health')
    const item = page.getByRole('listitem').filter({ has: warning }).last()
    await item.getByRole('link', { name: /^Health checks at / }).click()
    await page.getByRole('heading', { name: 'Stakeholder matrix' }).waitFor()
    await page.locator('.check-chosen').waitFor()
    expect(await page.locator('.check-chosen').textContent()).toContain('Commitment: Missing')
    await screenshot(page, 'health-07-sample-site')
    await expectAccessible(page, 'sample site health')
  })
})
