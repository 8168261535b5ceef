// The outcomes chart's figures as tables: each outcome's baseline and ratings, and the tests of
// change marked on it.
import { TEST_STATUS_LABELS } from '../../../../../domain/lifecycle'
import type { TrajectorySeries } from './glanceSeries'

export function TrajectoryTables({ series }: { series: TrajectorySeries }) {
  return (
    <>
      <table className="table">
        <caption>Baselines and ratings of each agreed outcome, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Outcome</th>
            <th scope="col">Date</th>
            <th scope="col">Rating (0 to 10)</th>
          </tr>
        </thead>
        <tbody>
          {series.lines.flatMap((l) =>
            l.points.length === 0
              ? [
                  <tr key={l.key}>
                    <th scope="row">{l.title}</th>
                    <td colSpan={2}>No baseline or ratings yet</td>
                  </tr>
                ]
              : l.points.map((p) => (
                  <tr key={`${l.key}-${p.date}`}>
                    <th scope="row">{l.title}</th>
                    <td>{p.label}</td>
                    <td>{p.baseline ? `${p.rating} (baseline)` : p.rating}</td>
                  </tr>
                ))
          )}
        </tbody>
      </table>
      {series.markers.length > 0 ? (
        <table className="table">
          <caption>Tests of change marked on the chart, by the day they started</caption>
          <thead>
            <tr>
              <th scope="col">Mark</th>
              <th scope="col">Test of change</th>
              <th scope="col">Started</th>
              <th scope="col">Now</th>
            </tr>
          </thead>
          <tbody>
            {series.markers.map((m) => (
              <tr key={m.testId}>
                <th scope="row">{m.code}</th>
                <td>{m.title}</td>
                <td>{m.label}</td>
                <td>{TEST_STATUS_LABELS[m.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  )
}
