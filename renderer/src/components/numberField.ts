// Number fields in forms: a browser input gives text, and the API takes only numbers. The text is
// read as a plain decimal here, in the form layer, so the API never has to guess ("0x10", "1e3"
// and "12 people" stay text and get the API schema's own message).
import { z } from 'zod'

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/

/**
 * What a field's text means: a number when it is a plain decimal, nothing when empty (so the
 * API's default or "none" applies), else the text itself, which the API refuses with its message.
 */
export function readNumber(value: string | number | null): string | number | null | undefined {
  if (typeof value !== 'string') return value
  const text = value.trim()
  if (text === '') return undefined
  return DECIMAL.test(text) ? Number(text) : text
}

/** A form field for a number: accepts the field's text, then checks it with the API's schema. */
export function numberField<S extends z.ZodType>(apiSchema: S) {
  // unknown: the API schema decides what it accepts, and says so in its own words.
  return z
    .union([z.string(), z.number(), z.null()])
    .transform((value): unknown => readNumber(value))
    .pipe(apiSchema)
}
