// The comments under one phase of a cycle in the review area: threads with replies, resolving, and
// a form to add one. The author's name is remembered on this computer.
import './review.css'
import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { ApiOutput } from '../../../../api/contract'
import { commentFormFields } from '../../../../api/schemas/reviewPacks'
import type { TagPlace } from '../../../../domain/vocabulary'
import { useApiMutation } from '../../api/hooks'
import { TextAreaField, TextField } from '../../components/fields'
import { showApiError } from '../../components/forms'
import { FormRootError } from '../../components/Status'
import { formatDate } from '../../lib/dates'

export type ReviewComment = ApiOutput<'reviewPacks.get'>['cycles'][number]['comments'][number]

/** Shared with the consultant's comment form, so one name is remembered for both. */
const AUTHOR_KEY = 'comment-author'

export function rememberedAuthor(): string {
  try {
    return localStorage.getItem(AUTHOR_KEY) ?? ''
  } catch {
    return ''
  }
}

export function rememberAuthor(name: string): void {
  try {
    localStorage.setItem(AUTHOR_KEY, name.trim())
  } catch {
    // Storage can be unavailable (private windows); the name is then asked for each time.
  }
}

export function ReviewComments(props: {
  reviewCycleId: string
  phase: TagPlace
  /** What the comments are on, shown: "Reflect", "the whole cycle". */
  label: string
  /** The cycle's title, for screen readers: "Comment on Reflect in After the March meeting". */
  context: string
  comments: ReviewComment[]
}) {
  const full = `${props.label} in ${props.context}`
  const here = props.comments.filter((c) => c.phase === props.phase)
  const ids = new Set(here.map((c) => c.id))
  const roots = here.filter((c) => !c.parentId || !ids.has(c.parentId))
  return (
    <section className="review-comments" aria-label={`Comments on ${full}`}>
      {roots.length > 0 ? (
        <ul className="review-thread">
          {roots.map((c) => (
            <CommentItem
              key={c.id}
              comment={c}
              all={here}
              reviewCycleId={props.reviewCycleId}
              phase={props.phase}
            />
          ))}
        </ul>
      ) : null}
      <CommentForm
        reviewCycleId={props.reviewCycleId}
        phase={props.phase}
        openLabel={`Comment on ${full}`}
        shownLabel={`Comment on ${props.label}`}
      />
    </section>
  )
}

function CommentItem(props: {
  comment: ReviewComment
  all: ReviewComment[]
  reviewCycleId: string
  phase: TagPlace
}) {
  const { comment } = props
  const resolve = useApiMutation('reviewComments.resolve')
  const replies = props.all.filter((c) => c.parentId === comment.id)
  const classes = ['review-comment']
  if (comment.resolvedAt) classes.push('review-comment-resolved')
  if (comment.imported) classes.push('review-comment-original')
  return (
    <li className={classes.join(' ')}>
      <p className="review-comment-meta">
        <strong>{comment.author}</strong>{' '}
        <span className="muted">· {formatDate(comment.createdAt.slice(0, 10))}</span>
        {comment.imported ? <span className="badge">In the consultant’s log</span> : null}
        {comment.resolvedAt ? <span className="badge badge-done">Resolved</span> : null}
      </p>
      <p className="prose">{comment.body}</p>
      <div className="row-actions">
        {!comment.imported && !comment.parentId ? (
          <button
            type="button"
            className="button-link"
            disabled={resolve.isPending}
            onClick={() => resolve.mutate({ id: comment.id, resolved: !comment.resolvedAt })}
          >
            {comment.resolvedAt ? 'Reopen' : 'Resolve'}
            <span className="visually-hidden"> the comment by {comment.author}</span>
          </button>
        ) : null}
        {/* One level of replies, as the consultant's cycle page shows them. */}
        {!comment.parentId ? (
          <CommentForm
            reviewCycleId={props.reviewCycleId}
            phase={props.phase}
            parentId={comment.id}
            openLabel={`Reply to ${comment.author}`}
          />
        ) : null}
      </div>
      {resolve.isError ? (
        <p className="form-error" role="alert">
          {resolve.error.message}
        </p>
      ) : null}
      {replies.length > 0 ? (
        <ul className="review-thread review-replies">
          {replies.map((r) => (
            <CommentItem key={r.id} {...props} comment={r} />
          ))}
        </ul>
      ) : null}
    </li>
  )
}

type FormInput = z.input<typeof commentFormFields>
type FormOutput = z.output<typeof commentFormFields>

function CommentForm(props: {
  reviewCycleId: string
  phase: TagPlace
  parentId?: string
  /** The button's and form's accessible name. */
  openLabel: string
  /** What the button shows, when shorter (the rest is for screen readers). */
  shownLabel?: string
}) {
  const [open, setOpen] = useState(false)
  if (!open) {
    const shown = props.shownLabel ?? props.openLabel
    return (
      <button type="button" className="button-link" onClick={() => setOpen(true)}>
        {shown}
        {shown !== props.openLabel ? (
          <span className="visually-hidden">{props.openLabel.slice(shown.length)}</span>
        ) : null}
      </button>
    )
  }
  return <OpenCommentForm {...props} onClose={() => setOpen(false)} />
}

function OpenCommentForm(props: {
  reviewCycleId: string
  phase: TagPlace
  parentId?: string
  openLabel: string
  onClose: () => void
}) {
  const add = useApiMutation('reviewComments.add')
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(commentFormFields),
    defaultValues: { author: rememberedAuthor(), body: '' }
  })
  const errors = form.formState.errors
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await add.mutateAsync({
        reviewCycleId: props.reviewCycleId,
        phase: props.phase,
        parentId: props.parentId ?? null,
        ...values
      })
      rememberAuthor(values.author)
      props.onClose()
    } catch (error) {
      showApiError(error, form, ['author', 'body'])
    }
  })
  return (
    <form
      className="review-comment-form"
      aria-label={props.openLabel}
      onSubmit={onSubmit}
      noValidate
    >
      <FormRootError message={errors.root?.message} />
      <TextField
        label="Your name"
        required
        registration={form.register('author')}
        error={errors.author?.message}
      />
      <TextAreaField
        label={props.parentId ? 'Your reply' : 'Your comment'}
        required
        rows={3}
        registration={form.register('body')}
        error={errors.body?.message}
      />
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          {props.parentId ? 'Post reply' : 'Post comment'}
        </button>
        <button type="button" className="button-secondary" onClick={props.onClose}>
          Cancel
        </button>
      </div>
    </form>
  )
}
