// Small multiples: one fixed-size line chart per site, a line per outcome mapped to the programme,
// a page of sites at a time so a programme of hundreds of sites keeps a screen of charts.
import { useId, useState } from 'react'
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts'
import { Pager, usePaged } from '../../components/Pager'
import { ChartArea } from '../engagement/ChartArea'
import {
  dayLabel,
  lineStyle,
  monthTick,
  trajectories,
  trajectorySummary,
  type Dashboard,
  type Trajectory
} from './dashboardSeries'

const WIDTH = 280
const HEIGHT = 150
/** Nine sites a page: three rows of three charts in a usual window. */
const PAGE = 9

export function TrajectoryMultiples({ data }: { data: Dashboard }) {
  const headingId = useId()
  const all = trajectories(data)
  const paged = usePaged(all, PAGE)
  const columns = data.programmeOutcomes
  return (
    <section aria-labelledby={headingId} className="dashboard-section">
      <h2 id={headingId}>Outcome trajectories by site</h2>
      <p className="muted">
        Ratings over the date range, one small chart per site on the same 0 to 10 scale.
      </p>
      <ul className="dash-line-key" aria-label="Line key">
        {columns.map((c, i) => (
          <KeyItem key={c.id} index={i} title={c.title} />
        ))}
      </ul>
      <ul className="dash-multiples" aria-label="Outcome trajectories">
        {paged.shown.map((t) => (
          <li key={t.site.id}>
            <SmallChart trajectory={t} />
          </li>
        ))}
      </ul>
      <Pager paged={paged} total={all.length} noun="sites" label="Pages of outcome trajectories" />
    </section>
  )
}

function KeyItem({ index, title }: { index: number; title: string }) {
  const style = lineStyle(index)
  return (
    <li>
      <svg width="28" height="10" aria-hidden="true">
        <line
          x1="0"
          y1="5"
          x2="28"
          y2="5"
          stroke={style.colour}
          strokeWidth="2.5"
          strokeDasharray={style.dash || undefined}
        />
      </svg>{' '}
      {title}
    </li>
  )
}

function SmallChart({ trajectory }: { trajectory: Trajectory }) {
  const { site, lines, points } = trajectory
  return (
    <figure className="dash-multiple">
      <figcaption>{site.name}</figcaption>
      {points.length === 0 ? (
        <p className="muted dash-multiple-empty">{trajectorySummary(trajectory)}</p>
      ) : (
        <>
          <ChartArea label={trajectorySummary(trajectory)} width={WIDTH} height={HEIGHT}>
            <LineChart
              data={points}
              width={WIDTH}
              height={HEIGHT}
              accessibilityLayer={false}
              margin={{ top: 6, right: 10, bottom: 0, left: -24 }}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis
                dataKey="t"
                type="number"
                scale="time"
                domain={['dataMin', 'dataMax']}
                tickFormatter={monthTick}
                tick={{ fontSize: 11 }}
                minTickGap={20}
              />
              <YAxis domain={[0, 10]} ticks={[0, 5, 10]} tick={{ fontSize: 11 }} />
              {lines.map((l) => (
                <Line
                  key={l.key}
                  dataKey={l.key}
                  name={l.name}
                  stroke={l.colour}
                  strokeWidth={2}
                  strokeDasharray={l.dash || undefined}
                  dot={{ r: 2 }}
                  connectNulls
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ChartArea>
          <RatingsTable trajectory={trajectory} />
        </>
      )}
    </figure>
  )
}

/**
 * The chart's figures as a table, drawn only once opened: unlike the shared TableAlternative,
 * a page of charts would otherwise carry a hidden table each.
 */
function RatingsTable({ trajectory }: { trajectory: Trajectory }) {
  const { site, lines, points } = trajectory
  const [open, setOpen] = useState(false)
  return (
    <details className="table-alternative" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Show {site.name}&apos;s ratings as a table</summary>
      {open ? (
        <table className="table">
          <caption>Ratings of {site.name}&apos;s outcomes</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              {lines.map((l) => (
                <th scope="col" key={l.key}>
                  {l.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.date}>
                <th scope="row">{dayLabel(p.date)}</th>
                {lines.map((l) => (
                  <td key={l.key}>{p[l.key] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </details>
  )
}
