// The cycles behind one count of the themes view, listed in place, with a way on to the reflection
// log filtered the same way. Focus moves to the list's heading when a count is chosen.
import { useEffect, useId, useRef } from 'react'
import { Link } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { REFLECTION_STATUSES } from '../../../../domain/vocabulary'
import { useApiQuery } from '../../api/hooks'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { cycleFilter, monthLabel, TEAM, type CountSelection } from './themeSeries'

export function CyclesBehind(props: {
  programmeId: string
  selection: CountSelection
  themeName: string
  siteName?: string
  range: { from?: string; to?: string }
  closeTo: string
}) {
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const { selection } = props
  const filter = cycleFilter(selection, props.range)
  const cycles = useApiQuery('reflections.list', { programmeId: props.programmeId, ...filter })
  const key = `${selection.themeId}|${selection.siteId ?? ''}|${selection.month ?? ''}`
  useEffect(() => {
    heading.current?.focus()
  }, [key])

  const where =
    selection.siteId === TEAM
      ? ' in team-level cycles'
      : selection.siteId
        ? ` at ${props.siteName ?? 'this site'}`
        : ''
  const when = selection.month ? ` in ${monthLabel(selection.month)}` : ''
  const log = new URLSearchParams({ theme: selection.themeId })
  if (selection.siteId) log.set('site', selection.siteId)
  const base = `/programmes/${props.programmeId}/reflections`

  return (
    <section aria-labelledby={headingId} className="panel themes-cycles">
      <div className="section-header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          Cycles tagged “{props.themeName}”{where}
          {when}
        </h2>
        <Link to={props.closeTo}>Close the list</Link>
      </div>
      <QueryState query={cycles}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">No cycles match.</p>
          ) : (
            <CyclesTable
              list={list}
              base={base}
              themeName={props.themeName}
              where={where}
              when={when}
            />
          )
        }
      </QueryState>
      <p>
        <Link to={`${base}?${log.toString()}`}>Open these in the reflection log</Link>
        {filter.from || filter.to ? (
          <span className="muted"> (the log lists every date, not only this period)</span>
        ) : null}
      </p>
    </section>
  )
}

function CyclesTable(props: {
  list: ApiOutput<'reflections.list'>
  base: string
  themeName: string
  where: string
  when: string
}) {
  const { list, base, where, when } = props
  return (
    <table className="table">
      <caption className="visually-hidden">
        Cycles tagged “{props.themeName}”{where}
        {when}
      </caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Site</th>
          <th scope="col">Title</th>
          <th scope="col">Status</th>
          <th scope="col">Themes</th>
        </tr>
      </thead>
      <tbody>
        {list.map((c) => (
          <tr key={c.id}>
            <td>
              <Link to={`${base}/${c.id}`}>{formatDate(c.heldOn)}</Link>
            </td>
            <td>{c.siteName ?? 'Team (across sites)'}</td>
            <td>{c.title || <span className="muted">Untitled</span>}</td>
            <td>{REFLECTION_STATUSES[c.status]}</td>
            <td>{c.themes?.split(',').join(', ') ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
