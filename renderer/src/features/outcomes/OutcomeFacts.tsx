// The outcome's facts beside its chart: when and where it was agreed, what it maps to, where it
// started and where it stands now.
import './outcomes.css'
import { Link } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { OUTCOME_LEVELS } from '../../../../domain/vocabulary'
import { formatDate } from '../../lib/dates'
import { useSiteData } from '../sites/SitePage'
import { changeClass } from './OutcomesPage'
import { describeChange, type OutcomeSeries } from './outcomeSeries'

type Detail = ApiOutput<'outcomes.get'>

export function OutcomeFacts({ data, series }: { data: Detail; series: OutcomeSeries }) {
  const { site, programme } = useSiteData()
  const { outcome } = data
  return (
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
  )
}
