// Each section of a site's pages in the Word document: its heading, then its body drawn from the
// report model, in the same words and order as the printed page.
import { Paragraph, TextRun } from 'docx'
import { REPORT_SECTIONS } from '../schemas/reports'
import { dayLabel } from '../../domain/earlyWarnings'
import { attendanceSvg, outcomeTrajectoriesSvg } from '../../domain/reports/charts'
import type { SiteSection, TestItem } from '../../domain/reports/model'
import { EMPTY_SECTION } from '../../domain/reports/text'
import { roleInBrackets } from '../../domain/roleWords'
import { bullets, chart, heading, para, paras, table, type Block } from './wordParts'

type Section<K extends SiteSection['key']> = Extract<SiteSection, { key: K }>
type Sub = 2 | 3

const empty = () => para(EMPTY_SECTION, { italics: true })

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

function partnershipBlocks(section: Section<'partnership'>, sub: Sub): Block[] {
  const out: Block[] = [para(`Purpose: ${section.purpose || 'Not recorded'}`)]
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
  if (!section.sectors.length) return [...out, empty()]
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
  return out
}

function outcomesBlocks(section: Section<'outcomes'>, sub: Sub): Block[] {
  if (!section.lines.length) return [empty()]
  const out: Block[] = [
    chart(
      outcomeTrajectoriesSvg(section.lines, section.markers, section.until),
      'Ratings of progress on each agreed outcome over time'
    )
  ]
  if (section.markers.length) {
    out.push(
      ...bullets(
        section.markers.map((m) => `T${m.number}: ${m.title} (started ${dayLabel(m.startedOn)})`)
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
  return out
}

function testsBlocks(section: Section<'tests'>, sub: Sub): Block[] {
  const groups: [string, TestItem[]][] = [
    ['Adopted into business as usual', section.adopted],
    ['In progress', section.inProgress],
    ['Adapted', section.adapted],
    ['Abandoned', section.abandoned]
  ]
  const out: Block[] = []
  if (groups.every(([, items]) => !items.length)) out.push(empty())
  for (const [label, items] of groups) {
    if (!items.length) continue
    out.push(heading(label, sub), ...bullets(items.map(testLine)))
  }
  return out
}

function learningBlocks(section: Section<'learning'>): Block[] {
  const out: Block[] = []
  if (!section.excerpts.length) out.push(empty())
  for (const e of section.excerpts) {
    out.push(
      para(`${dayLabel(e.heldOn)}, ${e.phase}${e.team ? ' (team reflection)' : ''}`, {
        bold: true
      }),
      ...paras(e.text)
    )
  }
  return out
}

function voicesBlocks(section: Section<'voices'>): Block[] {
  const out: Block[] = []
  if (!section.quotes.length) out.push(empty())
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
  return out
}

function engagementBlocks(section: Section<'engagement'>): Block[] {
  if (!section.meetingsHeld) return [empty()]
  const out: Block[] = [
    para(
      `${section.meetingsHeld} meetings held, ${section.partnershipMeetings} of them partnership meetings` +
        (section.averageAttendance === null
          ? '.'
          : `, with ${section.averageAttendance} people on average.`)
    ),
    para(
      `${section.organisations} organisations took part: ${section.sectors.map((s) => `${s.label} (${s.organisations})`).join(', ') || 'none recorded'}.`
    )
  ]
  if (section.bars.length)
    out.push(chart(attendanceSvg(section.bars), 'Attendance at each partnership meeting'))
  out.push(table(section.table))
  return out
}

function stakeholderBlocks(section: Section<'stakeholders'>, sub: Sub): Block[] {
  if (section.groups.every((g) => !g.names.length)) return [empty()]
  const out: Block[] = [para(`The stakeholder matrix on ${dayLabel(section.asOf)}.`)]
  for (const g of section.groups) {
    out.push(heading(g.label, sub), para(g.names.join('; ') || 'Nobody.'))
  }
  if (section.changes.length) {
    out.push(heading('Moves during the period', sub), ...bullets(section.changes))
  }
  return out
}

function healthBlocks(section: Section<'health'>, sub: Sub): Block[] {
  if (!section.checks.length) return [empty()]
  const out: Block[] = [
    ...bullets(section.checks.map((c) => `${dayLabel(c.checkedOn)}, ${c.framework}: ${c.summary}`))
  ]
  for (const f of section.frameworks) out.push(heading(f.name, sub), table(f.table))
  return out
}

function sectionBody(section: SiteSection, sub: Sub): Block[] {
  switch (section.key) {
    case 'summary':
    case 'nextSteps':
      return paras(section.text)
    case 'partnership':
      return partnershipBlocks(section, sub)
    case 'outcomes':
      return outcomesBlocks(section, sub)
    case 'tests':
      return testsBlocks(section, sub)
    case 'learning':
      return learningBlocks(section)
    case 'voices':
      return voicesBlocks(section)
    case 'engagement':
      return engagementBlocks(section)
    case 'stakeholders':
      return stakeholderBlocks(section, sub)
    case 'health':
      return healthBlocks(section, sub)
  }
}

/** A section's heading (at `level`, its own subheadings one below) and its body. */
export function sectionBlocks(section: SiteSection, level: 1 | 2): Block[] {
  const sub = (level + 1) as Sub
  return [heading(REPORT_SECTIONS[section.key], level), ...sectionBody(section, sub)]
}
