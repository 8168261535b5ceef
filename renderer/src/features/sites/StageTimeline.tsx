// The partnership stage history as a timeline, newest first, with the reason for each judgement.
import './sites.css'
import { useState } from 'react'
import type { ApiOutput } from '../../../../api/contract'
import { useApiMutation } from '../../api/hooks'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Modal } from '../../components/Modal'
import { formatDate } from '../../lib/dates'
import { StageForm } from './StageForm'

type SiteData = ApiOutput<'sites.get'>

export function StageTimeline({ data }: { data: SiteData }) {
  const [recording, setRecording] = useState(false)
  const [removing, setRemoving] = useState<SiteData['stages'][number] | null>(null)
  const remove = useApiMutation('siteStages.remove')
  const current = data.stages[0]
  return (
    <section aria-labelledby="stage-heading" className="panel">
      <div className="section-header">
        <h2 id="stage-heading">Partnership stage</h2>
        <button type="button" onClick={() => setRecording(true)}>
          Record stage judgement
        </button>
      </div>
      {current ? (
        <p className="current-stage">
          Now: <span className={`stage stage-${current.stage}`}>{current.label}</span>{' '}
          <span className="muted">judged {formatDate(current.judgedOn)}</span>
        </p>
      ) : (
        <p className="empty">No stage judged yet.</p>
      )}
      {data.stages.length > 0 ? (
        <ol className="timeline" aria-label="Stage history, newest first">
          {data.stages.map((s) => (
            <li key={s.id}>
              <div className="timeline-marker" aria-hidden="true" />
              <div>
                <p className="timeline-title">
                  <time dateTime={s.judgedOn}>{formatDate(s.judgedOn)}</time>:{' '}
                  <span className={`stage stage-${s.stage}`}>{s.label}</span>
                </p>
                {s.reason ? <p className="timeline-reason">{s.reason}</p> : null}
                <button type="button" className="button-link" onClick={() => setRemoving(s)}>
                  Remove
                  <span className="visually-hidden">
                    {' '}
                    the judgement of {formatDate(s.judgedOn)}
                  </span>
                </button>
              </div>
            </li>
          ))}
        </ol>
      ) : null}
      {recording ? (
        <Modal title="Record stage judgement" onClose={() => setRecording(false)}>
          <StageForm
            siteId={data.site.id}
            stageOptions={data.stageOptions}
            onDone={() => setRecording(false)}
            onCancel={() => setRecording(false)}
          />
        </Modal>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title="Remove this stage judgement?"
          message={`The judgement "${removing.label}" of ${formatDate(removing.judgedOn)} will be deleted from ${data.site.name}'s history. This cannot be undone.`}
          confirmLabel="Remove judgement"
          onConfirm={() => remove.mutateAsync({ id: removing.id })}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </section>
  )
}
