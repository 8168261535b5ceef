// "Data export" on the programme's Reports and exports page: the programme's records as CSV files
// in a zip or one Excel workbook, private fields only when asked for, with progress as it runs.
import { useId, useState, type FormEvent } from 'react'
import { DATA_EXPORT_FORMATS, type DataExportFormat } from '../../../../api/schemas/dataExport'
import { useApiQuery } from '../../api/hooks'
import { useDataExport, type ExportProgress } from './useDataExport'
import './dataExport.css'

export function DataExportPanel(props: { programmeId: string }) {
  const id = useId()
  const [format, setFormat] = useState<DataExportFormat>('csv')
  const [includePrivate, setIncludePrivate] = useState(false)
  const { progress, run, running } = useDataExport(props.programmeId)
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!running) void run(format, includePrivate)
  }
  return (
    <section className="panel data-export" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Data export</h2>
      <RecordCounts programmeId={props.programmeId} />
      <form onSubmit={onSubmit} noValidate>
        <fieldset className="checkbox-fieldset" disabled={running}>
          <legend>Format</legend>
          <div className="data-export-formats">
            {Object.entries(DATA_EXPORT_FORMATS).map(([value, label]) => (
              <label key={value} className="checkbox">
                <input
                  type="radio"
                  name={`${id}-format`}
                  value={value}
                  checked={format === value}
                  onChange={() => setFormat(value as DataExportFormat)}
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={includePrivate}
            disabled={running}
            aria-describedby={`${id}-private-hint`}
            onChange={(e) => setIncludePrivate(e.target.checked)}
          />
          Include private fields (who said each quote, email addresses and phone numbers)
        </label>
        <p id={`${id}-private-hint`} className={includePrivate ? 'data-export-warning' : 'hint'}>
          {includePrivate
            ? 'The files will name who said each quote and hold contact details: send them only to people who may see both, and keep them as safely as the app itself.'
            : 'Left out unless ticked: quotes then name only the speaker’s role.'}
        </p>
        <div className="form-actions">
          <button type="submit" disabled={running}>
            Export data
          </button>
        </div>
        <Progress progress={progress} />
      </form>
    </section>
  )
}

/** What the export will hold, so nothing leaves the computer by surprise. */
function RecordCounts(props: { programmeId: string }) {
  const kinds = useApiQuery('dataExport.kinds', { programmeId: props.programmeId })
  if (!kinds.data) return null
  const held = kinds.data.kinds.filter((k) => k.rowCount > 0)
  return (
    <>
      <p className="hint">
        One CSV file or worksheet per kind of record, archived records included.
        {held.length === 0 ? ' This programme holds no records yet.' : ''}
      </p>
      {held.length > 0 ? (
        <ul className="data-export-counts" aria-label="Records to export">
          {held.map((k) => (
            <li key={k.kind}>
              {k.label}: <strong>{k.recordCount}</strong>
              {k.rowWord ? ` (${k.rowCount} ${k.rowWord}${k.rowCount === 1 ? '' : 's'})` : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}

function Progress(props: { progress: ExportProgress }) {
  const id = useId()
  const { progress } = props
  return (
    <div role="status" aria-live="polite" className="data-export-status">
      {progress.state === 'working' ? (
        <div className="data-export-progress">
          <progress aria-labelledby={`${id}-text`} max={progress.total} value={progress.done} />
          <span id={`${id}-text`}>{progress.text}</span>
        </div>
      ) : progress.state === 'done' ? (
        <p className="notice notice-done">{progress.text}</p>
      ) : progress.state === 'failed' ? (
        <p className="form-error">{progress.text}</p>
      ) : null}
    </div>
  )
}
