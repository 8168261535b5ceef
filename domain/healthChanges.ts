// Health checks over time as plain rules: what changed since the last check with the same
// framework (in words), the latest judgement of every item at every site, and judgements at the
// bottom of their scale twice in a row. Pure: no store, no clock.
import { dayLabel } from './earlyWarnings'

export interface ScalePoint {
  value: string
  label: string
  score: number | null
}

export interface Framework {
  id: string
  name: string
  scale: ScalePoint[]
  items: { id: string; group: string; label: string }[]
}

export interface Judgement {
  itemId: string
  value: string
  note: string
}

export interface Check {
  id: string
  siteId: string
  frameworkId: string
  checkedOn: string
  judgements: Judgement[]
}

export type Change = 'new' | 'same' | 'better' | 'worse' | 'changed'

export function pointOf(framework: Framework, value: string): ScalePoint | undefined {
  return framework.scale.find((p) => p.value === value)
}

/** How one item's judgement moved; better or worse only when both points carry a score. */
export function judgementChange(
  framework: Framework,
  before: string | undefined,
  after: string
): Change {
  if (before === undefined) return 'new'
  if (before === after) return 'same'
  const a = pointOf(framework, before)?.score
  const b = pointOf(framework, after)?.score
  if (a === null || a === undefined || b === null || b === undefined) return 'changed'
  return b > a ? 'better' : 'worse'
}

/** The lowest scored point of a scale ("missing", "no"), if it has scores. */
export function lowestPoint(framework: Framework): ScalePoint | undefined {
  const scored = framework.scale.filter((p) => p.score !== null)
  return scored.sort((a, b) => (a.score ?? 0) - (b.score ?? 0))[0]
}

export interface ItemChange {
  itemId: string
  label: string
  from: string | null
  to: string
  change: Change
}

function label(framework: Framework, value: string): string {
  return pointOf(framework, value)?.label ?? value
}

function itemLabel(framework: Framework, itemId: string): string {
  const item = framework.items.find((i) => i.id === itemId)
  if (!item) return 'An item'
  return item.group ? `${item.group}: ${item.label}` : item.label
}

const CHANGE_WORDS: Record<Change, string> = {
  new: 'judged for the first time',
  same: 'unchanged',
  better: 'better',
  worse: 'worse',
  changed: 'changed'
}

/** Each check with what changed since the site's previous check with the same framework. */
export function checksWithChanges<C extends Check>(framework: Framework, checks: readonly C[]) {
  const previousBySite = new Map<string, C>()
  return checks.map((check) => {
    const previous = previousBySite.get(check.siteId) ?? null
    previousBySite.set(check.siteId, check)
    const before = new Map(previous?.judgements.map((j) => [j.itemId, j.value]) ?? [])
    const order = new Map(framework.items.map((item, i) => [item.id, i]))
    const judged = [...check.judgements].sort(
      (x, y) => (order.get(x.itemId) ?? 0) - (order.get(y.itemId) ?? 0)
    )
    const changes: ItemChange[] = judged.map((j) => ({
      itemId: j.itemId,
      label: itemLabel(framework, j.itemId),
      from: before.has(j.itemId) ? label(framework, before.get(j.itemId) ?? '') : null,
      to: label(framework, j.value),
      change: judgementChange(framework, before.get(j.itemId), j.value)
    }))
    return { check, previous, changes, summary: summaryInWords(framework, previous, changes) }
  })
}

function summaryInWords(
  framework: Framework,
  previous: Check | null,
  changes: readonly ItemChange[]
): string {
  if (!previous) return `The first ${framework.name.toLowerCase()} check for this site.`
  // What got worse first: it is what the reader needs to act on.
  const rank: Record<Change, number> = { worse: 0, changed: 1, better: 2, new: 3, same: 3 }
  const moved = changes
    .filter((c) => c.change !== 'same' && c.change !== 'new')
    .sort((a, b) => rank[a.change] - rank[b.change])
  const since = `since ${dayLabel(previous.checkedOn)}`
  if (moved.length === 0) return `No change ${since}.`
  const parts = moved.map(
    (c) =>
      `${c.label} went from ${c.from?.toLowerCase()} to ${c.to.toLowerCase()}` +
      (c.change === 'changed' ? '' : ` (${CHANGE_WORDS[c.change]})`)
  )
  return `${capitalise(since)}: ${parts.join('; ')}.`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export interface LatestCell {
  value: string
  label: string
  score: number | null
  previousLabel: string | null
  change: Change
  checkId: string
  checkedOn: string
}

/** siteId -> itemId -> the latest judgement and how it moved from the one before. */
export function latestJudgements(
  framework: Framework,
  checks: readonly Check[]
): Map<string, Map<string, LatestCell>> {
  const bySite = new Map<string, Map<string, LatestCell>>()
  for (const check of checks) {
    if (check.frameworkId !== framework.id) continue
    const cells = bySite.get(check.siteId) ?? new Map<string, LatestCell>()
    bySite.set(check.siteId, cells)
    for (const j of check.judgements) {
      const before = cells.get(j.itemId)
      const point = pointOf(framework, j.value)
      cells.set(j.itemId, {
        value: j.value,
        label: point?.label ?? j.value,
        score: point?.score ?? null,
        previousLabel: before?.label ?? null,
        change: judgementChange(framework, before?.value, j.value),
        checkId: check.id,
        checkedOn: check.checkedOn
      })
    }
  }
  return bySite
}

export interface RepeatedLow {
  siteId: string
  frameworkName: string
  itemLabel: string
  valueLabel: string
  dates: [string, string]
  checkId: string
}

/** Each framework's lowest scored value: what "at the bottom of the scale" means for it. */
export function lowestValues(
  frameworks: readonly Framework[]
): { frameworkId: string; value: string }[] {
  return frameworks.flatMap((f) => {
    const lowest = lowestPoint(f)
    return lowest ? [{ frameworkId: f.id, value: lowest.value }] : []
  })
}

/** An item whose last two judgements at a site were both its framework's lowest value. */
export interface LowTwiceRunning {
  siteId: string
  frameworkId: string
  itemId: string
  beforeOn: string
  lastOn: string
  /** The check holding the latest of the two. */
  checkId: string
}

/**
 * Items judged at the bottom of their scale ("missing") in a site's last two judgements of them,
 * in words: by site as found, then in the order of the frameworks and of each framework's items.
 */
export function repeatedLows(
  frameworks: readonly Framework[],
  found: readonly LowTwiceRunning[]
): RepeatedLow[] {
  const order = new Map<string, number>()
  frameworks.forEach((f, n) => {
    f.items.forEach((item, k) => order.set(`${f.id}\u0000${item.id}`, n * 100_000 + k))
  })
  const rank = (l: LowTwiceRunning) =>
    order.get(`${l.frameworkId}\u0000${l.itemId}`) ?? Number.MAX_SAFE_INTEGER
  const byId = new Map(frameworks.map((f) => [f.id, f]))
  return [...found]
    .sort((a, b) => (a.siteId < b.siteId ? -1 : a.siteId > b.siteId ? 1 : rank(a) - rank(b)))
    .flatMap((l) => {
      const framework = byId.get(l.frameworkId)
      const lowest = framework && lowestPoint(framework)
      if (!framework || !lowest) return []
      return [
        {
          siteId: l.siteId,
          frameworkName: framework.name,
          itemLabel: itemLabel(framework, l.itemId),
          valueLabel: lowest.label,
          dates: [l.beforeOn, l.lastOn] as [string, string],
          checkId: l.checkId
        }
      ]
    })
}
