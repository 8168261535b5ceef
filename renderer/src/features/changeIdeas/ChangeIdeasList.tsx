// The programme's shared change ideas: where each was tried and how each test ended.
import '../testsOfChange/testsOfChange.css'
import { useState } from 'react'
import { Link } from 'react-router'
import { useApiQuery } from '../../api/hooks'
import { Modal } from '../../components/Modal'
import { QueryState } from '../../components/Status'
import { StatusBadge } from '../testsOfChange/StatusBadge'
import { ChangeIdeaForm } from './ChangeIdeaForm'

export function ChangeIdeasList({ programmeId }: { programmeId: string }) {
  const ideas = useApiQuery('changeIdeas.list', { programmeId })
  const [adding, setAdding] = useState(false)
  return (
    <section className="panel" aria-labelledby="ideas-heading">
      <div className="section-header">
        <h2 id="ideas-heading">Change ideas across sites</h2>
        <button type="button" onClick={() => setAdding(true)}>
          Add a change idea
        </button>
      </div>
      <p className="muted">
        The same idea tried in several sites links to one shared idea, so you can see how it went in
        each.
      </p>
      <QueryState query={ideas}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">No shared change ideas yet.</p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">Change ideas and where they were tried</caption>
              <thead>
                <tr>
                  <th scope="col">Change idea</th>
                  <th scope="col">Tried in</th>
                  <th scope="col">How each test ended</th>
                </tr>
              </thead>
              <tbody>
                {list.map((idea) => (
                  <tr key={idea.id}>
                    <td>
                      <Link to={`/programmes/${programmeId}/changes/ideas/${idea.id}`}>
                        {idea.title}
                      </Link>
                    </td>
                    <td>
                      {idea.counts.sites} {idea.counts.sites === 1 ? 'site' : 'sites'}
                    </td>
                    <td>
                      {idea.tests.length === 0 ? (
                        <span className="muted">Not tried yet</span>
                      ) : (
                        <ul className="toc-tried">
                          {idea.tests.map((t) => (
                            <li key={t.testId}>
                              {t.siteName}: <StatusBadge status={t.status} short />
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
      {adding ? (
        <Modal title="Add a change idea" onClose={() => setAdding(false)}>
          <ChangeIdeaForm programmeId={programmeId} onDone={() => setAdding(false)} />
        </Modal>
      ) : null}
    </section>
  )
}
