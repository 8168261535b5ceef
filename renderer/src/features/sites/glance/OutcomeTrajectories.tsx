// Every agreed outcome's trajectory on one 0-10 chart, with a labelled line on each day a test of
// change started, a key, and the figures as tables.
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps
} from 'recharts'
import { lineStyle } from '../../dashboard/dashboardSeries'
import { ChartArea, TableAlternative, type ChartSize } from '../../engagement/ChartArea'
import { GlanceBlock } from './GlanceBlock'
import { trajectorySeries, type Glance, type TrajectorySeries } from './glanceSeries'
import { MARKER_COLOUR, TrajectoryKey } from './TrajectoryKey'
import { TrajectoryTables } from './TrajectoryTables'

const HEIGHT = 320

export function OutcomeTrajectories({
  data,
  siteRoute,
  width
}: { data: Glance; siteRoute: string } & ChartSize) {
  const series = trajectorySeries(data.outcomes, data.testsOfChange.tests)
  return (
    <GlanceBlock
      title="Agreed outcomes over time"
      detail={{ to: `${siteRoute}/outcomes`, label: 'All outcomes and their evidence' }}
    >
      {series.lines.length === 0 ? (
        <p className="empty">No outcomes agreed yet.</p>
      ) : (
        <>
          <p className="muted">
            Each line is one agreed outcome, from its baseline to the latest rating on the 0 to 10
            scale
            {series.markers.length > 0
              ? '; the grey upright lines mark the days tests of change started.'
              : '. No test of change has started yet.'}
          </p>
          <TrajectoryChart series={series} width={width} />
          <TrajectoryKey series={series} />
          <TableAlternative what="the ratings and tests of change">
            <TrajectoryTables series={series} />
          </TableAlternative>
        </>
      )}
    </GlanceBlock>
  )
}

function TrajectoryChart({ series, width }: { series: TrajectorySeries } & ChartSize) {
  const tickLabels = new Map(series.ticks.map((t) => [t.t, t.label]))
  const dayLabels = new Map(series.lines.flatMap((l) => l.points.map((p) => [p.t, p.label])))
  return (
    <ChartArea label={series.summary} width={width} height={HEIGHT}>
      <LineChart
        data={series.rows}
        width={width}
        height={HEIGHT}
        accessibilityLayer={false}
        margin={{ top: 24, right: 24, bottom: 10, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={series.domain ?? ['dataMin', 'dataMax']}
          allowDataOverflow
          ticks={series.ticks.map((t) => t.t)}
          tickFormatter={(t: number) => tickLabels.get(t) ?? ''}
        />
        <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} allowDecimals={false} width={36} />
        <Tooltip
          labelFormatter={(t) => dayLabels.get(Number(t)) ?? ''}
          formatter={(value) => `${String(value)} out of 10`}
        />
        {series.markerLines.map((m) => (
          <ReferenceLine
            key={m.date}
            x={m.t}
            stroke={MARKER_COLOUR}
            strokeWidth={1.5}
            label={{ value: m.codes, position: 'top', fill: '#1d2433', fontSize: 12 }}
          />
        ))}
        {series.lines.map((l, i) => {
          const style = lineStyle(i)
          const baselineDay = l.points.find((p) => p.baseline)?.t
          return (
            <Line
              key={l.key}
              dataKey={l.key}
              name={l.title}
              stroke={style.colour}
              strokeWidth={2.5}
              strokeDasharray={style.dash || undefined}
              dot={(dot: DotItemDotProps) =>
                dot.cx === undefined || dot.cy === undefined || dot.value === null ? (
                  <g key={dot.index} />
                ) : (
                  <circle
                    key={dot.index}
                    className="recharts-dot recharts-line-dot"
                    cx={dot.cx}
                    cy={dot.cy}
                    r={4.5}
                    stroke={style.colour}
                    strokeWidth={2}
                    // The baseline is hollow, so it reads as the starting point, not a rating.
                    fill={dot.payload?.t === baselineDay ? '#ffffff' : style.colour}
                  />
                )
              }
              connectNulls
              isAnimationActive={false}
            />
          )
        })}
      </LineChart>
    </ChartArea>
  )
}
