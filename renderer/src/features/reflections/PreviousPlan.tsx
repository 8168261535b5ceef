// Where the last cycle left off: its Plan and what happened to the actions made from it, which is
// where the next cycle's Observe starts.
import './reflections.css'
import { Link } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { formatDate } from '../../lib/dates'
import { Markdown } from './Markdown'

type Previous = NonNullable<ApiOutput<'reflections.prepare'>['previous']>

export function PreviousPlan({
  previous,
  programmeId
}: {
  previous: Previous
  programmeId: string
}) {
  return (
    <aside className="previous-plan" aria-labelledby="previous-plan-heading">
      <h3 id="previous-plan-heading">
        Last time's plan ({formatDate(previous.heldOn)}
        {previous.title ? `, ${previous.title}` : ''})
      </h3>
      <Markdown text={previous.plan} empty="The last cycle had no plan written." />
      {previous.actions.length > 0 ? (
        <>
          <h4>What happened to its actions</h4>
          <ul>
            {previous.actions.map((a) => (
              <li key={a.id}>
                {a.description}:{' '}
                <strong>
                  {a.status === 'done'
                    ? `done ${formatDate(a.completedOn)}`
                    : a.status === 'dropped'
                      ? 'dropped'
                      : a.overdue
                        ? `open, overdue since ${formatDate(a.dueOn)}`
                        : `open, due ${formatDate(a.dueOn)}`}
                </strong>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">No actions were made from that plan.</p>
      )}
      <p>
        <Link to={`/programmes/${programmeId}/reflections/${previous.id}`}>
          Open the last cycle
        </Link>
      </p>
    </aside>
  )
}
