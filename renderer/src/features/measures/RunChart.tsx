// The run chart drawing: points joined, a median line per baseline period (dashed where it is
// carried on beyond its own points), the target, and short markers for the site's tests of
// change, with a legend and the figures as a table. The series builder did all the working out.
import { useId } from 'react'
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps
} from 'recharts'
import { ChartArea, PALETTE, TableAlternative, type ChartSize } from '../engagement/ChartArea'
import type { MarkerKind, RunChartRow, RunChartSeries } from './measureSeries'
import { formatPeriod, formatValue } from './runChart'

const HEIGHT = 360
const INK = '#1d2433'
export const MARKER_STYLE: Record<MarkerKind, { colour: string; dash?: string; word: string }> = {
  started: { colour: PALETTE.purple, dash: '3 2', word: 'started' },
  adopted: { colour: PALETTE.green, word: 'adopted' },
  adapted: { colour: PALETTE.orange, word: 'adapted' },
  abandoned: { colour: PALETTE.grey, word: 'abandoned' }
}

function Dot(props: DotItemDotProps) {
  const row = props.payload as RunChartRow | undefined
  const { cx, cy } = props
  if (cx === undefined || cy === undefined || !row) return null
  if (row.signal) {
    return (
      <rect
        x={cx - 4.5}
        y={cy - 4.5}
        width={9}
        height={9}
        fill={PALETTE.vermillion}
        stroke={INK}
        strokeWidth={0.75}
      />
    )
  }
  return <circle cx={cx} cy={cy} r={3.5} fill={PALETTE.blue} stroke="#fff" strokeWidth={1} />
}

function Swatch(props: { colour: string; dash?: string; square?: boolean; width?: number }) {
  return (
    <svg width={28} height={12} aria-hidden="true" focusable="false">
      {props.square ? (
        <rect
          x={9.5}
          y={1.5}
          width={9}
          height={9}
          fill={props.colour}
          stroke={INK}
          strokeWidth={0.75}
        />
      ) : (
        <line
          x1={1}
          x2={27}
          y1={6}
          y2={6}
          stroke={props.colour}
          strokeWidth={props.width ?? 2}
          strokeDasharray={props.dash}
        />
      )}
    </svg>
  )
}

export function RunChart(
  props: {
    series: RunChartSeries
    unit: string
    monthly: boolean
    notes: Map<string, string>
  } & ChartSize
) {
  const { series, monthly } = props
  const headingId = useId()
  const label = (x: number) => formatPeriod(new Date(x).toISOString().slice(0, 10), monthly)
  const onChart = series.markers.filter((m) => m.onChart)
  const kinds = [...new Set(onChart.map((m) => m.kind))]
  return (
    <section aria-labelledby={headingId} className="run-chart">
      <h3 id={headingId}>Run chart</h3>
      <ChartArea label={series.summary} width={props.width} height={HEIGHT}>
        <ComposedChart
          data={series.rows}
          width={props.width}
          height={HEIGHT}
          accessibilityLayer={false}
          margin={{ top: 28, right: 28, bottom: 8, left: 4 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="x"
            type="number"
            scale="time"
            domain={series.xDomain}
            ticks={series.xTicks}
            tickFormatter={label}
            allowDataOverflow
          />
          <YAxis
            domain={series.yDomain}
            ticks={series.yTicks}
            allowDataOverflow
            tickFormatter={(v: number) => formatValue(v)}
          />
          <Tooltip
            labelFormatter={(x) => (typeof x === 'number' ? label(x) : String(x))}
            formatter={(v) => [
              typeof v === 'number' ? formatValue(v) : String(v),
              props.unit || 'Value'
            ]}
          />
          {series.target !== null ? (
            <ReferenceLine
              y={series.target}
              stroke={PALETTE.green}
              strokeWidth={2}
              strokeDasharray="10 4"
              label={{
                value: `Target ${formatValue(series.target)}`,
                position: 'insideTopLeft',
                fill: INK,
                fontSize: 12
              }}
            />
          ) : null}
          {series.medians.flatMap((m) => [
            <ReferenceLine
              key={`median-${m.segment}`}
              segment={[
                { x: m.solid[0], y: m.median },
                { x: m.solid[1], y: m.median }
              ]}
              stroke={INK}
              strokeWidth={2}
            />,
            m.dashed ? (
              <ReferenceLine
                key={`carried-${m.segment}`}
                segment={[
                  { x: m.dashed[0], y: m.median },
                  { x: m.dashed[1], y: m.median }
                ]}
                stroke={INK}
                strokeWidth={2}
                strokeDasharray="6 4"
              />
            ) : null
          ])}
          {onChart.map((m) => (
            <ReferenceLine
              key={`${m.label}-${m.date}`}
              segment={[
                { x: m.x, y: m.bottom },
                { x: m.x, y: m.top }
              ]}
              stroke={MARKER_STYLE[m.kind].colour}
              strokeWidth={3}
              strokeDasharray={MARKER_STYLE[m.kind].dash}
              label={{
                value: m.label,
                position: 'top',
                fill: INK,
                fontSize: 11,
                className: 'test-marker-label'
              }}
            />
          ))}
          <Line
            dataKey="value"
            name={props.unit || 'Value'}
            stroke={PALETTE.blue}
            strokeWidth={2}
            dot={Dot}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ChartArea>
      <ul className="chart-legend" aria-label="Key to the run chart">
        <li>
          <Swatch colour={PALETTE.blue} /> Data points, joined
        </li>
        <li>
          <Swatch colour={PALETTE.vermillion} square /> Point in a shift or trend (square)
        </li>
        <li>
          <Swatch colour={INK} /> Median of the baseline points
        </li>
        <li>
          <Swatch colour={INK} dash="6 4" /> Median carried on beyond them
        </li>
        {series.target !== null ? (
          <li>
            <Swatch colour={PALETTE.green} dash="10 4" /> Target ({formatValue(series.target)})
          </li>
        ) : null}
        {kinds.map((kind) => (
          <li key={kind}>
            <Swatch colour={MARKER_STYLE[kind].colour} dash={MARKER_STYLE[kind].dash} width={3} />{' '}
            Test of change {MARKER_STYLE[kind].word} (short line above the data)
          </li>
        ))}
      </ul>
      {series.markers.length > 0 ? (
        <div className="chart-markers">
          <h4>Tests of change</h4>
          <ul>
            {series.markers.map((m) => (
              <li key={`${m.label}-${m.date}`}>
                <strong>{m.label}</strong>: {m.testTitle} {MARKER_STYLE[m.kind].word} on{' '}
                {m.dateLabel}
                {m.onChart ? '' : ' (outside the charted periods, so not drawn)'}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <TableAlternative what="the run chart's figures">
        <table className="table">
          <caption>Data points with the median each is judged against</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Value</th>
              <th scope="col">Median</th>
              <th scope="col">Baseline point</th>
              <th scope="col">In a signal</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {series.rows.map((r) => (
              <tr key={r.period}>
                <th scope="row">{r.label}</th>
                <td>{formatValue(r.value)}</td>
                <td>{formatValue(r.median)}</td>
                <td>{r.inBaseline ? 'Yes' : 'No'}</td>
                <td>{r.signal ? 'Yes' : 'No'}</td>
                <td>{props.notes.get(r.period) ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableAlternative>
    </section>
  )
}
