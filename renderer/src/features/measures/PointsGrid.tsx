// The measure's data points as an editable grid: change values and notes, add and remove rows,
// then save them all in one go (nothing is saved while any row has a problem). Rows are kept in
// state and drawn only near the view (VirtualBody), so years of weekly points stay quick.
import './measures.css'
import { useState } from 'react'
import type { ApiOutput } from '../../../../api/contract'
import type { PointFields } from '../../../../api/schemas/measures'
import { ApiCallError } from '../../api/client'
import { useApiMutation } from '../../api/hooks'
import { HEADER_ROW, rowCount, VirtualBody } from '../../components/VirtualRows'
import { parsePeriod, parseValue, PERIOD_FORMATS } from './pasteParser'
import { formatPeriod } from './runChartText'

type Point = ApiOutput<'measures.get'>['points'][number]
interface GridRow {
  key: string
  period: string
  value: string
  note: string
}
type Problems = Record<string, { period?: string; value?: string; note?: string }>

/** Periods as the chart says them: "Mar 2026" when every point is a month, else "15 Mar 2026". */
const monthlyPoints = (points: readonly Point[]) => points.every((p) => p.period.endsWith('-01'))
const isBlank = (r: GridRow) => !r.period.trim() && !r.value.trim() && !r.note.trim()

function check(rows: GridRow[]) {
  const problems: Problems = {}
  const points: PointFields[] = []
  const keys: string[] = []
  const seen = new Map<string, number>()
  rows.forEach((r, i) => {
    if (isBlank(r)) return
    const found: Problems[string] = {}
    const period = parsePeriod(r.period)
    const value = parseValue(r.value)
    if (!r.period.trim()) found.period = 'A period is needed'
    else if (!period) found.period = `'${r.period.trim()}' is not a date (use ${PERIOD_FORMATS})`
    else if (seen.has(period))
      found.period = `'${r.period.trim()}' appears twice (also row ${seen.get(period)})`
    if (period && !seen.has(period)) seen.set(period, i + 1)
    if (!r.value.trim()) found.value = 'A value is needed'
    else if (value === null) found.value = `'${r.value.trim()}' is not a number`
    if (found.period || found.value) problems[r.key] = found
    else if (period && value !== null) {
      points.push({ period, value, note: r.note.trim() })
      keys.push(r.key)
    }
  })
  return { problems, points, keys }
}

const gridRow = (p: Point, monthly: boolean): GridRow => ({
  key: p.id,
  period: formatPeriod(p.period, monthly),
  value: String(p.value),
  note: p.note
})

/** The store's refusal of a point ("points.3.value") as a problem of the row it came from. */
function problemOf(e: unknown, keys: string[]): Problems | null {
  const issue = e instanceof ApiCallError ? e.issues[0] : undefined
  const match = issue ? /^points\.(\d+)\.(period|value|note)/.exec(issue.path) : null
  const key = match ? keys[Number(match[1])] : undefined
  return issue && key && match ? { [key]: { [match[2] ?? 'period']: issue.message } } : null
}

/** Why the grid cannot be saved as it stands (rows with problems, or no change), or null. */
function whyNotSaved(rowsWithProblems: number, nothingToSave: boolean): string | null {
  if (rowsWithProblems > 0) {
    const count = rowsWithProblems
    return `Nothing saved: fix the ${count === 1 ? 'row' : `${count} rows`} marked below first.`
  }
  return nothingToSave ? 'Nothing to save: add a row first.' : null
}

