// The meeting form on a real store: it opens with what meetings.prepare gives (the site's people,
// the open actions from earlier meetings), a required field left empty is named on submit, and a
// problem only the store can see (an edited date after one of the meeting's actions is due) lands
// on the field it is about, with nothing saved.
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { useApiQuery } from '../../renderer/src/api/hooks'
import { MeetingFormPage } from '../../renderer/src/features/meetings/MeetingFormPage'
import {
  emptyMeeting,
  formPathFor,
  meetingFormSchema,
  toCreateInput,
  type MeetingFormInput
} from '../../renderer/src/features/meetings/meetingForm'
import { reconcileReviews } from '../../renderer/src/features/meetings/reviewChoices'
import type { TestApi } from '../support/store'
import { renderWithStore } from './support'

interface Seeded {
  siteId: string
  meetingId: string
  /** The meeting's actions by description. */
  actions: Record<string, string>
}

/** A programme with one site, two members and a meeting whose actions are due in Oct 2026. */
function seed(api: TestApi): Seeded {
  const programmeId = api.call('programmes.create', {
    name: 'Better Together',
    startDate: '2026-01-05'
  }).id
  const siteId = api.call('sites.create', {
    programmeId,
    name: 'Eastbrook',
    startDate: '2026-02-01'
  }).id
  for (const [name, role] of [
    ['Asha Patel', 'District nurse'],
    ['Ben Okafor', 'GP']
  ] as const) {
    const personId = api.call('people.create', { programmeId, name, role }).id
    api.call('siteMembers.add', { siteId, personId, role: 'member', joinedOn: '2026-02-01' })
  }
  const meetingId = api.call('meetings.create', {
    siteId,
    heldOn: '2026-10-10',
    durationMinutes: 120,
    kind: 'partnership',
    actions: [
      { description: 'Book the community room', dueOn: '2026-10-20' },
      { description: 'Ring the GP practice', dueOn: '2026-10-30' }
    ]
  }).id
  const actions = Object.fromEntries(
    api.call('meetings.get', { id: meetingId }).actions.map((a) => [a.description, a.id])
  )
  return { siteId, meetingId, actions }
}

/** The site's pages hand their data to the form through the outlet, as SitePage does. */
function SiteOutlet({ siteId }: { siteId: string }) {
  const site = useApiQuery('sites.get', { id: siteId })
  return site.data ? <Outlet context={site.data} /> : <p>Loading the site</p>
}

function openForm(
  path: (s: Seeded) => string,
  before?: (api: TestApi, seeded: Seeded) => void
): { api: TestApi; seeded: Seeded } {
  let seeded: Seeded | undefined
  const api = renderWithStore((api) => {
    seeded = seed(api)
    before?.(api, seeded)
    const router = createMemoryRouter(
      [
        {
          path: '/sites/:siteId',
          element: <SiteOutlet siteId={seeded.siteId} />,
          children: [
            { path: 'meetings/new', element: <MeetingFormPage /> },
            { path: 'meetings/:meetingId/edit', element: <MeetingFormPage /> },
            { path: 'meetings/:meetingId', element: <p>Meeting saved</p> }
          ]
        },
        // Where a saved meeting goes: its page, under its programme.
        {
          path: '/programmes/:programmeId/sites/:siteId/meetings/:meetingId',
          element: <p>Meeting saved</p>
        }
      ],
      { initialEntries: [path(seeded)] }
    )
    return <RouterProvider router={router} />
  })
  if (!seeded) throw new Error('the store was not seeded')
  return { api, seeded }
}

