// The themes view of a programme: a heatmap of themes x sites and themes over time for a date
// range, each count opening the cycles behind it, and the programme's own codes. What is shown
// (dates, the chosen count) lives in the URL, so the back button and links work.
import { useParams, useSearchParams, type SetURLSearchParams } from 'react-router'
import { useApiQuery } from '../../api/hooks'
import { DateFilter } from '../../components/DateInput'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { CyclesBehind } from './CyclesBehind'
import { ThemeCodes } from './ThemeCodes'
import { ThemeHeatmap } from './ThemeHeatmap'
import { ThemesOverTime } from './ThemesOverTime'
import { heatmap, themeLabel, type CountSelection, type ThemeSummary } from './themeSeries'
import './themes.css'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

export function ThemesPage({ chartWidth }: { chartWidth?: number }) {
  const programmeId = useParams().programmeId ?? ''
  const [params, setParams] = useSearchParams()
  const date = (key: string) => {
    const value = params.get(key) ?? ''
    return ISO_DATE.test(value) ? value : ''
  }
  const from = date('from')
  const to = date('to')
  const reversed = !!from && !!to && from > to
  const summary = useApiQuery(
    'themes.summary',
    { programmeId, from: from || undefined, to: to || undefined },
    !reversed
  )

  /** The URL for these dates with a count chosen (or none). */
  const linkFor = (selection?: CountSelection) => {
    const next = new URLSearchParams()
    if (from) next.set('from', from)
    if (to) next.set('to', to)
    if (selection) {
      next.set('theme', selection.themeId)
      if (selection.siteId) next.set('site', selection.siteId)
      if (selection.month) next.set('month', selection.month)
    }
    const search = next.toString()
    return search ? `?${search}` : '?'
  }
  const setDate = (key: 'from' | 'to', value: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p)
      if (value) next.set(key, value)
      else next.delete(key)
      return next
    })

  const selection = countSelection(params)
  const rangeText = describeRange(from, to)

  return (
    <main id="main" className="page themes-page">
      <h1>Themes</h1>
      <p className="lede">
        The six practices of effective collaboration, the working elements and your own codes, as
        seen in the reflection cycles of every site and of the team.
      </p>
      <DatesToolbar from={from} to={to} setDate={setDate} setParams={setParams} />
      {reversed ? (
        <p className="form-error" role="alert">
          The “To” date must be on or after the “From” date.
        </p>
      ) : (
        <QueryState query={summary}>
          {(data) => (
            <ThemesBody
              data={data}
              programmeId={programmeId}
              selection={selection}
              linkFor={linkFor}
              rangeText={rangeText}
              chartWidth={chartWidth}
            />
          )}
        </QueryState>
      )}
      <ThemeCodes programmeId={programmeId} />
    </main>
  )
}

function ThemesBody(props: {
  data: ThemeSummary
  programmeId: string
  selection?: CountSelection
  linkFor: (selection?: CountSelection) => string
  rangeText: string
  chartWidth?: number
}) {
  const { data, selection } = props
  const theme = data.themes.find((t) => t.id === selection?.themeId)
  const site = data.sites.find((s) => s.id === selection?.siteId)
  return (
    <>
      <ThemeHeatmap
        map={heatmap(data)}
        linkTo={(themeId, siteId) => props.linkFor({ themeId, siteId })}
        selected={selection}
        rangeText={props.rangeText}
      />
      {selection && theme ? (
        <CyclesBehind
          programmeId={props.programmeId}
          selection={selection}
          themeName={themeLabel(theme)}
          siteName={site?.name}
          range={{ from: data.from ?? undefined, to: data.to ?? undefined }}
          closeTo={props.linkFor()}
        />
      ) : null}
      <ThemesOverTime
        summary={data}
        linkTo={(themeId, month) => props.linkFor({ themeId, month })}
        width={props.chartWidth}
      />
    </>
  )
}

/** The count chosen in the URL, if any. */
function countSelection(params: URLSearchParams): CountSelection | undefined {
  const themeId = params.get('theme')
  return themeId
    ? {
        themeId,
        siteId: params.get('site') || undefined,
        month: /^\d{4}-\d{2}$/.test(params.get('month') ?? '')
          ? (params.get('month') ?? undefined)
          : undefined
      }
    : undefined
}

/** The date range in words, as the heatmap's caption says it. */
function describeRange(from: string, to: string): string {
  return from && to
    ? `from ${formatDate(from)} to ${formatDate(to)}`
    : from
      ? `from ${formatDate(from)}`
      : to
        ? `up to ${formatDate(to)}`
        : 'over the whole programme'
}

function DatesToolbar({
  from,
  to,
  setDate,
  setParams
}: {
  from: string
  to: string
  setDate: (key: 'from' | 'to', value: string) => void
  setParams: SetURLSearchParams
}) {
  return (
    <div className="toolbar" role="group" aria-label="Dates">
      <DateFilter label="From" value={from} onChange={(iso) => setDate('from', iso)} />
      <DateFilter label="To" value={to} onChange={(iso) => setDate('to', iso)} />
      {from || to ? (
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            setParams((p) => {
              const next = new URLSearchParams(p)
              next.delete('from')
              next.delete('to')
              return next
            })
          }
        >
          Show every date
        </button>
      ) : null}
    </div>
  )
}
