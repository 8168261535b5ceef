// What the run chart shows, in words: for each baseline period its median and what the rules
// found (a signal, no signal, or why nothing can be judged yet).
import './measures.css'
import { formatPeriod, formatValue, type RunChartAnalysis } from './runChart'

export function SignalExplanation(props: { analysis: RunChartAnalysis; unit: string }) {
  const { analysis } = props
  const { monthly } = analysis
  if (analysis.segments.length === 0) {
    return (
      <p className="empty">No data points yet: add some below or paste them from a spreadsheet.</p>
    )
  }
  const several = analysis.segments.length > 1
  return (
    <section aria-labelledby="signals-heading" className="signals">
      <h3 id="signals-heading">What the run chart shows</h3>
      {analysis.segments.map((s) => {
        const first = s.points[0]
        const lastBaseline = s.points[s.baselineCount - 1]
        const carried = s.points.length > s.baselineCount
        const state = !s.judged ? 'too-little-data' : s.signals.length ? 'signal' : 'no-signal'
        return (
          <div key={s.index} className="signal-segment">
            {several ? (
              <h4>
                {s.rebased
                  ? `New baseline from ${formatPeriod(s.startsOn, false)}`
                  : 'First baseline'}
              </h4>
            ) : null}
            <p className="muted">
              Median {formatValue(s.median)}
              {props.unit ? ` ${props.unit}` : ''}, from{' '}
              {s.baselineCount === 1 ? 'one point' : `${s.baselineCount} points`}
              {first && lastBaseline
                ? ` (${formatPeriod(first.period, monthly)} to ${formatPeriod(lastBaseline.period, monthly)})`
                : ''}
              {carried ? ', carried on beyond them.' : '.'}
            </p>
            <ul className={`signal-list signal-${state}`}>
              {s.explanation.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </div>
        )
      })}
    </section>
  )
}
