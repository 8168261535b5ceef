// The meeting form on a real store: it opens with what meetings.prepare gives (the site's people,
// the open actions from earlier meetings), a required field left empty is named on submit, and a
// problem only the store can see (an edited date after one of the meeting's actions is due) lands
// on the field it is about, with nothing saved.
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { useApiQuery } from '../../renderer/src/api/hooks'
import { MeetingFormPage } from '../../renderer/src/features/meetings/MeetingFormPage'
import type { TestApi } from '../support/store'
import { renderWithStore } from './support'

interface Seeded {
  siteId: string
  meetingId: string
}

/** A programme with one site, two members and a meeting whose action is due on 20 Oct 2026. */
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
    actions: [{ description: 'Book the community room', dueOn: '2026-10-20' }]
  }).id
  return { siteId, meetingId }
}

/** The site's pages hand their data to the form through the outlet, as SitePage does. */
function SiteOutlet({ siteId }: { siteId: string }) {
  const site = useApiQuery('sites.get', { id: siteId })
  return site.data ? <Outlet context={site.data} /> : <p>Loading the site</p>
}

function openForm(path: (s: Seeded) => string): { api: TestApi; seeded: Seeded } {
  let seeded: Seeded | undefined
  const api = renderWithStore((api) => {
    seeded = seed(api)
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
