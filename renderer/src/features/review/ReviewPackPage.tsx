// One review pack in the learning partner's review area: each cycle read-only, with comments under
// every phase, and the button that exports the comments for the consultant.
import './review.css'
import { useId, useState } from 'react'
import ReactMarkdown from 'react-markdown'
import { Link, useParams } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import {
  MEETING_KINDS,
  PHASES,
  REFLECTION_STATUSES,
  type Phase,
  type TagPlace
} from '../../../../domain/vocabulary'
import { TopBar } from '../../app/TopBar'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { downloadText } from '../../lib/files'
import { rememberAuthor, rememberedAuthor, ReviewComments } from './ReviewComments'

type PackView = ApiOutput<'reviewPacks.get'>
type ReviewCycle = PackView['cycles'][number]

export function ReviewPackPage() {
  const packId = useParams().packId ?? ''
  const pack = useApiQuery('reviewPacks.get', { id: packId })
  return (
    <div className="shell">
      <TopBar />
      <main id="main" className="page review-pack">
        <p className="breadcrumb">
          <Link to="/review">Review area</Link>
        </p>
        <QueryState query={pack}>
          {({ pack, cycles }) => {
            const written = cycles.flatMap((c) => c.comments).filter((c) => !c.imported)
            return (
              <>
                <div className="page-header">
                  <div>
                    <h1>{pack.programmeName}</h1>
                    <p className="muted">
                      Review pack from {pack.exportedBy || 'a consultant'}, exported{' '}
                      {formatDate(pack.exportedAt.slice(0, 10))} · {cycles.length}{' '}
                      {cycles.length === 1 ? 'cycle' : 'cycles'}
                    </p>
                    <p className="muted">{pack.description}</p>
                    <p>
                      The cycles are read-only copies. Comment on any phase, then export your
                      comments and send the file back to the consultant.
                    </p>
                  </div>
                  <ExportComments
                    packId={pack.id}
                    commentCount={written.length}
                    lastAuthor={written.at(-1)?.author ?? ''}
                  />
                </div>
                {cycles.map((cycle) => (
                  <CycleCopy key={cycle.id} cycle={cycle} />
                ))}
              </>
            )
          }}
        </QueryState>
      </main>
    </div>
  )
}

function ExportComments(props: { packId: string; commentCount: number; lastAuthor: string }) {
  const id = useId()
  // Until typed in, the name is whoever last commented here, or the name remembered.
  const [typed, setReviewer] = useState<string | null>(null)
  const reviewer = typed ?? (props.lastAuthor || rememberedAuthor())
  const [done, setDone] = useState<string | null>(null)
  const exportComments = useApiMutation('reviewPacks.exportComments')
  const run = () => {
    setDone(null)
    exportComments.mutate(
      { id: props.packId, reviewer },
      {
        onSuccess: ({ fileName, content, commentCount }) => {
          rememberAuthor(reviewer)
          downloadText(fileName, content)
          setDone(
            `Exported ${commentCount} ${commentCount === 1 ? 'comment' : 'comments'} as ${fileName}. Send this file to the consultant.`
          )
        }
      }
    )
  }
  return (
    <section className="panel review-export" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Send your comments</h2>
      <p className="muted">
        {props.commentCount === 0
          ? 'No comments written yet.'
          : `${props.commentCount} ${props.commentCount === 1 ? 'comment' : 'comments'} written here.`}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          run()
        }}
        noValidate
      >
        <div className="field">
          <label htmlFor={`${id}-name`}>Your name as reviewer</label>
          <input id={`${id}-name`} value={reviewer} onChange={(e) => setReviewer(e.target.value)} />
        </div>
        <button type="submit" disabled={exportComments.isPending}>
          Export comments
        </button>
      </form>
      <div role="status" aria-live="polite">
        {done ? <p className="notice notice-done">{done}</p> : null}
      </div>
      {exportComments.isError ? (
        <p className="form-error" role="alert">
          {exportComments.error.message.replace(/^reviewer: /, '')}
        </p>
      ) : null}
    </section>
  )
}

function CycleCopy({ cycle }: { cycle: ReviewCycle }) {
  const headingId = useId()
  const title = cycle.title || `Reflection of ${formatDate(cycle.heldOn)}`
  const where = cycle.siteName
    ? cycle.siteName
    : cycle.siteNames.length
      ? `Team level, across ${cycle.siteNames.join(', ')}`
      : 'Team level, across the programme'
  const themesOn = (place: TagPlace) =>
    cycle.themes.filter((t) => t.phase === place).map((t) => t.name)
  const kind = cycle.meetingKind as keyof typeof MEETING_KINDS | null
  return (
    <article className="panel review-cycle" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="review-cycle-where">
        {where} · {formatDate(cycle.heldOn)}
        <span className="badge">{REFLECTION_STATUSES[cycle.status]}</span>
      </p>
      <dl className="card-facts review-facts">
        <div>
          <dt>Meeting</dt>
          <dd>
            {cycle.meetingHeldOn
              ? `${(kind && MEETING_KINDS[kind]) || 'Meeting'} on ${formatDate(cycle.meetingHeldOn)}`
              : 'Not after a particular meeting'}
          </dd>
        </div>
        <div>
          <dt>Who reflected</dt>
          <dd>
            {cycle.participants.length
              ? cycle.participants.map((p) => `${p.name} (${p.role})`).join(', ')
              : 'Not recorded'}
          </dd>
        </div>
        <div>
          <dt>Themes</dt>
          <dd>
            <ThemeList names={themesOn('cycle')} empty="None on the whole cycle" />
          </dd>
        </div>
      </dl>
      {(Object.keys(PHASES) as Phase[]).map((phase) => (
        <PhaseCopy
          key={phase}
          cycle={cycle}
          phase={phase}
          cycleTitle={title}
          themes={themesOn(phase)}
        />
      ))}
      <section className="review-phase" aria-label={`The whole cycle: ${title}`}>
        <h3>The whole cycle</h3>
        <ReviewComments
          reviewCycleId={cycle.id}
          phase="cycle"
          label="the whole cycle"
          context={title}
          comments={cycle.comments}
        />
      </section>
    </article>
  )
}

function PhaseCopy(props: {
  cycle: ReviewCycle
  phase: Phase
  cycleTitle: string
  themes: string[]
}) {
  const headingId = useId()
  const { label, prompt } = PHASES[props.phase]
  const text = props.cycle[props.phase]
  return (
    <section className="review-phase" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {label} <span className="visually-hidden">in {props.cycleTitle}</span>
      </h3>
      <p className="hint">{prompt}</p>
      {props.themes.length ? <ThemeList names={props.themes} /> : null}
      {text.trim() ? (
        <div className="markdown">
          <ReactMarkdown skipHtml>{text}</ReactMarkdown>
        </div>
      ) : (
        <p className="empty">Nothing written in this phase.</p>
      )}
      <ReviewComments
        reviewCycleId={props.cycle.id}
        phase={props.phase}
        label={label}
        context={props.cycleTitle}
        comments={props.cycle.comments}
      />
    </section>
  )
}

function ThemeList(props: { names: string[]; empty?: string }) {
  if (props.names.length === 0) return <span className="muted">{props.empty}</span>
  return (
    <ul className="chips review-themes" aria-label="Themes">
      {props.names.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  )
}
