// The one report model every format is made from: plain data, built by pure functions from what
// the store holds for a period. The HTML page, the PDF printed from it and the Word document all
// draw this model, so they carry the same content.
import { SECTORS, type MemberRole, type Sector } from '../vocabulary'
import type { ReportSectionKey } from '../../api/schemas/reports'
import { dayLabel } from '../earlyWarnings'
import {
  healthSection,
  stakeholderSection,
  type HealthReportSection,
  type HealthSource,
  type StakeholderReportSection
} from './healthSections'

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

const MEETING_KINDS: Record<string, string> = {
  partnership: 'Partnership meeting',
  debrief: 'Consultant-coordinator debrief',
  sponsors: 'Sponsors meeting',
  workshop: 'Workshop',
  other: 'Other'
}

const TEST_KINDS = { quick_win: 'Quick win', adaptive: 'Adaptive challenge' }

const sectorOrder = Object.keys(SECTORS) as Sector[]

/** "+3", "−2", "±0", or "–" when there is nothing to compare. */
export function changeText(change: number | null): string {
  if (change === null) return '\u2013'
  if (change > 0) return `+${change}`
  if (change < 0) return `\u2212${Math.abs(change)}`
  return '\u00b10'
}

function uniqueSorted(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en-GB'))
}

export function partnershipSection(
  source: SiteSource,
  anonymised: boolean
): Extract<SiteSection, { key: 'partnership' }> {
  // Anonymised, a sponsor is their role alone: "Senior manager", never "Participant 2 (...)".
  const withRole = (role: MemberRole) =>
    uniqueSorted(
      source.members
        .filter((m) => m.memberRole === role)
        .map((m) => (anonymised ? m.profession : `${m.name} (${m.profession})`))
    )
  const bySector = new Map<Sector | null, Map<string, Set<string>>>()
  const roles = new Map<string, Set<string>>()
  for (const m of source.members) {
    const orgs = bySector.get(m.sector) ?? new Map<string, Set<string>>()
    bySector.set(m.sector, orgs)
    const orgName = m.organisationName ?? 'No organisation recorded'
    const people = orgs.get(orgName) ?? new Set<string>()
    people.add(m.name)
    orgs.set(orgName, people)
    const sameRole = roles.get(m.profession) ?? new Set<string>()
    sameRole.add(m.name)
    roles.set(m.profession, sameRole)
  }
  const rank = (s: Sector | null) => (s === null ? sectorOrder.length : sectorOrder.indexOf(s))
  return {
    key: 'partnership',
    purpose: source.site.purpose,
    focus: source.site.focus,
    stage: source.stage,
    sponsors: withRole('sponsor'),
    coordinators: withRole('coordinator'),
    sectors: [...bySector.entries()]
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([sector, orgs]) => ({
        label: sector ? SECTORS[sector] : 'No organisation recorded',
        organisations: anonymised ? [] : uniqueSorted([...orgs.keys()]),
        count: orgs.size,
        people: [...orgs.values()].reduce((n, set) => n + set.size, 0)
      })),
    roles: [...roles.entries()]
      .map(([role, people]) => ({ role, count: people.size }))
      .sort((a, b) => b.count - a.count || a.role.localeCompare(b.role, 'en-GB'))
  }
}

/** Tests that started, numbered by start date (then title), as every chart and list shows them. */
export function testMarkers(tests: SiteSource['tests']): TestMarker[] {
  return tests
    .filter((t): t is typeof t & { startedOn: string } => t.startedOn !== null)
    .sort((a, b) => a.startedOn.localeCompare(b.startedOn) || a.title.localeCompare(b.title))
    .map((t, i) => ({ number: i + 1, title: t.title, startedOn: t.startedOn }))
}

