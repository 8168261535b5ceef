// One agreed outcome: what it is, baseline against latest, the ratings over time as a chart with
// meetings and tests of change marked, and the evidence trail behind the ratings.
import './outcomes.css'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { HeaderActions } from '../../components/HeaderActions'
import { QueryState } from '../../components/Status'
import { useSiteData } from '../sites/SitePage'
import { EvidenceTrail } from './EvidenceTrail'
import { OutcomeChart } from './OutcomeChart'
import { OutcomeDialog, type OutcomeDialogName } from './OutcomeDialog'
import { OutcomeFacts } from './OutcomeFacts'
import { outcomeSeries } from './outcomeSeries'

type Detail = ApiOutput<'outcomes.get'>

export function OutcomeDetailPage() {
  const outcomeId = useParams().outcomeId ?? ''
  const outcome = useApiQuery('outcomes.get', { id: outcomeId })
  return <QueryState query={outcome}>{(data) => <OutcomeDetail data={data} />}</QueryState>
}

function OutcomeDetail({ data }: { data: Detail }) {
  const { site, programme } = useSiteData()
  const [dialog, setDialog] = useState<OutcomeDialogName | null>(null)
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
        <HeaderActions
          noun="outcome"
          archived={archived}
          onEdit={() => setDialog('edit')}
          onArchive={() => archive.mutate({ id: outcome.id, archived: true })}
          onRestore={() => archive.mutate({ id: outcome.id, archived: false })}
        >
          {archived ? null : (
            <button type="button" onClick={() => setDialog('rate')}>
              Rate progress
            </button>
          )}
        </HeaderActions>
      </div>
      {outcome.description ? <p className="prose">{outcome.description}</p> : null}
      <OutcomeFacts data={data} series={series} />
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
      <OutcomeDialog data={data} dialog={dialog} onClose={close} />
    </article>
  )
}
