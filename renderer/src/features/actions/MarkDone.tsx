// "Mark done" asks for the day it was done and can be undone. The day starts as the meeting's date
// when marked from that meeting's page (typing up a past meeting), else the last date marked done
// this session (going down the tracker after a catch-up call), else today; never before the day
// the action was agreed, which the save would refuse.
import './markDone.css'
import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { useLocation } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { useApiMutation } from '../../api/hooks'
import { DateInput } from '../../components/DateInput'
import { FieldShell } from '../../components/fields'
import { Modal } from '../../components/Modal'
import { FormRootError } from '../../components/Status'
import { formatDate, todayIso } from '../../lib/dates'
import { lastDateUsed, rememberDateUsed } from '../../lib/rememberedDate'

type Action = ApiOutput<'actions.list'>[number]

// The last action marked done, kept outside any one table: marking it done can take it off the
// list that showed it (the tracker lists open actions), and the undo must still be there.
let lastDone: { action: Action; on: string } | null = null
const listeners = new Set<() => void>()
function setLastDone(value: typeof lastDone) {
  lastDone = value
  listeners.forEach((listener) => listener())
}
function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * "Marked done on … Undo", shown by the programme frame on the page where the action was marked,
 * until undone, dismissed or the person goes to another page: pinned over the page, it must not
 * follow them onto a form and cover its buttons (such as "Save meeting record").
 */
export function UndoMarkDone() {
  const done = useSyncExternalStore(subscribe, () => lastDone)
  const setStatus = useApiMutation('actions.setStatus')
  const { pathname } = useLocation()
  const shownOn = useRef<{ done: typeof lastDone; pathname: string } | null>(null)
  useEffect(() => {
    if (!done) return
    if (shownOn.current?.done !== done) shownOn.current = { done, pathname }
    else if (shownOn.current.pathname !== pathname) setLastDone(null)
  }, [done, pathname])
  if (!done) return null
  return (
    <div className="notice undo-notice" role="status">
      “{done.action.description}” marked done on {formatDate(done.on)}.{' '}
      <button
        type="button"
        className="button-link"
        disabled={setStatus.isPending}
        onClick={() =>
          setStatus.mutate(
            { id: done.action.id, status: 'open' },
            { onSuccess: () => setLastDone(null) }
          )
        }
      >
        Undo
      </button>{' '}
      <button type="button" className="button-link" onClick={() => setLastDone(null)}>
        Dismiss
      </button>
      {setStatus.error ? <span className="field-error"> {setStatus.error.message}</span> : null}
    </div>
  )
}

/** Where "Mark done" is used: on a meeting's page, that meeting's id and date. */
export interface MarkDoneContext {
  meeting?: { id: string; heldOn: string }
}

/** The day a "Mark done" form starts with, and the words saying why. */
export function doneOnDefault(
  action: Pick<Action, 'meetingId' | 'agreedOn'>,
  context: MarkDoneContext,
  today: string
): { on: string; why: string } {
  const meeting = context.meeting
  if (meeting && action.meetingId === meeting.id && meeting.heldOn >= action.agreedOn) {
    return { on: meeting.heldOn, why: `the meeting’s date (${formatDate(meeting.heldOn)})` }
  }
  const last = lastDateUsed('markDone')
  if (last && last >= action.agreedOn) {
    return { on: last, why: `the last date used here (${formatDate(last)})` }
  }
  if (today < action.agreedOn) {
    return { on: action.agreedOn, why: `the day it was agreed (${formatDate(action.agreedOn)})` }
  }
  return { on: today, why: 'today' }
}

export function useMarkDone(context: MarkDoneContext = {}) {
  const setStatus = useApiMutation('actions.setStatus')
  const [marking, setMarking] = useState<Action | null>(null)
  const element = (
    <>
      {marking ? (
        <Modal title="Mark the action done" onClose={() => setMarking(null)}>
          <MarkDoneForm
            action={marking}
            start={doneOnDefault(marking, context, todayIso())}
            busy={setStatus.isPending}
            error={setStatus.error?.message}
            onSubmit={(on) =>
              setStatus.mutate(
                { id: marking.id, status: 'done', completedOn: on },
                {
                  onSuccess: () => {
                    rememberDateUsed('markDone', on)
                    setLastDone({ action: marking, on })
                    setMarking(null)
                  }
                }
              )
            }
            onCancel={() => setMarking(null)}
          />
        </Modal>
      ) : null}
    </>
  )
  return {
    start: (action: Action) => {
      setStatus.reset()
      setMarking(action)
    },
    element
  }
}

function MarkDoneForm(props: {
  action: Action
  start: { on: string; why: string }
  busy: boolean
  error?: string
  onSubmit: (on: string) => void
  onCancel: () => void
}) {
  const [on, setOn] = useState(props.start.on)
  const [problem, setProblem] = useState<string | null>(null)
  const id = 'mark-done-on'
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(on)
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (valid) props.onSubmit(on)
        else setProblem(on === '' ? 'Enter the date it was done' : `${on} is not a real date`)
      }}
    >
      <p>{props.action.description}</p>
      <FormRootError message={props.error} />
      <FieldShell
        id={id}
        label="Date done"
        required
        hint={`Due ${formatDate(props.action.dueOn)}. Filled in with ${props.start.why}.`}
        error={problem ?? undefined}
      >
        {(describedBy) => (
          <DateInput
            id={id}
            label="Date done"
            value={on}
            onChange={(value) => {
              setProblem(null)
              setOn(value)
            }}
            onProblem={setProblem}
            invalid={Boolean(problem)}
            describedBy={describedBy}
            required
          />
        )}
      </FieldShell>
      <div className="form-actions">
        <button type="submit" disabled={props.busy}>
          Mark done
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
