// The programme's people: who they are, where they work and which partnerships they are in.
import { useState } from 'react'
import type { ApiOutput } from '../../../../api/contract'
import { MEMBER_ROLES, SECTORS, type MemberRole, type Sector } from '../../../../domain/vocabulary'
import { useApiMutation } from '../../api/hooks'
import { EditArchiveButtons } from '../../components/EditArchiveButtons'
import { Modal } from '../../components/Modal'
import { QueryState } from '../../components/Status'
import { HEADER_ROW, rowCount, VirtualBody, type RowPlacement } from '../../components/VirtualRows'
import { useDirectoryList } from './useDirectoryList'
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
  const people = useDirectoryList('people.list', {
    programmeId: props.programmeId,
    includeArchived: props.showArchived,
    filter: props.filter
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
        {(shown) =>
          shown.length === 0 ? (
            <p className="empty">
              {props.filter.trim() ? 'Nobody matches the filter.' : 'No people yet.'}
            </p>
          ) : (
            <>
              <p className="muted">
                {shown.length.toLocaleString('en-GB')} {shown.length === 1 ? 'person' : 'people'}
              </p>
              <table className="table table-virtual" aria-rowcount={rowCount(shown.length)}>
                <caption className="visually-hidden">People in the programme</caption>
                <thead>
                  <tr {...HEADER_ROW}>
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
                <VirtualBody
                  rows={shown}
                  columns={6}
                  renderRow={(p, placement) => (
                    <PersonRow
                      key={p.id}
                      person={p}
                      placement={placement}
                      onEdit={() => setEditing(p)}
                      onArchive={() => archive.mutate({ id: p.id })}
                      onRestore={() => restore.mutate({ id: p.id })}
                    />
                  )}
                />
              </table>
            </>
          )
        }
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

/** One person: who, where they work and their partnerships, with edit and archive buttons. */
function PersonRow(props: {
  person: Person
  placement: RowPlacement
  onEdit: () => void
  onArchive: () => void
  onRestore: () => void
}) {
  const p = props.person
  return (
    <tr {...props.placement} className={p.archivedAt ? 'row-past' : undefined}>
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
          onEdit={props.onEdit}
          onArchive={props.onArchive}
          onRestore={props.onRestore}
        />
      </td>
    </tr>
  )
}
