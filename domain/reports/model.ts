// The one report model every format is made from: plain data, built by pure functions from what
// the store holds for a period. The HTML page, the PDF printed from it and the Word document all
// draw this model, so they carry the same content.
// The model's types are here with the assembly of a site's pages; each section is built in
// siteSections.ts (partnership, outcomes, tests, engagement) or healthSections.ts.
import type { Sector } from '../vocabulary'
import type { ReportSectionKey } from '../../api/schemas/reports'
import {
  healthSection,
  stakeholderSection,
  type HealthReportSection,
  type HealthSource,
  type StakeholderReportSection
} from './healthSections'
import {
  engagementSection,
  outcomesSection,
  partnershipSection,
  testsSection
} from './siteSections'

export {
  changeText,
  engagementSection,
  outcomesSection,
  partnershipSection,
  testMarkers,
  testsSection
} from './siteSections'

export interface ReportTable {
  columns: string[]
  rows: string[][]
}

export interface OutcomeLine {
  title: string
  /** [day, rating] oldest first: the baseline on the day agreed, then every rating. */
  points: [string, number][]
}

export interface TestMarker {
  /** Numbered by start date, the same on every chart and list. */
  number: number
  title: string
  startedOn: string
}

export interface AttendanceBar {
  heldOn: string
  named: number
  unnamed: number
}

export interface TestItem {
  number: number | null
  title: string
  kind: string
  startedOn: string | null
  decidedOn: string | null
  reason: string
}

export type SiteSection =
  | { key: 'summary'; text: string }
  | {
      key: 'partnership'
      purpose: string
      focus: string
      stage: { label: string; judgedOn: string; reason: string } | null
      sponsors: string[]
      coordinators: string[]
      /** Organisation names are left out (only counted) when the report is anonymised. */
      sectors: { label: string; organisations: string[]; count: number; people: number }[]
      roles: { role: string; count: number }[]
    }
  | {
      key: 'outcomes'
      /** The period's last day: where the chart's time axis ends. */
      until: string
      lines: OutcomeLine[]
      markers: TestMarker[]
      table: ReportTable
      evidence: { outcome: string; ratedOn: string; rating: number; note: string }[]
    }
  | {
      key: 'tests'
      adopted: TestItem[]
      inProgress: TestItem[]
      adapted: TestItem[]
      abandoned: TestItem[]
    }
  | { key: 'learning'; excerpts: { heldOn: string; phase: string; text: string; team: boolean }[] }
  | { key: 'voices'; quotes: { text: string; role: string; saidOn: string }[] }
  | {
      key: 'engagement'
      meetingsHeld: number
      partnershipMeetings: number
      averageAttendance: number | null
      bars: AttendanceBar[]
      organisations: number
      sectors: { label: string; organisations: number }[]
      table: ReportTable
    }
  | StakeholderReportSection
  | HealthReportSection
  | { key: 'nextSteps'; text: string }

export interface SiteReportPart {
  name: string
  locality: string
  sections: SiteSection[]
}

export interface ProgrammeOverview {
  key: 'overview'
  heatmap: ReportTable
  figures: ReportTable
}

export interface ReportDocument {
  scope: 'site' | 'programme'
  title: string
  programmeName: string
  /** The site's name (or pseudonym), or "All sites" / "5 sites" for a programme report. */
  subject: string
  period: { from: string; to: string }
  producedOn: string
  confidential: boolean
  anonymised: boolean
  overview: ProgrammeOverview | null
  /** A programme report's summary and next steps, around the sites' pages. */
  summary: string | null
  nextSteps: string | null
  sites: SiteReportPart[]
}

export interface SiteSource {
  site: { name: string; locality: string; purpose: string; focus: string }
  stage: { label: string; judgedOn: string; reason: string } | null
  members: {
    name: string
    profession: string
    organisationId: string | null
    organisationName: string | null
    sector: Sector | null
    memberRole: string
  }[]
  outcomes: {
    title: string
    agreedOn: string
    baselineRating: number | null
    ratings: { ratedOn: string; rating: number; evidence: string }[]
  }[]
  tests: {
    title: string
    kind: 'quick_win' | 'adaptive'
    status: string
    startedOn: string | null
    decidedOn: string | null
    decisionReason: string
  }[]
  excerpts: { heldOn: string; phase: string; text: string; teamLevel: number }[]
  quotes: { text: string; speakerRole: string; saidOn: string }[]
  meetings: {
    heldOn: string
    kind: string
    named: number
    unnamed: number
    apologies: number
  }[]
  takingPart: { name: string; sector: Sector }[]
  health: HealthSource
}

const PHASE_NAMES: Record<string, string> = {
  observe: 'Observe',
  reflect: 'Reflect',
  plan: 'Plan',
  act: 'Act'
}

/** A site's pages of a report: every section not left out, in the printed order. */
export function siteReportPart(
  source: SiteSource,
  options: {
    period: { from: string; to: string }
    summary: string | null
    nextSteps: string | null
    leftOut: ReadonlySet<ReportSectionKey>
    anonymised: boolean
  }
): SiteReportPart {
  const { period, leftOut } = options
  const sections: SiteSection[] = []
  const add = (key: ReportSectionKey, build: () => SiteSection) => {
    if (!leftOut.has(key)) sections.push(build())
  }
  if (options.summary !== null)
    add('summary', () => ({ key: 'summary', text: options.summary ?? '' }))
  add('partnership', () => partnershipSection(source, options.anonymised))
  add('outcomes', () => outcomesSection(source, period))
  add('tests', () => testsSection(source, period))
  add('learning', () => ({
    key: 'learning',
    excerpts: source.excerpts.map((e) => ({
      heldOn: e.heldOn,
      phase: PHASE_NAMES[e.phase] ?? e.phase,
      text: e.text,
      team: e.teamLevel === 1
    }))
  }))
  add('voices', () => ({
    key: 'voices',
    quotes: source.quotes.map((q) => ({ text: q.text, role: q.speakerRole, saidOn: q.saidOn }))
  }))
  add('engagement', () => engagementSection(source))
  add('stakeholders', () => stakeholderSection(source.health, period))
  add('health', () => healthSection(source.health, period))
  if (options.nextSteps !== null) {
    add('nextSteps', () => ({ key: 'nextSteps', text: options.nextSteps ?? '' }))
  }
  return { name: source.site.name, locality: source.site.locality, sections }
}
