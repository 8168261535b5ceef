// The passages of this cycle marked for commissioners' reports, each changeable and removable; the
// rest of the reflection never leaves the consultant's machine.
import { useState } from 'react'
import type { ApiOutput } from '../../../../api/contract'
import { isPassageOf } from '../../../../api/schemas/reportExcerpts'
import { PHASES } from '../../../../domain/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { ExcerptDialog } from './ExcerptDialog'
import './excerpts.css'

type Cycle = ApiOutput<'reflections.get'>['cycle']
type Excerpt = ApiOutput<'reportExcerpts.list'>[number]

/** The start of an excerpt, to tell its buttons apart for a screen reader. */
function opening(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim()
  return words.length > 40 ? `${words.slice(0, 40)}…` : words
}

export function ReportExcerpts({ cycle }: { cycle: Cycle }) {
  const excerpts = useApiQuery('reportExcerpts.list', { cycleId: cycle.id })
  const remove = useApiMutation('reportExcerpts.remove')
  const [editing, setEditing] = useState<Excerpt | null>(null)
  const [removing, setRemoving] = useState<Excerpt | null>(null)
  return (
    <section className="panel report-excerpts" aria-labelledby="report-excerpts-heading">
      <h2 id="report-excerpts-heading">Excerpts for reports</h2>
      <p className="muted">
        Only these excerpts can appear in reports for commissioners; the rest of this reflection
        stays private.
      </p>
      <QueryState query={excerpts}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">
              None marked yet. Select a passage in a phase, then use “Mark an excerpt for reports”.
            </p>
          ) : (
            <ul className="excerpt-list" aria-label="Excerpts for reports">
              {list.map((excerpt) => {
                const label = PHASES[excerpt.phase].label
                const which = `the ${label} excerpt “${opening(excerpt.text)}”`
                return (
                  <li key={excerpt.id} className="excerpt">
                    <p className="excerpt-meta">
                      <strong>{label}</strong> · marked {formatDate(excerpt.createdAt.slice(0, 10))}
                      {isPassageOf(excerpt.text, cycle[excerpt.phase]) ? null : (
                        <span className="badge badge-paused">No longer in {label} as written</span>
                      )}
                    </p>
                    <blockquote className="excerpt-text">{excerpt.text}</blockquote>
                    <div className="row-actions">
                      <button
                        type="button"
                        className="button-link"
                        onClick={() => setEditing(excerpt)}
                      >
                        Edit<span className="visually-hidden"> {which}</span>
                      </button>
                      <button
                        type="button"
                        className="button-link"
                        onClick={() => setRemoving(excerpt)}
                      >
                        Remove<span className="visually-hidden"> {which}</span>
                      </button>
                    </div>
                  </li>
                )
              })}
            </ul>
          )
        }
      </QueryState>
      {editing ? (
        <ExcerptDialog
          cycleId={cycle.id}
          phase={editing.phase}
          text={editing.text}
          phaseText={cycle[editing.phase]}
          excerptId={editing.id}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title="Remove this excerpt from reports?"
          message={`“${opening(removing.text)}” will no longer be offered to reports for commissioners. The ${PHASES[removing.phase].label} phase itself stays as written.`}
          confirmLabel="Remove excerpt"
          onConfirm={() => remove.mutateAsync({ id: removing.id })}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </section>
  )
}
