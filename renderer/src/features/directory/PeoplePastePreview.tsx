// The preview of a pasted list of people: each row as it will be saved, bad cells marked with
// their row and column, new organisations and people already in the directory said in words.
import { SECTORS } from '../../../../domain/vocabulary'
import type { PeoplePaste, PreviewCell, PreviewRow } from './peoplePaste'

function Cell(props: { cell: PreviewCell; shown?: string }) {
  if (!props.cell.error) return <td>{props.shown ?? (props.cell.text || '—')}</td>
  return (
    <td className="cell-invalid">
      <span aria-hidden="true">⚠ </span>
      {props.cell.text || <em>empty</em>}
      <span className="cell-error">{props.cell.error}</span>
    </td>
  )
}

function outcome(row: PreviewRow): string {
  if (!row.person) return 'Not saved until fixed'
  if (row.alreadyThere) return 'Already in the directory: not added again'
  if (!row.newOrganisation) return 'New person'
  return row.organisationFromRow
    ? `New person, in the organisation new on row ${row.organisationFromRow}`
    : 'New person, new organisation'
}

export function PeoplePastePreview({ result }: { result: PeoplePaste }) {
  const problems = result.errors.length
  return (
    <>
      <p role="status" className={problems ? 'paste-summary paste-summary-bad' : 'paste-summary'}>
        {result.rows.length} {result.rows.length === 1 ? 'row' : 'rows'} read
        {result.header ? ' (after a header row)' : ''};{' '}
        {problems === 0
          ? 'no problems'
          : `${problems} ${problems === 1 ? 'problem' : 'problems'} to fix`}
        .
      </p>
      {problems ? (
        <ul className="paste-errors">
          {result.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <div
        className="paste-preview"
        role="region"
        aria-label="Preview of the pasted people (scrolls)"
        tabIndex={0}
      >
        <table className="table">
          <caption>Preview of the pasted people</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Name</th>
              <th scope="col">Role or profession</th>
              <th scope="col">Organisation</th>
              <th scope="col">Sector</th>
              <th scope="col">Email</th>
              <th scope="col">What happens</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr key={r.row} className={r.person ? undefined : 'row-invalid'}>
                <th scope="row">{r.row}</th>
                <Cell cell={r.cells.name} />
                <Cell cell={r.cells.role} />
                <Cell cell={r.cells.organisation} />
                <Cell
                  cell={r.cells.sector}
                  shown={
                    r.person && r.organisationSector ? SECTORS[r.organisationSector] : undefined
                  }
                />
                <Cell cell={r.cells.email} />
                <td>{outcome(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
