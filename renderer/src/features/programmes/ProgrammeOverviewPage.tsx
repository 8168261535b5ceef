// The programme overview: the programme's details, one card per site, and its outcome framework.
import { useState } from 'react'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { SITE_STATUSES } from '../../../../domain/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { HeaderActions } from '../../components/HeaderActions'
import { Modal } from '../../components/Modal'
import { Pager, usePaged } from '../../components/Pager'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { SiteForm } from '../sites/SiteForm'
import { OutcomeFramework } from './OutcomeFramework'
import { ProgrammeForm } from './ProgrammeForm'

type Overview = ApiOutput<'programmes.overview'>

/** Eight rows of three cards: a programme of hundreds of sites stays a short page. */
const SITES_PER_PAGE = 24

export function ProgrammeOverviewPage() {
  const programmeId = useParams().programmeId ?? ''
  const [showArchived, setShowArchived] = useState(false)
  const overview = useApiQuery('programmes.overview', {
    id: programmeId,
    includeArchived: showArchived
  })
  return (
    <main id="main" className="page">
      <QueryState query={overview}>
        {(data) => (
          <>
            <ProgrammeHeader programme={data.programme} />
            <SiteCards data={data} showArchived={showArchived} onShowArchived={setShowArchived} />
            <OutcomeFramework programmeId={programmeId} outcomes={data.outcomes} />
          </>
        )}
      </QueryState>
    </main>
  )
}

function ProgrammeHeader({ programme }: { programme: Overview['programme'] }) {
  const [editing, setEditing] = useState(false)
  const [archiving, setArchiving] = useState(false)
  const archive = useApiMutation('programmes.archive')
  const restore = useApiMutation('programmes.restore')
  const navigate = useNavigate()
  return (
    <header className="page-header">
      <div>
        <h1>
          {programme.name}
          {programme.archivedAt ? <span className="badge badge-muted">Archived</span> : null}
        </h1>
        <p className="muted">
          {programme.commissioners ? `Commissioned by ${programme.commissioners} · ` : ''}
          {formatDate(programme.startDate)}
          {programme.endDate ? ` to ${formatDate(programme.endDate)}` : ''}
        </p>
        {programme.description ? <p className="description">{programme.description}</p> : null}
      </div>
      <HeaderActions
        noun="programme"
        archived={Boolean(programme.archivedAt)}
        onEdit={() => setEditing(true)}
        onArchive={() => setArchiving(true)}
        onRestore={() => restore.mutate({ id: programme.id })}
      />
      {editing ? (
        <Modal title="Edit programme" onClose={() => setEditing(false)}>
          <ProgrammeForm
            programme={programme}
            onDone={() => setEditing(false)}
            onCancel={() => setEditing(false)}
          />
        </Modal>
      ) : null}
      {archiving ? (
        <ConfirmDialog
          title={`Archive ${programme.name}?`}
          message="The programme and everything in it are kept, but it moves out of your list of programmes. You can restore it from 'Show archived programmes' on the home page."
          confirmLabel="Archive programme"
          onConfirm={() => archive.mutateAsync({ id: programme.id }).then(() => navigate('/'))}
          onClose={() => setArchiving(false)}
        />
      ) : null}
    </header>
  )
}

function SiteCards(props: {
  data: Overview
  showArchived: boolean
  onShowArchived: (v: boolean) => void
}) {
  // "?add=site" (the dashboard's "Add the first site") opens the Add site form straight away.
  const [params, setParams] = useSearchParams()
  const [adding, setAdding] = useState(params.get('add') === 'site')
  const navigate = useNavigate()
  const close = () => {
    setAdding(false)
    if (params.has('add')) {
      setParams(
        (p) => {
          const next = new URLSearchParams(p)
          next.delete('add')
          return next
        },
        { replace: true }
      )
    }
  }
  const { programme, sites } = props.data
  const paged = usePaged(sites, SITES_PER_PAGE)
  return (
    <section aria-labelledby="sites-heading">
      <div className="section-header">
        <h2 id="sites-heading">
          Sites <span className="count">({sites.filter((s) => !s.archivedAt).length})</span>
        </h2>
        <button type="button" onClick={() => setAdding(true)}>
          Add site
        </button>
      </div>
      {sites.length === 0 ? (
        <p className="empty">
          No sites yet. Add the first partnership area this programme supports.
        </p>
      ) : (
        <>
          <ul className="card-grid" aria-label="Sites">
            {paged.shown.map((site) => (
              <SiteCard key={site.id} site={site} programmeId={programme.id} />
            ))}
          </ul>
          <Pager paged={paged} total={sites.length} noun="sites" label="Pages of sites" />
        </>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={props.showArchived}
          onChange={(e) => props.onShowArchived(e.target.checked)}
        />
        Show archived sites
      </label>
      {adding ? (
        <Modal title="Add site" onClose={close}>
          <SiteForm
            programmeId={programme.id}
            onCancel={close}
            onDone={(id) => navigate(`/programmes/${programme.id}/sites/${id}`)}
          />
        </Modal>
      ) : null}
    </section>
  )
}

function SiteCard({ site, programmeId }: { site: Overview['sites'][number]; programmeId: string }) {
  return (
    <li className={site.archivedAt ? 'card site-card card-archived' : 'card site-card'}>
      <h3>
        <Link to={`/programmes/${programmeId}/sites/${site.id}`}>{site.name}</Link>
      </h3>
      <p className="muted">
        {site.locality || 'No locality recorded'}
        {site.status !== 'active' ? (
          <span className={`badge badge-${site.status}`}>{SITE_STATUSES[site.status]}</span>
        ) : null}
        {site.archivedAt ? <span className="badge badge-muted">Archived</span> : null}
      </p>
      <dl className="card-facts">
        <div>
          <dt>Stage</dt>
          <dd>
            {site.stageLabel ? (
              <>
                <span className={`stage stage-${site.stage}`}>{site.stageLabel}</span>{' '}
                <span className="muted">since {formatDate(site.stageJudgedOn)}</span>
              </>
            ) : (
              <span className="muted">Not judged yet</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Coordinator</dt>
          <dd>
            {site.coordinators.length ? (
              site.coordinators.join(', ')
            ) : (
              <span className="muted">None yet</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Partnership</dt>
          <dd>
            {site.organisationCount}{' '}
            {site.organisationCount === 1 ? 'organisation' : 'organisations'} · {site.sectorCount}{' '}
            {site.sectorCount === 1 ? 'sector' : 'sectors'} · {site.memberCount}{' '}
            {site.memberCount === 1 ? 'person' : 'people'}
          </dd>
        </div>
      </dl>
    </li>
  )
}
