// Long tables drawn a screenful at a time: only the rows near the window's view are in the page,
// spacer rows keep the scroll height, and aria-rowcount / aria-rowindex (set by the table and by
// each row) tell assistive technology how many rows there are and where each one sits.
import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react'
import './virtualRows.css'

/** Attributes every drawn row spreads onto its <tr>: measured, and placed for screen readers. */
export interface RowPlacement {
  ref: Ref<HTMLTableRowElement>
  'data-index': number
  'aria-rowindex': number
}

/** The table's aria-rowcount: its rows plus the one header row. */
export function rowCount(rows: number): number {
  return rows + 1
}

/**
 * Up to this many rows are all drawn: a short table gains nothing from virtualising, and the
 * browser's find-in-page still sees every row.
 */
export const ALL_ROWS_UP_TO = 30

/** The header row's placement: first of rowCount(). */
export const HEADER_ROW = { 'aria-rowindex': 1 } as const

/**
 * The <tbody> of a table whose rows are virtualised against the window's scroll. `renderRow` draws
 * one row and must spread `placement` onto its <tr> (and give it a key).
 */
export function VirtualBody<T>(props: {
  rows: readonly T[]
  columns: number
  /** A typical row's height in pixels, before rows are measured. */
  estimate?: number
  renderRow: (row: T, placement: RowPlacement) => ReactNode
}) {
  const body = useRef<HTMLTableSectionElement>(null)
  // Where the body starts on the page: the virtualiser counts the window's scroll from there.
  const [top, setTop] = useState(0)
  useLayoutEffect(() => {
    const measure = () => {
      const element = body.current
      if (element) setTop(Math.round(element.getBoundingClientRect().top + window.scrollY))
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    // Anything above the table that grows or shrinks (a chart drawn, a notice shown) moves it.
    const observer = new ResizeObserver(measure)
    observer.observe(document.body)
    return () => observer.disconnect()
  }, [])
  const virtual = props.rows.length > ALL_ROWS_UP_TO
  const virtualiser = useWindowVirtualizer({
    count: virtual ? props.rows.length : 0,
    estimateSize: () => props.estimate ?? 42,
    overscan: 8,
    scrollMargin: top
  })
  const items = virtualiser.getVirtualItems()
  const first = items[0]
  const last = items.at(-1)
  const before = first ? first.start - top : 0
  const after = last ? virtualiser.getTotalSize() - (last.end - top) : 0
  if (!virtual) {
    return (
      <tbody ref={body}>
        {props.rows.map((row, index) =>
          props.renderRow(row, { ref: null, 'data-index': index, 'aria-rowindex': index + 2 })
        )}
      </tbody>
    )
  }
  return (
    <tbody ref={body}>
      <Spacer height={before} columns={props.columns} />
      {items.map((item) => {
        const row = props.rows[item.index]
        return row === undefined
          ? null
          : props.renderRow(row, {
              ref: virtualiser.measureElement,
              'data-index': item.index,
              'aria-rowindex': item.index + 2
            })
      })}
      <Spacer height={after} columns={props.columns} />
    </tbody>
  )
}

function Spacer(props: { height: number; columns: number }) {
  if (props.height <= 0) return null
  return (
    <tr aria-hidden="true" className="virtual-spacer">
      <td colSpan={props.columns} style={{ height: props.height }} />
    </tr>
  )
}
