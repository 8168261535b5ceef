// What every engagement chart shares: a colour-blind-safe palette, an accessible name for the
// drawing, a fixed size in tests (ResponsiveContainer measures 0 in a DOM shim) and a table.
import type { ReactElement, ReactNode } from 'react'
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
