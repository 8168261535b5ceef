// What every chart shares: a colour-blind-safe palette, an accessible name for the drawing, a
// fixed size in tests (ResponsiveContainer measures 0 in a DOM shim), a table, and the frame
// that puts them together under a heading.
import './chartArea.css'
import { useId, type ReactElement, type ReactNode } from 'react'
import { ResponsiveContainer } from 'recharts'

/** Okabe-Ito colours: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  grey: '#999999',
  black: '#000000'
} as const

/** Outline for bars, so pale colours still stand out from the white background. */
export const BAR_OUTLINE = '#1d2433'

export interface ChartSize {
  /** A fixed width in pixels (tests); without it the chart fills its container. */
  width?: number
}

export function ChartArea(props: {
  label: string
  width?: number
  height: number
  children: ReactElement
}) {
  return (
    <div role="img" aria-label={props.label} className="engagement-chart">
      {props.width ? (
        props.children
      ) : (
        <ResponsiveContainer width="100%" height={props.height}>
          {props.children}
        </ResponsiveContainer>
      )}
    </div>
  )
}

/** The chart's figures as a real table, one click away, for screen readers and for copying. */
export function TableAlternative(props: { what: string; children: ReactNode }) {
  return (
    <details className="table-alternative">
      <summary>Show {props.what} as a table</summary>
      {props.children}
    </details>
  )
}

/** The props every recharts chart in a frame takes: its size, and no keyboard layer of its own
 * (the table beside it is the accessible way through the figures). */
export function chartSize(width: number | undefined, height: number) {
  return { width, height, accessibilityLayer: false } as const
}

/**
 * One chart under its heading: an introduction, the drawing (named by its summary), anything that
 * explains it (a legend, markers), then its figures as a table. With `empty`, that shows instead.
 */
export function ChartFrame(props: {
  title: string
  className: string
  intro?: ReactNode
  empty?: ReactNode
  summary: string
  width?: number
  height: number
  chart: ReactElement
  children?: ReactNode
  tableOf: string
  table: ReactNode
}) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className={props.className}>
      <h3 id={headingId}>{props.title}</h3>
      {props.intro}
      {props.empty ?? (
        <>
          <ChartArea label={props.summary} width={props.width} height={props.height}>
            {props.chart}
          </ChartArea>
          {props.children}
          <TableAlternative what={props.tableOf}>{props.table}</TableAlternative>
        </>
      )}
    </section>
  )
}
