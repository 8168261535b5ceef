// The report as a Word document, made with `docx` from the report model (not from the HTML): the
// same sections, headings as Word headings (so the navigation pane lists them), charts as PNG
// drawn from the same SVG the printed page shows.
import { Resvg } from '@resvg/resvg-js'
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild
} from 'docx'
import { REPORT_SECTIONS } from '../schemas/reports'
import { dayLabel } from '../../domain/earlyWarnings'
import { attendanceSvg, outcomeTrajectoriesSvg, type Svg } from '../../domain/reports/charts'
import type { ReportDocument, ReportTable, SiteSection, TestItem } from '../../domain/reports/model'
import { EMPTY_SECTION, headerLine, periodLine } from '../../domain/reports/text'
import { roleInBrackets } from '../../domain/roleWords'

type Block = Paragraph | Table

const PAGE_WIDTH_PX = 600

function chart({ svg, width, height }: Svg, description: string): Paragraph {
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: width * 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }
  })
    .render()
    .asPng()
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: {
          width: PAGE_WIDTH_PX,
          height: Math.round((height / width) * PAGE_WIDTH_PX)
        },
        altText: { name: description, title: description, description }
      })
    ]
  })
}

function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 }
  return new Paragraph({ heading: levels[level], children: [new TextRun(text)] })
}

function para(text: string, options: { italics?: boolean; bold?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, ...options })], spacing: { after: 120 } })
}

/** Free text keeps its paragraphs (a blank line between them). */
function paras(text: string): Paragraph[] {
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
  return parts.length ? parts.map((p) => para(p)) : [para(EMPTY_SECTION, { italics: true })]
}

function bullets(items: string[]): Paragraph[] {
  return items.map((text) => new Paragraph({ text, bullet: { level: 0 } }))
}

function table({ columns, rows }: ReportTable): Table {
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: cells.map(
        (text) =>
          new TableCell({
            children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })]
          })
      )
    })
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(columns, true), ...rows.map((r) => row(r, false))]
  })
}

function testLine(t: TestItem): string {
  const number = t.number === null ? '' : `T${t.number} `
  const dates = [
    t.startedOn && `started ${dayLabel(t.startedOn)}`,
    t.decidedOn && `decided ${dayLabel(t.decidedOn)}`
  ]
    .filter(Boolean)
    .join(', ')
  return `${number}${t.title} (${t.kind}${dates ? `; ${dates}` : ''})${t.reason ? `: ${t.reason}` : ''}`
}

