// First run and home: start a programme, explore the sample, or open one of your programmes.
import './welcome.css'
import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { Modal } from '../../components/Modal'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { ProgrammeForm } from '../programmes/ProgrammeForm'
import { TopBar } from '../../app/TopBar'

export function HomePage() {
  const [showArchived, setShowArchived] = useState(false)
  const programmes = useApiQuery('programmes.list', { includeArchived: showArchived })
  const sample = useApiMutation('sample.create')
  const [creating, setCreating] = useState(false)
  const navigate = useNavigate()

  // A failure shows beside the buttons (sample.isError), so nothing is left unhandled.
  const exploreSample = () =>
    sample.mutate({}, { onSuccess: ({ programmeId }) => navigate(`/programmes/${programmeId}`) })

  return (
    <div className="shell">
      <TopBar />
      <main id="main" className="page page-home">
        <QueryState query={programmes}>
          {(list) => (
            <>
              {list.length === 0 && !showArchived ? (
                <section className="welcome">
                  <h1>Welcome to Partnership Learning Log</h1>
                  <p className="lede">
                    Keep the record of an action-research programme in one place: the partnership
                    areas you support, who is involved, the outcomes each partnership agreed and how
                    each one is moving. Everything stays on this computer unless you export it.
                  </p>
                </section>
              ) : (
                <h1>Your programmes</h1>
              )}
              <div className="home-actions">
                <button type="button" onClick={() => setCreating(true)}>
                  Start a programme
                </button>
                <button
                  type="button"
                  className="button-secondary"
                  onClick={exploreSample}
                  disabled={sample.isPending}
                >
                  {sample.isPending
                    ? 'Building the sample programme…'
                    : 'Explore the sample programme'}
                </button>
              </div>
              <p>
                <Link to="/review">Review area</Link>: read and comment on cycles a consultant sent
                you for review.
              </p>
              {sample.isError ? (
                <p className="form-error" role="alert">
                  {sample.error.message}
                </p>
              ) : null}
              <ProgrammeCards list={list} />
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={showArchived}
                  onChange={(e) => setShowArchived(e.target.checked)}
                />
                Show archived programmes
              </label>
            </>
          )}
        </QueryState>
        {creating ? (
          <Modal title="Start a programme" onClose={() => setCreating(false)}>
            <ProgrammeForm
              onCancel={() => setCreating(false)}
              onDone={(id) => navigate(`/programmes/${id}`)}
            />
          </Modal>
        ) : null}
      </main>
    </div>
  )
}

function ProgrammeCards({ list }: { list: ApiOutput<'programmes.list'> }) {
  const restore = useApiMutation('programmes.restore')
  return list.length > 0 ? (
    <ul className="card-grid" aria-label="Programmes">
      {list.map((p) => (
        <li key={p.id} className={p.archivedAt ? 'card card-archived' : 'card'}>
          <h2>
            <Link to={`/programmes/${p.id}`}>{p.name}</Link>
          </h2>
          <p className="muted">{p.commissioners || 'No commissioners recorded'}</p>
          <p>
            {formatDate(p.startDate)}
            {p.endDate ? ` to ${formatDate(p.endDate)}` : ''} · {p.siteCount}{' '}
            {p.siteCount === 1 ? 'site' : 'sites'}
          </p>
          {p.archivedAt ? (
            <button
              type="button"
              className="button-secondary"
              onClick={() => restore.mutate({ id: p.id })}
            >
              Restore {p.name}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  ) : null
}
