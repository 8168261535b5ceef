// The sections of a site's report built from the store's rows for the period: the partnership,
// the outcomes and their chart, the tests of change, and engagement. Pure functions of the model.
import { SECTORS, type MemberRole, type Sector } from '../vocabulary'
import { dayLabel } from '../earlyWarnings'
import { summariseRatings } from '../ratingSummary'
import type { SiteSection, SiteSource, TestItem, TestMarker } from './model'

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
    const summary = summariseRatings(
      o.ratings.map((r) => [r.ratedOn, r.rating] as const),
      o.baselineRating,
      period.from
    )
    return [
      o.title,
      o.baselineRating === null ? 'Not recorded' : String(o.baselineRating),
      summary.latestRatedOn === null
        ? 'Not rated yet'
        : `${summary.latestRating} (${dayLabel(summary.latestRatedOn)})`,
      changeText(summary.change)
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