function sectionBlocks(section: SiteSection, level: 1 | 2): Block[] {
  const sub = (level + 1) as 2 | 3
  const out: Block[] = [heading(REPORT_SECTIONS[section.key], level)]
  switch (section.key) {
    case 'summary':
    case 'nextSteps':
      out.push(...paras(section.text))
      break
    case 'partnership': {
      out.push(para(`Purpose: ${section.purpose || 'Not recorded'}`))
      if (section.focus) out.push(para(`Population or service focus: ${section.focus}`))
      out.push(
        para(
          section.stage
            ? `Stage: ${section.stage.label} (judged ${dayLabel(section.stage.judgedOn)})${section.stage.reason ? `: ${section.stage.reason}` : ''}`
            : 'Stage: not judged yet'
        ),
        para(`Sponsor: ${section.sponsors.join('; ') || 'Not recorded'}`),
        para(`Coordinator: ${section.coordinators.join('; ') || 'Not recorded'}`)
      )
      if (!section.sectors.length) out.push(para(EMPTY_SECTION, { italics: true }))
      else {
        out.push(heading('Organisations by sector', sub))
        out.push(
          ...bullets(
            section.sectors.map(
              (s) =>
                `${s.label}: ${s.count} ${s.count === 1 ? 'organisation' : 'organisations'}, ${s.people} ${s.people === 1 ? 'person' : 'people'}${s.organisations.length ? ` (${s.organisations.join(', ')})` : ''}`
            )
          )
        )
        out.push(heading('Roles', sub))
        out.push(...bullets(section.roles.map((r) => `${r.role}: ${r.count}`)))
      }
      break
    }
    case 'outcomes':
      if (!section.lines.length) {
        out.push(para(EMPTY_SECTION, { italics: true }))
        break
      }
      out.push(
        chart(
          outcomeTrajectoriesSvg(section.lines, section.markers, section.until),
          'Ratings of progress on each agreed outcome over time'
        )
      )
      if (section.markers.length) {
        out.push(
          ...bullets(
            section.markers.map(
              (m) => `T${m.number}: ${m.title} (started ${dayLabel(m.startedOn)})`
            )
          )
        )
      }
      out.push(table(section.table))
      out.push(heading('Evidence', sub))
      if (!section.evidence.length)
        out.push(para('No evidence notes in this period.', { italics: true }))
      out.push(
        ...section.evidence.map((e) =>
          para(`${e.outcome}, ${dayLabel(e.ratedOn)}, rated ${e.rating}: ${e.note}`)
        )
      )
      break
    case 'tests': {
      const groups: [string, TestItem[]][] = [
        ['Adopted into business as usual', section.adopted],
        ['In progress', section.inProgress],
        ['Adapted', section.adapted],
        ['Abandoned', section.abandoned]
      ]
      if (groups.every(([, items]) => !items.length))
        out.push(para(EMPTY_SECTION, { italics: true }))
      for (const [label, items] of groups) {
        if (!items.length) continue
        out.push(heading(label, sub), ...bullets(items.map(testLine)))
      }
      break
    }
    case 'learning':
      if (!section.excerpts.length) out.push(para(EMPTY_SECTION, { italics: true }))
      for (const e of section.excerpts) {
        out.push(
          para(`${dayLabel(e.heldOn)}, ${e.phase}${e.team ? ' (team reflection)' : ''}`, {
            bold: true
          }),
          ...paras(e.text)
        )
      }
      break
    case 'voices':
      if (!section.quotes.length) out.push(para(EMPTY_SECTION, { italics: true }))
      for (const q of section.quotes) {
        out.push(
          new Paragraph({
            indent: { left: 360 },
            spacing: { after: 120 },
            children: [
              new TextRun({ text: `\u201c${q.text}\u201d`, italics: true }),
              new TextRun(` ${roleInBrackets(q.role)}`)
            ]
          })
        )
      }
      break
    case 'engagement':
      if (!section.meetingsHeld) {
        out.push(para(EMPTY_SECTION, { italics: true }))
        break
      }
      out.push(
        para(
          `${section.meetingsHeld} meetings held, ${section.partnershipMeetings} of them partnership meetings` +
            (section.averageAttendance === null
              ? '.'
              : `, with ${section.averageAttendance} people on average.`)
        ),
        para(
          `${section.organisations} organisations took part: ${section.sectors.map((s) => `${s.label} (${s.organisations})`).join(', ') || 'none recorded'}.`
        )
      )
      if (section.bars.length)
        out.push(chart(attendanceSvg(section.bars), 'Attendance at each partnership meeting'))
      out.push(table(section.table))
      break
    case 'stakeholders':
      if (section.groups.every((g) => !g.names.length)) {
        out.push(para(EMPTY_SECTION, { italics: true }))
        break
      }
      out.push(para(`The stakeholder matrix on ${dayLabel(section.asOf)}.`))
      for (const g of section.groups) {
        out.push(heading(g.label, sub), para(g.names.join('; ') || 'Nobody.'))
      }
      if (section.changes.length) {
        out.push(heading('Moves during the period', sub), ...bullets(section.changes))
      }
      break
    case 'health':
      if (!section.checks.length) {
        out.push(para(EMPTY_SECTION, { italics: true }))
        break
      }
      out.push(
        ...bullets(
          section.checks.map((c) => `${dayLabel(c.checkedOn)}, ${c.framework}: ${c.summary}`)
        )
      )
      for (const f of section.frameworks) out.push(heading(f.name, sub), table(f.table))
      break
  }
  return out
}

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
