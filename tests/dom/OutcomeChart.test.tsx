import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { OutcomeChart } from '../../renderer/src/features/outcomes/OutcomeChart'
import { outcomeSeries, type SeriesInput } from '../../renderer/src/features/outcomes/outcomeSeries'

afterEach(cleanup)

const input: SeriesInput = {
  title: 'More trust',
  agreedOn: '2026-02-03',
  baselineRating: 3,
  ratings: [],
  meetings: [
    { id: 'm1', heldOn: '2026-02-03' },
    { id: 'm2', heldOn: '2026-03-10' }
  ],
  testsOfChange: [
    {
      testId: 't',
      title: 'GP huddle',
      event: 'started',
      status: 'testing',
      date: '2026-03-16',
      linked: true
    }
  ]
}

describe('OutcomeChart', () => {
  it('draws the ratings, the baseline and the markers, with a key and a table', () => {
    const series = outcomeSeries({
      ...input,
      ratings: [
        {
          id: 'a',
          ratedOn: '2026-03-10',
          rating: 5,
          judgedBy: 'group',
          evidence: 'Joint visits',
          meetingHeldOn: '2026-03-10'
        }
      ]
    })
    const { container } = render(<OutcomeChart series={series} width={640} />)
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(series.summary)
    expect(container.querySelectorAll('.recharts-line-dot')).toHaveLength(1)
    // Baseline, two meeting marks and one test-of-change mark.
    expect(container.querySelectorAll('.recharts-reference-line')).toHaveLength(4)
    const key = within(screen.getByRole('list', { name: 'Key to the chart' }))
    expect(key.getByText('Baseline (3)')).toBeTruthy()
    expect(key.getAllByRole('listitem').map((li) => li.textContent)).toContain(
      'T1 GP huddle: started 16 Mar 2026 (linked to this outcome)'
    )
    const table = screen.getByRole('table', { name: 'Ratings, oldest first' })
    const cells = within(within(table).getAllByRole('row')[1] as HTMLElement)
      .getAllByRole('cell')
      .map((c) => c.textContent)
    expect(cells).toEqual(['5', 'Up 2', 'The group', 'Joint visits'])
  })

  it('still draws the baseline and markers before any rating', () => {
    const { container } = render(<OutcomeChart series={outcomeSeries(input)} width={640} />)
    expect(container.querySelectorAll('.recharts-reference-line')).toHaveLength(4)
    const yTicks = container.querySelectorAll('.recharts-yAxis-tick-labels text')
    expect([...yTicks].map((t) => t.textContent)).toEqual(['0', '2', '4', '6', '8', '10'])
    expect(container.querySelectorAll('.recharts-line-dot')).toHaveLength(0)
    expect(screen.getByText('No ratings yet.')).toBeTruthy()
  })
})
