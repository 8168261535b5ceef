// "Rate the outcomes at this meeting": every agreed outcome of the site in one grid, with its last
// rating, a new rating and an evidence note, saved together and dated by the meeting.
import { useState } from 'react'
import type { ApiOutput } from '../../../../api/contract'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { errorRecord, showApiError } from '../../components/forms'
import { Modal } from '../../components/Modal'
import { FormRootError, QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'

type Outcome = ApiOutput<'outcomes.list'>[number]
interface Row {
  rating: string
  evidence: string
}

export function RateOutcomesButton(props: { meetingId: string; siteId: string; heldOn: string }) {
  const [open, setOpen] = useState(false)
  const [saved, setSaved] = useState<number | null>(null)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Rate the outcomes at this meeting
      </button>
      {saved !== null ? (
        <p className="notice" role="status">
          {saved === 1 ? '1 rating saved' : `${saved} ratings saved`}, dated{' '}
          {formatDate(props.heldOn)}.
        </p>
      ) : null}
      {open ? (
        <Modal title="Rate the outcomes at this meeting" wide onClose={() => setOpen(false)}>
          <RatingsGrid
            {...props}
            onDone={(count) => {
              setSaved(count)
              setOpen(false)
            }}
            onCancel={() => setOpen(false)}
          />
        </Modal>
      ) : null}
    </>
  )
}

function RatingsGrid(props: {
  meetingId: string
  siteId: string
  heldOn: string
  onDone: (count: number) => void
  onCancel: () => void
}) {
  const outcomes = useApiQuery('outcomes.list', { siteId: props.siteId })
  return (
    <QueryState query={outcomes}>
      {(list) => {
        const rateable = list.filter((o) => !o.archivedAt && o.agreedOn <= props.heldOn)
        return rateable.length === 0 ? (
          <p className="empty">
            This site has no agreed outcomes from before this meeting to rate.{' '}
            <button type="button" className="button-secondary" onClick={props.onCancel}>
              Close
            </button>
          </p>
        ) : (
          <GridForm {...props} outcomes={rateable} />
        )
      }}
    </QueryState>
  )
}

/** Each outcome's new rating and evidence as typed, their problems, and saving them together. */
function useRatingsGrid(props: {
  meetingId: string
  outcomes: Outcome[]
  onDone: (count: number) => void
}) {
  const rate = useApiMutation('outcomes.rateAtMeeting')
  const [rows, setRows] = useState<Record<string, Row>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<string | undefined>()
  const row = (id: string): Row => rows[id] ?? { rating: '', evidence: '' }
  const set = (id: string, change: Partial<Row>) =>
    setRows((r) => ({ ...r, [id]: { ...row(id), ...change } }))

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const chosen = props.outcomes.filter((o) => row(o.id).rating !== '')
    if (chosen.length === 0) {
      setProblem('Choose a new rating for at least one outcome, or cancel.')
      return
    }
    rate.mutate(
      {
        meetingId: props.meetingId,
        ratings: chosen.map((o) => ({
          outcomeId: o.id,
          rating: Number(row(o.id).rating),
          evidence: row(o.id).evidence
        }))
      },
      {
        onSuccess: (result) => props.onDone(result.ids.length),
        onError: (error) => {
          // Each rating's problem beside its outcome's row, and the whole message above them.
          const byRow = errorRecord()
          showApiError(error, byRow, (path) => {
            const index = /^ratings\.(\d+)/.exec(path)?.[1]
            return (index === undefined ? undefined : chosen[Number(index)])?.id ?? null
          })
          delete byRow.errors.root
          setErrors(byRow.errors)
          setProblem(error.message)
        }
      }
    )
  }
  return { row, set, errors, problem, submit, saving: rate.isPending }
}

/** One agreed outcome: its last rating, then a new rating and its evidence note. */
function RatingRow(props: {
  outcome: Outcome
  row: Row
  error: string | undefined
  onChange: (change: Partial<Row>) => void
}) {
  const o = props.outcome
  return (
    <tr>
      <th scope="row">{o.title}</th>
      <td>
        {o.latest
          ? `${o.latest.rating} on ${formatDate(o.latest.ratedOn)}`
          : o.baselineRating !== null
            ? `Baseline ${o.baselineRating}`
            : 'Not rated yet'}
      </td>
      <td>
        <select
          aria-label={`New rating for ${o.title}`}
          aria-invalid={props.error ? true : undefined}
          value={props.row.rating}
          onChange={(e) => props.onChange({ rating: e.target.value })}
        >
          <option value="">Not rated now</option>
          {Array.from({ length: 11 }, (_, n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </select>
        {props.error ? (
          <p className="field-error" role="alert">
            {props.error}
          </p>
        ) : null}
      </td>
      <td>
        <input
          aria-label={`Evidence for ${o.title}`}
          value={props.row.evidence}
          onChange={(e) => props.onChange({ evidence: e.target.value })}
        />
      </td>
    </tr>
  )
}

function GridForm(props: {
  meetingId: string
  heldOn: string
  outcomes: Outcome[]
  onDone: (count: number) => void
  onCancel: () => void
}) {
  const grid = useRatingsGrid(props)

  return (
    <form onSubmit={grid.submit} noValidate>
      <p className="muted">
        Ratings are dated {formatDate(props.heldOn)}, the meeting’s date, and judged by the group.
        Leave an outcome on “Not rated now” to skip it.
      </p>
      <FormRootError message={grid.problem} />
      <table className="table ratings-grid">
        <caption className="visually-hidden">New ratings for each agreed outcome</caption>
        <thead>
          <tr>
            <th scope="col">Agreed outcome</th>
            <th scope="col">Last rating</th>
            <th scope="col">New rating (0 to 10)</th>
            <th scope="col">Evidence note</th>
          </tr>
        </thead>
        <tbody>
          {props.outcomes.map((o) => (
            <RatingRow
              key={o.id}
              outcome={o}
              row={grid.row(o.id)}
              error={grid.errors[o.id]}
              onChange={(change) => grid.set(o.id, change)}
            />
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="submit" disabled={grid.saving}>
          Save ratings
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
