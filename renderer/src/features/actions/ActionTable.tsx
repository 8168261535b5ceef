// A table of actions with their state in words; overdue ones stand out. Used by the tracker and
// the meeting page; only the rows in view are drawn (VirtualBody), so thousands stay quick. The
// tracker passes the rows loaded so far and the total, which the table tells assistive technology.
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { Modal } from '../../components/Modal'
import { HEADER_ROW, rowCount, VirtualBody, type RowPlacement } from '../../components/VirtualRows'
import { formatDate } from '../../lib/dates'
import { ActionForm } from './ActionForm'
import { useMarkDone, type MarkDoneContext } from './MarkDone'

type Action = ApiOutput<'actions.list'>[number]

function statusText(a: Action): string {
  if (a.status === 'done') {
    // Late against the date first agreed: carrying an action forward does not make it on time.
    const late = a.completedOn && a.completedOn > (a.firstDueOn ?? a.dueOn)
    return `Done ${formatDate(a.completedOn)}${late ? ' (late)' : ''}`
  }
  if (a.status === 'dropped') return `Dropped ${formatDate(a.completedOn)}`
  if (a.overdue) {
    return `Overdue by ${a.daysOverdue} ${a.daysOverdue === 1 ? 'day' : 'days'}`
  }
  return 'Open'
}

/** On a meeting's page (its id in the route), that meeting: the page has loaded it already. */
function useMeetingContext(): MarkDoneContext {
  const meetingId = useParams().meetingId
  const meeting = useApiQuery('meetings.get', { id: meetingId ?? '' }, !!meetingId).data?.meeting
  return meeting ? { meeting: { id: meeting.id, heldOn: meeting.heldOn } } : {}
}

/** One action's row: what, where, who, when, its state, and the buttons to change it. */
function ActionRow(props: {
  action: Action
  placement: RowPlacement
  programmeId: string
  showSite: boolean
  onMarkDone: () => void
  onReopen: () => void
  onEdit: () => void
}) {
  const a = props.action
  return (
    <tr {...props.placement} className={a.overdue ? 'row-overdue' : undefined}>
      <td>
        {a.description}
        {a.carriedForward > 0 ? (
          <span className="muted">
            {' '}
            (carried forward {a.carriedForward}×
            {a.firstDueOn ? `, first due ${formatDate(a.firstDueOn)}` : ''})
          </span>
        ) : null}
      </td>
      {props.showSite ? (
        <td>
          <Link to={`/programmes/${props.programmeId}/sites/${a.siteId}`}>{a.siteName}</Link>
        </td>
      ) : null}
      <td>{a.ownerName ?? '—'}</td>
      <td>
        {a.meetingId ? (
          <Link to={`/programmes/${props.programmeId}/sites/${a.siteId}/meetings/${a.meetingId}`}>
            {formatDate(a.agreedOn)}
          </Link>
        ) : (
          formatDate(a.agreedOn)
        )}
      </td>
      <td>{formatDate(a.dueOn)}</td>
      <td>
        <span
          className={
            a.overdue ? 'badge badge-overdue' : a.status === 'done' ? 'badge badge-done' : 'badge'
          }
        >
          {statusText(a)}
        </span>
      </td>
      <td className="row-actions">
        {a.status === 'open' ? (
          <button type="button" className="button-link" onClick={props.onMarkDone}>
            Mark done<span className="visually-hidden">: {a.description}</span>
          </button>
        ) : (
          <button type="button" className="button-link" onClick={props.onReopen}>
            Reopen<span className="visually-hidden">: {a.description}</span>
          </button>
        )}
        <button type="button" className="button-link" onClick={props.onEdit}>
          Edit<span className="visually-hidden">: {a.description}</span>
        </button>
      </td>
    </tr>
  )
}

export function ActionTable(props: {
  actions: Action[]
  /** Every row that matches, when `actions` holds only those loaded so far (the tracker's pages). */
  total?: number
  programmeId: string
  showSite: boolean
  caption: string
}) {
  const setStatus = useApiMutation('actions.setStatus')
  const [editing, setEditing] = useState<Action | null>(null)
  const markDone = useMarkDone(useMeetingContext())
  return (
    <>
      <table
        className="table table-virtual"
        aria-rowcount={rowCount(props.total ?? props.actions.length)}
      >
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr {...HEADER_ROW}>
            <th scope="col">Action</th>
            {props.showSite ? <th scope="col">Site</th> : null}
            <th scope="col">Owner</th>
            <th scope="col">Agreed</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Change</span>
            </th>
          </tr>
        </thead>
        <VirtualBody
          rows={props.actions}
          columns={props.showSite ? 7 : 6}
          renderRow={(a, placement) => (
            <ActionRow
              key={a.id}
              action={a}
              placement={placement}
              programmeId={props.programmeId}
              showSite={props.showSite}
              onMarkDone={() => markDone.start(a)}
              onReopen={() => setStatus.mutate({ id: a.id, status: 'open' })}
              onEdit={() => setEditing(a)}
            />
          )}
        />
      </table>
      {setStatus.isError ? (
        <p className="form-error" role="alert">
          {setStatus.error.message}
        </p>
      ) : null}
      {markDone.element}
      {editing ? (
        <Modal title="Edit action" onClose={() => setEditing(null)}>
          <ActionForm
            programmeId={props.programmeId}
            siteId={editing.siteId}
            action={editing}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        </Modal>
      ) : null}
    </>
  )
}
