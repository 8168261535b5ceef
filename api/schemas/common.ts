// Field builders shared by every feature's input schemas, so messages read the same everywhere.
import { z } from 'zod'

export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required` })
    .max(max, { error: `${label} must be at most ${max} characters` })

export const optionalText = (label: string, max = 10_000) =>
  z
    .string({ error: `${label} must be text` })
    .max(max, { error: `${label} must be at most ${max} characters` })
    .default('')

export const isoDate = (label: string) =>
  z.iso.date({ error: `${label} must be a date (YYYY-MM-DD)` })

/** An optional date: absent, null or an empty form field all mean "none". */
export const optionalDate = (label: string) =>
  z
    .union([z.literal(''), z.null(), isoDate(label)], {
      error: `${label} must be a date (YYYY-MM-DD) or left empty`
    })
    .optional()
    .transform((v) => v || null)

/** An optional link to another record: absent, null or an empty select all mean "none". */
export const optionalId = () =>
  z
    .string()
    .nullable()
    .optional()
    .transform((v) => v || null)

export const recordId = (label: string) =>
  z.string({ error: `${label} is required` }).min(1, { error: `${label} is required` })

export const idInput = z.object({ id: recordId('id') })

export const listOptions = z.object({ includeArchived: z.boolean().default(false) })

/**
 * Which page of a list the store hands out a page at a time: `limit` rows (at most `most`, named
 * by `noun` in the message) from `offset`. Spread into the list's own filters.
 */
export function pageFields(most: number, noun: string) {
  return {
    offset: z
      .number({ error: 'Offset must be a number' })
      .int({ error: 'Offset must be a whole number' })
      .min(0, { error: 'Offset cannot be negative' })
      .default(0),
    limit: z
      .number({ error: 'Limit must be a number' })
      .int({ error: 'Limit must be a whole number' })
      .min(1, { error: 'Limit must be at least 1' })
      .max(most, { error: `Limit must be at most ${most} ${noun} a page` })
      .default(most)
  }
}
