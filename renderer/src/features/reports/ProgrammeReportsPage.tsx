// The programme's reports: programme reports for the commissioners, the programme's data as
// spreadsheets, and the record of everything exported.
import { useParams } from 'react-router'
import { DataExportPanel } from '../dataExport/DataExportPanel'

export function ProgrammeReportsPage() {
  const programmeId = useParams().programmeId ?? ''
  return (
    <main id="main" className="page">
      <header className="page-header">
        <div>
          <h1>Reports and exports</h1>
        </div>
      </header>
      <DataExportPanel programmeId={programmeId} />
    </main>
  )
}
