// A report as an A4 page: the one HTML rendering of the report model, shown in the app as a
// preview and printed to PDF (Electron's printToPDF, the browser's print, Playwright's page.pdf).
// The running header and the page-numbered footer are CSS page-margin boxes, so every printer
// draws them the same way.
import type { ReportDocument as Report } from '../../../../domain/reports/model'
import { dayLabel } from '../../../../domain/earlyWarnings'
import { headerLine, periodLine } from '../../../../domain/reports/text'
import { REPORT_SECTIONS } from '../../../../api/schemas/reports'
import { FreeText, SiteSectionView, TableView } from './ReportSections'
import './report.css'

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`
}

function pageStyle(doc: Report): string {
  const footer = doc.confidential
    ? `"Confidential \u00b7 Page " counter(page) " of " counter(pages)`
    : `"Page " counter(page) " of " counter(pages)`
  return `@page { size: A4; margin: 20mm 16mm 18mm;
  @top-left { content: ${cssString(headerLine(doc))}; font: 8pt 'DejaVu Sans', Arial, sans-serif; color: #4f5a6b; }
  @bottom-center { content: ${footer}; font: 8pt 'DejaVu Sans', Arial, sans-serif; color: #4f5a6b; } }`
}

export function ReportDocumentView({ doc }: { doc: Report }) {
  const level = doc.scope === 'site' ? 2 : 3
  return (
    <article className="report-document" aria-label={doc.title} lang="en-GB">
      <style>{pageStyle(doc)}</style>
      <header className="report-title">
        <p className="report-kicker">
          {doc.programmeName}
          {doc.confidential ? <span className="report-confidential">Confidential</span> : null}
        </p>
        <h1>{doc.title}</h1>
        <p>
          {periodLine(doc)}. Produced {dayLabel(doc.producedOn)}.
        </p>
        {doc.anonymised ? (
          <p className="report-note">
            Anonymised: people are named by role, organisations by sector and sites by invented
            names.
          </p>
        ) : null}
      </header>
      {doc.overview ? (
        <section className="report-section">
          <h2>{REPORT_SECTIONS.overview}</h2>
          <h3>Latest rating on each programme outcome (change since baseline)</h3>
          <TableView
            table={doc.overview.heatmap}
            caption="Latest rating by site and programme outcome"
          />
          <h3>Figures for each site</h3>
          <TableView table={doc.overview.figures} caption="Figures for each site over the period" />
        </section>
      ) : null}
      {doc.summary !== null ? (
        <section className="report-section">
          <h2>{REPORT_SECTIONS.summary}</h2>
          <FreeText text={doc.summary} />
        </section>
      ) : null}
      {doc.sites.map((site, i) => (
        <div key={i} className={doc.scope === 'programme' ? 'report-site' : undefined}>
          {doc.scope === 'programme' ? <h2 className="report-site-name">{site.name}</h2> : null}
          {site.sections.map((section) => (
            <SiteSectionView key={section.key} section={section} level={level} />
          ))}
        </div>
      ))}
      {doc.nextSteps !== null ? (
        <section className="report-section">
          <h2>{REPORT_SECTIONS.nextSteps}</h2>
          <FreeText text={doc.nextSteps} />
        </section>
      ) : null}
    </article>
  )
}
