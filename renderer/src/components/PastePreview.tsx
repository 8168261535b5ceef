// The preview of rows pasted from a spreadsheet, shared by the people and the measure points
// pastes: how many rows were read and what is wrong, then each row in a scrolling table with its
// bad cells marked by row and column. Each paste says what its columns are and draws its rows.
import type { ReactNode } from 'react'

export interface PastedCell {
  text: string
  error: string | null
}

/** One pasted cell: the value as it will be saved, or the text as pasted with its problem. */
export function PastedCellView(props: { cell: PastedCell; shown?: string; blank?: string }) {
  if (!props.cell.error) return <td>{props.shown ?? (props.cell.text || (props.blank ?? ''))}</td>
  return (
    <td className="cell-invalid">
      <span aria-hidden="true">⚠ </span>
      {props.cell.text || <em>empty</em>}
      <span className="cell-error">{props.cell.error}</span>
    </td>
  )
}

export function PastePreview(props: {
  /** What the table shows, for its caption: "the pasted people". */
  what: string
  rowCount: number
  header: boolean
  errors: readonly string[]
  columns: readonly string[]
  /** The table's rows, one `<tr>` each with a `<th scope="row">` for the row number. */
  children: ReactNode
}) {
  const problems = props.errors.length
  return (
    <>
      <p role="status" className={problems ? 'paste-summary paste-summary-bad' : 'paste-summary'}>
        {props.rowCount} {props.rowCount === 1 ? 'row' : 'rows'} read
        {props.header ? ' (after a header row)' : ''};{' '}
        {problems === 0
          ? 'no problems'
          : `${problems} ${problems === 1 ? 'problem' : 'problems'} to fix`}
        .
      </p>
      {problems ? (
        <ul className="paste-errors">
          {props.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <div
        className="paste-preview"
        role="region"
        aria-label={`Preview of ${props.what} (scrolls)`}
        tabIndex={0}
      >
        <table className="table">
          <caption>Preview of {props.what}</caption>
          <thead>
            <tr>
              {props.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{props.children}</tbody>
        </table>
      </div>
    </>
  )
}
