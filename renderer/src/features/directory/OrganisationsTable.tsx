// The programme's organisations and their sectors.
import { useState } from 'react'
import type { ApiOutput } from '../../../../api/contract'
import { SECTORS } from '../../../../api/schemas/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { EditArchiveButtons } from '../../components/EditArchiveButtons'
import { Modal } from '../../components/Modal'
import { QueryState } from '../../components/Status'
import { matches } from './DirectoryPage'
import { OrganisationForm } from './OrganisationForm'

type Organisation = ApiOutput<'organisations.list'>[number]

export function OrganisationsTable(props: {
  programmeId: string
  filter: string
  showArchived: boolean
}) {
  const organisations = useApiQuery('organisations.list', {
    programmeId: props.programmeId,
    includeArchived: props.showArchived
  })
  const archive = useApiMutation('organisations.archive')
  const restore = useApiMutation('organisations.restore')
  const [editing, setEditing] = useState<Organisation | 'new' | null>(null)
  return (
    <section aria-label="Organisations">
      <div className="section-header">
        <h2>Organisations</h2>
        <button type="button" onClick={() => setEditing('new')}>
          Add organisation
        </button>
      </div>
      <QueryState query={organisations}>
        {(list) => {
          const shown = list.filter((o) => matches(props.filter, o.name, SECTORS[o.sector]))
          return shown.length === 0 ? (
            <p className="empty">
              {list.length === 0 ? 'No organisations yet.' : 'No organisation matches the filter.'}
            </p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">Organisations in the programme</caption>
              <thead>
                <tr>
                  <th scope="col">Organisation</th>
                  <th scope="col">Sector</th>
                  <th scope="col">People</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((o) => (
                  <tr key={o.id} className={o.archivedAt ? 'row-past' : undefined}>
                    <td>
                      {o.name}
                      {o.archivedAt ? ' (archived)' : ''}
                    </td>
                    <td>{SECTORS[o.sector]}</td>
                    <td>{o.peopleCount}</td>
                    <td className="row-actions">
                      <EditArchiveButtons
                        name={o.name}
                        archived={!!o.archivedAt}
                        onEdit={() => setEditing(o)}
                        onArchive={() => archive.mutate({ id: o.id })}
                        onRestore={() => restore.mutate({ id: o.id })}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }}
      </QueryState>
      {editing ? (
        <Modal
          title={editing === 'new' ? 'Add organisation' : `Edit ${editing.name}`}
          onClose={() => setEditing(null)}
        >
          <OrganisationForm
            programmeId={props.programmeId}
            organisation={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        </Modal>
      ) : null}
    </section>
  )
}
