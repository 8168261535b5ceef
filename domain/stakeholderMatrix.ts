// The stakeholder matrix as plain rules the handlers and the screens share: where each stakeholder
// stood on a day, the history in words, and the keyboard moves between the four groups.
// Pure: no store, no clock.
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from './vocabulary'
import { dayLabel } from './earlyWarnings'

export type Placement = StakeholderGroup | 'off'

export interface PlacementEvent {
  id: string
  stakeholderId: string
  quadrant: Placement
  placedOn: string
  note: string
}

/** Where a group sits on the grid: influence (up) and interest (right). */
export const GROUP_AXES: Record<
  StakeholderGroup,
  { influence: 'high' | 'low'; interest: 'high' | 'low' }
> = {
  keep_on_board: { influence: 'high', interest: 'low' },
  involve_closely: { influence: 'high', interest: 'high' },
  be_aware_of: { influence: 'low', interest: 'low' },
  inform: { influence: 'low', interest: 'high' }
}

/** The grid read left to right, top to bottom. */
export const GRID_ORDER: StakeholderGroup[] = [
  'keep_on_board',
  'involve_closely',
  'be_aware_of',
  'inform'
]

function groupAt(influence: 'high' | 'low', interest: 'high' | 'low'): StakeholderGroup {
  return GRID_ORDER.find(
    (g) => GROUP_AXES[g].influence === influence && GROUP_AXES[g].interest === interest
  ) as StakeholderGroup
}

/** The group an arrow key moves a stakeholder to, or null when the key does not move it. */
export function groupAfterKey(group: StakeholderGroup, key: string): StakeholderGroup | null {
  const { influence, interest } = GROUP_AXES[group]
  const next =
    key === 'ArrowUp'
      ? groupAt('high', interest)
      : key === 'ArrowDown'
        ? groupAt('low', interest)
        : key === 'ArrowRight'
          ? groupAt(influence, 'high')
          : key === 'ArrowLeft'
            ? groupAt(influence, 'low')
            : null
  return next === group ? null : next
}

/** Each stakeholder's latest placement on or before `asOf` (placements sorted oldest first). */
export function placementsAt(
  events: readonly PlacementEvent[],
  asOf: string
): Map<string, PlacementEvent> {
  const latest = new Map<string, PlacementEvent>()
  for (const e of events) {
    if (e.placedOn <= asOf) latest.set(e.stakeholderId, e)
  }
  return latest
}

function placeWords(p: Placement): string {
  return p === 'off' ? 'off the matrix' : STAKEHOLDER_GROUPS[p].toLowerCase()
}

/** "The housing association moved from inform to involve closely on 3 Mar 2026", newest first. */
export function historyInWords(
  events: readonly PlacementEvent[],
  names: ReadonlyMap<string, string>
): { id: string; placedOn: string; stakeholderId: string; text: string; note: string }[] {
  const before = new Map<string, Placement>()
  const lines = events.map((e) => {
    const name = names.get(e.stakeholderId) ?? 'A stakeholder'
    const previous = before.get(e.stakeholderId)
    before.set(e.stakeholderId, e.quadrant)
    const when = dayLabel(e.placedOn)
    const text =
      previous === undefined
        ? e.quadrant === 'off'
          ? `${name} was listed off the matrix on ${when}`
          : `${name} was placed in ${placeWords(e.quadrant)} on ${when}`
        : previous === e.quadrant
          ? `${name} stayed in ${placeWords(e.quadrant)} on ${when}`
          : e.quadrant === 'off'
            ? `${name} was taken off the matrix (from ${placeWords(previous)}) on ${when}`
            : `${name} moved from ${placeWords(previous)} to ${placeWords(e.quadrant)} on ${when}`
    return { id: e.id, placedOn: e.placedOn, stakeholderId: e.stakeholderId, text, note: e.note }
  })
  return lines.reverse()
}
