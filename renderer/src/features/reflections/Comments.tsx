// Review comments on one phase: the learning partner's questions, replies, and resolving them.
import './reflections.css'
import { useId, useState } from 'react'
import type { ApiOutput } from '../../../../api/contract'
import type { TagPlace } from '../../../../domain/vocabulary'
import { useApiMutation } from '../../api/hooks'
import { formatDate } from '../../lib/dates'

type Comment = ApiOutput<'reflections.get'>['comments'][number]
const AUTHOR_KEY = 'comment-author'

export function Comments(props: {
  cycleId: string
  phase: TagPlace
  phaseLabel: string
  comments: Comment[]
}) {
  const here = props.comments.filter((c) => c.phase === props.phase)
  const roots = here.filter((c) => !c.parentId || !here.some((p) => p.id === c.parentId))
  return (
    <section className="comments" aria-label={`Comments on ${props.phaseLabel}`}>
      {roots.map((c) => (
        <article key={c.id} className={c.resolvedAt ? 'comment comment-resolved' : 'comment'}>
          <CommentBody comment={c} />
          {here
            .filter((r) => r.parentId === c.id)
            .map((r) => (
              <div key={r.id} className="comment-reply">
                <CommentBody comment={r} />
              </div>
            ))}
          <CommentForm
            cycleId={props.cycleId}
            phase={props.phase}
            parentId={c.id}
            label={`Reply to ${c.author}`}
          />
        </article>
      ))}
      <CommentForm
        cycleId={props.cycleId}
        phase={props.phase}
        label={`Comment on ${props.phaseLabel}`}
      />
    </section>
  )
}

function CommentBody({ comment }: { comment: Comment }) {
  const resolve = useApiMutation('reviewComments.resolve')
  return (
    <>
      <p className="comment-meta">
        <strong>{comment.author}</strong> · {formatDate(comment.createdAt.slice(0, 10))}
        {comment.imported ? <span className="badge">From the review</span> : null}
        {comment.resolvedAt ? <span className="badge badge-done">Resolved</span> : null}
      </p>
      <p className="prose">{comment.body}</p>
      {!comment.parentId ? (
        <button
          type="button"
          className="button-link"
          onClick={() => resolve.mutate({ id: comment.id, resolved: !comment.resolvedAt })}
        >
          {comment.resolvedAt ? 'Reopen' : 'Resolve'}
          <span className="visually-hidden"> {comment.author}'s comment</span>
        </button>
      ) : null}
    </>
  )
}

function CommentForm(props: {
  cycleId: string
  phase: TagPlace
  parentId?: string
  label: string
}) {
  const add = useApiMutation('reviewComments.add')
  const [open, setOpen] = useState(false)
  const [author, setAuthor] = useState(() => localStorage.getItem(AUTHOR_KEY) ?? '')
  const [body, setBody] = useState('')
  const id = useId()
  if (!open) {
    return (
      <button type="button" className="button-link" onClick={() => setOpen(true)}>
        {props.label}
      </button>
    )
  }
  const submit = () =>
    add.mutate(
      {
        cycleId: props.cycleId,
        phase: props.phase,
        parentId: props.parentId ?? null,
        author,
        body
      },
      {
        onSuccess: () => {
          localStorage.setItem(AUTHOR_KEY, author)
          setBody('')
          setOpen(false)
        }
      }
    )
  return (
    <div className="comment-form" role="group" aria-label={props.label}>
      {add.isError ? (
        <p className="form-error" role="alert">
          {add.error.message}
        </p>
      ) : null}
      <label htmlFor={`${id}-author`}>Your name</label>
      <input id={`${id}-author`} value={author} onChange={(e) => setAuthor(e.target.value)} />
      <label htmlFor={`${id}-body`}>{props.parentId ? 'Reply' : 'Comment'}</label>
      <textarea id={`${id}-body`} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
      <div className="form-actions">
        <button type="button" onClick={submit} disabled={add.isPending}>
          {props.parentId ? 'Post reply' : 'Post comment'}
        </button>
        <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </div>
  )
}
