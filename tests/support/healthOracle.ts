// The "missing twice running" rule stated the plain way, as a reference for the dashboard's
// search: walk every check of the programme in order (day, then when entered, then id) and keep
// each site's last two judgements of each item; an item is flagged when both are its framework's
// lowest value. Slow on a big programme (it reads the whole history), which is why the app asks
// SQLite instead; the tests hold the two to the same answers.
import type { LowTwiceRunning } from '../../domain/healthChanges'
import { listChecks } from '../../db/queries/health'
import type { Db } from '../../db/store'
import { toCheck } from '../../api/features/health'

interface Judged {
  value: string
  on: string
  checkId: string
}

export function lowTwiceRunningByHistory(
  db: Db,
  programmeId: string,
  to: string,
  lowest: readonly { frameworkId: string; value: string }[]
): LowTwiceRunning[] {
  const lowestOf = new Map(lowest.map((l) => [l.frameworkId, l.value]))
  const lastTwo = new Map<string, { last: Judged; before?: Judged; frameworkId: string }>()
  for (const check of listChecks(db, { programmeId }, { to }).map(toCheck)) {
    for (const j of check.judgements) {
      const key = [check.siteId, check.frameworkId, j.itemId].join('\u0000')
      const judged = { value: j.value, on: check.checkedOn, checkId: check.id }
      const seen = lastTwo.get(key)
      lastTwo.set(key, { last: judged, before: seen?.last, frameworkId: check.frameworkId })
    }
  }
  const found: LowTwiceRunning[] = []
  for (const [key, { last, before, frameworkId }] of lastTwo) {
    const low = lowestOf.get(frameworkId)
    if (low === undefined || !before || last.value !== low || before.value !== low) continue
    const [siteId = '', , itemId = ''] = key.split('\u0000')
    found.push({
      siteId,
      frameworkId,
      itemId,
      beforeOn: before.on,
      lastOn: last.on,
      checkId: last.checkId
    })
  }
  return found
}

/** The same rows in one order, to compare answers that may come in any order. */
export function sortedLows(rows: readonly LowTwiceRunning[]): LowTwiceRunning[] {
  const key = (l: LowTwiceRunning) => `${l.siteId}\u0000${l.frameworkId}\u0000${l.itemId}`
  return [...rows].sort((a, b) => key(a).localeCompare(key(b)))
}
