import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { EngagementPanel } from '../../renderer/src/features/engagement/EngagementPanel'
import type { TestApi } from '../support/store'
import { renderWithStore } from './support'

afterEach(cleanup)

/** Shows the panel once the test has created its site (renderWithStore renders at once). */
function Gate({ chosen }: { chosen: { siteId: string } }) {
  const [siteId, setSiteId] = useState('')
  return siteId ? (
    <EngagementPanel siteId={siteId} chartWidth={640} />
  ) : (
    <button type="button" onClick={() => setSiteId(chosen.siteId)}>
      Show engagement
    </button>
  )
}

async function renderPanelFor(seed: (api: TestApi) => string) {
  const chosen = { siteId: '' }
  const api = renderWithStore(<Gate chosen={chosen} />)
  chosen.siteId = seed(api)
  await userEvent.click(screen.getByRole('button', { name: 'Show engagement' }))
  return api
}

function createSite(api: TestApi) {
  const programmeId = api.call('programmes.create', {
    name: 'Better Together',
    startDate: '2026-01-05'
  }).id
  const siteId = api.call('sites.create', {
    programmeId,
    name: 'Eastbrook',
    startDate: '2026-01-05'
  }).id
  return { programmeId, siteId }
}

/** Two partnership meetings; today is 21 November 2026. */
function seedTwoMeetings(api: TestApi): string {
  const { programmeId, siteId } = createSite(api)
  const trust = api.call('organisations.create', {
    programmeId,
    name: 'Eastbrook NHS Trust',
    sector: 'nhs'
  }).id
  const council = api.call('organisations.create', {
    programmeId,
    name: 'Eastbrook Council',
    sector: 'local_authority'
  }).id
  const asha = api.call('people.create', {
    programmeId,
    name: 'Asha Patel',
    role: 'GP',
    organisationId: trust
  }).id
  const ben = api.call('people.create', {
    programmeId,
    name: 'Ben Okafor',
    role: 'Social worker',
    organisationId: council
  }).id
  for (const personId of [asha, ben]) {
    api.call('siteMembers.add', { siteId, personId, role: 'member', joinedOn: '2026-01-05' })
  }
  api.call('meetings.create', {
    siteId,
    heldOn: '2026-03-10',
    durationMinutes: 180,
    kind: 'partnership',
    attendance: [
      { personId: asha, status: 'attended' },
      { personId: ben, status: 'attended' }
    ],
    unnamedAttendees: 2,
    actions: [{ description: 'Share the referral form', dueOn: '2026-04-01' }]
  })
  const [action] = api.call('actions.list', { programmeId, siteId })
  api.call('meetings.create', {
    siteId,
    heldOn: '2026-04-14',
    durationMinutes: 180,
    kind: 'partnership',
    attendance: [
      { personId: asha, status: 'attended' },
      { personId: ben, status: 'apologies' }
    ],
    unnamedAttendees: 1,
    actions: [{ description: 'Map community assets', dueOn: '2026-05-01' }],
    reviewedActions: [{ id: action?.id ?? '', outcome: 'done' }]
  })
  return siteId
}

/** Each body row of the named table as the text of its cells. */
function rowsOf(tableName: string): string[][] {
  const table = screen.getByRole('table', { name: tableName })
  const body = table.querySelector('tbody')
  if (!body) throw new Error(`${tableName} has no body`)
  return within(body)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''))
}

describe('EngagementPanel', () => {
  it('draws each chart with a summary and gives its figures as a table', async () => {
    const api = await renderPanelFor(seedTwoMeetings)
    const user = userEvent.setup()

    const attendance = await screen.findByRole('img', {
      name: 'Attendance at 2 partnership meetings, from 2 named at the first to 1 at the last'
    })
    expect(attendance.querySelector('svg')).not.toBeNull()
    expect(screen.getByRole('heading', { level: 2, name: 'Engagement' })).toBeTruthy()
    expect(screen.getByText(/counts partnership meetings only/)).toBeTruthy()

    await user.click(screen.getByText('Show attendance as a table'))
    expect(rowsOf('Attendance at each partnership meeting')).toEqual([
      ['10 Mar 2026', '2', '2', '4', '0'],
      ['14 Apr 2026', '1', '1', '2', '1']
    ])

    await user.click(screen.getByText('Show organisations and sectors as a table'))
    expect(rowsOf('Organisations and sectors at each partnership meeting')).toEqual([
      ['10 Mar 2026', '2', '2', 'NHS / health board, Local authority and social care'],
      ['14 Apr 2026', '1', '1', 'NHS / health board']
    ])
    expect(
      screen.getByRole('img', {
        name: 'Organisations represented at 2 partnership meetings, from 2 at the first to 1 at the last; sectors from 2 to 1'
      })
    ).toBeTruthy()

    expect(
      screen.getByRole('img', {
        name: 'Attendance patterns of 2 people: 1 every meeting, 1 occasional'
      })
    ).toBeTruthy()
    expect(rowsOf("Each person's attendance at partnership meetings")).toEqual([
      [
        'Asha Patel',
        'GP',
        'Eastbrook NHS Trust',
        'Every meeting',
        'Came to both meetings held while a member',
        '2',
        '0',
        '2',
        '10 Mar 2026 to 14 Apr 2026'
      ],
      [
        'Ben Okafor',
        'Social worker',
        'Eastbrook Council',
        'Occasional',
        'Came to 1 of 2 meetings held while a member; sent apologies once',
        '1',
        '1',
        '2',
        '10 Mar 2026'
      ]
    ])

    await user.click(screen.getByText('Show actions as a table'))
    expect(rowsOf("The site's actions by outcome")).toEqual([
      ['Done on time', '0', '0%'],
      ['Done late', '1', '50%'],
      ['Open, not yet due', '0', '0%'],
      ['Open and overdue', '1', '50%'],
      ['Dropped', '0', '0%']
    ])
    expect(
      screen.getByRole('img', {
        name: '2 actions: 0 done on time, 1 done late, 0 open, not yet due, 1 open and overdue, 0 dropped'
      })
    ).toBeTruthy()
    api.close()
  })

  it('says so when the site has no partnership meetings yet', async () => {
    const api = await renderPanelFor((store) => createSite(store).siteId)
    expect(await screen.findByText('No partnership meetings recorded yet.')).toBeTruthy()
    expect(screen.getByText('No actions recorded yet.')).toBeTruthy()
    expect(screen.queryByRole('img')).toBeNull()
    expect(screen.queryByRole('table')).toBeNull()
    api.close()
  })
})