describe('the meeting form', () => {
  it('opens with the site’s people and the open actions from earlier meetings', async () => {
    openForm((s) => `/sites/${s.siteId}/meetings/new`)
    expect(await screen.findByLabelText('Attendance for Asha Patel')).toBeTruthy()
    expect(screen.getByLabelText('Attendance for Ben Okafor')).toBeTruthy()
    expect(
      screen.getByLabelText('What happened to "Book the community room"', { exact: false })
    ).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'Record a meeting' })).toBeTruthy()
  })

  it('names a required field left empty on submit, and saves nothing', async () => {
    const { api, seeded } = openForm((s) => `/sites/${s.siteId}/meetings/new`)
    const user = userEvent.setup()
    const date = await screen.findByLabelText(/^Date/)
    await user.clear(date)
    await user.click(screen.getByRole('button', { name: 'Save meeting record' }))
    expect(await screen.findByText('Enter the date')).toBeTruthy()
    expect(date.getAttribute('aria-invalid')).toBe('true')
    expect(api.call('meetings.list', { siteId: seeded.siteId })).toHaveLength(1)
  })

  it('puts a problem only the store can see on the field it names', async () => {
    const { api, seeded } = openForm((s) => `/sites/${s.siteId}/meetings/${s.meetingId}/edit`)
    const user = userEvent.setup()
    const date = await screen.findByLabelText(/^Date/)
    await waitFor(() => expect((date as HTMLInputElement).value).not.toBe(''))
    await user.clear(date)
    await user.type(date, '2026-10-25')
    await user.click(screen.getByRole('button', { name: 'Save meeting' }))
    const message =
      'Date must be on or before 2026-10-20, when the action "Book the community room" from this meeting is due'
    expect(await screen.findByText(message)).toBeTruthy()
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'))
    expect(screen.queryByText('Meeting saved')).toBeNull()
    expect(api.call('meetings.get', { id: seeded.meetingId }).meeting.heldOn).toBe('2026-10-10')
  })
})

const BOOK = 'Book the community room'
const RING = 'Ring the GP practice'
const choiceFor = (description: string) =>
  screen.findByLabelText(`What happened to "${description}"`) as Promise<HTMLSelectElement>
const statusOf = (api: TestApi, seeded: Seeded, description: string) =>
  api
    .call('meetings.get', { id: seeded.meetingId })
    .actions.find((a) => a.description === description)?.status

describe('the review of open actions', () => {
  afterEach(() => window.localStorage.clear())

  it('says a refused review at the top, then drops the choice whose action closed elsewhere', async () => {
    const { api, seeded } = openForm((s) => `/sites/${s.siteId}/meetings/new`)
    const user = userEvent.setup()
    await user.selectOptions(await choiceFor(BOOK), 'Done')
    // Marked done in another window while the form is open.
    api.call('actions.setStatus', {
      id: seeded.actions[BOOK] ?? '',
      status: 'done',
      completedOn: '2026-10-15'
    })
    await user.click(screen.getByRole('button', { name: 'Save meeting record' }))
    expect(await screen.findByText(`The action "${BOOK}" is already done`)).toBeTruthy()
    expect(
      await screen.findByText(
        `‘${BOOK}’ is no longer open: it was marked done or dropped elsewhere. Your choice for it (Done) was not kept.`
      )
    ).toBeTruthy()
    expect(screen.queryByLabelText(`What happened to "${BOOK}"`)).toBeNull()
    expect((await choiceFor(RING)).value).toBe('leave')
    expect(api.call('meetings.list', { siteId: seeded.siteId })).toHaveLength(1)

    await user.selectOptions(await choiceFor(RING), 'Drop')
    await user.click(screen.getByRole('button', { name: 'Save meeting record' }))
    expect(await screen.findByText('Meeting saved')).toBeTruthy()
    expect(statusOf(api, seeded, RING)).toBe('dropped')
    // Saved: no draft is kept, although the save changed the open actions under the form.
    expect(
      window.localStorage.getItem(`partnership-log:draft:meeting:new:${seeded.siteId}`)
    ).toBeNull()
    expect(statusOf(api, seeded, BOOK)).toBe('done')
  })

  it('restores a draft from before against the open actions of now, choices by action', async () => {
    const { api, seeded } = openForm(
      (s) => `/sites/${s.siteId}/meetings/new`,
      (api, s) => {
        const book = s.actions[BOOK] ?? ''
        const ring = s.actions[RING] ?? ''
        const values: MeetingFormInput = {
          ...emptyMeeting('2026-11-20', []),
          reviews: {
            [book]: { outcome: 'carry', dueOn: '2026-12-01', description: BOOK },
            [ring]: { outcome: 'done', dueOn: '', description: RING }
          }
        }
        window.localStorage.setItem(
          `partnership-log:draft:meeting:new:${s.siteId}`,
          JSON.stringify({ savedAt: '2026-11-20T09:00:00.000Z', values })
        )
        api.call('actions.setStatus', { id: book, status: 'done', completedOn: '2026-10-15' })
      }
    )
    const user = userEvent.setup()
    expect((await choiceFor(RING)).value).toBe('leave')
    await user.click(screen.getByRole('button', { name: 'Restore the draft' }))
    await waitFor(async () => expect((await choiceFor(RING)).value).toBe('done'))
    expect(screen.queryByLabelText(`What happened to "${BOOK}"`)).toBeNull()
    expect(screen.getByRole('status', { name: 'Choices not kept' }).textContent).toContain(
      `‘${BOOK}’ is no longer open: it was marked done or dropped elsewhere. Your choice for it (Carry forward) was not kept.`
    )
    await user.click(screen.getByRole('button', { name: 'Save meeting record' }))
    expect(await screen.findByText('Meeting saved')).toBeTruthy()
    expect(statusOf(api, seeded, RING)).toBe('done')
    const book = api
      .call('meetings.get', { id: seeded.meetingId })
      .actions.find((a) => a.description === BOOK)
    expect([book?.status, book?.completedOn, book?.dueOn]).toEqual([
      'done',
      '2026-10-15',
      '2026-10-20'
    ])
  })
})

