// The programme's people: who they are, where they work and which partnerships they are in.
import { useState } from 'react'
import type { ApiOutput } from '../../../../api/contract'
import {
  MEMBER_ROLES,
  SECTORS,
  type MemberRole,
  type Sector
} from '../../../../api/schemas/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { EditArchiveButtons } from '../../components/EditArchiveButtons'
import { Modal } from '../../components/Modal'
import { QueryState } from '../../components/Status'
import { matches } from './DirectoryPage'
import { PersonForm } from './PersonForm'

type Person = ApiOutput<'people.list'>[number]

/** "Ashcombe (coordinator); Wrexley (member)" with the roles in words. */
function describeSites(sites: string | null): string {
  if (!sites) return '—'
  return sites.replace(
    /\((\w+)\)/g,
    (_, role: string) => `(${(MEMBER_ROLES[role as MemberRole] ?? role).toLowerCase()})`
  )
}

export function PeopleTable(props: { programmeId: string; filter: string; showArchived: boolean }) {
  const people = useApiQuery('people.list', {
    programmeId: props.programmeId,
    includeArchived: props.showArchived
  })
  const archive = useApiMutation('people.archive')
  const restore = useApiMutation('people.restore')
  const [editing, setEditing] = useState<Person | 'new' | null>(null)
  return (
    <section aria-label="People">
      <div className="section-header">
        <h2>People</h2>
        <button type="button" onClick={() => setEditing('new')}>
          Add person
        </button>
      </div>
      <QueryState query={people}>
        {(list) => {
          const shown = list.filter((p) =>
            matches(props.filter, p.name, p.role, p.organisationName, p.sites)
          )
          return shown.length === 0 ? (
            <p className="empty">
              {list.length === 0 ? 'No people yet.' : 'Nobody matches the filter.'}
            </p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">People in the programme</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Role or profession</th>
                  <th scope="col">Organisation</th>
                  <th scope="col">Sector</th>
                  <th scope="col">Partnerships</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((p) => (
                  <tr key={p.id} className={p.archivedAt ? 'row-past' : undefined}>
                    <td>
                      {p.name}
                      {p.archivedAt ? ' (archived)' : ''}
                    </td>
                    <td>{p.role}</td>
                    <td>{p.organisationName ?? '—'}</td>
                    <td>{p.sector ? SECTORS[p.sector as Sector] : '—'}</td>
                    <td>{describeSites(p.sites)}</td>
                    <td className="row-actions">
                      <EditArchiveButtons
                        name={p.name}
                        archived={!!p.archivedAt}
                        onEdit={() => setEditing(p)}
                        onArchive={() => archive.mutate({ id: p.id })}
                        onRestore={() => restore.mutate({ id: p.id })}
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
          title={editing === 'new' ? 'Add person' : `Edit ${editing.name}`}
          onClose={() => setEditing(null)}
        >
          <PersonForm
            programmeId={props.programmeId}
            person={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        </Modal>
      ) : null}
    </section>
  )
}
