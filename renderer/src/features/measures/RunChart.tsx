// The run chart drawing: points joined, a median line per baseline period (dashed where it is
// carried on beyond its own points), the target, and short markers for the site's tests of
// change, with a legend and the figures as a table. The series builder did all the working out.
import './measures.css'
import { CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts'
import { ChartFrame, PALETTE, chartSize, type ChartSize } from '../engagement/ChartArea'
import type { RunChartSeries } from './measureSeries'
import { formatPeriod, formatValue } from './runChart'
import {
  Dot,
  markerLines,
  medianLines,
  RunChartLegend,
  RunChartMarkers,
  RunChartTable,
  targetLine
} from './RunChartParts'

const HEIGHT = 360

export function RunChart(
  props: {
    series: RunChartSeries
    unit: string
    monthly: boolean
    notes: Map<string, string>
  } & ChartSize
) {
  const { series, monthly } = props
  const label = (x: number) => formatPeriod(new Date(x).toISOString().slice(0, 10), monthly)
  return (
    <ChartFrame
      title="Run chart"
      className="run-chart"
      summary={series.summary}
      width={props.width}
      height={HEIGHT}
      chart={
        <ComposedChart
          data={series.rows}
          {...chartSize(props.width, HEIGHT)}
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
          {targetLine(series)}
          {medianLines(series)}
          {markerLines(series)}
          <Line
            dataKey="value"
            name={props.unit || 'Value'}
            stroke={PALETTE.blue}
            strokeWidth={2}
            dot={Dot}
            isAnimationActive={false}
          />
        </ComposedChart>
      }
      tableOf="the run chart's figures"
      table={<RunChartTable series={series} notes={props.notes} />}
    >
      <RunChartLegend series={series} />
      <RunChartMarkers series={series} />
    </ChartFrame>
  )
}
