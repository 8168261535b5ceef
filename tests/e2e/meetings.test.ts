// Recording two meetings of a site, following an action from one to the next, and seeing the
// result in the action tracker, the site's engagement and its quote bank.
import { afterEach, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { expectAccessible, goTo, openSession, screenshot, seed, type Session } from './support'

const NOW = new Date('2026-11-21T10:00:00Z')
const clock = () => NOW
let session: Session | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

const SECTORS = [
  'nhs',
  'local_authority',
  'primary_care',
  'voluntary_community',
  'housing'
] as const
const ROLES = [
  'District nurse',
  'Social worker',
  'GP',
  'Community development worker',
  'Housing officer'
]

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
  const orgs = Array.from({ length: 12 }, (_, i) =>
    seed(
      s,
      'organisations.create',
      { programmeId, name: `Harrowdene Organisation ${i + 1}`, sector: SECTORS[i % 5] ?? 'nhs' },
      clock
    )
  )
  const people = Array.from({ length: 16 }, (_, i) => {
    const name = `Person ${String(i + 1).padStart(2, '0')} Harrow`
    const { id } = seed(
      s,
      'people.create',
      {
        programmeId,
        name,
        role: ROLES[i % 5] ?? 'Member',
        organisationId: orgs[i % 12]?.id ?? null
      },
      clock
    )
    seed(
      s,
      'siteMembers.add',
      { siteId, personId: id, role: i === 0 ? 'coordinator' : 'member', joinedOn: '2026-01-05' },
      clock
    )
    return { id, name }
  })
  return { programmeId, siteId, people }
}

/** Whether the element has the keyboard focus (evaluated in the page: this file has no DOM types). */
async function hasFocus(control: Locator): Promise<boolean> {
  const id = await control.getAttribute('id')
  return (
    id !== null &&
    (await control.page().evaluate<string>('document.activeElement?.id ?? ""')) === id
  )
}

async function mark(page: Page, name: string, status: 'Attended' | 'Sent apologies') {
  await page.getByLabel(`Attendance for ${name}`).selectOption({ label: status })
}

