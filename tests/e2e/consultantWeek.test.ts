// A consultant's week: UK dates typed in a browser with a US locale, a half-written meeting kept
// as a draft, dialogs that put focus where work starts and back where it came from, and a whole
// meeting (attendance grid and outcome ratings grid) recorded with the keyboard alone.
import { afterEach, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
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
  const { id: siteId } = seed(
    s,
    'sites.create',
    { programmeId, name: 'Harrowdene', startDate: '2026-01-05' },
    clock
  )
  const people = ['Amira Bello', 'Bryn Carter', 'Cora Dunn', 'Dev Ellis'].map((name, i) => {
    const { id } = seed(s, 'people.create', { programmeId, name, role: 'GP' }, clock)
    seed(
      s,
      'siteMembers.add',
      { siteId, personId: id, role: i === 0 ? 'coordinator' : 'member', joinedOn: '2026-01-05' },
      clock
    )
    return { id, name }
  })
  const outcomes = ['More trust between agencies', 'Shared decisions on discharge'].map(
    (title) => seed(s, 'outcomes.create', { siteId, title, agreedOn: '2026-02-03' }, clock).id
  )
  return { programmeId, siteId, people, outcomes }
}

/** The accessible label of the focused control, evaluated in the page (this file has no DOM types). */
const FOCUSED_LABEL = `(() => {
  const el = document.activeElement
  if (!el) return ''
  const label = el.id ? document.querySelector('label[for="' + CSS.escape(el.id) + '"]') : null
  return (el.getAttribute('aria-label') || (label && label.textContent) || el.textContent || '').trim()
})()`

const focusedLabel = (page: Page) => page.evaluate<string>(FOCUSED_LABEL)

/** Presses Tab until the focused element is the one described, as a keyboard user would. */
async function tabTo(page: Page, name: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const focused = await focusedLabel(page)
    if (focused === name || focused.startsWith(`${name} (`)) return
  }
  throw new Error(`Tab never reached ${name}`)
}

