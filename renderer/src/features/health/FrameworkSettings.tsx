// The programme's choice of frameworks for its sites, and its own frameworks: add one (items and
// a scale), archive or restore it. Archiving keeps the checks made with it.
import { useState } from 'react'
import type { ApiOutput } from '../../../../api/contract'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { QueryState } from '../../components/Status'
import { OwnFrameworkForm } from './OwnFrameworkForm'

type Framework = ApiOutput<'healthFrameworks.list'>[number]

export function FrameworkSettings(props: { programmeId: string; onDone: () => void }) {
  const frameworks = useApiQuery('healthFrameworks.list', {
    programmeId: props.programmeId,
    includeArchived: true
  })
  const choose = useApiMutation('healthFrameworks.choose')
  const archive = useApiMutation('healthFrameworks.archive')
  const restore = useApiMutation('healthFrameworks.restore')
  const [picked, setPicked] = useState<Set<string> | null>(null)
  const [adding, setAdding] = useState(false)
  const [error, setError] = useState('')
  if (adding) {
    return <OwnFrameworkForm programmeId={props.programmeId} onDone={() => setAdding(false)} />
  }
  return (
    <QueryState query={frameworks}>
      {(list) => {
        const current = picked ?? new Set(list.filter((f) => f.chosen).map((f) => f.id))
        const toggle = (id: string) => {
          const next = new Set(current)
          if (next.has(id)) next.delete(id)
          else next.add(id)
          setPicked(next)
        }
        const save = () =>
          choose
            .mutateAsync({ programmeId: props.programmeId, frameworkIds: [...current] })
            .then(props.onDone)
            .catch((e: Error) => setError(e.message))
        return (
          <div>
            {error ? (
              <p className="form-error" role="alert">
                {error}
              </p>
            ) : null}
            <fieldset className="checkbox-group">
              <legend>The frameworks this programme&apos;s sites use</legend>
              {list.map((f) => (
                <FrameworkChoice
                  key={f.id}
                  framework={f}
                  chosen={current.has(f.id)}
                  onToggle={() => toggle(f.id)}
                  onArchiveOrRestore={() => (f.archivedAt ? restore : archive).mutate({ id: f.id })}
                />
              ))}
            </fieldset>
            <div className="form-actions">
              <button type="button" onClick={save}>
                Save choice
              </button>
              <button type="button" className="button-secondary" onClick={() => setAdding(true)}>
                Add our own framework
              </button>
              <button type="button" className="button-secondary" onClick={props.onDone}>
                Cancel
              </button>
            </div>
          </div>
        )
      }}
    </QueryState>
  )
}

/** One framework: chosen or not, what it is and its scale; the programme's own can be archived. */
function FrameworkChoice(props: {
  framework: Framework
  chosen: boolean
  onToggle: () => void
  onArchiveOrRestore: () => void
}) {
  const f = props.framework
  return (
    <div className="framework-choice">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={props.chosen}
          disabled={Boolean(f.archivedAt)}
          onChange={props.onToggle}
        />{' '}
        {f.name}
        {f.library ? null : <span className="badge">Our own</span>}
        {f.archivedAt ? <span className="badge badge-muted">Archived</span> : null}
      </label>
      <p className="hint">
        {f.description || `${f.items.length} items`} · Scale:{' '}
        {f.scale.map((p) => p.label).join(', ')}
      </p>
      {f.library ? null : (
        <button type="button" className="button-link" onClick={props.onArchiveOrRestore}>
          {f.archivedAt ? 'Restore' : 'Archive'}
          <span className="visually-hidden"> {f.name}</span>
        </button>
      )}
    </div>
  )
}
