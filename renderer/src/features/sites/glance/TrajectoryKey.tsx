// The key to the outcomes chart: each outcome's line with its baseline and latest rating, the
// hollow baseline dot, and each test of change's mark with what became of it.
import { TEST_STATUS_LABELS } from '../../../../../domain/lifecycle'
import { lineStyle } from '../../dashboard/dashboardSeries'
import { describeChange } from '../../outcomes/outcomeSeries'
import type { TrajectorySeries } from './glanceSeries'

/** The colour of the upright lines marking the days tests of change started. */
export const MARKER_COLOUR = '#5f6b7a'

export function TrajectoryKey({ series }: { series: TrajectorySeries }) {
  return (
    <ul className="glance-key" aria-label="Key to the outcomes chart">
      {series.lines.map((l, i) => {
        const style = lineStyle(i)
        const moved = describeChange(l.change)
        return (
          <li key={l.key}>
            <svg width="30" height="12" aria-hidden="true" focusable="false">
              <line
                x1="1"
                y1="6"
                x2="29"
                y2="6"
                stroke={style.colour}
                strokeWidth="2.5"
                strokeDasharray={style.dash || undefined}
              />
            </svg>
            <span>
              <strong>{l.title}</strong>{' '}
              <span className="muted">
                {l.baseline === null ? 'no baseline' : `baseline ${l.baseline}`}
                {l.latest ? `, latest ${l.latest.rating} on ${l.latest.label}` : ', not rated yet'}
                {moved ? ` (${moved.toLowerCase()})` : ''}
              </span>
            </span>
          </li>
        )
      })}
      {series.lines.some((l) => l.baseline !== null) ? (
        <li>
          <svg width="30" height="12" aria-hidden="true" focusable="false">
            <circle cx="15" cy="6" r="4" stroke={MARKER_COLOUR} strokeWidth="2" fill="#ffffff" />
          </svg>
          <span>Hollow dot: the baseline, on the day the outcome was agreed</span>
        </li>
      ) : null}
      {series.markers.map((m) => (
        <li key={m.testId}>
          <svg width="30" height="12" aria-hidden="true" focusable="false">
            <line x1="15" y1="0" x2="15" y2="12" stroke={MARKER_COLOUR} strokeWidth="1.5" />
          </svg>
          <span>
            <strong>{m.code}</strong> {m.title}: started {m.label}
            <span className="muted">, now {TEST_STATUS_LABELS[m.status].toLowerCase()}</span>
          </span>
        </li>
      ))}
    </ul>
  )
}
