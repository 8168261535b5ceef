// The new report form's Title hint says what an untitled report is named after: the site for a
// site report, the programme for a programme report (as reports.create names them).
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { NewReportForm } from '../../renderer/src/features/reports/NewReportForm'
import { renderWithStore } from './support'

describe('NewReportForm', () => {
  it('says a programme report is named after the programme, and names it so', async () => {
    let programmeId = ''
    const api = renderWithStore((t) => {
      programmeId = t.call('programmes.create', {
        name: 'Ageing Well Together',
        startDate: '2026-01-05'
      }).id
      return (
        <MemoryRouter>
          <NewReportForm programmeId={programmeId} from="2026-01-05" />
        </MemoryRouter>
      )
    })
    expect(
      screen.getByText('Left empty, the report is named after the programme and period')
    ).toBeTruthy()
    expect(screen.queryByText(/named after the site/)).toBeNull()
    await userEvent.setup().click(screen.getByRole('button', { name: 'Start a programme report' }))
    await waitFor(() => expect(api.call('reports.list', { programmeId }).reports).toHaveLength(1))
    expect(api.call('reports.list', { programmeId }).reports[0]?.title).toMatch(
      /^Ageing Well Together: programme report/
    )
  })

  it('says a site report is named after the site', () => {
    renderWithStore((t) => {
      const programmeId = t.call('programmes.create', {
        name: 'Ageing Well Together',
        startDate: '2026-01-05'
      }).id
      const siteId = t.call('sites.create', {
        programmeId,
        name: 'Eastbrook',
        startDate: '2026-02-01'
      }).id
      return (
        <MemoryRouter>
          <NewReportForm programmeId={programmeId} siteId={siteId} from="2026-02-01" />
        </MemoryRouter>
      )
    })
    expect(
      screen.getByText('Left empty, the report is named after the site and period')
    ).toBeTruthy()
  })
})
