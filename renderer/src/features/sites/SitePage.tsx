// A site's pages: the header and section links they share, and the overview: the site at a glance,
// then its partnership and stage timeline.
import './sites.css'
import { useState } from 'react'
import { Link, NavLink, Outlet, useNavigate, useOutletContext, useParams } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { SITE_STATUSES } from '../../../../domain/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { HeaderActions } from '../../components/HeaderActions'
import { Modal } from '../../components/Modal'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { SiteGlance } from './glance/SiteGlance'
import { Partnership } from './Partnership'
import { SiteForm } from './SiteForm'
import { StageTimeline } from './StageTimeline'

type SiteData = ApiOutput<'sites.get'>

/** The frame of every site page: breadcrumb, header and the site's sections. */
export function SiteLayout() {
  const siteId = useParams().siteId ?? ''
  const site = useApiQuery('sites.get', { id: siteId })
  return (
    <main id="main" className="page">
      <QueryState query={site}>
        {(data) => (
          <>
            <nav aria-label="Breadcrumb" className="breadcrumb">
              <Link to={`/programmes/${data.programme.id}`}>{data.programme.name}</Link>
              <span aria-hidden="true"> / </span>
              <span aria-current="page">{data.site.name}</span>
            </nav>
            <SiteHeader data={data} />
            <nav aria-label="Site" className="subnav">
              {[
                ['', 'Overview'],
                ['meetings', 'Meetings'],
                ['engagement', 'Engagement'],
                ['quotes', 'Quote bank'],
                ['tests', 'Tests of change'],
                ['outcomes', 'Outcomes'],
                ['measures', 'Measures'],
                ['health', 'Health'],
                ['reports', 'Reports']
              ].map(([path, label]) => (
                <NavLink
                  key={label}
                  to={`/programmes/${data.programme.id}/sites/${data.site.id}${path ? `/${path}` : ''}`}
                  end={!path}
                >
                  {label}
                </NavLink>
              ))}
            </nav>
            <Outlet context={data} />
          </>
        )}
      </QueryState>
    </main>
  )
}

/** The site data the layout loaded, for the page inside it. */
export function useSiteData(): SiteData {
  return useOutletContext<SiteData>()
}

export function SiteOverview() {
  const data = useSiteData()
  return (
    <>
      <SiteGlance siteId={data.site.id} />
      <div className="two-columns">
        <Partnership data={data} />
        <StageTimeline data={data} />
      </div>
    </>
  )
}

function SiteHeader({ data }: { data: SiteData }) {
  const [editing, setEditing] = useState(false)
  const [archiving, setArchiving] = useState(false)
  const archive = useApiMutation('sites.archive')
  const restore = useApiMutation('sites.restore')
  const navigate = useNavigate()
  const { site } = data
  return (
    <header className="page-header">
      <div>
        <h1>
          {site.name}
          {site.status !== 'active' ? (
            <span className={`badge badge-${site.status}`}>{SITE_STATUSES[site.status]}</span>
          ) : null}
          {site.archivedAt ? <span className="badge badge-muted">Archived</span> : null}
        </h1>
        <p className="muted">
          {site.locality ? `${site.locality} · ` : ''}Started {formatDate(site.startDate)}
        </p>
        <dl className="site-facts">
          <div>
            <dt>Purpose</dt>
            <dd>{site.purpose || <span className="muted">Not recorded yet</span>}</dd>
          </div>
          <div>
            <dt>Population or service focus</dt>
            <dd>{site.focus || <span className="muted">Not recorded yet</span>}</dd>
          </div>
        </dl>
      </div>
      <HeaderActions
        noun="site"
        archived={Boolean(site.archivedAt)}
        onEdit={() => setEditing(true)}
        onArchive={() => setArchiving(true)}
        onRestore={() => restore.mutate({ id: site.id })}
      />
      {editing ? (
        <Modal title="Edit site" onClose={() => setEditing(false)}>
          <SiteForm
            programmeId={data.programme.id}
            site={site}
            onDone={() => setEditing(false)}
            onCancel={() => setEditing(false)}
          />
        </Modal>
      ) : null}
      {archiving ? (
        <ConfirmDialog
          title={`Archive ${site.name}?`}
          message="Its records are kept but it leaves the programme overview. You can restore it from 'Show archived sites'."
          confirmLabel="Archive site"
          onConfirm={() =>
            archive
              .mutateAsync({ id: site.id })
              .then(() => navigate(`/programmes/${data.programme.id}`))
          }
          onClose={() => setArchiving(false)}
        />
      ) : null}
    </header>
  )
}
