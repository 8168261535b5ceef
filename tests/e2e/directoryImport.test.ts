// Pasting a list of people: five rows from a spreadsheet, one with a sector nobody knows, which
// is marked on its row and blocks saving; fixed, saved, and everyone is in the directory and in
// the site's partnership.
import { afterEach, describe, expect, it } from 'vitest'
import { expectAccessible, goTo, openSession, screenshot, seed, type Session } from './support'

const NOW = new Date('2026-11-21T10:00:00Z')
const clock = () => NOW
let session: Session | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

function spreadsheet(sector: string): string {
  return [
    'Name\tRole\tOrganisation\tSector\tEmail\tMobile',
    'Asha Patel\tDistrict nurse\tNorthshire NHS Trust\tNHS\t',
    'Ben Okafor\tGP\tRiverside Surgery\tGP practice\tben@example.org\t07700 900123',
    `Cara Jones\tHousing officer\tEastbrook Homes\t${sector}\t`,
    'Dev Shah\tPractice manager\triverside surgery\t\t',
    'Eve Hall\tCommunity development worker\tEastbrook Voluntary Action\tvoluntary\t'
  ].join('\n')
}

describe('pasting a list of people, end to end', () => {
  it('marks a bad sector on its row, then saves everyone into the directory and partnership', async () => {
    session = await openSession(clock)
    const { page } = session
    const s = session
    const { id: programmeId } = seed(
      s,
      'programmes.create',
      { name: 'Ageing Well Together', startDate: '2026-01-05' },
      clock
    )
    const { id: siteId } = seed(
      s,
      'sites.create',
      { programmeId, name: 'Eastbrook', startDate: '2026-02-01' },
      clock
    )
    const { id: trust } = seed(
      s,
      'organisations.create',
      { programmeId, name: 'Northshire NHS Trust', sector: 'nhs' },
      clock
    )
    seed(
      s,
      'people.create',
      { programmeId, name: 'Asha Patel', role: 'District nurse', organisationId: trust },
      clock
    )

    await goTo(s, `/programmes/${programmeId}/directory`)
    await page.getByRole('heading', { name: 'People and organisations' }).waitFor()
    await page.getByRole('button', { name: 'Paste a list' }).click()
    const dialog = page.getByRole('dialog', { name: 'Paste a list of people' })
    const paste = dialog.getByLabel('Rows to paste')
    // The dialog opens on the text box (evaluated as text: this file has no DOM types).
    const focused = () => page.evaluate<string>('document.activeElement?.tagName ?? ""')
    await expect.poll(focused).toBe('TEXTAREA')
    await paste.fill(spreadsheet('Housng'))
    await dialog.getByText('5 rows read (after a header row); 1 problem to fix.').waitFor()
    const problem = "Row 4, column 4: 'Housng' is not a sector we know"
    await dialog.locator('.paste-errors li', { hasText: problem }).waitFor()
    await dialog.locator('td.cell-invalid', { hasText: problem }).waitFor()
    const asha = dialog.getByRole('row', { name: /^2 Asha Patel/ })
    await asha.getByText('Already in the directory: not added again').waitFor()
    await dialog.getByRole('button', { name: 'Save the list' }).click()
    await dialog.getByRole('alert').filter({ hasText: 'Nothing saved: fix the problem' }).waitFor()
    expect(seed(s, 'people.list', { programmeId }).map((p) => p.name)).toEqual(['Asha Patel'])
    await screenshot(page, 'directory-paste-error')
    await expectAccessible(page, 'people paste preview with a bad sector')

    await paste.fill(spreadsheet('Housing'))
    await dialog.getByText('5 rows read (after a header row); no problems.').waitFor()
    await dialog
      .getByRole('row', { name: /^4 Cara Jones/ })
      .getByText('New person, new organisation')
      .waitFor()
    await dialog
      .getByRole('row', { name: /^5 Dev Shah/ })
      .getByText('New person, in the organisation new on row 3')
      .waitFor()
    await dialog.getByLabel(/Add them all to a site/).selectOption({ label: 'Eastbrook' })
    await dialog.getByRole('button', { name: 'Save the list' }).click()
    await dialog.getByText('Enter the joined date').waitFor()
    await dialog.getByLabel('Joined date').fill('02/03/2026')
    await screenshot(page, 'directory-paste-ready')
    await dialog.getByRole('button', { name: 'Save the list' }).click()
    await page
      .getByRole('status')
      .filter({
        hasText:
          'Added 4 people and 3 new organisations; 1 was already in the directory; 5 people added to the Eastbrook partnership.'
      })
      .waitFor()
    await expect.poll(() => dialog.count()).toBe(0)
    const ben = seed(s, 'people.list', { programmeId }).find((p) => p.name === 'Ben Okafor')
    expect(ben?.phone).toBe('07700 900123')

    const people = page.getByRole('table', { name: 'People in the programme' })
    await people.getByRole('row', { name: /Cara Jones/ }).waitFor()
    const rows = await people.getByRole('row').allInnerTexts()
    expect(rows.slice(1).map((r) => r.split('\t').slice(0, 5).join(' | '))).toEqual([
      'Asha Patel | District nurse | Northshire NHS Trust | NHS / health board | Eastbrook (member)',
      'Ben Okafor | GP | Riverside Surgery | Primary care / GP practices | Eastbrook (member)',
      'Cara Jones | Housing officer | Eastbrook Homes | Housing | Eastbrook (member)',
      'Dev Shah | Practice manager | Riverside Surgery | Primary care / GP practices | Eastbrook (member)',
      'Eve Hall | Community development worker | Eastbrook Voluntary Action | Voluntary and community sector | Eastbrook (member)'
    ])
    await screenshot(page, 'directory-paste-saved')
    await expectAccessible(page, 'directory after pasting a list')

    await goTo(s, `/programmes/${programmeId}/sites/${siteId}`)
    const partnership = page.getByRole('region', { name: 'Partnership' })
    await partnership.getByText('Member: 5').waitFor()
    await partnership.getByRole('cell', { name: 'Eve Hall', exact: true }).waitFor()
    const members = seed(s, 'sites.get', { id: siteId }).members
    expect(members.map((m) => [m.name, m.role, m.joinedOn])).toEqual([
      ['Asha Patel', 'member', '2026-03-02'],
      ['Ben Okafor', 'member', '2026-03-02'],
      ['Cara Jones', 'member', '2026-03-02'],
      ['Dev Shah', 'member', '2026-03-02'],
      ['Eve Hall', 'member', '2026-03-02']
    ])
    await screenshot(page, 'directory-paste-partnership')
  })
})
