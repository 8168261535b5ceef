// The heatmap of themes x sites as a real table: rows are themes grouped by set, columns the sites
// and the team. Each cell is shaded by its count and says the number; a count opens its cycles.
// Hundreds of sites are shown a page of columns at a time; the team's column and the row totals
// stay on every page.
import { useId } from 'react'
import { Link } from 'react-router'
import { Pager, usePaged } from '../../components/Pager'
import { TEAM, heatmapSummary, scaleKey, type Heatmap, type HeatRow } from './themeSeries'

/** Sites a page: with the team and the totals, the table fits a usual window without scrolling. */
const COLUMNS_PER_PAGE = 6

export function ThemeHeatmap(props: {
  map: Heatmap
  /** The link that opens the cycles behind a count (theme, and a site unless it is a row total). */
  linkTo: (themeId: string, siteId?: string) => string
  selected?: { themeId: string; siteId?: string; month?: string }
  rangeText: string
}) {
  const headingId = useId()
  const { map } = props
  // Columns by their place in map.columns (and in each row's cells): a page of sites, then the team.
  const siteColumns = map.columns.flatMap((c, i) => (c.id === TEAM ? [] : [i]))
  const teamColumn = map.columns.findIndex((c) => c.id === TEAM)
  const paged = usePaged(siteColumns, COLUMNS_PER_PAGE)
  const shown = teamColumn < 0 ? paged.shown : [...paged.shown, teamColumn]
  const columns = shown.length + 2
  return (
    <section aria-labelledby={headingId} className="themes-section">
      <h2 id={headingId}>Themes by site</h2>
      <p className="muted">
        How many reflection cycles each theme was seen in, {props.rangeText}. A cycle tagged with
        the same theme in several phases counts once. Choose a number to see the cycles behind it.
      </p>
      <Pager
        paged={paged}
        total={siteColumns.length}
        noun="sites"
        label="Pages of the heatmap's sites"
      />
      <div
        className="heatmap-scroll"
        role="region"
        aria-label="Themes by site, scrollable"
        tabIndex={0}
      >
        <table className="table heatmap" aria-colcount={map.columns.length + 2}>
          <caption>Cycles per theme and site. {heatmapSummary(map)}</caption>
          <thead>
            <tr>
              <th scope="col" aria-colindex={1}>
                Theme
              </th>
              {shown.map((index) => {
                const c = map.columns[index]
                return c ? (
                  <th key={c.id} scope="col" className="heatmap-column" aria-colindex={index + 2}>
                    {c.id === TEAM ? 'Team (across sites)' : c.name}
                    <span className="heatmap-column-cycles">
                      {c.cycles} {c.cycles === 1 ? 'cycle' : 'cycles'}
                    </span>
                  </th>
                ) : null
              })}
              <th scope="col" className="heatmap-column" aria-colindex={map.columns.length + 2}>
                All
              </th>
            </tr>
          </thead>
          {map.groups.map((group) => (
            <tbody key={group.themeSet}>
              <tr>
                <th scope="colgroup" colSpan={columns} className="heatmap-group">
                  {group.label}
                </th>
              </tr>
              {group.rows.map((row) => (
                <HeatmapRow
                  key={row.theme.id}
                  row={row}
                  map={map}
                  shown={shown}
                  linkTo={props.linkTo}
                  selected={props.selected}
                />
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <ScaleKey max={map.max} />
    </section>
  )
}

function HeatmapRow(props: {
  row: HeatRow
  map: Heatmap
  /** The columns shown, by their place in the row's cells. */
  shown: number[]
  linkTo: (themeId: string, siteId?: string) => string
  selected?: { themeId: string; siteId?: string; month?: string }
}) {
  const { row } = props
  const isSelected = (siteId?: string) =>
    props.selected?.themeId === row.theme.id &&
    props.selected.siteId === siteId &&
    !props.selected.month
  const where = (siteId: string) => {
    const column = props.map.columns.find((c) => c.id === siteId)
    return siteId === TEAM ? 'in team-level cycles' : `at ${column?.name ?? ''}`
  }
  return (
    <tr>
      <th scope="row" aria-colindex={1}>
        {row.label}
      </th>
      {props.shown.map((index) => {
        const cell = row.cells[index]
        return cell ? (
          <td
            key={cell.siteId}
            aria-colindex={index + 2}
            className={`heatmap-cell heatmap-level-${cell.shade.level}`}
            style={{ backgroundColor: cell.shade.background, color: cell.shade.ink }}
          >
            {cell.count > 0 ? (
              <Link
                to={props.linkTo(row.theme.id, cell.siteId)}
                aria-current={isSelected(cell.siteId) ? 'true' : undefined}
                aria-label={`${cell.count} ${cell.count === 1 ? 'cycle' : 'cycles'}: ${row.label} ${where(cell.siteId)}`}
              >
                {cell.count}
              </Link>
            ) : (
              '0'
            )}
          </td>
        ) : null
      })}
      <td className="heatmap-cell heatmap-total" aria-colindex={props.map.columns.length + 2}>
        {row.total > 0 ? (
          <Link
            to={props.linkTo(row.theme.id)}
            aria-current={isSelected(undefined) ? 'true' : undefined}
            aria-label={`${row.total} ${row.total === 1 ? 'cycle' : 'cycles'}: ${row.label}, all sites and the team`}
          >
            {row.total}
          </Link>
        ) : (
          '0'
        )}
      </td>
    </tr>
  )
}

/** The scale's steps with the counts each covers. */
function ScaleKey({ max }: { max: number }) {
  return (
    <div className="heatmap-key">
      <span className="muted">Key (cycles):</span>
      <ul>
        {scaleKey(max).map((step) => (
          <li key={step.level}>
            <span
              className="heatmap-swatch"
              aria-hidden="true"
              style={{ backgroundColor: step.shade.background }}
            />
            {step.label}
          </li>
        ))}
      </ul>
    </div>
  )
}
