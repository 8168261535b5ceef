// The programme's outcome framework, laid out along the theory of change.
import './programmes.css'
import { useState } from 'react'
import type { ApiOutput } from '../../../../api/contract'
import { OUTCOME_LEVELS, type OutcomeLevel } from '../../../../domain/vocabulary'
import { useApiMutation } from '../../api/hooks'
import { EditArchiveButtons } from '../../components/EditArchiveButtons'
import { Modal } from '../../components/Modal'
import { OutcomeForm } from './OutcomeForm'

type Outcome = ApiOutput<'programmes.overview'>['outcomes'][number]

export function OutcomeFramework(props: { programmeId: string; outcomes: Outcome[] }) {
  const [editing, setEditing] = useState<Outcome | 'new' | null>(null)
  const [showArchived, setShowArchived] = useState(false)
  const archive = useApiMutation('programmeOutcomes.archive')
  const restore = useApiMutation('programmeOutcomes.restore')
  const visible = props.outcomes.filter((o) => showArchived || !o.archivedAt)
  return (
    <section aria-labelledby="framework-heading" className="panel">
      <div className="section-header">
        <h2 id="framework-heading">Outcome framework</h2>
        <button type="button" className="button-secondary" onClick={() => setEditing('new')}>
          Add programme outcome
        </button>
      </div>
      <p className="muted">
        Programme outcomes sit on the theory of change, from people's own attitudes to outcomes for
        people who use services. Sites map their agreed outcomes to these.
      </p>
      <ol className="theory-of-change">
        {(Object.keys(OUTCOME_LEVELS) as OutcomeLevel[]).map((level) => {
          const atLevel = visible.filter((o) => o.level === level)
          return (
            <li key={level}>
              <h3>{OUTCOME_LEVELS[level]}</h3>
              {atLevel.length === 0 ? <p className="muted">No outcome at this level yet.</p> : null}
              <ul>
                {atLevel.map((o) => (
                  <li key={o.id} className={o.archivedAt ? 'archived' : undefined}>
                    <span>
                      {o.title}
                      {o.archivedAt ? ' (archived)' : ''}
                    </span>
                    <span className="row-actions">
                      <EditArchiveButtons
                        name={o.title}
                        archived={!!o.archivedAt}
                        onEdit={() => setEditing(o)}
                        onArchive={() => archive.mutate({ id: o.id })}
                        onRestore={() => restore.mutate({ id: o.id })}
                      />
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          )
        })}
      </ol>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={showArchived}
          onChange={(e) => setShowArchived(e.target.checked)}
        />
        Show archived outcomes
      </label>
      {editing ? (
        <Modal
          title={editing === 'new' ? 'Add programme outcome' : 'Edit programme outcome'}
          onClose={() => setEditing(null)}
        >
          <OutcomeForm
            programmeId={props.programmeId}
            outcome={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        </Modal>
      ) : null}
    </section>
  )
}
