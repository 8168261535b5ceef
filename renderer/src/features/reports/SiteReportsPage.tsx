// A site's reports for the commissioners and the record of what was sent.
import { useApiQuery } from '../../api/hooks'
import { QueryState } from '../../components/Status'
import { useSiteData } from '../sites/SitePage'
import { ExportHistory } from './ExportHistory'
import { NewReportForm } from './NewReportForm'
import { ReportList } from './ReportList'

export function SiteReportsPage() {
  const { programme, site } = useSiteData()
  const list = useApiQuery('reports.list', { programmeId: programme.id, siteId: site.id })
  return (
    <QueryState query={list}>
      {(data) => (
        <>
          <section className="panel" aria-labelledby="site-reports">
            <h2 id="site-reports">Site reports</h2>
            <p className="hint">
              A report for the commissioners covers a period: purpose and partnership, agreed
              outcomes and progress, tests of change, learning, voices and engagement. Write a
              summary and next steps, leave out any section, anonymise it, and export PDF or Word.
            </p>
            <ReportList programmeId={programme.id} reports={data.reports} />
            <h3>New report</h3>
            <NewReportForm programmeId={programme.id} siteId={site.id} from={site.startDate} />
          </section>
          <ExportHistory exports={data.exports} />
        </>
      )}
    </QueryState>
  )
}
