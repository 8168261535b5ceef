// One report: its settings, summary and next steps, the report as it will be exported, and the
// buttons that export it as PDF or Word.
import { useRef, useState } from 'react'
import { Link, useParams } from 'react-router'
import { useApiQuery } from '../../api/hooks'
import { QueryState } from '../../components/Status'
import { ExportHistory } from './ExportHistory'
import { ReportExport } from './ReportExport'
import { ReportSettingsForm, type SaveReport } from './ReportSettingsForm'
import { SitePseudonyms } from './SitePseudonyms'

export function ReportEditorPage() {
  const reportId = useParams().reportId ?? ''
  const report = useApiQuery('reports.get', { id: reportId })
  const [dirty, setDirty] = useState(false)
  const saveReport = useRef<SaveReport>(async () => true)
  return (
    <main id="main" className="page report-editor">
      <QueryState query={report}>
        {(data) => {
          const back =
            data.scope === 'site' && data.siteId
              ? `/programmes/${data.programme.id}/sites/${data.siteId}/reports`
              : `/programmes/${data.programme.id}/reports`
          const shownSites =
            data.scope === 'site'
              ? data.sites.filter((s) => s.id === data.siteId)
              : data.siteIds.length
                ? data.sites.filter((s) => data.siteIds.includes(s.id))
                : data.sites
          return (
            <>
              <nav aria-label="Breadcrumb" className="breadcrumb">
                <Link to={back}>Reports</Link>
                <span aria-hidden="true"> / </span>
                <span aria-current="page">{data.title}</span>
              </nav>
              <header className="page-header report-print-hide">
                <div>
                  <h1>{data.title}</h1>
                  <p className="lede">
                    {data.scope === 'site' ? 'Site report' : 'Programme report'} for the
                    commissioners. Reflection logs are never included whole: only excerpts marked
                    for reports on a reflection, and only quotes with consent, by role.
                  </p>
                </div>
              </header>
              <div className="report-layout">
                <div className="report-print-hide report-side">
                  <section className="panel" aria-labelledby="settings-heading">
                    <h2 id="settings-heading">Report settings</h2>
                    <ReportSettingsForm
                      report={data}
                      onDirty={setDirty}
                      onSaver={(save) => (saveReport.current = save)}
                    />
                  </section>
                  {data.anonymised ? <SitePseudonyms sites={shownSites} /> : null}
                  <ExportHistory exports={data.exports} heading="Exports of this report" compact />
                </div>
                <ReportExport
                  reportId={data.id}
                  unsaved={dirty}
                  saveFirst={() => saveReport.current()}
                />
              </div>
            </>
          )
        }}
      </QueryState>
    </main>
  )
}
