// The programme's organisations and their sectors.
import { useState } from 'react'
import type { ApiOutput } from '../../../../api/contract'
import { SECTORS } from '../../../../domain/vocabulary'
import { useApiMutation } from '../../api/hooks'
import { EditArchiveButtons } from '../../components/EditArchiveButtons'
import { Modal } from '../../components/Modal'
import { QueryState } from '../../components/Status'
import { HEADER_ROW, rowCount, VirtualBody, type RowPlacement } from '../../components/VirtualRows'
import { useDirectoryList } from './useDirectoryList'
import { OrganisationForm } from './OrganisationForm'

type Organisation = ApiOutput<'organisations.list'>[number]

export function OrganisationsTable(props: {
  programmeId: string
  filter: string
  showArchived: boolean
}) {
  const organisations = useDirectoryList('organisations.list', {
    programmeId: props.programmeId,
    includeArchived: props.showArchived,
    filter: props.filter
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
        {(shown) =>
          shown.length === 0 ? (
            <p className="empty">
              {props.filter.trim()
                ? 'No organisation matches the filter.'
                : 'No organisations yet.'}
            </p>
          ) : (
            <>
              <p className="muted">
                {shown.length.toLocaleString('en-GB')}{' '}
                {shown.length === 1 ? 'organisation' : 'organisations'}
              </p>
              <table className="table table-virtual" aria-rowcount={rowCount(shown.length)}>
                <caption className="visually-hidden">Organisations in the programme</caption>
                <thead>
                  <tr {...HEADER_ROW}>
                    <th scope="col">Organisation</th>
                    <th scope="col">Sector</th>
                    <th scope="col">People</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <VirtualBody
                  rows={shown}
                  columns={4}
                  renderRow={(o, placement) => (
                    <OrganisationRow
                      key={o.id}
                      organisation={o}
                      placement={placement}
                      onEdit={() => setEditing(o)}
                      onArchive={() => archive.mutate({ id: o.id })}
                      onRestore={() => restore.mutate({ id: o.id })}
                    />
                  )}
                />
              </table>
            </>
          )
        }
      </QueryState>
      {editing ? (
        <OrganisationDialog
          programmeId={props.programmeId}
          editing={editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  )
}

/** One organisation: its name, sector and how many people, with its edit and archive buttons. */
function OrganisationRow(props: {
  organisation: Organisation
  placement: RowPlacement
  onEdit: () => void
  onArchive: () => void
  onRestore: () => void
}) {
  const o = props.organisation
  return (
    <tr {...props.placement} className={o.archivedAt ? 'row-past' : undefined}>
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
          onEdit={props.onEdit}
          onArchive={props.onArchive}
          onRestore={props.onRestore}
        />
      </td>
    </tr>
  )
}

/** Adding an organisation, or changing one, in a dialog over the table. */
function OrganisationDialog(props: {
  programmeId: string
  editing: Organisation | 'new'
  onClose: () => void
}) {
  const { editing } = props
  return (
    <Modal
      title={editing === 'new' ? 'Add organisation' : `Edit ${editing.name}`}
      onClose={props.onClose}
    >
      <OrganisationForm
        programmeId={props.programmeId}
        organisation={editing === 'new' ? undefined : editing}
        onDone={props.onClose}
        onCancel={props.onClose}
      />
    </Modal>
  )
}
