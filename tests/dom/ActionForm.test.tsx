// The action form's owner choices: the site's partnership (and whoever owns the action now), not
// everyone in the programme; anyone else is found by typing (people.find) and saved as the owner.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ActionForm } from '../../renderer/src/features/actions/ActionForm'
import type { TestApi } from '../support/store'
import { renderWithStore } from './support'

function seedProgramme(t: TestApi) {
  const programmeId = t.call('programmes.create', {
    name: 'Better Together',
    startDate: '2026-01-05'
  }).id
  const site = (name: string) =>
    t.call('sites.create', { programmeId, name, startDate: '2026-02-01' }).id
  const east = site('Eastbrook')
  const west = site('Westvale')
  const person = (name: string, role: string) =>
    t.call('people.create', { programmeId, name, role }).id
  const asha = person('Asha Patel', 'District nurse')
  const ben = person('Ben Okafor', 'GP')
  const cara = person('Cara Jones', 'Housing officer')
  const dev = person('Dev Shah', 'Pharmacist')
  const gone = person('Gail Hunt', 'Social worker')
  t.call('siteMembers.add', {
    siteId: east,
    personId: asha,
    role: 'member',
    joinedOn: '2026-02-01'
  })
  t.call('siteMembers.add', {
    siteId: east,
    personId: gone,
    role: 'member',
    joinedOn: '2026-02-01',
    leftOn: '2026-03-01'
  })
  t.call('siteMembers.add', { siteId: west, personId: ben, role: 'member', joinedOn: '2026-02-01' })
  t.call('siteMembers.add', { siteId: west, personId: dev, role: 'member', joinedOn: '2026-02-01' })
  const action = t.call('actions.create', {
    siteId: east,
    description: 'Book the room',
    ownerId: cara,
    dueOn: '2026-12-01',
    agreedOn: '2026-03-10'
  }).id
  return { programmeId, east, action, asha, ben, cara }
}

const optionNames = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent)

describe('ActionForm owner', () => {
  it('offers the site’s members and the current owner, and finds anyone else by typing', async () => {
    let ids = { programmeId: '', east: '', action: '', asha: '', ben: '', cara: '' }
    const onDone = vi.fn()
    const api = renderWithStore((t) => {
      ids = seedProgramme(t)
      return (
        <ActionForm
          programmeId={ids.programmeId}
          siteId={ids.east}
          action={{
            id: ids.action,
            description: 'Book the room',
            ownerId: ids.cara,
            ownerName: 'Cara Jones',
            dueOn: '2026-12-01',
            notes: '',
            status: 'open',
            completedOn: null
          }}
          onDone={onDone}
          onCancel={() => {}}
        />
      )
    })
    const user = userEvent.setup()
    const owner = screen.getByLabelText('Owner')
    await waitFor(() =>
      expect(optionNames(owner)).toEqual(['No owner yet', 'Asha Patel', 'Cara Jones'])
    )
    expect((owner as HTMLSelectElement).value).toBe(ids.cara)

    await user.click(screen.getByRole('button', { name: 'Find an owner not on the list' }))
    await user.type(
      screen.getByRole('combobox', { name: 'Find the owner in the programme' }),
      'okaf'
    )
    await user.click(await screen.findByRole('option', { name: /Ben Okafor/ }))
    await waitFor(() => expect((owner as HTMLSelectElement).value).toBe(ids.ben))
    expect(optionNames(owner)).toEqual(['No owner yet', 'Asha Patel', 'Cara Jones', 'Ben Okafor'])

    await user.click(screen.getByRole('button', { name: 'Save action' }))
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce())
    const saved = api
      .call('actions.list', { programmeId: ids.programmeId })
      .find((a) => a.id === ids.action)
    expect(saved?.ownerName).toBe('Ben Okafor')
  })
})
