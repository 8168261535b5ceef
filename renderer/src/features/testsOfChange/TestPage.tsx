// One test of change: what is tried and why, where it is in its lifecycle (with the moves the rules
// allow), and its PDSA cycles.
import './testsOfChange.css'
import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { TEST_KINDS } from '../../../../api/schemas/testsOfChange'
import { MEETING_KINDS } from '../../../../domain/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { useSiteData } from '../sites/SitePage'
import { CyclesSection } from './CyclesSection'
import { Lifecycle } from './Lifecycle'
import { StatusBadge } from './StatusBadge'

export type TestData = ApiOutput<'testsOfChange.get'>

export function TestPage() {
  const testId = useParams().testId ?? ''
  const test = useApiQuery('testsOfChange.get', { id: testId })
  return <QueryState query={test}>{(data) => <TestRecord data={data} />}</QueryState>
}

function TestRecord({ data }: { data: TestData }) {
  const { programme, site } = useSiteData()
  const navigate = useNavigate()
  const [deleting, setDeleting] = useState(false)
  const remove = useApiMutation('testsOfChange.delete')
  const { test } = data
  const base = `/programmes/${programme.id}/sites/${site.id}`
  return (
    <article aria-labelledby="test-heading">
      <p>
        <Link to={`${base}/tests`}>All tests of change at {site.name}</Link>
      </p>
      <div className="section-header">
        <div>
          <h2 id="test-heading">{test.title}</h2>
          <p className="muted">
            <StatusBadge status={test.status} /> · {TEST_KINDS[test.kind]} · started{' '}
            {formatDate(test.createdOn)}
          </p>
        </div>
        <div className="header-actions">
          <Link className="button" to={`${base}/tests/${test.id}/edit`}>
            Edit test
          </Link>
          <button type="button" className="button-secondary" onClick={() => setDeleting(true)}>
            Delete test
          </button>
        </div>
      </div>
      <div className="two-columns">
        <Details data={data} base={base} programmeId={programme.id} />
        <Lifecycle data={data} />
      </div>
      <CyclesSection data={data} />
      {deleting ? (
        <ConfirmDialog
          title={`Delete “${test.title}”?`}
          message={`This deletes the test of change with its ${data.cycles.length} PDSA ${data.cycles.length === 1 ? 'cycle' : 'cycles'} and its history of ${data.history.length} ${data.history.length === 1 ? 'move' : 'moves'}. A shared change idea it links to is kept. This cannot be undone.`}
          confirmLabel="Delete test of change"
          onConfirm={() =>
            remove.mutateAsync({ id: test.id }).then(() => navigate(`${base}/tests`))
          }
          onClose={() => setDeleting(false)}
        />
      ) : null}
    </article>
  )
}

function Details({
  data,
  base,
  programmeId
}: {
  data: TestData
  base: string
  programmeId: string
}) {
  const { test } = data
  const none = (text: string) => <span className="muted">{text}</span>
  return (
    <section className="panel" aria-labelledby="details-heading">
      <h3 id="details-heading">The test</h3>
      <dl className="toc-details">
        <div>
          <dt>The change idea</dt>
          <dd className="prose">{test.idea || none('Not described yet')}</dd>
        </div>
        <div>
          <dt>Prediction</dt>
          <dd className="prose">{test.prediction || none('No prediction recorded yet')}</dd>
        </div>
        <div>
          <dt>Owner</dt>
          <dd>{data.owner ? `${data.owner.name} (${data.owner.role})` : none('No owner yet')}</dd>
        </div>
        <div>
          <dt>Outcomes it serves</dt>
          <dd>
            {data.outcomes.length === 0 ? (
              none('None chosen')
            ) : (
              <ul>
                {data.outcomes.map((o) => (
                  <li key={o.id}>{o.title}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>Came from</dt>
          <dd>
            {data.sourceMeeting ? (
              <Link to={`${base}/meetings/${data.sourceMeeting.id}`}>
                {MEETING_KINDS[data.sourceMeeting.kind]}, {formatDate(data.sourceMeeting.heldOn)}
              </Link>
            ) : null}
            {data.sourceMeeting && data.sourceReflection ? ' and ' : null}
            {data.sourceReflection ? (
              <Link to={`/programmes/${programmeId}/reflections/${data.sourceReflection.id}`}>
                the reflection of {formatDate(data.sourceReflection.heldOn)}
                {data.sourceReflection.title ? ` (${data.sourceReflection.title})` : ''}
              </Link>
            ) : null}
            {!data.sourceMeeting && !data.sourceReflection ? none('Not recorded') : null}
          </dd>
        </div>
        <div>
          <dt>Shared change idea</dt>
          <dd>
            {data.changeIdea ? (
              <Link to={`/programmes/${programmeId}/changes/ideas/${data.changeIdea.id}`}>
                {data.changeIdea.title}
              </Link>
            ) : (
              none('Not linked to a shared idea')
            )}
          </dd>
        </div>
      </dl>
    </section>
  )
}