export function PointsGrid(props: {
  measureId: string
  points: Point[]
  onSaved: (text: string) => void
}) {
  const [rows, setRows] = useState<GridRow[]>(() => {
    const monthly = monthlyPoints(props.points)
    return props.points.map((p) => gridRow(p, monthly))
  })
  const [problems, setProblems] = useState<Problems>({})
  const [error, setError] = useState<string | null>(null)
  const [added, setAdded] = useState(0)
  const save = useApiMutation('measures.savePoints')
  const edit = (key: string, field: Field, text: string) =>
    setRows(rows.map((r) => (r.key === key ? { ...r, [field]: text } : r)))

  const onSave = () => {
    const result = check(rows)
    setProblems(result.problems)
    const kept = new Set(result.points.map((p) => p.period))
    const deletePeriods = props.points.map((p) => p.period).filter((p) => !kept.has(p))
    const refusal = whyNotSaved(
      Object.keys(result.problems).length,
      result.points.length === 0 && deletePeriods.length === 0
    )
    setError(refusal)
    if (refusal) return
    save
      .mutateAsync({
        measureId: props.measureId,
        mode: 'replace',
        points: result.points,
        deletePeriods
      })
      .then((r) =>
        props.onSaved(
          `Saved the grid: ${r.added} added, ${r.updated} updated, ${r.deleted} removed.`
        )
      )
      .catch((e: unknown) => {
        const problem = problemOf(e, result.keys)
        if (problem) setProblems(problem)
        setError(`Nothing saved: ${e instanceof Error ? e.message : String(e)}`)
      })
  }

  return (
    <section aria-labelledby="grid-heading" className="panel">
      <h3 id="grid-heading">Data points</h3>
      <p className="hint">
        Periods like {PERIOD_FORMATS} (day first). Saving replaces the saved points with these rows.
      </p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <PointsTable
        rows={rows}
        problems={problems}
        focusKey={`new-${added}`}
        onEdit={edit}
        onRemove={(key) => setRows(rows.filter((x) => x.key !== key))}
      />
      <div className="form-actions">
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setAdded(added + 1)
            setRows([...rows, { key: `new-${added + 1}`, period: '', value: '', note: '' }])
          }}
        >
          Add a row
        </button>
        <button type="button" onClick={onSave} disabled={save.isPending}>
          Save the grid
        </button>
      </div>
    </section>
  )
}

type Field = 'period' | 'value' | 'note'

function PointsTable(props: {
  rows: GridRow[]
  problems: Problems
  /** The row just added, whose period takes the focus. */
  focusKey: string
  onEdit: (key: string, field: Field, text: string) => void
  onRemove: (key: string) => void
}) {
  const { rows } = props
  return (
    <table className="table table-virtual points-grid" aria-rowcount={rowCount(rows.length)}>
      <caption className="visually-hidden">Data points, one row per period</caption>
      <thead>
        <tr {...HEADER_ROW}>
          <th scope="col">Row</th>
          <th scope="col">Period</th>
          <th scope="col">Value</th>
          <th scope="col">Note</th>
          <th scope="col">
            <span className="visually-hidden">Remove</span>
          </th>
        </tr>
      </thead>
      <VirtualBody
        rows={rows}
        columns={5}
        estimate={50}
        renderRow={(r, placement) => {
          const i = placement['data-index']
          const cell = (field: Field, label: string, wide = false) => (
            <PointCell
              row={r}
              field={field}
              label={`${label}, row ${i + 1}`}
              wide={wide}
              problem={props.problems[r.key]?.[field]}
              autoFocus={r.key === props.focusKey && field === 'period'}
              onEdit={props.onEdit}
            />
          )
          return (
            <tr key={r.key} {...placement}>
              <th scope="row">{i + 1}</th>
              {cell('period', 'Period')}
              {cell('value', 'Value')}
              {cell('note', 'Note', true)}
              <td>
                <button type="button" className="button-link" onClick={() => props.onRemove(r.key)}>
                  Remove<span className="visually-hidden"> row {i + 1}</span>
                </button>
              </td>
            </tr>
          )
        }}
      />
    </table>
  )
}

function PointCell(props: {
  row: GridRow
  field: Field
  label: string
  wide: boolean
  problem: string | undefined
  autoFocus: boolean
  onEdit: (key: string, field: Field, text: string) => void
}) {
  const { row, field, problem } = props
  const errorId = `${row.key}-${field}-error`
  return (
    <td className={problem ? 'cell-invalid' : undefined}>
      <input
        aria-label={props.label}
        value={row[field]}
        size={props.wide ? 30 : 10}
        maxLength={field === 'note' ? 2000 : 40}
        autoFocus={props.autoFocus}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(e) => props.onEdit(row.key, field, e.target.value)}
      />
      {problem ? (
        <span id={errorId} className="cell-error">
          {problem}
        </span>
      ) : null}
    </td>
  )
}
