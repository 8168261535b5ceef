// Each person's attendance record: how many show each pattern, and everyone's record in words.
import './engagement.css'
import { useId } from 'react'
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts'
import { BAR_OUTLINE, ChartArea, PALETTE, type ChartSize } from './ChartArea'
import {
  dateLabel,
  patternCounts,
  patternSummary,
  type AttendancePattern,
  type PersonRecord
} from './engagementSeries'

const HEIGHT = 220

export const PATTERN_COLOURS: Record<AttendancePattern, string> = {
  every_meeting: PALETTE.green,
  regular: PALETTE.blue,
  occasional: PALETTE.skyBlue,
  drifted_away: PALETTE.vermillion,
  never_attended: PALETTE.grey
}

const MARK_LABELS: Record<string, string> = { x: 'attended', a: 'apologies', '-': 'absent' }

/** One small square per meeting held while a member; decoration beside the words. */
function Strip({ pattern }: { pattern: string }) {
  if (!pattern) return null
  return (
    <span className="attendance-strip" aria-hidden="true">
      {[...pattern].map((mark, i) => (
        <span key={i} className={`mark mark-${MARK_LABELS[mark] ?? 'absent'}`} />
      ))}
    </span>
  )
}

function attendedSpan(r: PersonRecord): string {
  if (!r.firstAttended || !r.lastAttended) return '—'
  if (r.firstAttended === r.lastAttended) return dateLabel(r.firstAttended)
  return `${dateLabel(r.firstAttended)} to ${dateLabel(r.lastAttended)}`
}

export function PeopleRecord({ records, width }: { records: PersonRecord[] } & ChartSize) {
  const headingId = useId()
  const counts = patternCounts(records)
  return (
    <section aria-labelledby={headingId} className="engagement-section">
      <h3 id={headingId}>Who comes</h3>
      <p className="muted">
        Each person's record counts the partnership meetings held while they were a member, shown in
        order as squares: filled for came, striped for sent apologies, empty for missed. Regular:
        came to at least two thirds. Drifted away: came to some of their first meetings but none of
        the last three.
      </p>
      <ChartArea label={patternSummary(counts)} width={width} height={HEIGHT}>
        <BarChart
          data={counts}
          layout="vertical"
          width={width}
          height={HEIGHT}
          accessibilityLayer={false}
          margin={{ top: 5, right: 40, bottom: 5, left: 20 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={110} />
          <Tooltip />
          <Bar
            dataKey="people"
            name="People"
            stroke={BAR_OUTLINE}
            strokeWidth={0.5}
            isAnimationActive={false}
          >
            {counts.map((c) => (
              <Cell key={c.key} fill={PATTERN_COLOURS[c.key]} />
            ))}
            <LabelList dataKey="people" position="right" />
          </Bar>
        </BarChart>
      </ChartArea>
      <table className="table engagement-people">
        <caption>Each person's attendance at partnership meetings</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role or profession</th>
            <th scope="col">Organisation</th>
            <th scope="col">Pattern</th>
            <th scope="col">Record</th>
            <th scope="col">Attended</th>
            <th scope="col">Apologies</th>
            <th scope="col">Meetings while a member</th>
            <th scope="col">First and last attended</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr key={r.personId}>
              <th scope="row">{r.name}</th>
              <td>{r.role}</td>
              <td>{r.organisationName ?? '—'}</td>
              <td>
                <span className={`pattern pattern-${r.patternKey}`}>{r.patternLabel}</span>
              </td>
              <td>
                {r.description}
                <Strip pattern={r.pattern} />
              </td>
              <td>{r.attended}</td>
              <td>{r.apologies}</td>
              <td>{r.memberMeetings}</td>
              <td>{attendedSpan(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
