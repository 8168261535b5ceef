// The run chart's parts: its dots (squares for points in a signal), the reference lines (medians,
// target, test-of-change markers), the legend and the list of tests of change beside it.
import './measures.css'
import { ReferenceLine, type DotItemDotProps } from 'recharts'
import { PALETTE } from '../engagement/ChartArea'
import type { MarkerKind, RunChartRow, RunChartSeries } from './measureSeries'
import { formatValue } from './runChart'

const INK = '#1d2433'
export const MARKER_STYLE: Record<MarkerKind, { colour: string; dash?: string; word: string }> = {
  started: { colour: PALETTE.purple, dash: '3 2', word: 'started' },
  adopted: { colour: PALETTE.green, word: 'adopted' },
  adapted: { colour: PALETTE.orange, word: 'adapted' },
  abandoned: { colour: PALETTE.grey, word: 'abandoned' }
}

export function Dot(props: DotItemDotProps) {
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

// Called as functions, not drawn as components: recharts reads its reference lines as children.
export function targetLine(series: RunChartSeries) {
  return series.target !== null ? (
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
  ) : null
}

export function medianLines(series: RunChartSeries) {
  return series.medians.flatMap((m) => [
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
  ])
}

export function markerLines(series: RunChartSeries) {
  const onChart = series.markers.filter((m) => m.onChart)
  return onChart.map((m) => (
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
  ))
}

export function RunChartLegend({ series }: { series: RunChartSeries }) {
  const kinds = [...new Set(series.markers.filter((m) => m.onChart).map((m) => m.kind))]
  return (
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
  )
}

export function RunChartMarkers({ series }: { series: RunChartSeries }) {
  return series.markers.length > 0 ? (
    <div className="chart-markers">
      <h4>Tests of change</h4>
      <ul>
        {series.markers.map((m) => (
          <li key={`${m.label}-${m.date}`}>
            <strong>{m.label}</strong>: {m.testTitle} {MARKER_STYLE[m.kind].word} on {m.dateLabel}
            {m.onChart ? '' : ' (outside the charted periods, so not drawn)'}
          </li>
        ))}
      </ul>
    </div>
  ) : null
}

/** The figures behind the run chart, each point with the median it is judged against. */
export function RunChartTable(props: { series: RunChartSeries; notes: Map<string, string> }) {
  const { series } = props
  return (
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
  )
}
