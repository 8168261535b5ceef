// Attendance at each partnership meeting: named and unnamed people in the room, and apologies.
import './engagement.css'
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts'
import { BAR_OUTLINE, ChartFrame, PALETTE, chartSize, type ChartSize } from './ChartArea'
import { attendanceSummary, type AttendancePoint } from './engagementSeries'

const HEIGHT = 300

export function AttendanceChart({ series, width }: { series: AttendancePoint[] } & ChartSize) {
  return (
    <ChartFrame
      title="Attendance over time"
      className="engagement-section"
      summary={attendanceSummary(series)}
      width={width}
      height={HEIGHT}
      chart={
        <ComposedChart
          data={series}
          {...chartSize(width, HEIGHT)}
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
      }
      tableOf="attendance"
      table={
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
      }
    />
  )
}
