// "Paste from a spreadsheet": rows copied from a spreadsheet (or CSV text) are read as they are
// pasted and shown in a preview that marks each bad cell; only a clean preview is saved.
import { useDeferredValue, useId, useState } from 'react'
import { useApiMutation } from '../../api/hooks'
import { PastedCellView, PastePreview } from '../../components/PastePreview'
import { parsePasted, PERIOD_FORMATS, type PasteResult } from './pasteParser'
import { formatPeriod, formatValue } from './runChart'

/** Why the paste cannot be saved as it stands, or null when it can. */
function whyNotSaved(now: PasteResult): string | null {
  if (now.rows.length === 0) return 'Nothing to save: paste some rows first.'
  if (now.errors.length > 0) {
    return `Nothing saved: fix the ${now.errors.length === 1 ? 'problem' : `${now.errors.length} problems`} marked in the preview first.`
  }
  return null
}

export function PastePoints(props: {
  measureId: string
  savedPeriods: ReadonlySet<string>
  onSaved: (text: string) => void
}) {
  const [text, setText] = useState('')
  const [replace, setReplace] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const deferred = useDeferredValue(text)
  const result = parsePasted(deferred, { existingPeriods: props.savedPeriods, replace })
  const save = useApiMutation('measures.savePoints')
  const hintId = useId()

  const onSave = () => {
    const now = parsePasted(text, { existingPeriods: props.savedPeriods, replace })
    const refusal = whyNotSaved(now)
    setMessage(refusal)
    if (refusal) return
    save
      .mutateAsync({
        measureId: props.measureId,
        mode: replace ? 'replace' : 'add',
        points: now.points
      })
      .then((r) => {
        setText('')
        props.onSaved(
          `Saved ${r.added} pasted ${r.added === 1 ? 'point' : 'points'}${r.updated ? ` and replaced ${r.updated}` : ''}.`
        )
      })
      .catch((e: unknown) =>
        setMessage(`Nothing saved: ${e instanceof Error ? e.message : String(e)}`)
      )
  }

  return (
    <section aria-labelledby="paste-heading" className="panel paste-points">
      <h3 id="paste-heading">Paste from a spreadsheet</h3>
      <div className="field">
        <label htmlFor={`${hintId}-text`}>Rows to paste</label>
        <p id={hintId} className="hint">
          One row per period: the period, the value and an optional note, in columns copied from a
          spreadsheet or separated by commas. A header row is fine. Periods like {PERIOD_FORMATS}{' '}
          (day first); values may have a % sign or thousands separators.
        </p>
        <textarea
          id={`${hintId}-text`}
          rows={8}
          value={text}
          aria-describedby={hintId}
          spellCheck={false}
          onChange={(e) => {
            setText(e.target.value)
            setMessage(null)
          }}
        />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
        Replace values already saved for the same period
      </label>
      {message ? (
        <p className="form-error" role="alert">
          {message}
        </p>
      ) : null}
      {result.rows.length > 0 ? <PastedPointsPreview result={result} /> : null}
      <div className="form-actions">
        <button type="button" onClick={onSave} disabled={save.isPending}>
          Save these points
        </button>
      </div>
    </section>
  )
}

/** The rows as read, each bad cell marked; periods shown as months when every one is a month. */
function PastedPointsPreview({ result }: { result: PasteResult }) {
  const monthly = result.points.every((p) => p.period.endsWith('-01'))
  return (
    <PastePreview
      what="the pasted rows"
      rowCount={result.rows.length}
      header={Boolean(result.header)}
      errors={result.errors}
      columns={['Row', 'Period', 'Value', 'Note']}
    >
      {result.rows.map((r) => (
        <tr key={r.row} className={r.point ? undefined : 'row-invalid'}>
          <th scope="row">{r.row}</th>
          <PastedCellView
            cell={r.period}
            shown={r.point ? formatPeriod(r.point.period, monthly) : undefined}
          />
          <PastedCellView cell={r.value} shown={r.point ? formatValue(r.point.value) : undefined} />
          <PastedCellView cell={r.note} />
        </tr>
      ))}
    </PastePreview>
  )
}
