// The pieces every report section is drawn with: headings, the empty-section line, free text
// with its paragraphs, a table, and a chart as an inert image.
import type { ReportTable } from '../../../../domain/reports/model'
import type { Svg } from '../../../../domain/reports/charts'
import { EMPTY_SECTION } from '../../../../domain/reports/text'

export type Level = 2 | 3

export function Heading({ level, children }: { level: Level | 4; children: string }) {
  const Tag = `h${level}` as const
  return <Tag>{children}</Tag>
}

export function Empty({ text = EMPTY_SECTION }: { text?: string }) {
  return <p className="report-empty">{text}</p>
}

/** Free text with its paragraphs kept (a blank line between them). */
export function FreeText({ text }: { text: string }) {
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
  if (!parts.length) return <Empty />
  return (
    <>
      {parts.map((p, i) => (
        <p key={i} className="report-text" dir="auto">
          {p}
        </p>
      ))}
    </>
  )
}

export function TableView({ table, caption }: { table: ReportTable; caption: string }) {
  if (!table.rows.length) return <Empty />
  return (
    <table className="report-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) =>
              j === 0 ? (
                <th key={j} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={j}>{cell}</td>
              )
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The chart's SVG as an image: drawn as vectors when printed, and inert (no script, no links). */
export function Chart({ chart, alt }: { chart: Svg; alt: string }) {
  return (
    <img
      className="report-chart"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`}
      width={chart.width}
      height={chart.height}
      alt={alt}
    />
  )
}
