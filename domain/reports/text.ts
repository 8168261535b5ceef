// The words every format of a report shares: header, period and the empty-section line.
import { dayLabel } from '../earlyWarnings'
import type { ReportDocument } from './model'

export const EMPTY_SECTION = 'No records in this period.'

export function periodLine(doc: Pick<ReportDocument, 'period'>): string {
  return `Period ${dayLabel(doc.period.from)} to ${dayLabel(doc.period.to)}`
}

/** The running header: programme, site (or sites), period and the day it was produced. */
export function headerLine(doc: ReportDocument): string {
  return `${doc.programmeName} \u00b7 ${doc.subject} \u00b7 ${dayLabel(doc.period.from)} to ${dayLabel(doc.period.to)} \u00b7 Produced ${dayLabel(doc.producedOn)}`
}
