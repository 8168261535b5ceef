// Who is involved in a site: organisations by sector, roles, and everyone who has taken part.
import { useState } from 'react'
import type { ApiOutput } from '../../../../api/contract'
import { MEMBER_ROLES } from '../../../../domain/vocabulary'
import { useApiMutation } from '../../api/hooks'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Modal } from '../../components/Modal'
import { formatDate } from '../../lib/dates'
import { MembershipForm, type EditableMembership } from './MembershipForm'

type SiteData = ApiOutput<'sites.get'>
type Member = SiteData['members'][number]

export function Partnership({ data }: { data: SiteData }) {
  const [editing, setEditing] = useState<EditableMembership | 'new' | null>(null)
  const [removing, setRemoving] = useState<Member | null>(null)
  const [showPast, setShowPast] = useState(false)
  const remove = useApiMutation('siteMembers.remove')
  const members = data.members.filter((m) => showPast || m.current)
  return (
    <section aria-labelledby="partnership-heading" className="panel">
      <div className="section-header">
        <h2 id="partnership-heading">Partnership</h2>
        <button type="button" onClick={() => setEditing('new')}>
          Add someone to the partnership
        </button>
      </div>
      {data.byRole.length > 0 ? (
        <ul className="chips" aria-label="Roles in the partnership">
          {data.byRole.map((r) => (
            <li key={r.role}>
              {r.label}: {r.count}
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">Nobody is in this partnership yet.</p>
      )}
      <OrganisationsBySector data={data} />
      <MembersTable
        members={members}
        showPast={showPast}
        onChange={setEditing}
        onRemove={setRemoving}
      />
      <label className="checkbox">
        <input type="checkbox" checked={showPast} onChange={(e) => setShowPast(e.target.checked)} />
        Include people who have left
      </label>
      {editing ? (
        <Modal
          title={editing === 'new' ? 'Add someone to the partnership' : 'Change membership'}
          onClose={() => setEditing(null)}
        >
          <MembershipForm
            programmeId={data.programme.id}
            siteId={data.site.id}
            membership={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        </Modal>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={`Remove ${removing.name} from ${data.site.name}?`}
          message={`This deletes the membership as if it never happened. If ${removing.name} has left the partnership, use Change and give the date they left instead, so the history stays.`}
          confirmLabel="Remove membership"
          onConfirm={() => remove.mutateAsync({ id: removing.id })}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </section>
  )
}

function OrganisationsBySector({ data }: { data: SiteData }) {
  return data.bySector.length > 0 ? (
    <table className="table">
      <caption>Organisations by sector (current members)</caption>
      <thead>
        <tr>
          <th scope="col">Sector</th>
          <th scope="col">Organisation</th>
          <th scope="col">People</th>
        </tr>
      </thead>
      <tbody>
        {data.bySector.flatMap((group) =>
          group.organisations.map((org, i) => (
            <tr key={`${group.label}-${org.id ?? 'none'}`}>
              {i === 0 ? (
                <th scope="rowgroup" rowSpan={group.organisations.length}>
                  {group.label}
                </th>
              ) : null}
              <td>{org.name}</td>
              <td>
                {org.members
                  .map((m) => `${m.name} (${m.profession}, ${MEMBER_ROLES[m.role].toLowerCase()})`)
                  .join('; ')}
              </td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  ) : null
}

function MembersTable({
  members,
  showPast,
  onChange,
  onRemove
}: {
  members: Member[]
  showPast: boolean
  onChange: (member: Member) => void
  onRemove: (member: Member) => void
}) {
  return (
    <table className="table">
      <caption>{showPast ? 'Everyone who has been in the partnership' : 'Current members'}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role or profession</th>
          <th scope="col">Organisation</th>
          <th scope="col">In the partnership as</th>
          <th scope="col">Joined</th>
          <th scope="col">Left</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.id} className={m.current ? undefined : 'row-past'}>
            <td>{m.name}</td>
            <td>{m.profession}</td>
            <td>{m.organisationName ?? '—'}</td>
            <td>{MEMBER_ROLES[m.role]}</td>
            <td>{formatDate(m.joinedOn)}</td>
            <td>{m.leftOn ? formatDate(m.leftOn) : '—'}</td>
            <td className="row-actions">
              <button type="button" className="button-link" onClick={() => onChange(m)}>
                Change<span className="visually-hidden"> {m.name}'s membership</span>
              </button>
              <button type="button" className="button-link" onClick={() => onRemove(m)}>
                Remove<span className="visually-hidden"> {m.name}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
