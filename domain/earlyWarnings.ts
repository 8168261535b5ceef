// Early warnings of collaborative inertia: pure rules from a site's dashboard figures to warnings
// in words, each linked to the records behind it. No store access here; unit-tested directly.
import type { Thresholds } from '../api/schemas/dashboard'

export type WarningRule =
  | 'attendance_falling'
  | 'members_missing'
  | 'overdue_actions'
  | 'no_meeting'
  | 'no_reflection'
  | 'no_test_started'
  | 'health_missing_twice'

export const WARNING_TITLES: Record<WarningRule, string> = {
  attendance_falling: 'Attendance falling',
  members_missing: 'The same people missing',
  overdue_actions: 'Overdue actions piling up',
  no_meeting: 'No recent meeting',
  no_reflection: 'No recent reflection',
  no_test_started: 'No test of change started',
  health_missing_twice: 'Judged missing twice in a row'
}

/** What the rules read about one site (the dashboard's site figures carry all of it). */
export interface SiteSigns {
  id: string
  name: string
  status: 'active' | 'paused' | 'closed'
  startDate: string
  meetings: { toDate: number; lastOn: string | null }
  attendance: {
    lastThree: number | null
    previousThree: number | null
    recentMeetings: number
  }
  actions: { overdue: number }
  tests: { started: number }
  reflections: { lastOn: string | null }
  /**
   * Members (by name and role in the partnership) who missed each of the last
   * MEETINGS_TO_MISS partnership meetings while members.
   */
  missingMembers?: { name: string; role: string }[]
  /** Health-check items judged at the bottom of their scale in the last two checks. */
  healthLows?: {
    framework: string
    item: string
    value: string
    dates: [string, string]
    checkId: string
  }[]
}

/** The sites with one kind of sign attached, each site's found in one pass (none: empty). */
export function withSigns<S extends SiteSigns, K extends 'missingMembers' | 'healthLows'>(
  sites: S[],
  key: K,
  found: Iterable<{ siteId: string; sign: NonNullable<SiteSigns[K]>[number] }>
): S[] {
  const bySite = new Map<string, NonNullable<SiteSigns[K]>[number][]>()
  for (const { siteId, sign } of found) {
    const list = bySite.get(siteId) ?? []
    list.push(sign)
    bySite.set(siteId, list)
  }
  return sites.map((site) => ({ ...site, [key]: bySite.get(site.id) ?? [] }))
}

export interface EarlyWarning {
  siteId: string
  siteName: string
  /** Closed sites get no warnings; a paused site's warnings say so. */
  siteStatus: 'active' | 'paused'
  rule: WarningRule
  title: string
  message: string
  /** A route of the app (the part after '#'). */
  href: string
  linkLabel: string
}

const DAY_MS = 86_400_000

/** How many partnership meetings in a row someone must miss to be "missing". */
export const MEETINGS_TO_MISS = 3

/** "A", "A and B", "A, B and C"; past `most`, "A, B, C and 4 others". */
function namesList(names: string[], most = 4): string {
  const shown = names.length > most ? names.slice(0, most - 1) : names
  const rest = names.length - shown.length
  const all = rest > 0 ? [...shown, `${rest} others`] : shown
  return all.length > 1 ? `${all.slice(0, -1).join(', ')} and ${all.at(-1) ?? ''}` : (all[0] ?? '')
}