export function outcomesSection(
  source: SiteSource,
  period: { from: string; to: string }
): Extract<SiteSection, { key: 'outcomes' }> {
  const lines = source.outcomes.map((o) => ({
    title: o.title,
    points: [
      ...(o.baselineRating === null ? [] : [[o.agreedOn, o.baselineRating] as [string, number]]),
      ...o.ratings.map((r) => [r.ratedOn, r.rating] as [string, number])
    ]
  }))
  const rows = source.outcomes.map((o) => {
    const latest = o.ratings.at(-1)
    const first =
      o.baselineRating ?? (o.ratings.length >= 2 ? (o.ratings[0]?.rating ?? null) : null)
    const change = latest && first !== null ? latest.rating - first : null
    return [
      o.title,
      o.baselineRating === null ? 'Not recorded' : String(o.baselineRating),
      latest ? `${latest.rating} (${dayLabel(latest.ratedOn)})` : 'Not rated yet',
      changeText(change)
    ]
  })
  const evidence = source.outcomes.flatMap((o) =>
    o.ratings
      .filter((r) => r.ratedOn >= period.from && r.evidence.trim() !== '')
      .map((r) => ({ outcome: o.title, ratedOn: r.ratedOn, rating: r.rating, note: r.evidence }))
  )
  return {
    key: 'outcomes',
    until: period.to,
    lines,
    markers: testMarkers(source.tests).filter((m) => m.startedOn <= period.to),
    table: { columns: ['Outcome', 'Baseline', 'Latest rating', 'Change'], rows },
    evidence: evidence.sort((a, b) => a.ratedOn.localeCompare(b.ratedOn))
  }
}

export function testsSection(
  source: SiteSource,
  period: { to: string }
): Extract<SiteSection, { key: 'tests' }> {
  const numbers = new Map(testMarkers(source.tests).map((m) => [m.title + m.startedOn, m.number]))
  const item = (t: SiteSource['tests'][number]): TestItem => ({
    number: t.startedOn ? (numbers.get(t.title + t.startedOn) ?? null) : null,
    title: t.title,
    kind: TEST_KINDS[t.kind],
    startedOn: t.startedOn,
    decidedOn: t.decidedOn,
    reason: t.decisionReason
  })
  // A decision after the period is not yet known at its end: the test was still in progress.
  const decided = (status: string) =>
    source.tests.filter(
      (t) => t.status === status && t.decidedOn !== null && t.decidedOn <= period.to
    )
  const undecided = source.tests.filter(
    (t) =>
      !(
        ['adopted', 'adapted', 'abandoned'].includes(t.status) &&
        t.decidedOn !== null &&
        t.decidedOn <= period.to
      )
  )
  return {
    key: 'tests',
    adopted: decided('adopted').map(item),
    inProgress: undecided.map(item),
    adapted: decided('adapted').map(item),
    abandoned: decided('abandoned').map(item)
  }
}

export function engagementSection(source: SiteSource): Extract<SiteSection, { key: 'engagement' }> {
  const partnership = source.meetings.filter((m) => m.kind === 'partnership')
  const totals = partnership.map((m) => m.named + m.unnamed)
  const sectors = new Map<Sector, number>()
  for (const org of source.takingPart) sectors.set(org.sector, (sectors.get(org.sector) ?? 0) + 1)
  return {
    key: 'engagement',
    meetingsHeld: source.meetings.length,
    partnershipMeetings: partnership.length,
    averageAttendance: totals.length
      ? Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 10) / 10
      : null,
    bars: partnership.map((m) => ({ heldOn: m.heldOn, named: m.named, unnamed: m.unnamed })),
    organisations: source.takingPart.length,
    sectors: sectorOrder
      .filter((s) => sectors.has(s))
      .map((s) => ({ label: SECTORS[s], organisations: sectors.get(s) ?? 0 })),
    table: {
      columns: ['Date', 'Meeting', 'Attended (named)', 'Attended (not named)', 'Apologies'],
      rows: source.meetings.map((m) => [
        dayLabel(m.heldOn),
        MEETING_KINDS[m.kind] ?? m.kind,
        String(m.named),
        String(m.unnamed),
        String(m.apologies)
      ])
    }
  }
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
