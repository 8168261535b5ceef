// Starting a test of change from a meeting, running two PDSA cycles, moving it through its
// lifecycle to adoption, and seeing it on the site's business-as-usual list and the programme funnel.
import { afterEach, describe, expect, it } from 'vitest'
import { agreedOutcomes } from '../../db/schema'
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
  const siteId = site('Harrowdene')
  site('Millbrook')
  seed(s, 'people.create', { programmeId, name: 'Nia Blackwood', role: 'Social worker' }, clock)
  const { id: meetingId } = seed(
    s,
    'meetings.create',
    { siteId, heldOn: '2026-09-08', durationMinutes: 120, kind: 'partnership' },
    clock
  )
  // Agreed outcomes belong to another feature: write them straight into the store.
  for (const [i, title] of ['Fewer delayed discharges', 'People tell their story once'].entries()) {
    s.harness.store.db
      .insert(agreedOutcomes)
      .values({ id: `outcome-${i}`, siteId, title, agreedOn: '2026-02-01', position: i })
      .run()
  }
  return { programmeId, siteId, meetingId }
}

describe('tests of change, end to end', () => {
  it('starts a test from a meeting, runs two PDSA cycles and adopts it', async () => {
    session = await openSession(clock)
    const { page } = session
    const { programmeId, siteId, meetingId } = seedProgramme(session)

    await goTo(session, `/programmes/${programmeId}/sites/${siteId}/meetings/${meetingId}`)
    await page.getByRole('link', { name: 'Start a test of change' }).click()
    await page.getByRole('heading', { name: 'Start a test of change' }).waitFor()
    expect(await page.getByLabel('From the meeting').inputValue()).toBe(meetingId)
    await page.getByLabel(/^Title/).fill('Social worker joins the GP huddle')
    await page
      .getByLabel(/^The change idea/)
      .fill('A social worker joins the practice’s weekly huddle for a month.')
    await page
      .getByLabel(/^Prediction/)
      .fill('Fewer people wait for a social care assessment after leaving hospital.')
    await page.getByLabel('Kind').selectOption({ label: 'Adaptive challenge' })
    await page.getByLabel('Owner').selectOption({ label: 'Nia Blackwood (Social worker)' })
    await page.getByLabel(/^Date started/).fill('2026-09-10')
    await page.getByLabel('Fewer delayed discharges').check()
    await page.getByLabel('Shared change idea').selectOption({ label: 'A new shared change idea…' })
    await page.getByLabel(/^New change idea title/).fill('Social worker in the GP huddle')
    await screenshot(page, '40-test-of-change-form')
    await expectAccessible(page, 'test of change form')
    await page.getByRole('button', { name: 'Start the test of change' }).click()

    await page.getByRole('heading', { name: 'Social worker joins the GP huddle' }).waitFor()
    const details = await page.locator('main').innerText()
    expect(details).toContain('Fewer delayed discharges')
    expect(details).toContain('Partnership meeting, 8 Sep 2026')
    expect(details).toContain('Nia Blackwood (Social worker)')

    // Two PDSA cycles.
    for (const [start, end, study] of [
      ['2026-09-14', '2026-10-09', 'Three people were seen sooner; the GP wants it to go on.'],
      ['2026-10-12', '2026-11-06', 'Waits fell from ten days to four.']
    ] as const) {
      await page.getByRole('button', { name: 'Add a PDSA cycle' }).click()
      const dialog = page.getByRole('dialog')
      await dialog.getByLabel(/^Start date/).fill(start)
      await dialog.getByLabel(/^End date/).fill(end)
      await dialog.getByLabel(/^Plan/).fill('Join the Tuesday huddle for four weeks')
      await dialog.getByLabel(/^Study/).fill(study)
      await dialog.getByRole('button', { name: 'Add cycle' }).click()
      await dialog.waitFor({ state: 'detached' })
    }
    await expect.poll(() => page.getByRole('heading', { name: /^Cycle \d/ }).count()).toBe(2)

    // Only the moves the rules allow are offered.
    const moves = page.getByRole('group', { name: 'Move this test' })
    expect(await moves.getByRole('button').allInnerTexts()).toEqual(['Mark as planned', 'Abandon'])
    const moveTo = async (button: string, on: string, reason = '') => {
      await moves.getByRole('button', { name: button }).click()
      const dialog = page.getByRole('dialog')
      await dialog.getByLabel(/^Date/).fill(on)
      await dialog.getByLabel(/^Reason/).fill(reason)
      await dialog.getByRole('button', { name: button }).click()
    }
    await moveTo('Mark as planned', '2026-09-11')
    await page.getByRole('dialog').waitFor({ state: 'detached' })
    await moveTo('Start testing', '2026-09-14', 'First cycle begins')
    await page.getByRole('dialog').waitFor({ state: 'detached' })

    // An adoption without a reason is refused beside the field, and nothing moves.
    await moveTo('Adopt as business as usual', '2026-11-10')
    const dialog = page.getByRole('dialog')
    await expect
      .poll(() => dialog.getByRole('alert').allInnerTexts())
      .toEqual([expect.stringMatching(/^Reason is required/)])
    await screenshot(page, '41-adoption-without-reason')
    await expectAccessible(page, 'adoption without a reason')
    await dialog
      .getByLabel(/^Reason/)
      .fill('Waits fell in both cycles; the practice will keep it going.')
    await dialog.getByRole('button', { name: 'Adopt as business as usual' }).click()
    await dialog.waitFor({ state: 'detached' })
    await expect
      .poll(() => page.getByRole('list', { name: 'History of moves, oldest first' }).innerText())
      .toContain('Waits fell in both cycles')
    const stepper = await page.getByRole('list', { name: 'Stages of this test' }).innerText()
    expect(stepper).toContain('10 Nov 2026')
    expect(await page.getByText('This test is finished: it was adopted.').count()).toBe(1)
    await screenshot(page, '42-test-of-change-adopted')
    await expectAccessible(page, 'test of change page')

    // Another test, still under way, for the lists and the funnel.
    const { id: otherTest } = seed(
      session,
      'testsOfChange.create',
      {
        siteId,
        title: 'Library drop-in with three services',
        kind: 'quick_win',
        createdOn: '2026-10-01'
      },
      clock
    )
    seed(
      session,
      'testsOfChange.move',
      { id: otherTest, status: 'planned', on: '2026-10-02' },
      clock
    )
    seed(
      session,
      'testsOfChange.move',
      { id: otherTest, status: 'testing', on: '2026-10-20' },
      clock
    )

    // The site's business-as-usual list shows it with its adoption date.
    await page.getByRole('link', { name: /^All tests of change at/ }).click()
    const bau = page.getByRole('region', { name: 'Business as usual' })
    await expect.poll(() => bau.innerText()).toContain('Social worker joins the GP huddle')
    expect(await bau.innerText()).toContain('Adopted 10 Nov 2026')
    const testing = page.getByRole('region', { name: /^Testing/ })
    expect(await testing.innerText()).toContain('Library drop-in with three services')
    await screenshot(page, '43-site-tests-of-change')
    await expectAccessible(page, 'site tests of change')

    // The programme funnel counts it for Harrowdene, and Millbrook shows none.
    await page
      .getByRole('navigation', { name: 'Programme' })
      .getByRole('link', { name: 'Tests of change' })
      .click()
    await page.getByRole('heading', { name: 'Tests of change across sites' }).waitFor()
    const table = page.getByRole('table', { name: 'Tests of change by site and stage' })
    await expect
      .poll(() => table.getByRole('row', { name: /Harrowdene/ }).innerText())
      .toMatch(/Harrowdene\s+0\s+0\s+1\s+0\s+1\s+0\s+2/)
    expect(await table.getByRole('row', { name: /Millbrook/ }).innerText()).toMatch(
      /Millbrook(\s+0){7}/
    )
    const adopted = await page.getByRole('region', { name: 'Business as usual' }).innerText()
    expect(adopted).toContain('10 Nov 2026')
    expect(adopted).toContain('Harrowdene')
    expect(await page.getByRole('img', { name: /Tests of change by site and stage/ }).count()).toBe(
      1
    )
    await screenshot(page, '44-programme-tests-of-change')
    await expectAccessible(page, 'programme tests of change')

    // The shared change idea shows where it was tried and how it ended.
    await page.getByRole('link', { name: 'Social worker in the GP huddle' }).click()
    await page.getByRole('heading', { name: 'Social worker in the GP huddle', level: 1 }).waitFor()
    const idea = await page.locator('main').innerText()
    expect(idea).toContain('1 adopted')
    expect(idea).toContain('Waits fell in both cycles')
    await screenshot(page, '45-change-idea')
    await expectAccessible(page, 'change idea page')

    // A reflection's plan item starts a test with its words and its source filled in.
    const { id: cycleId } = seed(
      session,
      'reflections.create',
      { programmeId, siteId, heldOn: '2026-11-12', plan: '- Trial one shared referral form' },
      clock
    )
    await goTo(session, `/programmes/${programmeId}/reflections/${cycleId}`)
    await page
      .getByRole('link', { name: 'Start a test of change from “Trial one shared referral form”' })
      .click()
    await page.getByRole('heading', { name: 'Start a test of change' }).waitFor()
    expect(await page.getByLabel(/^Title/).inputValue()).toBe('Trial one shared referral form')
    expect(await page.getByLabel('From a reflection’s plan').inputValue()).toBe(cycleId)
  })
})
