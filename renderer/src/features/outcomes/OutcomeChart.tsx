// One outcome's ratings over time: the line of ratings, the baseline, small marks for the site's
// meetings and labelled marks for tests of change, with a legend and the figures as tables.
import './outcomes.css'
import { useId } from 'react'
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { ChartArea, PALETTE, TableAlternative, type ChartSize } from '../engagement/ChartArea'
import { describeChange, type OutcomeSeries } from './outcomeSeries'

const HEIGHT = 320
const MEETING_COLOUR = '#5f6b7a'
const STARTED_COLOUR = PALETTE.green
const DECIDED_COLOUR = PALETTE.vermillion
/** Height of one row of test labels above the plot, in pixels. */
const LABEL_ROW = 15

export function OutcomeChart({ series, width }: { series: OutcomeSeries } & ChartSize) {
  const headingId = useId()
  const tickLabels = new Map(series.ticks.map((t) => [t.t, t.label]))
  const pointLabels = new Map(series.points.map((p) => [p.t, p.label]))
  // Recharts draws no axes or markers without data: an empty point keeps them before any rating.
  const data: { t: number; rating: number | null }[] =
    series.points.length > 0 ? series.points : [{ t: series.domain[0], rating: null }]
  return (
    <section aria-labelledby={headingId} className="outcome-chart">
      <h3 id={headingId}>Ratings over time</h3>
      <ChartArea label={series.summary} width={width} height={HEIGHT}>
        <LineChart
          data={data}
          width={width}
          height={HEIGHT}
          accessibilityLayer={false}
          margin={{
            top: 10 + LABEL_ROW * Math.max(1, series.labelRows),
            right: 24,
            bottom: 10,
            left: 0
          }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={series.domain}
            allowDataOverflow
            ticks={series.ticks.map((t) => t.t)}
            tickFormatter={(t: number) => tickLabels.get(t) ?? ''}
          />
          <YAxis
            allowDataOverflow
            domain={[0, 10]}
            ticks={[0, 2, 4, 6, 8, 10]}
            allowDecimals={false}
            width={36}
          />
          <Tooltip
            labelFormatter={(t) => pointLabels.get(Number(t)) ?? ''}
            formatter={(value) => [`${String(value)} out of 10`, 'Rating']}
          />
          {meetingMarks(series)}
          {testOfChangeMarks(series)}
          {series.baseline !== null ? (
            <ReferenceLine
              y={series.baseline}
              stroke={PALETTE.black}
              strokeDasharray="8 4"
              label={{
                value: `Baseline ${series.baseline}`,
                position: 'insideTopLeft',
                fill: '#1d2433',
                fontSize: 12
              }}
            />
          ) : null}
          <Line
            dataKey="rating"
            name="Rating"
            stroke={PALETTE.blue}
            strokeWidth={2.5}
            dot={{ r: 5, fill: PALETTE.blue }}
            isAnimationActive={false}
          />
        </LineChart>
      </ChartArea>
      <Legend series={series} />
      <TableAlternative what="the ratings and markers">
        <RatingsTable series={series} />
        <MarkersTable series={series} />
      </TableAlternative>
    </section>
  )
}

// Called as functions, not rendered as components: Recharts looks for its reference lines among
// the chart's own children.
function meetingMarks(series: OutcomeSeries) {
  return series.meetingMarkers.map((m, i) => (
    <ReferenceLine
      key={`meeting-${i}`}
      segment={[
        { x: m.t, y: 0 },
        { x: m.t, y: 0.7 }
      ]}
      stroke={MEETING_COLOUR}
      strokeWidth={2}
    />
  ))
}

function testOfChangeMarks(series: OutcomeSeries) {
  return series.testMarkers.map((m) => (
    <ReferenceLine
      key={`${m.code}-${m.event}-${m.date}`}
      x={m.t}
      stroke={m.event === 'started' ? STARTED_COLOUR : DECIDED_COLOUR}
      strokeDasharray={m.event === 'started' ? '5 4' : undefined}
      strokeWidth={1.5}
      label={(props: { viewBox?: { x?: number; y?: number } }) => (
        <text
          className="test-marker-label"
          x={props.viewBox?.x ?? 0}
          y={(props.viewBox?.y ?? 0) - 5 - m.row * LABEL_ROW}
          textAnchor="middle"
          fill="#1d2433"
          fontSize={12}
        >
          {m.code}
        </text>
      )}
    />
  ))
}

function Swatch(props: { colour: string; dash?: string; width?: number }) {
  return (
    <svg width="28" height="12" aria-hidden="true" focusable="false">
      <line
        x1="2"
        y1="6"
        x2="26"
        y2="6"
        stroke={props.colour}
        strokeWidth={props.width ?? 2.5}
        strokeDasharray={props.dash}
      />
    </svg>
  )
}

function Legend({ series }: { series: OutcomeSeries }) {
  return (
    <ul className="outcome-legend" aria-label="Key to the chart">
      <li>
        <Swatch colour={PALETTE.blue} />
        <span>Rating (0 to 10)</span>
      </li>
      {series.baseline !== null ? (
        <li>
          <Swatch colour={PALETTE.black} dash="8 4" width={1.5} />
          <span>Baseline ({series.baseline})</span>
        </li>
      ) : null}
      {series.meetingMarkers.length > 0 ? (
        <li>
          <svg width="28" height="12" aria-hidden="true" focusable="false">
            <line x1="14" y1="1" x2="14" y2="11" stroke={MEETING_COLOUR} strokeWidth={2} />
          </svg>
          <span>Meeting (short mark on the axis)</span>
        </li>
      ) : null}
      {series.testMarkers.map((m) => (
        <li key={`${m.code}-${m.event}-${m.date}`}>
          <Swatch
            colour={m.event === 'started' ? STARTED_COLOUR : DECIDED_COLOUR}
            dash={m.event === 'started' ? '5 4' : undefined}
            width={1.5}
          />
          <span>
            <strong>{m.code}</strong> {m.title}: {m.what} {m.label}
            {m.linked ? ' (linked to this outcome)' : ''}
          </span>
        </li>
      ))}
    </ul>
  )
}

function RatingsTable({ series }: { series: OutcomeSeries }) {
  return (
    <table className="table">
      <caption>Ratings, oldest first</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Rating</th>
          <th scope="col">Change on baseline</th>
          <th scope="col">Judged by</th>
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody>
        {series.points.length === 0 ? (
          <tr>
            <td colSpan={5}>No ratings yet.</td>
          </tr>
        ) : null}
        {series.points.map((p) => (
          <tr key={p.id}>
            <th scope="row">{p.label}</th>
            <td>{p.rating}</td>
            <td>{describeChange(p.change) ?? '—'}</td>
            <td>{p.judgedBy}</td>
            <td>{p.evidence || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function MarkersTable({ series }: { series: OutcomeSeries }) {
  const rows = [
    ...series.meetingMarkers.map((m) => ({ ...m, what: 'Meeting' })),
    ...series.testMarkers.map((m) => ({ ...m, what: `${m.code} ${m.title}: ${m.what}` }))
  ].sort((a, b) => a.date.localeCompare(b.date))
  if (rows.length === 0) return null
  return (
    <table className="table">
      <caption>Meetings and tests of change marked on the chart</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">What</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <th scope="row">{r.label}</th>
            <td>{r.what}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
