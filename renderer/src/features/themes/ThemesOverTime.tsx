// Themes over time: cycles per month for a few chosen themes, as lines told apart by colour
// (Okabe-Ito) and by dash, with the figures as a table whose counts open their cycles.
import { useId, useState } from 'react'
import { Link } from 'react-router'
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { ChartArea, PALETTE, TableAlternative } from '../engagement/ChartArea'
import {
  MAX_CHOSEN,
  overTimeSummary,
  themeLabel,
  themesOverTime,
  topThemes,
  type SummaryTheme,
  type ThemeSummary,
  type TimePoint
} from './themeSeries'

const HEIGHT = 300
const LINES = [
  { stroke: PALETTE.blue, dash: undefined },
  { stroke: PALETTE.orange, dash: '8 4' },
  { stroke: PALETTE.green, dash: '2 3' },
  { stroke: PALETTE.vermillion, dash: '12 4 2 4' }
] as const

export function ThemesOverTime(props: {
  summary: ThemeSummary
  linkTo: (themeId: string, month: string) => string
  width?: number
}) {
  const headingId = useId()
  const pickerId = useId()
  const [picked, setPicked] = useState<string[] | null>(null)
  const used = new Set(props.summary.byMonth.map((c) => c.themeId))
  const usedThemes = props.summary.themes.filter((t) => used.has(t.id))
  const chosenIds = (picked ?? topThemes(props.summary, 3)).filter((id) => used.has(id))
  const chosen = chosenIds
    .map((id) => usedThemes.find((t) => t.id === id))
    .filter((t): t is SummaryTheme => !!t)
  const points = themesOverTime(props.summary, chosenIds)

  const toggle = (id: string, on: boolean) =>
    setPicked(on ? [...chosenIds, id] : chosenIds.filter((x) => x !== id))

  return (
    <section aria-labelledby={headingId} className="themes-section">
      <h2 id={headingId}>Themes over time</h2>
      {usedThemes.length === 0 ? (
        <p className="empty">No reflection cycle in this period is tagged with a theme yet.</p>
      ) : (
        <>
          <fieldset className="themes-picker" aria-describedby={pickerId}>
            <legend>Themes to show</legend>
            <p id={pickerId} className="hint">
              Choose up to {MAX_CHOSEN}. Only themes seen in this period are listed.
            </p>
            <ul>
              {usedThemes.map((t) => {
                const on = chosenIds.includes(t.id)
                return (
                  <li key={t.id}>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={on}
                        disabled={!on && chosenIds.length >= MAX_CHOSEN}
                        onChange={(e) => toggle(t.id, e.target.checked)}
                      />
                      {themeLabel(t)}
                    </label>
                  </li>
                )
              })}
            </ul>
          </fieldset>
          <OverTimeChart points={points} chosen={chosen} width={props.width} />
          <TableAlternative what="themes over time">
            <OverTimeTable points={points} chosen={chosen} linkTo={props.linkTo} />
          </TableAlternative>
        </>
      )}
    </section>
  )
}

function OverTimeChart(props: { points: TimePoint[]; chosen: SummaryTheme[]; width?: number }) {
  return (
    <ChartArea
      label={overTimeSummary(props.points, props.chosen)}
      width={props.width}
      height={HEIGHT}
    >
      <LineChart
        data={props.points}
        width={props.width}
        height={HEIGHT}
        accessibilityLayer={false}
        margin={{ top: 10, right: 20, bottom: 10, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        {props.chosen.map((t, i) => {
          const line = LINES[i % LINES.length] ?? LINES[0]
          return (
            <Line
              key={t.id}
              type="linear"
              dataKey={(p: TimePoint) => p.counts[t.id] ?? 0}
              name={themeLabel(t)}
              stroke={line.stroke}
              strokeWidth={2.5}
              strokeDasharray={line.dash}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          )
        })}
      </LineChart>
    </ChartArea>
  )
}

function OverTimeTable(props: {
  points: TimePoint[]
  chosen: SummaryTheme[]
  linkTo: (themeId: string, month: string) => string
}) {
  return (
    <table className="table">
      <caption>Cycles per month for each theme shown</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          {props.chosen.map((t) => (
            <th key={t.id} scope="col">
              {themeLabel(t)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.points.map((p) => (
          <tr key={p.month}>
            <th scope="row">{p.label}</th>
            {props.chosen.map((t) => {
              const n = p.counts[t.id] ?? 0
              return (
                <td key={t.id}>
                  {n > 0 ? (
                    <Link
                      to={props.linkTo(t.id, p.month)}
                      aria-label={`${n} ${n === 1 ? 'cycle' : 'cycles'}: ${themeLabel(t)} in ${p.label}`}
                    >
                      {n}
                    </Link>
                  ) : (
                    0
                  )}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
