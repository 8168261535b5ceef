// From an empty data folder to a programme with sites, a partnership and a stage history, and the
// sample programme, in real Chromium through the loopback harness.
import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { expectAccessible, goTo, openSession, screenshot, type Session } from './support'

let session: Session | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

async function fillDialog(page: Page, fields: Record<string, string>) {
  const dialog = page.getByRole('dialog')
  for (const [label, value] of Object.entries(fields)) {
    const field = dialog.getByLabel(label, { exact: false }).first()
    const tag = await field.evaluate((el) => el.tagName)
    if (tag === 'SELECT') await field.selectOption({ label: value })
    else await field.fill(value)
  }
}

async function addOrganisation(page: Page, name: string, sector: string) {
  await page.getByRole('button', { name: 'Add organisation' }).click()
  await fillDialog(page, { 'Organisation name': name, Sector: sector })
  await page.getByRole('dialog').getByRole('button', { name: 'Add organisation' }).click()
  await expect.poll(() => page.getByRole('cell', { name, exact: true }).count()).toBe(1)
}

async function addPerson(page: Page, name: string, role: string, organisation: string) {
  await page.getByRole('button', { name: 'Add person' }).click()
  await fillDialog(page, { Name: name, 'Role or profession': role, Organisation: organisation })
  await page.getByRole('dialog').getByRole('button', { name: 'Add person' }).click()
  await expect.poll(() => page.getByRole('cell', { name, exact: true }).count()).toBe(1)
}

async function addMember(page: Page, person: string, role: string, joined: string) {
  await page.getByRole('button', { name: 'Add someone to the partnership' }).click()
  const dialog = page.getByRole('dialog')
  const personSelect = dialog.getByLabel('Person')
  await expect.poll(() => personSelect.locator('option', { hasText: person }).count()).toBe(1)
  const value = await personSelect.locator('option', { hasText: person }).getAttribute('value')
  await personSelect.selectOption(value ?? '')
  await fillDialog(page, { 'Role in the partnership': role, Joined: joined })
  await dialog.getByRole('button', { name: 'Add to partnership' }).click()
  await dialog.waitFor({ state: 'detached' })
}

