// Input of the programme dashboard: a date range and the early-warning thresholds.
import { z } from 'zod'
import { isoDate, recordId } from './common'

/** Sensible defaults for the signs of collaborative inertia; the user can change each. */
export const DEFAULT_THRESHOLDS = {
  /** Mean attendance at the last three meetings this many per cent below the three before. */
  attendanceDropPercent: 25,
  /** Open actions past their due date. */
  overdueActions: 3,
  /** More than this many weeks without a partnership meeting. */
  weeksWithoutMeeting: 6,
  /** More than this many days without a reflection cycle for the site (its own or a team cycle naming it). */
  daysWithoutReflection: 30,
  /** Partnership meetings held with no test of change started. */
  meetingsWithoutTest: 3
} as const

export type Thresholds = { -readonly [K in keyof typeof DEFAULT_THRESHOLDS]: number }

/** What each threshold is called on screen, with its bounds. */
export const THRESHOLD_FIELDS: Record<
  keyof Thresholds,
  { label: string; unit: string; min: number; max: number }
> = {
  attendanceDropPercent: { label: 'Attendance falling by', unit: 'per cent', min: 1, max: 100 },
  overdueActions: { label: 'Overdue actions piling up', unit: 'actions', min: 1, max: 500 },
  weeksWithoutMeeting: { label: 'No meeting for more than', unit: 'weeks', min: 1, max: 104 },
  daysWithoutReflection: { label: 'No reflection for more than', unit: 'days', min: 1, max: 730 },
  meetingsWithoutTest: {
    label: 'No test of change started after',
    unit: 'meetings',
    min: 1,
    max: 100
  }
}

function threshold(key: keyof Thresholds) {
  const { label, min, max } = THRESHOLD_FIELDS[key]
  const message = `${label} must be a whole number from ${min} to ${max}`
  return z
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message })
    .default(DEFAULT_THRESHOLDS[key])
}

export const thresholdsSchema = z.object({
  attendanceDropPercent: threshold('attendanceDropPercent'),
  overdueActions: threshold('overdueActions'),
  weeksWithoutMeeting: threshold('weeksWithoutMeeting'),
  daysWithoutReflection: threshold('daysWithoutReflection'),
  meetingsWithoutTest: threshold('meetingsWithoutTest')
})

export const dashboardInput = z
  .object({
    programmeId: recordId('Programme'),
    /** First day counted; the programme's start date when absent. */
    from: isoDate('From').optional(),
    /** Last day counted (and the day warnings are judged on); today when absent or later. */
    to: isoDate('To').optional(),
    thresholds: thresholdsSchema.prefault({})
  })
  .refine((i) => !i.from || !i.to || i.from <= i.to, {
    error: 'From must be on or before To',
    path: ['to']
  })
export type DashboardInput = z.input<typeof dashboardInput>