/** Whole days from one YYYY-MM-DD to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "2026-09-12" -> "12 Sep 2026", as the screens write dates (en-GB), without a locale lookup. */
export function dayLabel(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`
}

/** A mean attendance as people say it: "9", "12.3" (one decimal at most). */
export function meanLabel(value: number): string {
  return String(Math.round(value * 10) / 10)
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** The drop from the three meetings before to the last three, in per cent, or null. */
export function attendanceDropPercent(a: SiteSigns['attendance']): number | null {
  if (a.recentMeetings < 6 || a.lastThree === null || a.previousThree === null) return null
  if (a.previousThree <= 0) return null
  return ((a.previousThree - a.lastThree) / a.previousThree) * 100
}

type Rule = (
  site: SiteSigns,
  t: Thresholds,
  asOf: string,
  base: string
) => Omit<EarlyWarning, 'siteId' | 'siteName' | 'siteStatus' | 'rule' | 'title'> | null

const RULES: Record<WarningRule, Rule> = {
  health_missing_twice: (site, _t, _asOf, base) => {
    const lows = site.healthLows ?? []
    const first = lows[0]
    if (!first) return null
    return {
      message: lows
        .map(
          (l) =>
            `${l.framework}: ${l.item} judged ${l.value.toLowerCase()} on ${dayLabel(l.dates[0])} and again on ${dayLabel(l.dates[1])}.`
        )
        .join(' '),
      href: `${base}/sites/${site.id}/health?check=${first.checkId}`,
      linkLabel: `Health checks at ${site.name}`
    }
  },
  attendance_falling: (site, t, _asOf, base) => {
    const drop = attendanceDropPercent(site.attendance)
    const { lastThree, previousThree } = site.attendance
    if (drop === null || drop < t.attendanceDropPercent) return null
    if (lastThree === null || previousThree === null) return null
    return {
      message:
        `Attendance fell from ${meanLabel(previousThree)} to ${meanLabel(lastThree)} on average ` +
        `over the last three meetings (down ${Math.round(drop)}%).`,
      href: `${base}/sites/${site.id}/engagement`,
      linkLabel: `Engagement at ${site.name}`
    }
  },
  members_missing: (site, _t, _asOf, base) => {
    const missing = site.missingMembers ?? []
    if (!missing.length) return null
    const names = namesList(missing.map((m) => `${m.name} (${m.role.toLowerCase()})`))
    return {
      message: `${names} missed each of the last ${MEETINGS_TO_MISS} partnership meetings.`,
      href: `${base}/sites/${site.id}/engagement`,
      linkLabel: `Engagement at ${site.name}`
    }
  },
  overdue_actions: (site, t, _asOf, base) => {
    const overdue = site.actions.overdue
    if (overdue < t.overdueActions) return null
    return {
      message:
        overdue === 1
          ? '1 action is past its due date and still open.'
          : `${overdue} actions are past their due date and still open.`,
      href: `${base}/actions?site=${site.id}`,
      linkLabel: `Actions at ${site.name}`
    }
  },
  no_meeting: (site, t, asOf, base) => {
    const limit = t.weeksWithoutMeeting * 7
    const last = site.meetings.lastOn
    const since = daysBetween(last ?? site.startDate, asOf)
    if (since <= limit) return null
    const weeks = Math.floor(since / 7)
    return {
      message: last
        ? `No partnership meeting for ${plural(weeks, 'week')}: the last was on ${dayLabel(last)}.`
        : `No partnership meeting recorded since the site started on ${dayLabel(site.startDate)}.`,
      href: `${base}/sites/${site.id}/meetings`,
      linkLabel: `Meetings at ${site.name}`
    }
  },
  no_reflection: (site, t, asOf, base) => {
    const last = site.reflections.lastOn
    const since = daysBetween(last ?? site.startDate, asOf)
    if (since <= t.daysWithoutReflection) return null
    return {
      message: last
        ? `No reflection logged for ${plural(since, 'day')}: the last was on ${dayLabel(last)}.`
        : `No reflection logged since the site started on ${dayLabel(site.startDate)}.`,
      href: `${base}/reflections?site=${site.id}`,
      linkLabel: `Reflections on ${site.name}`
    }
  },
  no_test_started: (site, t, _asOf, base) => {
    const held = site.meetings.toDate
    if (held < t.meetingsWithoutTest || site.tests.started > 0) return null
    return {
      message: `${plural(held, 'partnership meeting')} held and no test of change started yet.`,
      href: `${base}/sites/${site.id}/tests`,
      linkLabel: `Tests of change at ${site.name}`
    }
  }
}

const RULE_ORDER = Object.keys(RULES) as WarningRule[]

/**
 * The warnings for every site, in the sites' order and then the rules' order. Closed sites and
 * sites that had not started by `asOf` get none.
 */
export function earlyWarnings(
  programmeId: string,
  sites: readonly SiteSigns[],
  thresholds: Thresholds,
  asOf: string
): EarlyWarning[] {
  const base = `/programmes/${programmeId}`
  const warnings: EarlyWarning[] = []
  for (const site of sites) {
    if (site.status === 'closed' || site.startDate > asOf) continue
    for (const rule of RULE_ORDER) {
      const found = RULES[rule](site, thresholds, asOf, base)
      if (!found) continue
      warnings.push({
        siteId: site.id,
        siteName: site.name,
        siteStatus: site.status,
        rule,
        title: WARNING_TITLES[rule],
        ...found
      })
    }
  }
  return warnings
}
