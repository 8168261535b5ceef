// The report as a Word document, made with `docx` from the report model (not from the HTML): the
// same sections, headings as Word headings (so the navigation pane lists them), charts as PNG
// drawn from the same SVG the printed page shows. The blocks are in wordParts.ts, each section's
// body in wordSections.ts.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ParagraphChild
} from 'docx'
import { REPORT_SECTIONS } from '../schemas/reports'
import { dayLabel } from '../../domain/earlyWarnings'
import type { ReportDocument } from '../../domain/reports/model'
import { headerLine, periodLine } from '../../domain/reports/text'
import { heading, para, paras, table, type Block } from './wordParts'
import { sectionBlocks } from './wordSections'

export function wordBlocks(doc: ReportDocument): Block[] {
  const blocks: Block[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    para(`${doc.programmeName}: ${doc.subject}`, { bold: true }),
    para(`${periodLine(doc)}. Produced ${dayLabel(doc.producedOn)}.`)
  ]
  if (doc.anonymised)
    blocks.push(
      para(
        'Anonymised: people are named by role, organisations by sector and sites by invented names.',
        { italics: true }
      )
    )
  if (doc.overview) {
    blocks.push(
      heading(REPORT_SECTIONS.overview, 1),
      heading('Latest rating on each programme outcome (change since baseline)', 2),
      table(doc.overview.heatmap),
      heading('Figures for each site', 2),
      table(doc.overview.figures)
    )
  }
  if (doc.summary !== null) blocks.push(heading(REPORT_SECTIONS.summary, 1), ...paras(doc.summary))
  const siteLevel = doc.scope === 'site' ? 1 : 2
  for (const site of doc.sites) {
    if (doc.scope === 'programme') blocks.push(heading(site.name, 1))
    for (const section of site.sections) blocks.push(...sectionBlocks(section, siteLevel))
  }
  if (doc.nextSteps !== null)
    blocks.push(heading(REPORT_SECTIONS.nextSteps, 1), ...paras(doc.nextSteps))
  return blocks
}

export async function wordDocument(doc: ReportDocument): Promise<Buffer> {
  const small = (text: string) => new TextRun({ text, size: 16, color: '4F5A6B' })
  const footerRuns: ParagraphChild[] = [
    ...(doc.confidential ? [small('Confidential \u00b7 ')] : []),
    new TextRun({
      children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
      size: 16,
      color: '4F5A6B'
    })
  ]
  const document = new Document({
    title: doc.title,
    creator: 'Partnership Learning Log',
    description: `${doc.programmeName}: ${doc.subject}`,
    styles: { default: { document: { run: { font: 'Arial', size: 21 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 }
          }
        },
        headers: {
          default: new Header({ children: [new Paragraph({ children: [small(headerLine(doc))] })] })
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: footerRuns })]
          })
        },
        children: wordBlocks(doc)
      }
    ]
  })
  return Packer.toBuffer(document)
}
