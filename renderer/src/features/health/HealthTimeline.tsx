// A site's health checks as a timeline, newest first: each check's framework, who judged, the
// meeting it was made at, and what changed since the last check with the same framework.
import { useEffect, useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { HEALTH_JUDGED_BY } from '../../../../domain/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Modal } from '../../components/Modal'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { ChangeBadge } from './ChangeBadge'
import { HealthCheckForm } from './HealthCheckForm'

type SiteHealth = ApiOutput<'healthChecks.site'>
type Entry = SiteHealth['timeline'][number]

export function HealthTimeline(props: { siteId: string }) {
  const health = useApiQuery('healthChecks.site', { siteId: props.siteId })
  const [recording, setRecording] = useState(false)
  return (
    <section aria-labelledby="checks-heading" className="panel health-section">
      <div className="section-header">
        <h2 id="checks-heading">Health checks</h2>
        <button type="button" onClick={() => setRecording(true)}>
          Record health check
        </button>
      </div>
      <QueryState query={health}>
        {(data) =>
          data.timeline.length > 0 ? (
            <ol className="timeline health-timeline" aria-label="Health checks, newest first">
              {data.timeline.map((c) => (
                <CheckEntry key={c.id} check={c} siteName={data.site.name} />
              ))}
            </ol>
          ) : (
            <p className="empty">
              No health checks yet. A check records judgements with one of the programme&apos;s
              frameworks: the collaboration spectrum, the relationship qualities, the service change
              checklist or the programme&apos;s own.
            </p>
          )
        }
      </QueryState>
      {recording && health.data ? (
        <Modal title="Record health check" wide onClose={() => setRecording(false)}>
          <HealthCheckForm
            data={health.data}
            onDone={() => setRecording(false)}
            onCancel={() => setRecording(false)}
          />
        </Modal>
      ) : null}
    </section>
  )
}

function CheckEntry(props: { check: Entry; siteName: string }) {
  const { check } = props
  const { programmeId, siteId } = useParams()
  const [params] = useSearchParams()
  const chosen = params.get('check') === check.id
  const [removing, setRemoving] = useState(false)
  const remove = useApiMutation('healthChecks.remove')
  useEffect(() => {
    if (chosen) document.getElementById(`check-${check.id}`)?.scrollIntoView({ block: 'center' })
  }, [chosen, check.id])
  return (
    <li id={`check-${check.id}`} className={chosen ? 'check-chosen' : undefined}>
      <div className="timeline-marker" aria-hidden="true" />
      <div>
        <h3 className="timeline-title">
          <time dateTime={check.checkedOn}>{formatDate(check.checkedOn)}</time>:{' '}
          {check.frameworkName}
        </h3>
        <p className="muted">
          {check.meeting ? (
            <>
              Judged by {judgedByWho(check.judgedBy)} at the{' '}
              <Link to={`/programmes/${programmeId}/sites/${siteId}/meetings/${check.meeting.id}`}>
                meeting of {formatDate(check.meeting.heldOn)}
              </Link>
            </>
          ) : (
            `Judged by ${check.judgedBy.toLowerCase()}`
          )}
        </p>
        <p className="check-summary">{check.summary}</p>
        {check.note ? <p className="timeline-reason">{check.note}</p> : null}
        <details>
          <summary>
            The judgements<span className="visually-hidden"> of {formatDate(check.checkedOn)}</span>
          </summary>
          <ul className="plain-list judgement-list">
            {check.changes.map((c) => (
              <li key={c.itemId}>
                {c.label}: <strong>{c.to}</strong> <ChangeBadge change={c.change} from={c.from} />
                {c.note ? <span className="muted"> {c.note}</span> : null}
              </li>
            ))}
          </ul>
        </details>
        <button type="button" className="button-link" onClick={() => setRemoving(true)}>
          Remove<span className="visually-hidden"> the check of {formatDate(check.checkedOn)}</span>
        </button>
      </div>
      {removing ? (
        <ConfirmDialog
          title="Remove this health check?"
          message={`The ${check.frameworkName.toLowerCase()} check of ${formatDate(check.checkedOn)} and its judgements will be deleted from ${props.siteName}'s history. This cannot be undone.`}
          confirmLabel="Remove check"
          onConfirm={() => remove.mutateAsync({ id: check.id })}
          onClose={() => setRemoving(false)}
        />
      ) : null}
    </li>
  )
}

/** Who judged, without "at a meeting" when the meeting itself is named ("the group"). */
function judgedByWho(judgedBy: string): string {
  return judgedBy === HEALTH_JUDGED_BY.group ? 'the group' : judgedBy.toLowerCase()
}
