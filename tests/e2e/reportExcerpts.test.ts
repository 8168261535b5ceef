// Marking passages of a reflection for commissioners' reports: select part of a phase and mark it,
// change it, be told when a passage is not in the phase as written, and remove it.
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { expectAccessible, goTo, openSession, screenshot, seed, type Session } from './support'

const NOW = new Date('2026-11-21T10:00:00Z')
const clock = () => NOW
const REFLECT =
  'We assumed the GP practice did not want to come. It did.\n\nThe ward knew all along, and nobody asked them.'
let session: Session | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

/**
 * Selects a passage of a phase's text on the page, as a user dragging over it would. (Sent as
 * script text: the node tests' TypeScript has no DOM types.)
 */
async function selectInPhase(page: Page, phaseHeading: string, passage: string) {
  const select = `(([heading, words]) => {
    const section = [...document.querySelectorAll('section.phase')].find(
      (s) => s.querySelector('h2')?.textContent === heading
    )
    const walker = document.createTreeWalker(section.querySelector('.phase-text'), NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(words)
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + words.length)
      window.getSelection().removeAllRanges()
      window.getSelection().addRange(range)
      return true
    }
    return false
  })`
  const found = await page.evaluate(`${select}(${JSON.stringify([phaseHeading, passage])})`)
  expect(found, `"${passage}" in ${phaseHeading}`).toBe(true)
}

describe('excerpts for reports, end to end', () => {
  it('marks, changes and removes passages of a reflection for reports', async () => {
    session = await openSession(clock)
    const { page } = session
    const { id: programmeId } = seed(
      session,
      'programmes.create',
      { name: 'Ageing Well Together', startDate: '2026-01-05' },
      clock
    )
    const { id: siteId } = seed(
      session,
      'sites.create',
      { programmeId, name: 'Harrowdene', startDate: '2026-01-05' },
      clock
    )
    const { id: cycleId } = seed(
      session,
      'reflections.create',
      {
        programmeId,
        siteId,
        heldOn: '2026-11-05',
        title: 'Debrief after the discharge meeting',
        observe: 'Mrs B told her story of **three assessments** in a week.',
        reflect: REFLECT,
        plan: '- Trial one shared referral form\n- Invite housing to the next meeting'
      },
      clock
    )

    await goTo(session, `/programmes/${programmeId}/reflections/${cycleId}`)
    await page.getByRole('heading', { name: 'Reflection: Harrowdene, 5 Nov 2026' }).waitFor()
    const excerpts = page.getByRole('region', { name: 'Excerpts for reports' })
    expect(await excerpts.innerText()).toContain(
      'Only these excerpts can appear in reports for commissioners; the rest of this reflection stays private.'
    )
    expect(await excerpts.innerText()).toContain('None marked yet.')

    // The dialog starts from the passage selected in the Reflect phase.
    await selectInPhase(page, 'Reflect', 'the GP practice did not want to come')
    await page.getByRole('button', { name: 'Mark an excerpt for reports from Reflect' }).click()
    const dialog = page.getByRole('dialog', { name: 'Mark an excerpt of Reflect' })
    expect(await dialog.getByLabel(/^Excerpt/).inputValue()).toBe(
      'the GP practice did not want to come'
    )
    await dialog.getByRole('button', { name: 'Mark for reports' }).click()
    await dialog.waitFor({ state: 'detached' })
    const list = excerpts.getByRole('list', { name: 'Excerpts for reports' })
    await expect.poll(() => list.innerText()).toContain('the GP practice did not want to come')
    expect(await list.innerText()).toContain('Reflect · marked 21 Nov 2026')

    // Changing it keeps to the phase as written.
    await excerpts
      .getByRole('button', {
        name: 'Edit the Reflect excerpt “the GP practice did not want to come”'
      })
      .click()
    const editor = page.getByRole('dialog', { name: 'Edit the excerpt from Reflect' })
    await editor
      .getByLabel(/^Excerpt/)
      .fill('We assumed the GP practice did not want to come.\nIt did.')
    await editor.getByRole('button', { name: 'Save excerpt' }).click()
    await editor.waitFor({ state: 'detached' })
    await expect
      .poll(() => list.innerText())
      .toContain('We assumed the GP practice did not want to come.\nIt did.')

    // With nothing selected the dialog starts from the whole phase; a passage not in it is refused.
    await page.getByRole('heading', { name: 'Reflection: Harrowdene, 5 Nov 2026' }).click()
    await page.getByRole('button', { name: 'Mark an excerpt for reports from Reflect' }).click()
    expect(await dialog.getByLabel(/^Excerpt/).inputValue()).toBe(REFLECT)
    await dialog.getByLabel(/^Excerpt/).fill('The ward knew nothing at all.')
    await dialog.getByRole('button', { name: 'Mark for reports' }).click()
    await expect
      .poll(() =>
        dialog
          .getByText(
            'The excerpt must be a passage of the Reflect phase as written; copy it from there'
          )
          .count()
      )
      .toBe(1)
    expect(await dialog.getByLabel(/^Excerpt/).getAttribute('aria-invalid')).toBe('true')
    await dialog.getByText('Reflect as written').click()
    expect(await dialog.locator('details').innerText()).toContain('nobody asked them.')
    await screenshot(page, 'report-excerpts-refused')
    await expectAccessible(page, 'excerpt dialog')
    await dialog.getByLabel(/^Excerpt/).fill('The ward knew all along,')
    await dialog.getByRole('button', { name: 'Mark for reports' }).click()
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2)
    expect(await list.innerText()).toContain('The ward knew all along,')

    await screenshot(page, 'report-excerpts')
    await expectAccessible(page, 'excerpts for reports')

    // Removing asks first, and leaves the phase as written.
    await excerpts
      .getByRole('button', { name: 'Remove the Reflect excerpt “The ward knew all along,”' })
      .click()
    const confirm = page.getByRole('dialog', { name: 'Remove this excerpt from reports?' })
    await confirm.getByRole('button', { name: 'Remove excerpt' }).click()
    await confirm.waitFor({ state: 'detached' })
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1)
    expect(await list.innerText()).not.toContain('The ward knew all along,')
    expect(await page.locator('section.phase').nth(1).innerText()).toContain(
      'The ward knew all along, and nobody asked them.'
    )
  })
})
