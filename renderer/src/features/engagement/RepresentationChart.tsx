// Organisations and sectors represented among the named people at each partnership meeting.
import './engagement.css'
import { useId } from 'react'
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { ChartArea, PALETTE, TableAlternative, type ChartSize } from './ChartArea'
import { representationSummary, type RepresentationPoint } from './engagementSeries'

const HEIGHT = 260

export function RepresentationChart({
  series,
  width
}: { series: RepresentationPoint[] } & ChartSize) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="engagement-section">
      <h3 id={headingId}>Organisations and sectors represented</h3>
      <ChartArea label={representationSummary(series)} width={width} height={HEIGHT}>
        <LineChart
          data={series}
          width={width}
          height={HEIGHT}
          accessibilityLayer={false}
          margin={{ top: 10, right: 20, bottom: 10, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Line
            dataKey="organisations"
            name="Organisations"
            stroke={PALETTE.blue}
            strokeWidth={2}
            isAnimationActive={false}
          />
          <Line
            dataKey="sectors"
            name="Sectors"
            stroke={PALETTE.vermillion}
            strokeWidth={2}
            strokeDasharray="6 3"
            isAnimationActive={false}
          />
        </LineChart>
      </ChartArea>
      <TableAlternative what="organisations and sectors">
        <table className="table">
          <caption>Organisations and sectors at each partnership meeting</caption>
          <thead>
            <tr>
              <th scope="col">Meeting</th>
              <th scope="col">Organisations</th>
              <th scope="col">Sectors</th>
              <th scope="col">Sectors represented</th>
            </tr>
          </thead>
          <tbody>
            {series.map((p) => (
              <tr key={p.meetingId}>
                <th scope="row">{p.label}</th>
                <td>{p.organisations}</td>
                <td>{p.sectors}</td>
                <td>{p.sectorNames.join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableAlternative>
    </section>
  )
}