describe('meetings, quotes and actions, end to end', () => {
  it('records two meetings and follows their actions', async () => {
    session = await openSession(clock)
    const { page } = session
    const { programmeId, siteId, people } = seedSite(session)

    await goTo(session, `/programmes/${programmeId}/sites/${siteId}/meetings`)
    await page.getByRole('link', { name: 'Record a meeting' }).click()
    await page.getByRole('heading', { name: 'Record a meeting' }).waitFor()
    await page.getByLabel('Date', { exact: false }).first().fill('2026-10-14')
    await page.getByLabel('Start time').fill('13:30')
    await page.getByLabel('Duration in minutes').fill('180')
    await page.getByLabel('Venue').fill('Harrowdene Library community room')
    await page.getByLabel('Facilitator').fill('Amelia Hall')
    await page.getByLabel('Purpose').fill('Agree what to try first for people leaving hospital')
    for (const person of people.slice(0, 14)) await mark(page, person.name, 'Attended')
    await mark(page, people[14]?.name ?? '', 'Sent apologies')

    // Someone new, added without leaving the form, with a new organisation.
    await page.getByRole('button', { name: 'Add someone new' }).click()
    await page.getByLabel('Their name').fill('Priya Natt')
    await page.getByLabel('Their role or profession').fill('Pharmacist')
    await page.getByLabel('Their organisation').selectOption({ label: 'A new organisation…' })
    await page.getByLabel('New organisation name').fill('Harrowdene Pharmacy')
    await page
      .getByLabel('New organisation sector')
      .selectOption({ label: 'Primary care / GP practices' })
    await page.getByRole('button', { name: 'Add and mark as attended' }).click()
    await expect.poll(() => page.getByText('15 attended · 1 sent apologies').count()).toBe(1)

    for (const [i, title] of [
      'Mrs B’s discharge from hospital',
      'One shared referral form',
      'Who holds the risk?'
    ].entries()) {
      await page.getByRole('button', { name: 'Add a focus area' }).click()
      await page.getByLabel(`Focus area ${i + 1} title`).fill(title)
      await page
        .getByLabel(`Focus area ${i + 1} notes`)
        .fill(`Small group notes on ${title.toLowerCase()}`)
    }
    for (const [i, text] of [
      'Trial one referral form for three months',
      'Invite housing to the next meeting'
    ].entries()) {
      await page.getByRole('button', { name: 'Add a decision' }).click()
      await page.getByLabel(`Decision ${i + 1}`).fill(text)
    }
    const actions = [
      ['Draft the shared referral form', people[1]?.name, '2026-10-28'],
      ['Book the library room for next month', people[0]?.name, '2026-11-10'],
      ['Ask the housing team to join', people[2]?.name, '2026-10-01']
    ] as const
    for (const [i, [description, owner, due]] of actions.entries()) {
      await page.getByRole('button', { name: 'Add an action' }).click()
      await page.getByLabel(`Action ${i + 1}`, { exact: true }).fill(description)
      await page.getByLabel(`Action ${i + 1} owner`).selectOption({ label: owner ?? '' })
      await page.getByLabel(`Action ${i + 1} due date`).fill(due)
    }
    for (const [i, [text, speaker, consent]] of [
      [
        'I didn’t know your team did home visits too.',
        people[0]?.name,
        'Yes, may be used in reports'
      ],
      ['We keep assessing the same people three times.', people[2]?.name, 'Not asked yet']
    ].entries()) {
      await page.getByRole('button', { name: 'Add a quote' }).click()
      await page.getByLabel(`Quote ${i + 1}`, { exact: true }).fill(text ?? '')
      await page
        .getByLabel(`Quote ${i + 1} speaker (private)`)
        .selectOption({ index: 1 + people.findIndex((p) => p.name === speaker) })
      await page
        .getByLabel(`Quote ${i + 1} consent to use in reports`)
        .selectOption({ label: consent ?? '' })
    }
    await page.getByLabel('What was learned').fill('Housing sees the same people we do')
    await page.getByLabel('Notes', { exact: true }).fill('Room booked until 4pm; tea ran out')
    await page.getByLabel('Check-out: how people left').fill('Hopeful, a bit tired')
    await page.getByLabel('Energy at check-out (1 low, 5 high)').selectOption('4')

    // An action due before the meeting is refused beside the field, and nothing is saved.
    await page.getByRole('button', { name: 'Save meeting record' }).click()
    await expect
      .poll(() =>
        page.getByText('Due date must be on or after 2026-10-14 (the meeting date)').count()
      )
      .toBe(1)
    await screenshot(page, '10-meeting-form-error')
    await expectAccessible(page, 'meeting form with an error')
    await page.getByLabel('Action 3 due date').fill('2026-12-15')
    await page.getByRole('button', { name: 'Save meeting record' }).click()

    await page.getByRole('heading', { name: 'Partnership meeting, 14 Oct 2026' }).waitFor()
    const record = await page.locator('main').innerText()
    expect(record).toContain('Attendance: 15 named')
    expect(record).toContain('Priya Natt (Pharmacist)')
    expect(record).toContain('Who holds the risk?')
    expect(record).toContain('Invite housing to the next meeting')
    expect(record).toContain('(District nurse)')
    // The notes have a heading of their own, apart from what was learned.
    const notes = page.getByRole('region', { name: 'Learning and notes' })
    expect(await notes.getByRole('heading', { level: 4 }).allInnerTexts()).toEqual([
      'What was learned',
      'Notes',
      'Check-out'
    ])
    await screenshot(page, '11-meeting-record')
    await expectAccessible(page, 'meeting record')

    // The next meeting reviews the open actions from the first.
    await page.getByRole('link', { name: 'Meetings' }).click()
    await page.getByRole('link', { name: 'Record a meeting' }).click()
    await page.getByLabel('Date', { exact: false }).first().fill('2026-11-18')
    await page.getByLabel('Duration in minutes').fill('150')
    for (const person of people.slice(0, 9)) await mark(page, person.name, 'Attended')
    await mark(page, 'Priya Natt', 'Attended')
    await page
      .getByLabel('What happened to "Book the library room for next month"')
      .selectOption({ label: 'Done' })
    await screenshot(page, '12-next-meeting-review')
    await page.getByRole('button', { name: 'Save meeting record' }).click()
    await page.getByRole('heading', { name: 'Partnership meeting, 18 Nov 2026' }).waitFor()

    // The tracker: the overdue action stands out; the one marked done has gone from open actions.
    await page.getByRole('link', { name: 'Actions', exact: true }).click()
    await page.getByRole('heading', { name: 'Actions across sites' }).waitFor()
    const overdueRow = page.getByRole('row').filter({ hasText: 'Draft the shared referral form' })
    await expect.poll(() => overdueRow.innerText()).toContain('Overdue by 24 days')
    const tracker = await page.locator('main').innerText()
    expect(tracker).toContain('2 actions, 1 overdue')
    expect(tracker).not.toContain('Book the library room')
    await screenshot(page, '13-action-tracker')
    await expectAccessible(page, 'action tracker')

    // Engagement shows both meetings' attendance.
    await goTo(session, `/programmes/${programmeId}/sites/${siteId}/engagement`)
    const engagement = page.locator('main')
    await expect.poll(() => engagement.innerText()).toContain('14 Oct 2026')
    const text = await engagement.innerText()
    expect(text).toContain('18 Nov 2026')
    await screenshot(page, '14-site-engagement')
    await expectAccessible(page, 'site engagement')

    await page.getByRole('link', { name: 'Quote bank' }).click()
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'quotes' }).innerText())
      .toBe('2 quotes')
    await page.getByLabel('Consent').selectOption({ label: 'Yes, may be used in reports' })
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'quote' }).innerText())
      .toBe('1 quote')
    await screenshot(page, '15-quote-bank')
    await expectAccessible(page, 'quote bank')
  })

  it('applies each review choice to its own action when the open actions change under the form', async () => {
    session = await openSession(clock)
    const { page } = session
    const { programmeId, siteId } = seedSite(session)
    const [draft, library, housing] = [
      'Draft the shared referral form',
      'Book the library room',
      'Ask the housing team to join'
    ]
    const first = seed(
      session,
      'meetings.create',
      {
        siteId,
        heldOn: '2026-10-14',
        durationMinutes: 120,
        kind: 'partnership',
        actions: [
          { description: draft, dueOn: '2026-11-28' },
          { description: library, dueOn: '2026-12-05' },
          { description: housing, dueOn: '2026-12-12' }
        ]
      },
      clock
    )
    const actionsNow = () =>
      seed(session as Session, 'meetings.get', { id: first.id }).actions.map((a) => ({
        description: a.description,
        status: a.status,
        completedOn: a.completedOn,
        dueOn: a.dueOn
      }))
    const choice = (description: string) => page.getByLabel(`What happened to "${description}"`)

    // The trial's steps: the form lists the open actions and a choice is made for one...
    await goTo(session, `/programmes/${programmeId}/sites/${siteId}/meetings/new`)
    await page.getByRole('heading', { name: 'Record a meeting' }).waitFor()
    await page.getByLabel('Date', { exact: false }).first().fill('2026-11-18')
    await choice(draft).selectOption({ label: 'Carry forward' })
    await page.getByLabel(`New due date for "${draft}"`).fill('2026-12-20')
    // ...then it is marked done from the action tracker, and Back returns to the form.
    await page.getByRole('link', { name: 'Actions', exact: true }).click()
    await page.getByRole('button', { name: 'Leave this form' }).click()
    await page.getByRole('heading', { name: 'Actions across sites' }).waitFor()
    await page
      .getByRole('row')
      .filter({ hasText: draft })
      .getByRole('button', { name: /^Mark done/ })
      .click()
    const dialog = page.getByRole('dialog', { name: 'Mark the action done' })
    await dialog.getByLabel('Date done').fill('2026-11-16')
    await dialog.getByRole('button', { name: 'Mark done' }).click()
    const undo = page.getByRole('status').filter({ hasText: 'marked done on 16 Nov 2026' })
    await expect.poll(() => undo.count()).toBe(1)
    await page.goBack()
    await page.getByRole('heading', { name: 'Record a meeting' }).waitFor()
    // The Undo notice stayed with the tracker: it does not cover the form's buttons.
    expect(await undo.count()).toBe(0)
    await page.getByRole('button', { name: 'Restore the draft' }).click()

    // The form shows the two actions still open, and says the choice for the third was not kept.
    await expect.poll(() => choice(draft).count()).toBe(0)
    expect(await choice(library).inputValue()).toBe('leave')
    expect(await choice(housing).inputValue()).toBe('leave')
    const notKept = page.getByRole('status', { name: 'Choices not kept' })
    await expect
      .poll(() => notKept.innerText())
      .toContain(
        `‘${draft}’ is no longer open: it was marked done or dropped elsewhere. Your choice for it (Carry forward) was not kept.`
      )
    await choice(library).selectOption({ label: 'Done' })
    await screenshot(page, '18-meeting-review-reconciled')
    await expectAccessible(page, 'meeting form after its open actions changed')
    await page.getByRole('button', { name: 'Save meeting record' }).click()
    await page.getByRole('heading', { name: 'Partnership meeting, 18 Nov 2026' }).waitFor()
    // Exactly the action chosen changed; the one marked done elsewhere kept its own date.
    expect(actionsNow()).toEqual([
      { description: draft, status: 'done', completedOn: '2026-11-16', dueOn: '2026-11-28' },
      { description: library, status: 'done', completedOn: '2026-11-18', dueOn: '2026-12-05' },
      { description: housing, status: 'open', completedOn: null, dueOn: '2026-12-12' }
    ])

    // A form left open while its action is closed elsewhere: the refusal is said, not swallowed.
    await page.getByRole('link', { name: 'Meetings' }).click()
    await page.getByRole('link', { name: 'Record a meeting' }).click()
    await page.getByRole('heading', { name: 'Record a meeting' }).waitFor()
    // The meeting saved left no draft behind.
    expect(await page.getByRole('region', { name: 'Unsaved draft' }).count()).toBe(0)
    await page.getByLabel('Date', { exact: false }).first().fill('2026-11-20')
    await choice(housing).selectOption({ label: 'Drop' })
    const housingId = seed(session, 'meetings.get', { id: first.id }).actions[2]?.id ?? ''
    seed(
      session,
      'actions.setStatus',
      { id: housingId, status: 'done', completedOn: '2026-11-19' },
      clock
    )
    await page.getByRole('button', { name: 'Save meeting record' }).click()
    await expect
      .poll(() => page.locator('.form-error').innerText())
      .toBe(`The action "${housing}" is already done`)
    await expect.poll(() => choice(housing).count()).toBe(0)
    await expect.poll(() => notKept.innerText()).toContain(`‘${housing}’ is no longer open`)
    await screenshot(page, '19-meeting-review-refused')
    await page.getByRole('button', { name: 'Save meeting record' }).click()
    await page.getByRole('heading', { name: 'Partnership meeting, 20 Nov 2026' }).waitFor()
    expect(actionsNow()[2]).toEqual({
      description: housing,
      status: 'done',
      completedOn: '2026-11-19',
      dueOn: '2026-12-12'
    })
    expect(seed(session, 'meetings.list', { siteId })).toHaveLength(3)
  })

  it('adds people not in the partnership with the keyboard, from a search of the programme', async () => {
    session = await openSession(clock)
    const { page } = session
    const { programmeId, siteId, people } = seedSite(session)
    const pharmacy = seed(
      session,
      'organisations.create',
      { programmeId, name: 'Harrowdene Pharmacy', sector: 'primary_care' },
      clock
    )
    const outsider = (name: string, role: string, organisationId: string | null = null) =>
      seed(session as Session, 'people.create', { programmeId, name, role, organisationId }, clock)
        .id
    const priya = outsider('Priya Natt', 'Pharmacist', pharmacy.id)
    const nate = outsider('Nate Oduya', 'Councillor')
    outsider('Jonathan Fenn', 'Natural health adviser')

    await goTo(session, `/programmes/${programmeId}/sites/${siteId}/meetings/new`)
    await page.getByRole('heading', { name: 'Record a meeting' }).waitFor()
    await page.getByLabel('Date', { exact: false }).first().fill('2026-11-18')
    await mark(page, people[0]?.name ?? '', 'Attended')
    // The grid lists the partnership only: the programme's other people are found by search.
    expect(await page.getByLabel('Attendance for Priya Natt').count()).toBe(0)
    expect(await page.locator('.attendance-table tbody tr').count()).toBe(16)

    const search = page.getByRole('combobox', { name: 'Add someone not on the list' })
    await page.getByLabel(`Attendance for ${people[15]?.name}`).focus()
    for (let i = 0; i < 5 && !(await hasFocus(search)); i++) await page.keyboard.press('Tab')
    expect(await hasFocus(search)).toBe(true)
    await page.keyboard.type('nat', { delay: 30 })
    const options = page.getByRole('listbox', { name: 'Add someone not on the list' })
    await expect
      .poll(() => options.getByRole('option').allInnerTexts())
      .toEqual([
        'Nate Oduya Councillor',
        'Jonathan Fenn Natural health adviser',
        'Priya Natt Pharmacist, Harrowdene Pharmacy'
      ])
    expect(await search.getAttribute('aria-expanded')).toBe('true')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    const active = await search.getAttribute('aria-activedescendant')
    expect(await page.locator(`[id="${active}"]`).innerText()).toContain('Priya Natt')
    await screenshot(page, '16-meeting-person-search')
    await expectAccessible(page, 'meeting form with the person search open')
    await page.keyboard.press('Enter')

    // Picked: on the grid, marked attended, the box empty and still focused for the next one.
    await expect
      .poll(() => page.getByLabel('Attendance for Priya Natt').inputValue())
      .toBe('attended')
    expect(await page.getByRole('heading', { name: 'Record a meeting' }).count()).toBe(1)
    expect(await search.inputValue()).toBe('')
    expect(await hasFocus(search)).toBe(true)
    expect(await page.getByText('2 attended · 0 sent apologies').count()).toBe(1)
    // Marked absent again, they stay on the grid to be marked once more.
    await page.getByLabel('Attendance for Priya Natt').selectOption({ label: 'Absent' })
    await page.getByLabel('Attendance for Priya Natt').selectOption({ label: 'Sent apologies' })

    // An action owner from elsewhere in the programme, found the same way.
    await page.getByRole('button', { name: 'Add an action' }).click()
    await page.getByLabel('Action 1', { exact: true }).fill('Brief the council on the pilot')
    await page.getByLabel('Action 1 due date').fill('2026-12-09')
    await page.getByRole('button', { name: 'Find an owner not on the list for action 1' }).focus()
    await page.keyboard.press('Enter')
    const ownerSearch = page.getByRole('combobox', {
      name: "Find action 1's owner in the programme"
    })
    await expect.poll(() => hasFocus(ownerSearch)).toBe(true)
    await page.keyboard.type('counc', { delay: 30 })
    await page.getByRole('option', { name: /Nate Oduya/ }).waitFor()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    const owner = page.getByLabel('Action 1 owner')
    await expect.poll(() => hasFocus(owner)).toBe(true)
    expect(await owner.inputValue()).toBe(nate)
    expect(await ownerSearch.count()).toBe(0)
    // Nate, found as an owner only, waits among the non-members until asked for.
    expect(await page.getByLabel('Attendance for Nate Oduya').count()).toBe(0)
    const others = page.getByLabel(
      'Also show people on the list who are not members on this date (1)'
    )
    await others.check()
    expect(await page.getByLabel('Attendance for Nate Oduya').inputValue()).toBe('')
    await others.uncheck()
    await screenshot(page, '17-meeting-owner-found')
    await expectAccessible(page, 'meeting form with an owner found in the programme')

    await page.getByRole('button', { name: 'Save meeting record' }).click()
    await page.getByRole('heading', { name: 'Partnership meeting, 18 Nov 2026' }).waitFor()
    const [saved] = seed(session, 'meetings.list', { siteId })
    const record = seed(session, 'meetings.get', { id: saved?.id ?? '' })
    expect(record.attendance.map((a) => [a.name, a.status])).toEqual([
      [people[0]?.name, 'attended'],
      ['Priya Natt', 'apologies']
    ])
    expect(record.attendance[1]?.personId).toBe(priya)
    expect(record.actions.map((a) => [a.description, a.ownerName])).toEqual([
      ['Brief the council on the pilot', 'Nate Oduya']
    ])

    // Edited after Priya is archived: she is still on it, as she was.
    seed(session, 'people.archive', { id: priya }, clock)
    await page.getByRole('link', { name: 'Edit meeting' }).click()
    await page.getByRole('heading', { name: 'Edit meeting' }).waitFor()
    expect(await page.getByLabel('Attendance for Priya Natt').inputValue()).toBe('apologies')
    await page.getByLabel('Venue').fill('Harrowdene Library')
    await page.getByRole('button', { name: 'Save meeting' }).click()
    await page.getByRole('heading', { name: 'Partnership meeting, 18 Nov 2026' }).waitFor()
    expect(
      seed(session, 'meetings.get', { id: saved?.id ?? '' }).attendance.map((a) => a.name)
    ).toEqual([people[0]?.name, 'Priya Natt'])
    seed(session, 'people.restore', { id: priya }, clock)

    // The next meeting offers Priya, who came to a recent one, and "same as last meeting" marks her.
    await goTo(session, `/programmes/${programmeId}/sites/${siteId}/meetings/new`)
    await page.getByRole('heading', { name: 'Record a meeting' }).waitFor()
    await page.getByLabel('Date', { exact: false }).first().fill('2026-11-20')
    await page.getByRole('button', { name: 'Same as last meeting (18 Nov 2026)' }).click()
    expect(await page.getByLabel('Attendance for Priya Natt').inputValue()).toBe('apologies')
    expect(await page.getByLabel(`Attendance for ${people[0]?.name}`).inputValue()).toBe('attended')
  })
})
