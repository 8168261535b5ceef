// One shared change idea: what it is, where it was tried and how each test ended.
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { useApiQuery } from '../../api/hooks'
import { Modal } from '../../components/Modal'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { StatusBadge } from '../testsOfChange/StatusBadge'
import { ChangeIdeaForm } from './ChangeIdeaForm'

type IdeaData = ApiOutput<'changeIdeas.get'>

export function ChangeIdeaPage() {
  const ideaId = useParams().ideaId ?? ''
  const idea = useApiQuery('changeIdeas.get', { id: ideaId })
  return (
    <main id="main" className="page">
      <QueryState query={idea}>{(data) => <IdeaRecord data={data} />}</QueryState>
    </main>
  )
}

function IdeaRecord({ data }: { data: IdeaData }) {
  const [editing, setEditing] = useState(false)
  const { idea, programme, counts } = data
  const ended = [
    counts.adopted && `${counts.adopted} adopted`,
    counts.adapted && `${counts.adapted} adapted`,
    counts.abandoned && `${counts.abandoned} abandoned`,
    counts.underway && `${counts.underway} still under way`
  ].filter(Boolean)
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/programmes/${programme.id}`}>{programme.name}</Link>
        <span aria-hidden="true"> / </span>
        <Link to={`/programmes/${programme.id}/changes`}>Tests of change</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{idea.title}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>{idea.title}</h1>
          <p className="muted">
            Shared change idea · tried {counts.tried} {counts.tried === 1 ? 'time' : 'times'} in{' '}
            {counts.sites} {counts.sites === 1 ? 'site' : 'sites'}
            {ended.length ? ` · ${ended.join(', ')}` : ''}
          </p>
          {idea.description ? <p className="description">{idea.description}</p> : null}
        </div>
        <div className="header-actions">
          <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
            Edit change idea
          </button>
        </div>
      </header>
      <TriedSection data={data} />
      {editing ? (
        <Modal title="Edit change idea" onClose={() => setEditing(false)}>
          <ChangeIdeaForm programmeId={programme.id} idea={idea} onDone={() => setEditing(false)} />
        </Modal>
      ) : null}
    </>
  )
}

/** Every test of change made from the idea: where, its stage, when it began and how it ended. */
function TriedSection({ data }: { data: IdeaData }) {
  return (
    <section className="panel" aria-labelledby="tried-heading">
      <h2 id="tried-heading">Where it was tried</h2>
      {data.tests.length === 0 ? (
        <p className="empty">
          No site has tried this idea yet. Link a test of change to it when starting one.
        </p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Tests of this idea and how each ended</caption>
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">Test of change</th>
              <th scope="col">Stage</th>
              <th scope="col">Testing began</th>
              <th scope="col">Decided</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {data.tests.map((t) => (
              <tr key={t.testId}>
                <th scope="row">{t.siteName}</th>
                <td>
                  <Link to={`/programmes/${data.programme.id}/sites/${t.siteId}/tests/${t.testId}`}>
                    {t.title}
                  </Link>
                </td>
                <td>
                  <StatusBadge status={t.status} short />
                </td>
                <td>{formatDate(t.startedOn) || '—'}</td>
                <td>{formatDate(t.decidedOn) || '—'}</td>
                <td>{t.decisionReason || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
