// How the site's actions turned out: done on time or late, still open (due or overdue), dropped.
import './engagement.css'
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts'
import { BAR_OUTLINE, ChartFrame, PALETTE, chartSize, type ChartSize } from './ChartArea'
import {
  actionsBreakdown,
  actionsSummary,
  dateLabel,
  type ActionCounts,
  type ActionOutcome
} from './engagementSeries'

const HEIGHT = 220

const OUTCOME_COLOURS: Record<ActionOutcome, string> = {
  doneOnTime: PALETTE.green,
  doneLate: PALETTE.orange,
  openNotDue: PALETTE.skyBlue,
  openOverdue: PALETTE.vermillion,
  dropped: PALETTE.grey
}

export function ActionsChart({
  counts,
  today,
  width
}: { counts: ActionCounts; today: string } & ChartSize) {
  const slices = actionsBreakdown(counts)
  return (
    <ChartFrame
      title="Actions followed through"
      className="engagement-section"
      intro={
        <p className="muted">
          All the site's actions, from any meeting, as of today ({dateLabel(today)}). Actions not
          done between meetings are an early sign of trouble.
        </p>
      }
      empty={counts.total === 0 ? <p className="empty">No actions recorded yet.</p> : undefined}
      summary={actionsSummary(counts, slices)}
      width={width}
      height={HEIGHT}
      chart={
        <BarChart
          data={slices}
          layout="vertical"
          {...chartSize(width, HEIGHT)}
          margin={{ top: 5, right: 60, bottom: 5, left: 20 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={130} />
          <Tooltip />
          <Bar
            dataKey="count"
            name="Actions"
            stroke={BAR_OUTLINE}
            strokeWidth={0.5}
            isAnimationActive={false}
          >
            {slices.map((s) => (
              <Cell key={s.key} fill={OUTCOME_COLOURS[s.key]} />
            ))}
            <LabelList dataKey="count" position="right" />
          </Bar>
        </BarChart>
      }
      tableOf="actions"
      table={
        <table className="table">
          <caption>The site's actions by outcome</caption>
          <thead>
            <tr>
              <th scope="col">Outcome</th>
              <th scope="col">Actions</th>
              <th scope="col">Share of all actions</th>
            </tr>
          </thead>
          <tbody>
            {slices.map((s) => (
              <tr key={s.key}>
                <th scope="row">{s.label}</th>
                <td>{s.count}</td>
                <td>{s.percent}%</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All actions</th>
              <td>{counts.total}</td>
              <td>100%</td>
            </tr>
          </tfoot>
        </table>
      }
    />
  )
}
