// The sections of a site's pages in a report, drawn from the report model.
import { REPORT_SECTIONS } from '../../../../api/schemas/reports'
import type { SiteSection } from '../../../../domain/reports/model'
import {
  Engagement,
  Health,
  Learning,
  Outcomes,
  Partnership,
  Stakeholders,
  Tests,
  Voices
} from './ReportSectionBodies'
import { FreeText, Heading, type Level } from './ReportParts'

export { FreeText, TableView } from './ReportParts'

function SectionBody({ section, level }: { section: SiteSection; level: Level }) {
  switch (section.key) {
    case 'summary':
    case 'nextSteps':
      return <FreeText text={section.text} />
    case 'partnership':
      return <Partnership section={section} level={level} />
    case 'outcomes':
      return <Outcomes section={section} level={level} />
    case 'tests':
      return <Tests section={section} level={level} />
    case 'learning':
      return <Learning section={section} />
    case 'voices':
      return <Voices section={section} />
    case 'engagement':
      return <Engagement section={section} />
    case 'stakeholders':
      return <Stakeholders section={section} level={level} />
    case 'health':
      return <Health section={section} level={level} />
  }
}

export function SiteSectionView({ section, level }: { section: SiteSection; level: Level }) {
  return (
    <section className={`report-section report-${section.key}`}>
      <Heading level={level}>{REPORT_SECTIONS[section.key]}</Heading>
      <SectionBody section={section} level={level} />
    </section>
  )
}
