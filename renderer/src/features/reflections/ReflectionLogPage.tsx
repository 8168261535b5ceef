// The reflection log: every cycle in the programme, filterable by site (or team), status and theme.
// The store filters, counts and sorts; the rows come a page at a time as the reader scrolls
// (useReflectionPages), drawn a screenful at a time (VirtualBody).
import { Link, useParams, useSearchParams } from 'react-router'
import { REFLECTION_STATUSES, type ReflectionStatus } from '../../../../domain/vocabulary'
import { useApiQuery } from '../../api/hooks'
import { HEADER_ROW, rowCount, VirtualBody } from '../../components/VirtualRows'
import { formatDate } from '../../lib/dates'
import { LoadedSoFar } from '../../components/LoadedSoFar'
import { formatNumber } from '../../lib/numbers'
import { useReflectionPages, type ReflectionPages } from './useReflectionPages'

export function ReflectionLogPage() {
  const programmeId = useParams().programmeId ?? ''
  const [params, setParams] = useSearchParams()
  const site = params.get('site') ?? ''
  const status = (params.get('status') ?? '') as ReflectionStatus | ''
  const theme = params.get('theme') ?? ''
  const set = (key: string, value: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p)
      if (value) next.set(key, value)
      else next.delete(key)
      return next
    })
  const cycles = useReflectionPages({
    programmeId,
    siteId: site || undefined,
    status: status || undefined,
    themeId: theme || undefined
  })
  const base = `/programmes/${programmeId}/reflections`
  return (
    <main id="main" className="page">
      <div className="section-header">
        <h1>Reflections</h1>
        <div className="header-actions">
          <Link className="button button-secondary" to={`/programmes/${programmeId}/review`}>
            Send cycles for review
          </Link>
          <Link
            className="button"
            to={`${base}/new${site && site !== 'team' ? `?site=${site}` : ''}`}
          >
            Write a reflection
          </Link>
        </div>
      </div>
      <ReflectionFilters
        programmeId={programmeId}
        site={site}
        status={status}
        theme={theme}
        setFilter={set}
      />
      {cycles.query.isError ? (
        <p className="form-error" role="alert">
          Could not load this page: {cycles.query.error.message}
        </p>
      ) : cycles.value ? (
        <ReflectionCyclesTable pages={cycles.value} base={base} />
      ) : (
        <p className="muted" role="status">
          Loading…
        </p>
      )}
    </main>
  )
}

function ReflectionCyclesTable({ pages, base }: { pages: ReflectionPages; base: string }) {
  if (pages.total === 0) return <p className="empty">No reflection cycles match.</p>
  const noun = pages.total === 1 ? 'reflection cycle' : 'reflection cycles'
  return (
    <div aria-busy={pages.stale || pages.loadingMore}>
      <p className="muted" role="status">
        {formatNumber(pages.total)} {noun}, newest first
      </p>
      <table className="table table-virtual" aria-rowcount={rowCount(pages.total)}>
        <caption className="visually-hidden">Reflection cycles, newest first</caption>
        <thead>
          <tr {...HEADER_ROW}>
            <th scope="col">Date</th>
            <th scope="col">For</th>
            <th scope="col">Title</th>
            <th scope="col">Status</th>
            <th scope="col">Themes</th>
            <th scope="col">Open comments</th>
            <th scope="col">Actions made</th>
          </tr>
        </thead>
        <VirtualBody
          rows={pages.rows}
          columns={7}
          renderRow={(c, placement) => (
            <tr key={c.id} {...placement}>
              <td>
                <Link to={`${base}/${c.id}`}>{formatDate(c.heldOn)}</Link>
              </td>
              <td>
                {c.siteName ?? 'Team'}
                {c.meetingHeldOn ? (
                  <span className="muted">
                    {' '}
                    (after the meeting of {formatDate(c.meetingHeldOn)})
                  </span>
                ) : null}
              </td>
              <td>{c.title || '—'}</td>
              <td>{REFLECTION_STATUSES[c.status]}</td>
              <td>{c.themes?.split(',').join(', ') ?? '—'}</td>
              <td>{c.openComments}</td>
              <td>{c.actionCount}</td>
            </tr>
          )}
        />
      </table>
      <LoadedSoFar pages={pages} noun={noun} />
    </div>
  )
}

function ReflectionFilters({
  programmeId,
  site,
  status,
  theme,
  setFilter
}: {
  programmeId: string
  site: string
  status: ReflectionStatus | ''
  theme: string
  setFilter: (key: string, value: string) => void
}) {
  const overview = useApiQuery('programmes.overview', { id: programmeId })
  const themes = useApiQuery('themes.list', { programmeId })
  return (
    <div className="toolbar">
      <label className="filter">
        <span>Site</span>
        <select value={site} onChange={(e) => setFilter('site', e.target.value)}>
          <option value="">All sites and the team</option>
          <option value="team">Team (across sites)</option>
          {(overview.data?.sites ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>Status</span>
        <select value={status} onChange={(e) => setFilter('status', e.target.value)}>
          <option value="">Any</option>
          {Object.entries(REFLECTION_STATUSES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>Theme</span>
        <select value={theme} onChange={(e) => setFilter('theme', e.target.value)}>
          <option value="">Any theme</option>
          {(themes.data ?? []).map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
