// The runs and trends a run chart is judged by: points on one side of the median, and points
// each higher (or lower) than the one before. Pure; runChart applies the rules to them.
import type { Better, Side, Signal } from './runChart'

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const mid = Math.floor(sorted.length / 2)
  const upper = sorted[mid] ?? Number.NaN
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2
}

export function sideOf(value: number, centre: number): Side {
  const tolerance = 1e-9 * Math.max(1, Math.abs(centre))
  if (Math.abs(value - centre) <= tolerance) return 'on'
  return value > centre ? 'above' : 'below'
}

export interface Run {
  side: 'above' | 'below'
  /** Indexes into the segment's points of the run's first and last useful point. */
  start: number
  end: number
  length: number
}

/** Runs of points on one side of the median; points on the median neither break nor add. */
export function runsOf(sides: Side[]): Run[] {
  const runs: Run[] = []
  sides.forEach((side, i) => {
    if (side === 'on') return
    const last = runs.at(-1)
    if (last && last.side === side) {
      last.end = i
      last.length += 1
    } else runs.push({ side, start: i, end: i, length: 1 })
  })
  return runs
}

export interface Trend {
  direction: 'up' | 'down'
  start: number
  end: number
  /** Points counted: a point equal to the one before it is not counted (IHI). */
  length: number
}

export function trendsOf(values: number[]): Trend[] {
  const trends: Trend[] = []
  let current: Trend | null = null
  for (let i = 1; i < values.length; i++) {
    const step = (values[i] ?? 0) - (values[i - 1] ?? 0)
    if (step === 0) {
      if (current) current.end = i
      continue
    }
    const direction = step > 0 ? 'up' : 'down'
    if (current && current.direction === direction) {
      current.end = i
      current.length += 1
    } else {
      current = { direction, start: i - 1, end: i, length: 2 }
      trends.push(current)
    }
  }
  return trends
}

export function favourable(direction: Signal['direction'], better: Better): boolean | null {
  if (direction === 'above' || direction === 'up') return better === 'higher'
  if (direction === 'below' || direction === 'down') return better === 'lower'
  return null
}
