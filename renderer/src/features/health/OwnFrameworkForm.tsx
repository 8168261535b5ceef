// Add the programme's own framework: a name, its items (one a line, "Heading: item" to group
// them) and its scale (one point a line, healthiest first).
import { useState } from 'react'
import { useApiMutation } from '../../api/hooks'

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
}

export function OwnFrameworkForm(props: { programmeId: string; onDone: () => void }) {
  const create = useApiMutation('healthFrameworks.create')
  const [name, setName] = useState('')
  const [items, setItems] = useState('')
  const [scale, setScale] = useState('')
  const [error, setError] = useState('')
  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    const points = lines(scale)
    create
      .mutateAsync({
        programmeId: props.programmeId,
        name,
        // Healthiest first: the first point scores highest.
        scale: points.map((label, i) => ({ label, score: points.length - i })),
        items: lines(items).map((line) => {
          const at = line.indexOf(':')
          return at > 0
            ? { group: line.slice(0, at).trim(), label: line.slice(at + 1).trim() }
            : { label: line }
        })
      })
      .then(props.onDone)
      .catch((err: Error) => setError(err.message))
  }
  return (
    <form onSubmit={submit} noValidate>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="own-name">Framework name</label>
        <input id="own-name" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="own-items">Items</label>
        <p className="hint" id="own-items-hint">
          One a line; &quot;Heading: item&quot; puts an item under a heading.
        </p>
        <textarea
          id="own-items"
          rows={5}
          aria-describedby="own-items-hint"
          value={items}
          onChange={(e) => setItems(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="own-scale">Scale</label>
        <p className="hint" id="own-scale-hint">
          One point a line, the healthiest first (for example: High, Some, Low).
        </p>
        <textarea
          id="own-scale"
          rows={4}
          aria-describedby="own-scale-hint"
          value={scale}
          onChange={(e) => setScale(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" disabled={create.isPending}>
          Add framework
        </button>
        <button type="button" className="button-secondary" onClick={props.onDone}>
          Back
        </button>
      </div>
    </form>
  )
}
