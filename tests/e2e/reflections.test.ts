// Writing a reflection after a meeting, tagging it, turning a Plan item into an action, and starting
// the next cycle from where the last one left off.
import { afterEach, describe, expect, it } from 'vitest'
import { expectAccessible, goTo, openSession, screenshot, seed, type Session } from './support'

const NOW = new Date('2026-11-21T10:00:00Z')
const clock = () => NOW
let session: Session | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

describe('reflection cycles, end to end', () => {
  it('writes a cycle after a meeting and starts the next from its plan', async () => {
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
    const { id: personId } = seed(
      session,
      'people.create',
      { programmeId, name: 'Amelia Hall', role: 'Consultant' },
      clock
    )
    const { id: coordinatorId } = seed(
      session,
      'people.create',
      { programmeId, name: 'Nia Blackwood', role: 'Coordinator' },
      clock
    )
    // Someone in the programme who is neither in the partnership nor in the reflection.
    seed(session, 'people.create', { programmeId, name: 'Omar Reid', role: 'Pharmacist' }, clock)
    const { id: meetingId } = seed(
      session,
      'meetings.create',
      {
        siteId,
        heldOn: '2026-11-04',
        durationMinutes: 180,
        kind: 'partnership',
        purpose: 'Hospital discharge'
      },
      clock
    )

    await goTo(session, `/programmes/${programmeId}/sites/${siteId}/meetings/${meetingId}`)
    await page.getByRole('link', { name: 'Reflect on this meeting' }).click()
    await page.getByRole('heading', { name: 'Write a reflection' }).waitFor()
    await page.getByLabel(/^Date/).fill('2026-11-05')
    await page.getByLabel('Title').fill('Debrief after the discharge meeting')
    await page.getByLabel('Amelia Hall').check()
    await page.getByLabel('Nia Blackwood').check()
    await page
      .getByRole('textbox', { name: 'Observe' })
      .fill('Mrs B told her story of **three assessments** in a week.')
    await page
      .getByRole('textbox', { name: 'Reflect' })
      .fill('We assumed the GP practice did not want to come. It did.')
    await page
      .getByRole('textbox', { name: 'Plan' })
      .fill('- Trial one shared referral form\n- Invite housing to the next meeting')
    await page
      .getByRole('group', { name: 'Observe: write or preview' })
      .getByRole('button', { name: 'Preview' })
      .click()
    await expect
      .poll(() => page.locator('.markdown strong').first().innerText())
      .toBe('three assessments')
    await screenshot(page, '20-reflection-editor')
    await expectAccessible(page, 'reflection editor')
    await page.getByRole('button', { name: 'Save reflection cycle' }).click()

    await page.getByRole('heading', { name: 'Reflection: Harrowdene, 5 Nov 2026' }).waitFor()
    expect(await page.locator('main').innerText()).toContain(
      'After the partnership meeting of 4 Nov 2026'
    )

    // Tag the whole cycle and its Reflect phase.
    await page
      .getByLabel('Tag the whole cycle with a theme')
      .selectOption({ label: 'Exploring diversity and building trust' })
    await page.getByRole('button', { name: 'Tag the whole cycle' }).click()
    await page.getByLabel('Tag Reflect with a theme').selectOption({ label: 'Be curious' })
    await page.getByRole('button', { name: 'Tag Reflect' }).click()
    await expect
      .poll(() => page.getByRole('list', { name: 'Themes on Reflect' }).innerText())
      .toContain('Be curious')

    // A Plan item becomes an action without retyping.
    await page
      .getByRole('button', { name: 'Make an action of “Trial one shared referral form”' })
      .click()
    const dialog = page.getByRole('dialog')
    expect(await dialog.getByLabel('Action').inputValue()).toBe('Trial one shared referral form')
    // Owners offered: who took part (no one is in the partnership yet); others found by typing.
    const ownerSelect = dialog.getByLabel('Owner', { exact: true })
    expect(await ownerSelect.locator('option').allInnerTexts()).toEqual([
      'No owner yet',
      'Amelia Hall',
      'Nia Blackwood'
    ])
    await dialog.getByRole('button', { name: 'Find an owner not on the list' }).click()
    await dialog.getByRole('combobox', { name: 'Find the owner in the programme' }).fill('omar')
    await dialog.getByRole('option', { name: /Omar Reid/ }).click()
    await expect.poll(() => ownerSelect.locator('option:checked').innerText()).toBe('Omar Reid')
    await screenshot(page, '21a-plan-action-owner-found')
    await expectAccessible(page, 'making an action with an owner found by typing')
    await dialog.getByLabel('Owner', { exact: true }).selectOption({ label: 'Nia Blackwood' })
    await dialog.getByLabel('Due date').fill('2026-11-01')
    await dialog.getByRole('button', { name: 'Make the action' }).click()
    await expect
      .poll(() =>
        dialog.getByText('Due date must be on or after 2026-11-05 (the reflection date)').count()
      )
      .toBe(1)
    await dialog.getByLabel('Due date').fill('2026-12-01')
    await dialog.getByRole('button', { name: 'Make the action' }).click()
    await dialog.waitFor({ state: 'detached' })
    const actions = page.getByRole('region', { name: 'Actions made from this plan' })
    await expect.poll(() => page.locator('main').innerText()).toContain('Action made')
    expect(await actions.innerText()).toContain('Trial one shared referral form')
    await screenshot(page, '21-reflection-cycle')
    await expectAccessible(page, 'reflection cycle')

    // The next cycle's Observe starts from the last plan and what happened to its action.
    await goTo(session, `/programmes/${programmeId}/reflections/new?site=${siteId}`)
    await page.getByRole('heading', { name: 'Write a reflection' }).waitFor()
    const previous = page.getByRole('complementary', { name: /Last time's plan/ })
    await expect
      .poll(() => previous.innerText())
      .toContain('Trial one shared referral form: open, due 1 Dec 2026')
    expect(await previous.innerText()).toContain('Invite housing to the next meeting')
    await screenshot(page, '22-next-reflection')

    await page.getByRole('link', { name: 'Reflections' }).click()
    await page.getByRole('heading', { name: 'Reflections', level: 1 }).waitFor()
    await expect
      .poll(() => page.locator('main').innerText())
      .toContain('Debrief after the discharge meeting')
    await screenshot(page, '23-reflection-log')
    await expectAccessible(page, 'reflection log')
    // The learning partner's review pack is one click away from the log.
    await page.getByRole('link', { name: 'Send cycles for review' }).click()
    await page.getByRole('heading', { name: 'Learning-partner review', level: 1 }).waitFor()
    expect(page.url()).toContain(`/programmes/${programmeId}/review`)
    await page.getByRole('heading', { name: 'Export a review pack' }).waitFor()
    expect(personId && coordinatorId).toBeTruthy()
  })
})