describe("a consultant's week", () => {
  it('takes UK dates in a browser with a US locale and refuses an impossible one', async () => {
    session = await openSession(clock)
    const { programmeId, siteId } = seedSite(session)
    const page = await session.browser.newPage({
      viewport: { width: 1360, height: 900 },
      locale: 'en-US'
    })
    await page.goto(
      `${session.harness.url}#/programmes/${programmeId}/sites/${siteId}/meetings/new`
    )
    expect(await page.evaluate(() => navigator.language)).toBe('en-US')
    const date = page.getByLabel('Date', { exact: false }).first()
    await date.waitFor()
    for (const typed of ['21/11/2026', '21 Nov 2026', '21-11-2026', '2026-11-21']) {
      await date.fill(typed)
      await date.press('Tab')
      expect(await date.inputValue(), typed).toBe('21/11/2026')
    }
    // Typed digits meant day first, never month first.
    await date.fill('01092015')
    await date.press('Tab')
    expect(await date.inputValue()).toBe('01/09/2015')

    await date.fill('31/02/2026')
    await date.press('Tab')
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toBe('31/02/2026 is not a real date')
    expect(await date.getAttribute('aria-invalid')).toBe('true')
    await page.getByRole('button', { name: 'Save meeting record' }).click()
    expect(await page.getByText('31/02/2026 is not a real date').count()).toBe(1)
    expect(seed(session, 'meetings.list', { siteId })).toEqual([])

    await date.fill('')
    await page.getByRole('button', { name: 'Save meeting record' }).click()
    await page.getByText('Enter the date').waitFor()
    await screenshot(page, 'week-date-field-en-US')
    await expectAccessible(page, 'the meeting form in an en-US browser')

    await date.fill('14 Oct 2026')
    await page.getByRole('button', { name: 'Save meeting record' }).click()
    await page.getByRole('heading', { name: /Partnership meeting, 14 Oct 2026/ }).waitFor()
    expect(seed(session, 'meetings.list', { siteId }).map((m) => m.heldOn)).toEqual(['2026-10-14'])
    await page.close()
  })

  it('keeps a half-written meeting as a draft and offers it back', async () => {
    session = await openSession(clock)
    const { page } = session
    const { programmeId, siteId, people } = seedSite(session)
    const form = `/programmes/${programmeId}/sites/${siteId}/meetings/new`
    await goTo(session, form)
    await page.getByLabel('Date', { exact: false }).first().fill('2026-10-14')
    await page.getByLabel('Venue').fill('Harrowdene Library community room')
    await page.getByLabel('Purpose').fill('Agree what to try first for people leaving')
    await page.getByLabel(`Attendance for ${people[1]?.name}`).selectOption({ label: 'Attended' })

    // Another tab of the site: the form asks first.
    await page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name: 'Outcomes' })
      .click()
    const ask = page.getByRole('dialog', { name: 'Leave without saving?' })
    await ask.waitFor()
    await screenshot(page, 'week-leave-guard')
    await ask.getByRole('button', { name: 'Stay and keep editing' }).click()
    expect(await page.getByLabel('Venue').inputValue()).toBe('Harrowdene Library community room')
    await page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name: 'Outcomes' })
      .click()
    await ask.getByRole('button', { name: 'Leave this form' }).click()
    await page.getByRole('heading', { name: 'Agreed outcomes' }).waitFor()

    // Back to the form: empty, with the draft offered.
    await goTo(session, form)
    const offer = page.getByRole('region', { name: 'Unsaved draft' })
    await offer.waitFor()
    expect(await page.getByLabel('Venue').inputValue()).toBe('')
    await screenshot(page, 'week-draft-offered')
    await expectAccessible(page, 'the meeting form offering a draft')
    await offer.getByRole('button', { name: 'Restore the draft' }).click()
    expect(await page.getByLabel('Venue').inputValue()).toBe('Harrowdene Library community room')
    expect(await page.getByLabel('Purpose').inputValue()).toBe(
      'Agree what to try first for people leaving'
    )
    expect(await page.getByLabel('Date', { exact: false }).first().inputValue()).toBe('14/10/2026')
    expect(await page.getByLabel(`Attendance for ${people[1]?.name}`).inputValue()).toBe('attended')

    // Saved: the draft is gone.
    await page.getByRole('button', { name: 'Save meeting record' }).click()
    await page.getByRole('heading', { name: /Partnership meeting, 14 Oct 2026/ }).waitFor()
    await goTo(session, form)
    await page.getByRole('heading', { name: 'Record a meeting' }).waitFor()
    expect(await page.getByRole('region', { name: 'Unsaved draft' }).count()).toBe(0)
  })

  it('puts focus on the first field of a dialog, back on its opener, and asks before Escape loses typing', async () => {
    session = await openSession(clock)
    const { page } = session
    const { programmeId, siteId } = seedSite(session)
    const { id: meetingId } = seed(
      session,
      'meetings.create',
      { siteId, heldOn: '2026-10-14', durationMinutes: 180, kind: 'partnership' },
      clock
    )
    await goTo(session, `/programmes/${programmeId}/sites/${siteId}/meetings/${meetingId}`)
    const opener = page.getByRole('button', { name: 'Rate the outcomes at this meeting' })
    await opener.click()
    const dialog = page.getByRole('dialog', { name: 'Rate the outcomes at this meeting' })
    await dialog.getByLabel('New rating for More trust between agencies').waitFor()
    await expect.poll(() => focusedLabel(page)).toBe('New rating for More trust between agencies')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(await focusedLabel(page)).toBe('Rate the outcomes at this meeting')

    // Escape after typing asks first; keeping the typing keeps the dialog.
    await page.keyboard.press('Enter')
    await dialog.getByLabel('Evidence for More trust between agencies').fill('Phone calls')
    await page.keyboard.press('Escape')
    const question = dialog.getByRole('alertdialog', { name: 'Discard changes?' })
    await question.waitFor()
    await screenshot(page, 'week-discard-question')
    await expectAccessible(page, 'a dialog asking before discarding typing')
    await question.getByRole('button', { name: 'Keep editing' }).click()
    expect(await dialog.getByLabel('Evidence for More trust between agencies').inputValue()).toBe(
      'Phone calls'
    )
    await page.keyboard.press('Escape')
    await question.getByRole('button', { name: 'Discard changes' }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(await focusedLabel(page)).toBe('Rate the outcomes at this meeting')
    // Escape on an untouched dialog closes it at once.
    await page.keyboard.press('Enter')
    await dialog.waitFor()
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect(await focusedLabel(page)).toBe('Rate the outcomes at this meeting')
  })

  it('records a whole meeting, attendance grid and ratings grid, with the keyboard alone', async () => {
    session = await openSession(clock)
    const { page } = session
    const { programmeId, siteId, people, outcomes } = seedSite(session)
    const [amira, bryn, cora, dev] = people
    // The meeting before: Amira and Cora came, Bryn sent apologies.
    seed(
      session,
      'meetings.create',
      {
        siteId,
        heldOn: '2026-09-09',
        durationMinutes: 180,
        kind: 'partnership',
        attendance: [
          { personId: amira?.id ?? '', status: 'attended' },
          { personId: bryn?.id ?? '', status: 'apologies' },
          { personId: cora?.id ?? '', status: 'attended' }
        ]
      },
      clock
    )
    await goTo(session, `/programmes/${programmeId}/sites/${siteId}/meetings/new`)
    await page.getByRole('heading', { name: 'Record a meeting' }).waitFor()

    await tabTo(page, 'Date')
    await page.keyboard.type('14/10/2026')
    await tabTo(page, 'Venue')
    await page.keyboard.type('Harrowdene Library')
    await tabTo(page, 'Same as last meeting')
    await page.keyboard.press('Enter')
    expect(await page.getByLabel(`Attendance for ${bryn?.name}`).inputValue()).toBe('apologies')
    expect(await page.getByLabel(`Attendance for ${dev?.name}`).inputValue()).toBe('')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Enter') // Everyone on the list attended
    expect(await page.getByLabel(`Attendance for ${bryn?.name}`).inputValue()).toBe('attended')
    await tabTo(page, `Attendance for ${dev?.name}`)
    await page.keyboard.type('s') // Sent apologies
    expect(await page.getByLabel(`Attendance for ${dev?.name}`).inputValue()).toBe('apologies')
    await screenshot(page, 'week-attendance-grid')
    await tabTo(page, 'Save meeting record')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: /Partnership meeting, 14 Oct 2026/ }).waitFor()

    await tabTo(page, 'Rate the outcomes at this meeting')
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Rate the outcomes at this meeting' })
    await dialog.getByLabel('New rating for More trust between agencies').waitFor()
    await expect.poll(() => focusedLabel(page)).toBe('New rating for More trust between agencies')
    await page.keyboard.type('7')
    await page.keyboard.press('Tab')
    await page.keyboard.type('GPs now phone the social work team')
    await page.keyboard.press('Tab')
    await page.keyboard.type('5')
    await page.keyboard.press('Tab')
    await page.keyboard.type('One joint discharge plan')
    await screenshot(page, 'week-ratings-grid')
    await expectAccessible(page, 'the ratings grid')
    await tabTo(page, 'Save ratings')
    await page.keyboard.press('Enter')
    await dialog.waitFor({ state: 'detached' })
    await page.getByText('2 ratings saved, dated 14 Oct 2026.').waitFor()

    const meeting = seed(session, 'meetings.list', { siteId }).find(
      (m) => m.heldOn === '2026-10-14'
    )
    expect(meeting).toMatchObject({
      heldOn: '2026-10-14',
      venue: 'Harrowdene Library',
      attended: 3,
      apologies: 1
    })
    const rated = seed(session, 'outcomes.list', { siteId })
    expect(rated.map((o) => [o.id, o.latest])).toEqual([
      [outcomes[0], { rating: 7, ratedOn: '2026-10-14' }],
      [outcomes[1], { rating: 5, ratedOn: '2026-10-14' }]
    ])
    const trust = seed(session, 'outcomes.get', { id: outcomes[0] ?? '' })
    expect(trust.ratings[0]).toMatchObject({
      evidence: 'GPs now phone the social work team',
      meetingId: meeting?.id,
      judgedBy: 'group'
    })
  })

  it('numbers tests the same on the outcome chart and the run chart, labels never overprinting', async () => {
    session = await openSession(clock)
    const { page } = session
    const s = session
    const { programmeId, siteId, outcomes } = seedSite(s)
    const outcomeId = outcomes[0] ?? ''
    for (const [on, rating] of [
      ['2026-03-03', 3],
      ['2026-06-02', 5],
      ['2026-09-01', 6]
    ] as const) {
      seed(s, 'outcomes.rate', { outcomeId, ratedOn: on, rating, judgedBy: 'group' }, clock)
    }
    // Three tests start in the same week and one is adopted a week later.
    const started: [string, string][] = [
      ['Social worker joins the GP huddle', '2026-05-04'],
      ['One shared referral form', '2026-05-05'],
      ['Library drop-in', '2026-05-07']
    ]
    for (const [title, on] of started) {
      const { id } = seed(
        s,
        'testsOfChange.create',
        { siteId, title, kind: 'quick_win', outcomeIds: [outcomeId], createdOn: '2026-04-20' },
        clock
      )
      seed(s, 'testsOfChange.move', { id, status: 'planned', on: '2026-04-27' }, clock)
      seed(s, 'testsOfChange.move', { id, status: 'testing', on }, clock)
      if (title === 'One shared referral form') {
        seed(
          s,
          'testsOfChange.addCycle',
          { testId: id, startedOn: '2026-05-05', endedOn: '2026-05-11' },
          clock
        )
        seed(
          s,
          'testsOfChange.move',
          { id, status: 'adopted', on: '2026-05-12', reason: 'Every referral now uses it' },
          clock
        )
      }
    }
    const { id: measureId } = seed(
      s,
      'measures.create',
      { siteId, name: 'People reviewed jointly', better: 'higher' },
      clock
    )
    seed(
      s,
      'measures.savePoints',
      {
        measureId,
        points: Array.from({ length: 10 }, (_, i) => ({
          period: `2026-${String(i + 1).padStart(2, '0')}-01`,
          value: 4 + (i % 3)
        }))
      },
      clock
    )

    const overlaps = (boxes: { x: number; y: number; width: number; height: number }[]) =>
      boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter(
            (b) =>
              a.x < b.x + b.width &&
              b.x < a.x + a.width &&
              a.y < b.y + b.height &&
              b.y < a.y + a.height
          )
          .map((b) => [a, b])
      )
    const labelBoxes = async (selector: string) => {
      const labels = page.locator(selector)
      const count = await labels.count()
      const found: { text: string; x: number; y: number; width: number; height: number }[] = []
      for (let i = 0; i < count; i++) {
        const box = await labels.nth(i).boundingBox()
        if (box) found.push({ text: (await labels.nth(i).textContent()) ?? '', ...box })
      }
      return found
    }

    await goTo(session, `/programmes/${programmeId}/sites/${siteId}/outcomes/${outcomeId}`)
    await page.locator('.test-marker-label').first().waitFor()
    const outcomeLabels = await labelBoxes('.test-marker-label')
    expect(outcomeLabels.map((l) => l.text).sort()).toEqual(['T1', 'T2', 'T2', 'T3'])
    expect(overlaps(outcomeLabels)).toEqual([])
    await screenshot(page, 'week-outcome-chart-markers')

    await goTo(session, `/programmes/${programmeId}/sites/${siteId}/measures/${measureId}`)
    const runLabels = page.locator('.run-chart .test-marker-label')
    await expect.poll(() => runLabels.count()).toBe(4)
    const runBoxes = await labelBoxes('.run-chart .test-marker-label')
    expect(runBoxes.map((l) => l.text).sort()).toEqual([
      'T1 start',
      'T2 adopted',
      'T2 start',
      'T3 start'
    ])
    expect(overlaps(runBoxes)).toEqual([])
    await screenshot(page, 'week-run-chart-markers')
    await expectAccessible(page, 'a run chart with close markers')
  })

  it('asks for the day an action was done, and undoes it', async () => {
    session = await openSession(clock)
    const { page } = session
    const { programmeId, siteId } = seedSite(session)
    const { id } = seed(
      session,
      'actions.create',
      {
        siteId,
        description: 'Book the library room',
        agreedOn: '2026-10-14',
        dueOn: '2026-11-01'
      },
      clock
    )
    await goTo(session, `/programmes/${programmeId}/actions`)
    await page.getByRole('button', { name: /^Mark done/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Mark the action done' })
    await dialog.waitFor()
    await expect.poll(() => focusedLabel(page)).toBe('Date done (required)')
    await page.keyboard.press('Control+A')
    await page.keyboard.type('30 Oct 2026')
    await dialog.getByRole('button', { name: 'Mark done' }).click()
    await dialog.waitFor({ state: 'detached' })
    const notice = page.getByRole('status').filter({ hasText: 'marked done on 30 Oct 2026' })
    await notice.waitFor()
    const stored = () =>
      seed(session as Session, 'actions.list', { programmeId }).find((a) => a.id === id)
    expect(stored()).toMatchObject({ status: 'done', completedOn: '2026-10-30' })
    await screenshot(page, 'week-mark-done-undo')
    await notice.getByRole('button', { name: 'Undo' }).click()
    await notice.waitFor({ state: 'detached' })
    expect(stored()).toMatchObject({ status: 'open', completedOn: null })
  })
  it('starts dates from the meeting and from the last date used, and marks done on the meeting date', async () => {
    session = await openSession(clock)
    const { page } = session
    const { programmeId, siteId } = seedSite(session)
    const { id: meetingId } = seed(
      session,
      'meetings.create',
      {
        siteId,
        heldOn: '2026-03-10',
        durationMinutes: 120,
        kind: 'partnership',
        purpose: 'Agree the first test',
        actions: [
          { description: 'Book the library room', dueOn: '2026-03-24' },
          { description: 'Send the notes round', dueOn: '2026-03-31' }
        ]
      },
      clock
    )
    const site = `/programmes/${programmeId}/sites/${siteId}`
    const dateBox = (scope: Page | Locator, label: string) =>
      scope.getByRole('textbox', { name: new RegExp(`^${label}( \\(required\\))?$`) })

    // Mark done from the meeting's page: the meeting's date, and the hint says so.
    await goTo(session, `${site}/meetings/${meetingId}`)
    await page.getByRole('button', { name: /^Mark done.*Book the library room/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Mark the action done' })
    await dialog.waitFor()
    expect(await dateBox(dialog, 'Date done').inputValue()).toBe('10/03/2026')
    await expectText(dialog, 'Filled in with the meeting’s date (10 Mar 2026).')
    await screenshot(page, 'week-mark-done-meeting-date')
    await expectAccessible(page, 'mark done from a meeting, dated by it')
    await dialog.getByRole('button', { name: 'Mark done' }).click()
    await dialog.waitFor({ state: 'detached' })
    await page.getByRole('status').filter({ hasText: 'marked done on 10 Mar 2026' }).waitFor()
    const action = seed(session, 'actions.list', { programmeId }).find(
      (a) => a.description === 'Book the library room'
    )
    expect(action).toMatchObject({ status: 'done', completedOn: '2026-03-10' })

    // Going on down the action tracker, the next starts from the date just used.
    await goTo(session, `/programmes/${programmeId}/actions`)
    await page.getByRole('button', { name: /^Mark done.*Send the notes round/ }).click()
    await dialog.waitFor()
    expect(await dateBox(dialog, 'Date done').inputValue()).toBe('10/03/2026')
    await expectText(dialog, 'Filled in with the last date used here (10 Mar 2026).')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'detached' })
    await goTo(session, `${site}/meetings/${meetingId}`)

    // A reflection on the meeting and a test of change started from it take its date.
    await page.getByRole('link', { name: 'Reflect on this meeting' }).click()
    await page.getByRole('heading', { name: 'Write a reflection' }).waitFor()
    await expect.poll(() => dateBox(page, 'Date').inputValue()).toBe('10/03/2026')
    await expectText(
      page.locator('main'),
      'The meeting’s date; choosing a meeting below fills it in'
    )
    await goTo(session, `${site}/tests/new?meeting=${meetingId}`)
    await expect.poll(() => dateBox(page, 'Date started').inputValue()).toBe('10/03/2026')

    // A stage judgement starts from today, then from the date last saved in that form.
    await goTo(session, site)
    await page.getByRole('button', { name: 'Record stage judgement' }).click()
    const stage = page.getByRole('dialog', { name: 'Record stage judgement' })
    const judged = dateBox(stage, 'Date judged')
    await judged.waitFor()
    const today = new Date()
    const pad = (n: number) => String(n).padStart(2, '0')
    const todayShown = `${pad(today.getDate())}/${pad(today.getMonth() + 1)}/${today.getFullYear()}`
    expect(await judged.inputValue()).toBe(todayShown)
    await stage.getByLabel(/^Stage/).selectOption({ index: 1 })
    await judged.fill('12/05/2026')
    await stage.getByRole('button', { name: 'Record stage' }).click()
    await stage.waitFor({ state: 'detached' })
    expect(seed(session, 'sites.get', { id: siteId }).stages.map((s) => s.judgedOn)).toEqual([
      '2026-05-12'
    ])
    await page.getByRole('button', { name: 'Record stage judgement' }).click()
    await expect.poll(() => judged.inputValue()).toBe('12/05/2026')
    await expectText(stage, 'Filled in with the last date used here (12 May 2026)')
    await screenshot(page, 'week-stage-last-date')
    await expectAccessible(page, 'a stage judgement dated from the last one')
  })
})