describe('foundation, end to end', () => {
  it('builds a programme from an empty data folder', async () => {
    session = await openSession(() => new Date('2026-11-21T10:00:00Z'))
    const { page } = session

    // The page loads without console messages about its policy (frame-ancestors is sent only as
    // a header: in the meta tag it is ignored, with a message on every load).
    const messages: string[] = []
    page.on('console', (m) => messages.push(m.text()))
    await page.reload()
    await page.getByRole('heading', { name: 'Welcome to Partnership Learning Log' }).waitFor()
    expect(messages.filter((m) => m.includes('Content Security Policy'))).toEqual([])
    await screenshot(page, '01-welcome')
    await expectAccessible(page, 'welcome')

    // The programme form says which field is wrong, beside the field.
    await page.getByRole('button', { name: 'Start a programme' }).click()
    await fillDialog(page, {
      'Programme name': 'Ageing Well Together',
      Commissioners: 'National Collaboration Fund',
      'Start date': '2026-03-01',
      'End date': '2026-02-01'
    })
    await page.getByRole('dialog').getByRole('button', { name: 'Create programme' }).click()
    await expect
      .poll(() =>
        page.getByRole('dialog').getByText('End date must be on or after the start date').count()
      )
      .toBe(1)
    await screenshot(page, '02-programme-form-error')
    await expectAccessible(page, 'programme form with an error')
    await fillDialog(page, { 'End date': '2028-02-29' })
    await page.getByRole('dialog').getByRole('button', { name: 'Create programme' }).click()
    await page.getByRole('heading', { name: 'Ageing Well Together', level: 1 }).waitFor()
    // The empty dashboard's "Add the first site" opens the Sites page with the Add site form
    // open; closing it leaves the plain Sites page.
    const programmePath = /\/programmes\/[^/?]+/.exec(page.url())?.[0] ?? ''
    expect(programmePath).not.toBe('')
    await page.getByRole('link', { name: 'Add the first site' }).click()
    const addSite = page.getByRole('dialog', { name: 'Add site' })
    await addSite.getByLabel('Site name').waitFor()
    await addSite.getByRole('button', { name: 'Cancel' }).click()
    await addSite.waitFor({ state: 'detached' })
    await expect.poll(() => page.url()).not.toContain('add=site')
    await goTo(session, programmePath)
    // A new programme opens on its dashboard; sites are added from the Sites page.
    await page
      .getByRole('navigation', { name: 'Programme' })
      .getByRole('link', { name: 'Sites', exact: true })
      .click()

    for (const [name, locality] of [
      ['Harrowdene', 'Harrowdene town centre'],
      ['Wrexley Vale', 'Wrexley and villages']
    ] as const) {
      await page.getByRole('button', { name: 'Add site' }).click()
      await fillDialog(page, {
        'Site name': name,
        Locality: locality,
        Purpose: `Joint working for housebound older people in ${name}`,
        'Start date': '2026-04-01'
      })
      await page.getByRole('dialog').getByRole('button', { name: 'Add site' }).click()
      await page.getByRole('heading', { name, level: 1 }).waitFor()
      await page
        .getByRole('navigation', { name: 'Programme' })
        .getByRole('link', { name: 'Sites', exact: true })
        .click()
    }

    await page.getByRole('link', { name: 'People and organisations' }).click()
    await page.getByRole('tab', { name: 'Organisations' }).click()
    await addOrganisation(page, 'Harrowdene Medical Practice', 'Primary care / GP practices')
    await addOrganisation(page, 'Eastmoor County Council', 'Local authority and social care')
    await addOrganisation(page, 'Harrowdene Carers Centre', 'Voluntary and community sector')
    await screenshot(page, '03-directory-organisations')
    await expectAccessible(page, 'directory (organisations)')
    await page.getByRole('tab', { name: 'People' }).click()
    await addPerson(page, 'Dr Amara Okafor', 'GP', 'Harrowdene Medical Practice')
    await addPerson(page, 'Gareth Pryce', 'Senior manager', 'Eastmoor County Council')
    await addPerson(page, 'Nia Blackwood', 'Carers support worker', 'Harrowdene Carers Centre')
    await screenshot(page, '04-directory-people')
    await expectAccessible(page, 'directory (people)')

    await page
      .getByRole('navigation', { name: 'Programme' })
      .getByRole('link', { name: 'Sites', exact: true })
      .click()
    await page.getByRole('link', { name: 'Harrowdene', exact: true }).click()
    await page.getByRole('heading', { name: 'Harrowdene', level: 1 }).waitFor()
    await addMember(page, 'Gareth Pryce', 'Sponsor', '2026-04-01')
    await addMember(page, 'Nia Blackwood', 'Coordinator', '2026-04-01')
    await addMember(page, 'Dr Amara Okafor', 'Member', '2026-05-10')

    await page.getByRole('button', { name: 'Record stage judgement' }).click()
    await fillDialog(page, {
      Stage: 'Forming',
      'Date judged': '2026-04-01',
      Reason: 'First meeting held.'
    })
    await page.getByRole('dialog').getByRole('button', { name: 'Record stage' }).click()
    await page.getByRole('button', { name: 'Record stage judgement' }).click()
    await fillDialog(page, {
      Stage: 'Frustration',
      'Date judged': '2026-09-15',
      Reason: 'Actions slipping between meetings; the GP practice feels unheard.'
    })
    await page.getByRole('dialog').getByRole('button', { name: 'Record stage' }).click()
    await expect
      .poll(() =>
        page.getByRole('list', { name: 'Stage history, newest first' }).locator('li').count()
      )
      .toBe(2)

    const main = page.locator('main')
    await expect.poll(() => main.innerText()).toContain('Now: Frustration')
    const text = await main.innerText()
    expect(text).toContain('Primary care / GP practices')
    expect(text).toContain('Harrowdene Medical Practice')
    expect(text).toContain('Sponsor: 1')
    expect(text).toContain('Coordinator: 1')
    expect(text).toContain('15 Sep 2026')
    await screenshot(page, '05-site-page')
    await expectAccessible(page, 'site page')

    await page
      .getByRole('navigation', { name: 'Programme' })
      .getByRole('link', { name: 'Sites', exact: true })
      .click()
    const harrowdene = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Harrowdene', exact: true }) })
    await expect.poll(() => harrowdene.innerText()).toContain('Frustration')
    const card = await harrowdene.innerText()
    expect(card).toContain('Nia Blackwood')
    expect(card).toContain('3 organisations · 3 sectors · 3 people')
    const wrexley = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Wrexley Vale' }) })
    expect(await wrexley.innerText()).toContain('Not judged yet')
    await screenshot(page, '06-programme-overview')
    await expectAccessible(page, 'programme overview')
  })

  it('explores the sample programme with ten sites', async () => {
    session = await openSession(() => new Date('2026-11-21T10:00:00Z'))
    const { page } = session
    await page.getByRole('button', { name: 'Explore the sample programme' }).click()
    await page.getByRole('heading', { name: 'Outcomes across sites' }).waitFor()
    await page
      .getByRole('navigation', { name: 'Programme' })
      .getByRole('link', { name: 'Sites', exact: true })
      .click()
    const sites = page.getByRole('list', { name: 'Sites' })
    await sites.waitFor()
    await expect.poll(() => sites.locator(':scope > li').count()).toBe(10)
    await screenshot(page, '07-sample-overview')
    await expectAccessible(page, 'sample programme overview')
    await sites.getByRole('link').first().click()
    await page.getByRole('heading', { name: 'Partnership', exact: true }).waitFor()
    await screenshot(page, '08-sample-site')
    await expectAccessible(page, 'sample site page')
  })
})
