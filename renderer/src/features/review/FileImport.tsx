// A labelled "choose a file" control that reads the file and hands its text to an import, then says
// what happened. A file input opens the native open dialog in Electron and the browser's picker in
// the preview (see lib/files.ts).
import './review.css'
import { useId, useState, type ChangeEvent } from 'react'
import { readFileText } from '../../lib/files'

export type ImportOutcome = { message: string; tone?: 'done' | 'nothing-new' }

export function FileImport(props: {
  label: string
  hint: string
  /** Runs the import and returns what to tell the user; a thrown error is shown as a refusal. */
  onFile: (content: string, file: File) => Promise<ImportOutcome>
}) {
  const id = useId()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null)
  const [error, setError] = useState<string | null>(null)

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    if (!file) return
    setBusy(true)
    setOutcome(null)
    setError(null)
    try {
      setOutcome(await props.onFile(await readFileText(file), file))
    } catch (e) {
      setError(`${file.name} was not imported. ${stripField(e)}`)
    } finally {
      setBusy(false)
      // Clear the choice, so the same file can be chosen again (and gives "nothing new").
      input.value = ''
    }
  }

  return (
    <div className="field file-import">
      <label htmlFor={id}>{props.label}</label>
      <p id={`${id}-hint`} className="hint">
        {props.hint}
      </p>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        disabled={busy}
        onChange={(e) => void onChange(e)}
      />
      <div aria-live="polite" role="status" className="file-import-status">
        {busy ? <p className="muted">Reading the file…</p> : null}
        {outcome ? (
          <p className={outcome.tone === 'nothing-new' ? 'notice' : 'notice notice-done'}>
            {outcome.message}
          </p>
        ) : null}
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}

/** The API names the field ("content: ..."); a person choosing a file only needs the reason. */
function stripField(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/^content: /, '')
}