describe('reconcileReviews', () => {
  const open = [
    { id: 'a2', description: 'Second' },
    { id: 'a3', description: 'Third, new' }
  ]

  it('keeps choices by id, starts new actions still open, and names the choices it drops', () => {
    const current = {
      a1: { outcome: 'carry', dueOn: '2026-12-01', description: 'First' },
      a2: { outcome: 'done', dueOn: '', description: 'Second' },
      a4: { outcome: 'leave', dueOn: '', description: 'Fourth' }
    }
    expect(reconcileReviews(current, open)).toEqual({
      reviews: {
        a2: { outcome: 'done', dueOn: '', description: 'Second' },
        a3: { outcome: 'leave', dueOn: '', description: 'Third, new' }
      },
      notKept: [{ description: 'First', outcome: 'carry' }],
      changed: true
    })
    const settled = reconcileReviews(current, open).reviews
    expect(reconcileReviews(settled, open)).toEqual({
      reviews: settled,
      notKept: [],
      changed: false
    })
  })

  it('reads a draft that kept its choices as a list with ids', () => {
    const old = [
      { id: 'a3', outcome: 'drop', dueOn: '' },
      { id: 'a1', outcome: 'done', dueOn: '' }
    ]
    expect(reconcileReviews(old, open)).toMatchObject({
      reviews: { a2: { outcome: 'leave' }, a3: { outcome: 'drop' } },
      notKept: [{ description: 'An action from an earlier meeting', outcome: 'done' }],
      changed: true
    })
  })

  it('sends only the rows on screen, by id, leaving "still open" unsent', () => {
    const values = meetingFormSchema.parse({
      ...emptyMeeting('2026-11-20', []),
      durationMinutes: '90',
      unnamedAttendees: '0',
      reviews: {
        a1: { outcome: 'done', dueOn: '', description: 'Closed elsewhere' },
        a2: { outcome: 'carry', dueOn: '2026-12-01', description: 'Second' },
        a3: { outcome: 'leave', dueOn: '', description: 'Third, new' }
      }
    })
    expect(toCreateInput('s1', values, open).reviewedActions).toEqual([
      { id: 'a2', outcome: 'carry', dueOn: '2026-12-01' }
    ])
    expect(formPathFor('reviewedActions.0.dueOn', values, [{ id: 'a2' }])).toBe('reviews.a2.dueOn')
    expect(formPathFor('reviewedActions.0.id', values, [{ id: 'a2' }])).toBeNull()
    expect(formPathFor('reviewedActions.3.outcome', values, [{ id: 'a2' }])).toBeNull()
  })
})
