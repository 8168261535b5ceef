// Reading the early-warning thresholds kept on this machine (pure: the storage is passed in).
import {
  DEFAULT_THRESHOLDS,
  thresholdsSchema,
  type Thresholds
} from '../../../../api/schemas/dashboard'

export const THRESHOLDS_KEY = 'pll.dashboard.thresholds'

/** The stored thresholds, each one falling back to its default when missing or out of bounds. */
export function readThresholds(storage: Pick<Storage, 'getItem'>): Thresholds {
  const result: Thresholds = { ...DEFAULT_THRESHOLDS }
  let stored: unknown
  try {
    stored = JSON.parse(storage.getItem(THRESHOLDS_KEY) ?? '{}')
  } catch {
    return result
  }
  if (typeof stored !== 'object' || stored === null) return result
  for (const key of Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[]) {
    const parsed = thresholdsSchema.shape[key].safeParse((stored as Record<string, unknown>)[key])
    if (parsed.success) result[key] = parsed.data
  }
  return result
}
