// One agreed outcome: what it is, baseline against latest, the ratings over time as a chart with
// meetings and tests of change marked, and the evidence trail behind the ratings.
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { OUTCOME_LEVELS } from '../../../../domain/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { Modal } from '../../components/Modal'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { useSiteData } from '../sites/SitePage'
import { EvidenceTrail } from './EvidenceTrail'
import { LinkEvidenceForm } from './LinkEvidenceForm'
import { OutcomeChart } from './OutcomeChart'
import { OutcomeForm } from './OutcomeForm'
import { changeClass } from './OutcomesPage'
import { describeChange, outcomeSeries } from './outcomeSeries'
import { RatingForm } from './RatingForm'

type Detail = ApiOutput<'outcomes.get'>

export function OutcomeDetailPage() {
  const outcomeId = useParams().outcomeId ?? ''
  const outcome = useApiQuery('outcomes.get', { id: outcomeId })
  return <QueryState query={outcome}>{(data) => <OutcomeDetail data={data} />}</QueryState>
}

function OutcomeDetail({ data }: { data: Detail }) {
  const { site, programme } = useSiteData()
  const [dialog, setDialog] = useState<'edit' | 'rate' | 'link' | null>(null)
  const archive = useApiMutation('outcomes.archive')
  const { outcome } = data
  const archived = !!outcome.archivedAt
  const series = outcomeSeries({
    title: outcome.title,
    agreedOn: outcome.agreedOn,
    baselineRating: outcome.baselineRating,
    ratings: data.ratings,
    meetings: data.meetings,
    testsOfChange: data.testsOfChange
  })
  const close = () => setDialog(null)
  return (
    <article aria-labelledby="outcome-heading" className="outcome-detail">
      <p>
        <Link to={`/programmes/${programme.id}/sites/${site.id}/outcomes`}>All outcomes</Link>
      </p>
      <div className="section-header">
        <h2 id="outcome-heading">
          {outcome.title}
          {archived ? <span className="badge">Archived</span> : null}
        </h2>
        <div className="header-actions">
          {archived ? null : (
            <button type="button" onClick={() => setDialog('rate')}>
              Rate progress
            </button>
          )}
          <button type="button" className="button-secondary" onClick={() => setDialog('edit')}>
            Edit outcome
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() => archive.mutate({ id: outcome.id, archived: !archived })}
          >
            {archived ? 'Restore outcome' : 'Archive outcome'}
          </button>
        </div>
      </div>
      {outcome.description ? <p className="prose">{outcome.description}</p> : null}
      <dl className="outcome-facts">
        <div>
          <dt>Agreed</dt>
          <dd>
            {formatDate(outcome.agreedOn)}
            {outcome.agreedAtMeetingId && outcome.agreedAtMeetingHeldOn ? (
              <>
                {' '}
                at the{' '}
                <Link
                  to={`/programmes/${programme.id}/sites/${site.id}/meetings/${outcome.agreedAtMeetingId}`}
                >
                  meeting of {formatDate(outcome.agreedAtMeetingHeldOn)}
                </Link>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Programme outcome</dt>
          <dd>
            {outcome.programmeOutcomeTitle ? (
              <>
                {outcome.programmeOutcomeTitle}
                {outcome.programmeOutcomeLevel ? (
                  <span className="muted"> ({OUTCOME_LEVELS[outcome.programmeOutcomeLevel]})</span>
                ) : null}
              </>
            ) : (
              <span className="muted">Not mapped</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Baseline</dt>
          <dd>
            {outcome.baselineRating === null ? (
              <span className="muted">Not judged</span>
            ) : (
              `${outcome.baselineRating} out of 10`
            )}
            {outcome.baselineNote ? <span className="muted"> · {outcome.baselineNote}</span> : null}
          </dd>
        </div>
        <div>
          <dt>Latest</dt>
          <dd>
            {series.latest ? (
              <>
                {series.latest.rating} out of 10 on {series.latest.label}
                {series.change !== null ? (
                  <span className={changeClass(series.change)}>
                    {' '}
                    ({describeChange(series.change)?.toLowerCase()} on the baseline)
                  </span>
                ) : null}
              </>
            ) : (
              <span className="muted">Not rated yet</span>
            )}
          </dd>
        </div>
      </dl>
      <OutcomeChart series={series} />
      <section aria-labelledby="trail-heading" className="outcome-trail">
        <div className="section-header">
          <h3 id="trail-heading">Evidence trail</h3>
          {archived ? null : (
            <button type="button" className="button-secondary" onClick={() => setDialog('link')}>
              Link evidence
            </button>
          )}
        </div>
        <EvidenceTrail data={data} readOnly={archived} />
      </section>
      {dialog === 'rate' ? (
        <Modal title={`Rate progress: ${outcome.title}`} onClose={close}>
          <RatingForm
            outcomeId={outcome.id}
            siteId={site.id}
            agreedOn={outcome.agreedOn}
            onDone={close}
            onCancel={close}
          />
        </Modal>
      ) : null}
      {dialog === 'edit' ? (
        <Modal title="Edit outcome" onClose={close}>
          <OutcomeForm
            siteId={site.id}
            programmeId={programme.id}
            outcome={outcome}
            onDone={close}
            onCancel={close}
          />
        </Modal>
      ) : null}
      {dialog === 'link' ? (
        <Modal title="Link evidence" onClose={close}>
          <LinkEvidenceForm outcomeId={outcome.id} onDone={close} onCancel={close} />
        </Modal>
      ) : null}
    </article>
  )
}
