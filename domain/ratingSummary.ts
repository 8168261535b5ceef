// What the dashboard and the programme report say of an agreed outcome's ratings over a period:
// the latest rating on the day judged, the change since the baseline, and the points to chart.

/** [ratedOn, rating], oldest first: every rating on or before the day judged. */
export type RatingHistory = readonly (readonly [string, number])[]

export interface RatingSummary {
  /** The latest rating on or before the day judged, or null when there is none. */
  latestRating: number | null
  latestRatedOn: string | null
  /**
   * Latest minus the baseline: the agreed baseline, else the first rating when there are two or
   * more (one rating alone shows no change).
   */
  change: number | null
  /** How many ratings there are up to the day judged. */
  ratings: number
  /** [ratedOn, rating] from `from` on, oldest first. */
  points: [string, number][]
}

export function summariseRatings(
  history: RatingHistory,
  baselineRating: number | null,
  from: string
): RatingSummary {
  const latest = history.at(-1)
  const first = history[0]
  const baseline = baselineRating ?? (history.length >= 2 && first ? first[1] : null)
  return {
    latestRating: latest ? latest[1] : null,
    latestRatedOn: latest ? latest[0] : null,
    change: latest && baseline !== null ? latest[1] - baseline : null,
    ratings: history.length,
    points: history.filter(([on]) => on >= from).map(([on, rating]) => [on, rating])
  }
}
