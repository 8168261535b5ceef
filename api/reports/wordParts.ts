// The building blocks of the Word document: headings, paragraphs kept as written, bullets,
// tables, and charts as PNG drawn from the same SVG the printed page shows.
import { Resvg } from '@resvg/resvg-js'
import {
  HeadingLevel,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType
} from 'docx'
import type { Svg } from '../../domain/reports/charts'
import type { ReportTable } from '../../domain/reports/model'
import { EMPTY_SECTION } from '../../domain/reports/text'

export type Block = Paragraph | Table

const PAGE_WIDTH_PX = 600

export function chart({ svg, width, height }: Svg, description: string): Paragraph {
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

export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 }
  return new Paragraph({ heading: levels[level], children: [new TextRun(text)] })
}

export function para(text: string, options: { italics?: boolean; bold?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, ...options })], spacing: { after: 120 } })
}

/** Free text keeps its paragraphs (a blank line between them). */
export function paras(text: string): Paragraph[] {
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
  return parts.length ? parts.map((p) => para(p)) : [para(EMPTY_SECTION, { italics: true })]
}

export function bullets(items: string[]): Paragraph[] {
  return items.map((text) => new Paragraph({ text, bullet: { level: 0 } }))
}

export function table({ columns, rows }: ReportTable): Table {
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
