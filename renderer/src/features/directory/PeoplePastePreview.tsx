// The preview of a pasted list of people: each row as it will be saved, bad cells marked with
// their row and column, new organisations and people already in the directory said in words.
import { SECTORS } from '../../../../domain/vocabulary'
import { PastedCellView, PastePreview, type PastedCell } from '../../components/PastePreview'
import type { PeoplePaste, PreviewRow } from './peoplePaste'

/** An empty cell shows a dash: the person's details are read across the row. */
function Cell(props: { cell: PastedCell; shown?: string }) {
  return <PastedCellView {...props} blank="—" />
}

function outcome(row: PreviewRow): string {
  if (!row.person) return 'Not saved until fixed'
  if (row.alreadyThere) return 'Already in the directory: not added again'
  if (!row.newOrganisation) return 'New person'
  return row.organisationFromRow
    ? `New person, in the organisation new on row ${row.organisationFromRow}`
    : 'New person, new organisation'
}

const COLUMNS = [
  'Row',
  'Name',
  'Role or profession',
  'Organisation',
  'Sector',
  'Email',
  'Phone',
  'What happens'
] as const

export function PeoplePastePreview({ result }: { result: PeoplePaste }) {
  return (
    <PastePreview
      what="the pasted people"
      rowCount={result.rows.length}
      header={Boolean(result.header)}
      errors={result.errors}
      columns={COLUMNS}
    >
      {result.rows.map((r) => (
        <tr key={r.row} className={r.person ? undefined : 'row-invalid'}>
          <th scope="row">{r.row}</th>
          <Cell cell={r.cells.name} />
          <Cell cell={r.cells.role} />
          <Cell cell={r.cells.organisation} />
          <Cell
            cell={r.cells.sector}
            shown={r.person && r.organisationSector ? SECTORS[r.organisationSector] : undefined}
          />
          <Cell cell={r.cells.email} />
          <Cell cell={r.cells.phone} />
          <td>{outcome(r)}</td>
        </tr>
      ))}
    </PastePreview>
  )
}
