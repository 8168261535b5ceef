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

function GridForm(props: {
  meetingId: string
  heldOn: string
  outcomes: Outcome[]
  onDone: (count: number) => void
  onCancel: () => void
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

  return (
    <form onSubmit={submit} noValidate>
      <p className="muted">
        Ratings are dated {formatDate(props.heldOn)}, the meeting’s date, and judged by the group.
        Leave an outcome on “Not rated now” to skip it.
      </p>
      <FormRootError message={problem} />
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
            <tr key={o.id}>
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
                  aria-invalid={errors[o.id] ? true : undefined}
                  value={row(o.id).rating}
                  onChange={(e) => set(o.id, { rating: e.target.value })}
                >
                  <option value="">Not rated now</option>
                  {Array.from({ length: 11 }, (_, n) => (
                    <option key={n} value={String(n)}>
                      {n}
                    </option>
                  ))}
                </select>
                {errors[o.id] ? (
                  <p className="field-error" role="alert">
                    {errors[o.id]}
                  </p>
                ) : null}
              </td>
              <td>
                <input
                  aria-label={`Evidence for ${o.title}`}
                  value={row(o.id).evidence}
                  onChange={(e) => set(o.id, { evidence: e.target.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="submit" disabled={rate.isPending}>
          Save ratings
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
