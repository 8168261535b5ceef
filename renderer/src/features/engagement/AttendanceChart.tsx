// Attendance at each partnership meeting: named and unnamed people in the room, and apologies.
import { useId } from 'react'
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts'
import { BAR_OUTLINE, ChartArea, PALETTE, TableAlternative, type ChartSize } from './ChartArea'
import { attendanceSummary, type AttendancePoint } from './engagementSeries'

const HEIGHT = 300

export function AttendanceChart({ series, width }: { series: AttendancePoint[] } & ChartSize) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="engagement-section">
      <h3 id={headingId}>Attendance over time</h3>
      <ChartArea label={attendanceSummary(series)} width={width} height={HEIGHT}>
        <ComposedChart
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
          <Bar
            dataKey="named"
            name="Named attendees"
            stackId="present"
            fill={PALETTE.blue}
            stroke={BAR_OUTLINE}
            strokeWidth={0.5}
            isAnimationActive={false}
          />
          <Bar
            dataKey="unnamed"
            name="Attendees not named"
            stackId="present"
            fill={PALETTE.skyBlue}
            stroke={BAR_OUTLINE}
            strokeWidth={0.5}
            isAnimationActive={false}
          />
          <Line
            dataKey="apologies"
            name="Apologies"
            stroke={PALETTE.vermillion}
            strokeWidth={2}
            strokeDasharray="6 3"
            isAnimationActive={false}
          />
        </ComposedChart>
      </ChartArea>
      <TableAlternative what="attendance">
        <table className="table">
          <caption>Attendance at each partnership meeting</caption>
          <thead>
            <tr>
              <th scope="col">Meeting</th>
              <th scope="col">Named attendees</th>
              <th scope="col">Not named</th>
              <th scope="col">Everyone present</th>
              <th scope="col">Apologies</th>
            </tr>
          </thead>
          <tbody>
            {series.map((p) => (
              <tr key={p.meetingId}>
                <th scope="row">{p.label}</th>
                <td>{p.named}</td>
                <td>{p.unnamed}</td>
                <td>{p.present}</td>
                <td>{p.apologies}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableAlternative>
    </section>
  )
}
