// The programme's reports: programme reports for the commissioners, the programme's data as
// spreadsheets, and the record of everything exported.
import { useParams } from 'react-router'
import { useApiQuery } from '../../api/hooks'
import { QueryState } from '../../components/Status'
import { DataExportPanel } from '../dataExport/DataExportPanel'
import { ExportHistory } from './ExportHistory'
import { NewReportForm } from './NewReportForm'
import { ReportList } from './ReportList'

export function ProgrammeReportsPage() {
  const programmeId = useParams().programmeId ?? ''
  const programme = useApiQuery('programmes.get', { id: programmeId })
  const list = useApiQuery('reports.list', { programmeId })
  return (
    <main id="main" className="page">
      <header className="page-header">
        <div>
          <h1>Reports and exports</h1>
          <p className="lede">
            Programme reports for the commissioners (each site&apos;s report is on its site page),
            the programme&apos;s records as spreadsheets, and everything exported so far.
          </p>
        </div>
      </header>
      <QueryState query={list}>
        {(data) => (
          <>
            <section className="panel" aria-labelledby="programme-reports">
              <h2 id="programme-reports">Programme reports</h2>
              <p className="hint">
                The outcomes across sites and each site&apos;s figures, then every site&apos;s
                pages, for all sites or the ones you choose.
              </p>
              <ReportList programmeId={programmeId} reports={data.reports} />
              {programme.data ? (
                <>
                  <h3>New programme report</h3>
                  <NewReportForm programmeId={programmeId} from={programme.data.startDate} />
                </>
              ) : null}
            </section>
            <DataExportPanel programmeId={programmeId} />
            <ExportHistory exports={data.exports} />
          </>
        )}
      </QueryState>
    </main>
  )
}
