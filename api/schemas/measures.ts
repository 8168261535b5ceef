// Inputs for measures and their data points; shared by the handlers and the measure forms.
import { z } from 'zod'
import { idInput, isoDate, optionalId, optionalText, recordId, requiredText } from './common'

export const BETTER = { higher: 'Higher is better', lower: 'Lower is better' } as const
export const RULES = {
  anhoej: 'Anhøj rules (longest run, crossings)',
  ihi: 'IHI rules (shift of 6, trend of 5)'
} as const
const keys = <T extends Record<string, string>>(record: T) =>
  Object.keys(record) as [keyof T & string, ...(keyof T & string)[]]

/** The run-chart rules need a median from at least this many points to judge signals. */
export const BASELINE_MIN = 10
export const BASELINE_MAX = 500
export const MAX_POINTS_PER_SAVE = 1000

const TARGET_MESSAGE = 'Target must be a number, or left empty'
const BASELINE_MESSAGE = `Baseline points must be a whole number from ${BASELINE_MIN} to ${BASELINE_MAX}, or left empty`

/** An optional number: empty or null mean "none"; text is not read as a number (forms convert). */
const optionalNumber = (message: string, check: z.ZodNumber) =>
  z
    .union([z.literal(''), z.null(), check], {
      error: message
    })
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v))

export const measureFields = z.object({
  outcomeId: optionalId(),
  name: requiredText('Name', 200),
  unit: optionalText('Unit', 60),
  better: z.enum(keys(BETTER), { error: 'Say whether higher or lower is better' }),
  target: optionalNumber(TARGET_MESSAGE, z.number({ error: TARGET_MESSAGE })),
  rules: z.enum(keys(RULES), { error: 'Choose the Anhøj or the IHI rules' }).default('anhoej'),
  /** How many of the first points of each baseline period give its median; empty: all. */
  baselinePoints: optionalNumber(
    BASELINE_MESSAGE,
    z
      .number({ error: BASELINE_MESSAGE })
      .int({ error: BASELINE_MESSAGE })
      .min(BASELINE_MIN, { error: BASELINE_MESSAGE })
      .max(BASELINE_MAX, { error: BASELINE_MESSAGE })
  )
})
export type MeasureFields = z.input<typeof measureFields>

export const createMeasure = measureFields.extend({ siteId: recordId('Site') })
export const updateMeasure = measureFields.extend({ id: recordId('id') })

export const listMeasures = z.object({
  siteId: recordId('Site'),
  includeArchived: z.boolean({ error: 'Include archived must be true or false' }).default(false)
})

export const pointFields = z.object({
  period: isoDate('Period'),
  value: z.number({ error: 'Value must be a number' }),
  note: optionalText('Note', 2000)
})
export type PointFields = z.input<typeof pointFields>

/**
 * Saves many points at once, all or nothing. Mode 'add' refuses a period that already has a
 * value; mode 'replace' updates the value and note of such a period. deletePeriods removes saved
 * points in the same go (the grid's removed rows).
 */
export const savePoints = z.object({
  measureId: recordId('Measure'),
  mode: z.enum(['add', 'replace'], { error: "Mode must be 'add' or 'replace'" }).default('add'),
  points: z
    .array(pointFields)
    .max(MAX_POINTS_PER_SAVE, { error: `At most ${MAX_POINTS_PER_SAVE} points at a time` }),
  deletePeriods: z.array(isoDate('Period to delete')).max(MAX_POINTS_PER_SAVE).default([])
})

export const addBaseline = z.object({
  measureId: recordId('Measure'),
  startsOn: isoDate('Start date'),
  reason: optionalText('Reason', 1000)
})

export { idInput }
