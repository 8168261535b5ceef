// One measure: its run chart with the signals explained in words, the rules it is judged by, its
// baselines, and its data (an editable grid and a box to paste rows from a spreadsheet).
import './measures.css'
import { useMemo, useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { BETTER, RULES } from '../../../../api/schemas/measures'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { HeaderActions } from '../../components/HeaderActions'
import { Modal } from '../../components/Modal'
import { QueryState } from '../../components/Status'
import { useSiteData } from '../sites/SitePage'
import { Baselines } from './Baselines'
import { MeasureForm } from './MeasureForm'
import { runChartSeries } from './measureSeries'
import { PastePoints } from './PastePoints'
import { PointsGrid } from './PointsGrid'
import { RunChart } from './RunChart'
import { analyseRunChart, formatValue, type RuleSet } from './runChart'
import { SignalExplanation } from './SignalExplanation'

type Data = ApiOutput<'measures.get'>

export function MeasurePage() {
  const measureId = useParams().measureId ?? ''
  const measure = useApiQuery('measures.get', { id: measureId })
  return <QueryState query={measure}>{(data) => <MeasureView data={data} />}</QueryState>
}

function RulesChoice(props: { data: Data }) {
  const update = useApiMutation('measures.update')
  const { measure } = props.data
  // Shown checked at once; cleared when the saved measure (re-read after the update) says so.
  const [chosen, setChosen] = useState<RuleSet | null>(null)
  const choose = (rules: RuleSet) => {
    setChosen(rules)
    update.mutate(
      {
        id: measure.id,
        name: measure.name,
        unit: measure.unit,
        better: measure.better,
        target: measure.target,
        baselinePoints: measure.baselinePoints,
        outcomeId: measure.outcomeId,
        rules
      },
      { onSettled: () => setChosen(null) }
    )
  }
  return (
    <fieldset className="rules-choice">
      <legend>Rules for signals</legend>
      {(Object.keys(RULES) as RuleSet[]).map((rules) => (
        <label key={rules} className="checkbox">
          <input
            type="radio"
            name="rules"
            value={rules}
            checked={(chosen ?? measure.rules) === rules}
            disabled={update.isPending}
            onChange={() => choose(rules)}
          />
          {RULES[rules]}
        </label>
      ))}
      {update.error ? (
        <p className="form-error" role="alert">
          {update.error.message}
        </p>
      ) : null}
    </fieldset>
  )
}

/** The run chart's analysis and drawing, worked out again only when the points change. */
function useMeasureChart({ measure, points, baselines, markers }: Data) {
  const analysis = useMemo(
    () =>
      analyseRunChart(points, {
        rules: measure.rules,
        better: measure.better,
        baselinePoints: measure.baselinePoints,
        baselineStarts: baselines.map((b) => b.startsOn)
      }),
    [points, baselines, measure.rules, measure.better, measure.baselinePoints]
  )
  const series = useMemo(
    () => runChartSeries(analysis, { name: measure.name, target: measure.target, markers }),
    [analysis, measure.name, measure.target, markers]
  )
  const notes = useMemo(() => new Map(points.map((p) => [p.period, p.note])), [points])
  const saved = useMemo(() => new Set(points.map((p) => p.period)), [points])
  return { analysis, series, notes, saved }
}

function MeasureView({ data }: { data: Data }) {
  const { programme, site } = useSiteData()
  const { measure, points } = data
  const [editing, setEditing] = useState(false)
  const [archiving, setArchiving] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const archive = useApiMutation('measures.archive')
  const restore = useApiMutation('measures.restore')
  const navigate = useNavigate()
  const list = `/programmes/${programme.id}/sites/${site.id}/measures`
  const { analysis, series, notes, saved } = useMeasureChart(data)
  const gridKey = points.map((p) => `${p.id}:${p.period}:${p.value}:${p.note}`).join('|')

  return (
    <article aria-labelledby="measure-heading" className="measure">
      <p>
        <Link to={list}>All measures of {site.name}</Link>
      </p>
      <header className="page-header">
        <div>
          <h2 id="measure-heading">
            {measure.name}
            {measure.archivedAt ? <span className="badge badge-muted">Archived</span> : null}
          </h2>
          <p className="muted">
            {[
              measure.unit,
              BETTER[measure.better],
              measure.target !== null ? `target ${formatValue(measure.target)}` : null,
              data.outcome ? `tracks “${data.outcome.title}”` : null
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <HeaderActions
          noun="measure"
          archived={Boolean(measure.archivedAt)}
          onEdit={() => setEditing(true)}
          onArchive={() => setArchiving(true)}
          onRestore={() => restore.mutate({ id: measure.id })}
        />
      </header>
      <RulesChoice data={data} />
      {notice ? (
        <p role="status" className="notice">
          {notice}
        </p>
      ) : null}
      {points.length > 0 ? (
        <RunChart series={series} unit={measure.unit} monthly={analysis.monthly} notes={notes} />
      ) : null}
      <SignalExplanation analysis={analysis} unit={measure.unit} />
      <Baselines data={data} />
      <div className="measure-data">
        <PastePoints measureId={measure.id} savedPeriods={saved} onSaved={setNotice} />
        <PointsGrid key={gridKey} measureId={measure.id} points={points} onSaved={setNotice} />
      </div>
      {editing ? (
        <Modal title="Edit measure" onClose={() => setEditing(false)}>
          <MeasureForm
            siteId={site.id}
            outcomes={data.outcomes}
            measure={measure}
            onDone={() => setEditing(false)}
            onCancel={() => setEditing(false)}
          />
        </Modal>
      ) : null}
      {archiving ? (
        <ConfirmDialog
          title={`Archive ${measure.name}?`}
          message="Its data and chart are kept, but it leaves the list of measures. You can restore it from 'Show archived measures'."
          confirmLabel="Archive measure"
          onConfirm={() => archive.mutateAsync({ id: measure.id }).then(() => navigate(list))}
          onClose={() => setArchiving(false)}
        />
      ) : null}
    </article>
  )
}
