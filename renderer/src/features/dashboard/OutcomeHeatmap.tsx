// Sites by programme outcomes: each cell the latest rating and its change since the baseline,
// linked to the site's outcome. An HTML table, so it is its own table alternative.
import { useId } from 'react'
import { Link } from 'react-router'
import { SITE_STATUSES } from '../../../../domain/vocabulary'
import { HEADER_ROW, rowCount, VirtualBody, type RowPlacement } from '../../components/VirtualRows'
import {
  NO_RATING,
  RATING_BANDS,
  heatmap,
  type Dashboard,
  type Heatmap,
  type HeatmapRow
} from './dashboardSeries'

export function OutcomeHeatmap({ data }: { data: Dashboard }) {
  const headingId = useId()
  const map = heatmap(data)
  const programmeId = data.programme.id
  return (
    <section aria-labelledby={headingId} className="dashboard-section">
      <h2 id={headingId}>Outcomes across sites</h2>
      <p className="muted">
        The latest rating (0 to 10) of each site&apos;s agreed outcome, grouped by the programme
        outcome it maps to, with the change since its baseline in brackets. Open a cell for the
        outcome&apos;s ratings and evidence.
      </p>
      <HeatmapLegend />
      {map.columns.length === 0 ? (
        <p className="empty">
          The programme has no outcomes yet: add them under{' '}
          <Link to={`/programmes/${programmeId}/sites`}>Sites</Link> (outcome framework).
        </p>
      ) : (
        <div
          className="dash-scroll"
          role="region"
          aria-labelledby={headingId}
          // Scrollable sideways on a narrow window, so it must take focus.
          tabIndex={0}
        >
          <table className="table dash-heatmap" aria-rowcount={rowCount(map.rows.length)}>
            <caption className="visually-hidden">
              Latest rating of each site&apos;s outcomes by programme outcome
            </caption>
            <thead>
              <tr {...HEADER_ROW}>
                <th scope="col">Site</th>
                {map.columns.map((c) => (
                  <th scope="col" key={c.id} className="dash-heatmap-column">
                    {c.title}
                  </th>
                ))}
              </tr>
            </thead>
            <VirtualBody
              rows={map.rows}
              columns={map.columns.length + 1}
              renderRow={(row, placement) => (
                <SiteRow
                  key={row.site.id}
                  row={row}
                  placement={placement}
                  programmeId={programmeId}
                />
              )}
            />
          </table>
        </div>
      )}
      <UnmappedOutcomes unmapped={map.unmapped} />
    </section>
  )
}

function HeatmapLegend() {
  return (
    <ul className="dash-legend" aria-label="Colour key">
      {RATING_BANDS.map((b) => (
        <li key={b.min}>
          <span className="dash-swatch" style={{ background: b.fill }} aria-hidden="true" />
          Rated {b.min} to {b.max}
        </li>
      ))}
      <li>
        <span className="dash-swatch" style={{ background: NO_RATING.fill }} aria-hidden="true" />
        Not rated yet, or no outcome agreed (·)
      </li>
      <li>(+3) up 3 since the baseline</li>
    </ul>
  )
}

/** One site's row: its name, then its outcomes' latest ratings under each programme outcome. */
function SiteRow(props: { row: HeatmapRow; placement: RowPlacement; programmeId: string }) {
  const { site, cells } = props.row
  return (
    <tr {...props.placement}>
      <th scope="row">
        <Link to={`/programmes/${props.programmeId}/sites/${site.id}`}>{site.name}</Link>
        {site.status !== 'active' ? (
          <span className={`badge badge-${site.status}`}>{SITE_STATUSES[site.status]}</span>
        ) : null}
      </th>
      {cells.map((cell) => (
        <td
          key={cell.columnId}
          className="dash-heatmap-cell"
          style={{ background: cell.fill, color: cell.ink }}
        >
          {cell.entries.length === 0 ? (
            <span className="dash-heatmap-none">
              <span aria-hidden="true">·</span>
              <span className="visually-hidden">No outcome agreed</span>
            </span>
          ) : (
            cell.entries.map((e) => (
              <Link
                key={e.outcome.id}
                to={e.href}
                className="dash-heatmap-link"
                style={{ color: cell.ink }}
              >
                {e.text}
                <span className="visually-hidden">
                  {' '}
                  {site.name}, {e.words}
                </span>
              </Link>
            ))
          )}
        </td>
      ))}
    </tr>
  )
}

/** Site outcomes that match no programme outcome, listed so they are not lost from view. */
function UnmappedOutcomes(props: { unmapped: Heatmap['unmapped'] }) {
  if (props.unmapped.length === 0) return null
  return (
    <details className="dashboard-unmapped">
      <summary>
        {props.unmapped.length === 1
          ? '1 site outcome is not mapped to a programme outcome'
          : `${props.unmapped.length} site outcomes are not mapped to a programme outcome`}
      </summary>
      <ul>
        {props.unmapped.map((u) => (
          <li key={u.outcome.id}>
            {u.siteName}: <Link to={u.href}>{u.outcome.title}</Link>
          </li>
        ))}
      </ul>
    </details>
  )
}
