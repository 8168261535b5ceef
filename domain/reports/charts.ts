// The report's charts as SVG text, drawn once from the report model: the HTML page shows the SVG,
// the Word document embeds it turned into PNG. Pure string building, so it runs anywhere.
import { format, parseISO } from 'date-fns'
import { enGB } from 'date-fns/locale'
import { dayLabel } from '../earlyWarnings'
import type { AttendanceBar, OutcomeLine, TestMarker } from './model'

function shortDate(iso: string): string {
  return format(parseISO(iso), 'MMM yy', { locale: enGB })
}

// Okabe-Ito: distinguishable with the common colour-vision deficiencies; dashes tell lines apart
// in black-and-white print too.
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000']
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4', '4 4']
const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif'

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text
}

function days(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000
}

export interface Svg {
  svg: string
  width: number
  height: number
}

function frame(width: number, height: number, title: string, body: string): Svg {
  return {
    width,
    height,
    svg:
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${width} ${height}" font-family="${FONT}" font-size="11">` +
      `<title>${escapeXml(title)}</title><rect width="${width}" height="${height}" fill="#ffffff"/>` +
      `${body}</svg>`
  }
}

/** Every agreed outcome's ratings over time on one 0-10 chart, tests of change marked by number. */
export function outcomeTrajectoriesSvg(
  lines: OutcomeLine[],
  markers: TestMarker[],
  until: string
): Svg {
  const width = 680
  const legendRows = Math.ceil(lines.length / 2)
  const plot = { left: 40, right: 660, top: 34, bottom: 230 }
  const height = plot.bottom + 34 + legendRows * 18
  const allDays = [
    ...lines.flatMap((l) => l.points.map(([d]) => d)),
    ...markers.map((m) => m.startedOn),
    until
  ]
  const start = days(allDays.reduce((a, b) => (a < b ? a : b)))
  const end = Math.max(days(until), start + 1)
  const x = (iso: string) =>
    plot.left + ((days(iso) - start) / (end - start)) * (plot.right - plot.left)
  const y = (rating: number) => plot.bottom - (rating / 10) * (plot.bottom - plot.top)
  const parts: string[] = []
  for (const r of [0, 2, 4, 6, 8, 10]) {
    parts.push(
      `<line x1="${plot.left}" x2="${plot.right}" y1="${y(r)}" y2="${y(r)}" stroke="#d9dde3"/>`,
      `<text x="${plot.left - 6}" y="${y(r) + 4}" text-anchor="end" fill="#3d4654">${r}</text>`
    )
  }
  parts.push(
    `<text x="${plot.left}" y="${plot.bottom + 16}" fill="#3d4654">${escapeXml(dayLabel(allDays.reduce((a, b) => (a < b ? a : b))))}</text>`,
    `<text x="${plot.right}" y="${plot.bottom + 16}" text-anchor="end" fill="#3d4654">${escapeXml(dayLabel(until))}</text>`
  )
  // Markers whose labels would touch go up a row, so two tests in one week stay readable.
  const rowEnds: number[] = []
  for (const m of markers) {
    const mx = x(m.startedOn)
    let row = rowEnds.findIndex((endX) => mx - endX > 16)
    if (row === -1) row = rowEnds.length
    rowEnds[row] = mx
    const ly = plot.top - 8 - (row % 2) * 12
    parts.push(
      `<line x1="${mx}" x2="${mx}" y1="${plot.top}" y2="${plot.bottom}" stroke="#6b7280" stroke-dasharray="3 3"/>`,
      `<text x="${mx}" y="${ly}" text-anchor="middle" font-weight="bold" fill="#1f2937">T${m.number}</text>`
    )
  }
  lines.forEach((line, i) => {
    const colour = COLOURS[i % COLOURS.length]
    const dash = DASHES[i % DASHES.length]
    const pts = line.points.map(([d, r]) => `${x(d).toFixed(1)},${y(r).toFixed(1)}`)
    if (pts.length > 1) {
      parts.push(
        `<polyline points="${pts.join(' ')}" fill="none" stroke="${colour}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`
      )
    }
    for (const p of pts) {
      const [px, py] = p.split(',')
      parts.push(`<circle cx="${px}" cy="${py}" r="3.5" fill="${colour}"/>`)
    }
    const lx = i % 2 === 0 ? plot.left : 360
    const ly = plot.bottom + 38 + Math.floor(i / 2) * 18
    parts.push(
      `<line x1="${lx}" x2="${lx + 24}" y1="${ly - 4}" y2="${ly - 4}" stroke="${colour}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      `<text x="${lx + 30}" y="${ly}" fill="#1f2937">${escapeXml(truncate(line.title, 54))}</text>`
    )
  })
  const title = `Ratings of progress (0 to 10) on ${lines.length} agreed outcomes over time`
  return frame(width, height, title, parts.join(''))
}

/** People at each partnership meeting: named attendees, with those not named stacked above. */
export function attendanceSvg(bars: AttendanceBar[]): Svg {
  const width = 680
  const height = 250
  const plot = { left: 40, right: 660, top: 16, bottom: 200 }
  const most = Math.max(5, ...bars.map((b) => b.named + b.unnamed))
  const step = most > 20 ? 10 : 5
  const top = Math.ceil(most / step) * step
  const y = (n: number) => plot.bottom - (n / top) * (plot.bottom - plot.top)
  const slot = (plot.right - plot.left) / Math.max(bars.length, 1)
  const barWidth = Math.min(36, slot * 0.7)
  const parts: string[] = []
  for (let n = 0; n <= top; n += step) {
    parts.push(
      `<line x1="${plot.left}" x2="${plot.right}" y1="${y(n)}" y2="${y(n)}" stroke="#d9dde3"/>`,
      `<text x="${plot.left - 6}" y="${y(n) + 4}" text-anchor="end" fill="#3d4654">${n}</text>`
    )
  }
  const labelEvery = Math.ceil(bars.length / 12)
  bars.forEach((b, i) => {
    const bx = plot.left + slot * i + (slot - barWidth) / 2
    parts.push(
      `<rect x="${bx.toFixed(1)}" y="${y(b.named).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(plot.bottom - y(b.named)).toFixed(1)}" fill="#0072B2"/>`,
      `<rect x="${bx.toFixed(1)}" y="${y(b.named + b.unnamed).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(y(b.named) - y(b.named + b.unnamed)).toFixed(1)}" fill="#E69F00"/>`
    )
    if (i % labelEvery === 0) {
      parts.push(
        `<text x="${(bx + barWidth / 2).toFixed(1)}" y="${plot.bottom + 14}" text-anchor="middle" fill="#3d4654">${escapeXml(shortDate(b.heldOn))}</text>`
      )
    }
  })
  parts.push(
    `<rect x="${plot.left}" y="${height - 18}" width="12" height="12" fill="#0072B2"/>`,
    `<text x="${plot.left + 18}" y="${height - 8}" fill="#1f2937">Named attendees</text>`,
    `<rect x="${plot.left + 150}" y="${height - 18}" width="12" height="12" fill="#E69F00"/>`,
    `<text x="${plot.left + 168}" y="${height - 8}" fill="#1f2937">Attendees not named</text>`
  )
  return frame(width, height, `Attendance at ${bars.length} partnership meetings`, parts.join(''))
}
