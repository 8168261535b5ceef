// An outcome's evidence trail, oldest first: the notes on each rating, and the quotes, meetings and
// reflections linked to it. Ratings can be corrected or deleted (after asking); links removed.
import './outcomes.css'
import { useState } from 'react'
import { Link } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { JUDGES } from '../../../../api/schemas/outcomes'
import { MEETING_KINDS } from '../../../../domain/vocabulary'
import { useApiMutation } from '../../api/hooks'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Modal } from '../../components/Modal'
import { formatDate } from '../../lib/dates'
import { RatingForm } from './RatingForm'

type Detail = ApiOutput<'outcomes.get'>
type Entry = Detail['evidence'][number]
type RatingEntry = Extract<Entry, { kind: 'rating' }>

const meetingKinds: Record<string, string> = MEETING_KINDS
const KIND_LABELS: Record<Entry['kind'], string> = {
  rating: 'Rating',
  quote: 'Quote',
  meeting: 'Meeting',
  reflection: 'Reflection'
}

export function EvidenceTrail({ data, readOnly }: { data: Detail; readOnly: boolean }) {
  const [editing, setEditing] = useState<RatingEntry | null>(null)
  const [removing, setRemoving] = useState<RatingEntry | null>(null)
  const unlink = useApiMutation('outcomes.unlinkEvidence')
  const remove = useApiMutation('outcomes.deleteRating')
  const { site } = data

  if (data.evidence.length === 0) {
    return <p className="empty">No ratings or evidence yet.</p>
  }
  return (
    <>
      <ol className="evidence-trail" aria-label="Evidence trail, oldest first">
        {data.evidence.map((e) => (
          <li key={`${e.kind}-${e.id}`} className={`trail-item trail-${e.kind}`}>
            <p className="trail-meta">
              <time dateTime={e.date}>{formatDate(e.date)}</time>
              <span className="trail-kind">{KIND_LABELS[e.kind]}</span>
            </p>
            <TrailTitle entry={e} data={data} />
            {e.note ? (
              <p className="prose trail-note">{e.note}</p>
            ) : e.kind === 'rating' ? (
              <p className="muted trail-note">No evidence noted.</p>
            ) : null}
            {readOnly ? null : (
              <EntryActions
                entry={e}
                onEdit={setEditing}
                onDelete={setRemoving}
                onUnlink={(id) => unlink.mutate({ id })}
              />
            )}
          </li>
        ))}
      </ol>
      {editing ? (
        <Modal title="Edit rating" onClose={() => setEditing(null)}>
          <RatingForm
            outcomeId={data.outcome.id}
            siteId={site.id}
            agreedOn={data.outcome.agreedOn}
            rating={{
              id: editing.id,
              ratedOn: editing.date,
              rating: editing.rating,
              evidence: editing.note,
              judgedBy: editing.judgedBy,
              meetingId: editing.meetingId
            }}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        </Modal>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title="Delete this rating?"
          message={`The rating of ${removing.rating} out of 10 on ${formatDate(removing.date)} and its evidence note will be deleted. This cannot be undone.`}
          confirmLabel="Delete rating"
          onConfirm={() => remove.mutateAsync({ id: removing.id })}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </>
  )
}

/** What the entry is: the rating and its judge, the quote, or a link to the meeting or cycle. */
function TrailTitle({ entry: e, data }: { entry: Entry; data: Detail }) {
  const { site } = data
  const meetingPath = (id: string) =>
    `/programmes/${site.programmeId}/sites/${site.id}/meetings/${id}`
  const meetingDates = new Map(data.meetings.map((m) => [m.id, m.heldOn]))
  return (
    <>
      {e.kind === 'rating' ? (
        <p className="trail-title">
          Rated <strong>{e.rating} out of 10</strong> by {JUDGES[e.judgedBy].toLowerCase()}
          {e.meetingId && meetingDates.get(e.meetingId) ? (
            <>
              {' '}
              at the{' '}
              <Link to={meetingPath(e.meetingId)}>
                meeting of {formatDate(meetingDates.get(e.meetingId))}
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
      {e.kind === 'quote' ? (
        <figure className="quote">
          <blockquote>“{e.text}”</blockquote>
          <figcaption>({e.speakerRole})</figcaption>
        </figure>
      ) : null}
      {e.kind === 'meeting' ? (
        <p className="trail-title">
          <Link to={meetingPath(e.meetingId)}>
            {meetingKinds[e.meetingKind] ?? 'Meeting'}, {formatDate(e.date)}
          </Link>
          {e.purpose ? `: ${e.purpose}` : ''}
        </p>
      ) : null}
      {e.kind === 'reflection' ? (
        <p className="trail-title">
          <Link to={`/programmes/${site.programmeId}/reflections/${e.reflectionId}`}>
            {e.title || 'Untitled reflection'}
          </Link>
          {e.teamLevel ? ' (team reflection)' : ''}
        </p>
      ) : null}
    </>
  )
}

/** Ratings can be corrected or deleted; quotes, meetings and reflections unlinked. */
function EntryActions({
  entry: e,
  onEdit,
  onDelete,
  onUnlink
}: {
  entry: Entry
  onEdit: (rating: RatingEntry) => void
  onDelete: (rating: RatingEntry) => void
  onUnlink: (id: string) => void
}) {
  return (
    <p className="row-actions">
      {e.kind === 'rating' ? (
        <>
          <button type="button" className="button-link" onClick={() => onEdit(e)}>
            Edit
            <span className="visually-hidden"> the rating of {formatDate(e.date)}</span>
          </button>
          <button type="button" className="button-link" onClick={() => onDelete(e)}>
            Delete
            <span className="visually-hidden"> the rating of {formatDate(e.date)}</span>
          </button>
        </>
      ) : (
        <button type="button" className="button-link" onClick={() => onUnlink(e.id)}>
          Unlink
          <span className="visually-hidden">
            {' '}
            the {KIND_LABELS[e.kind].toLowerCase()} of {formatDate(e.date)}
          </span>
        </button>
      )}
    </p>
  )
}
