// Puts the API's field-level issues onto the form fields they name, so a server-side rejection
// reads the same as a client-side one; the fields a form knows are derived from its zod schema.
import { z } from 'zod'
import { ApiCallError } from '../api/client'

/** What showApiError writes to: a react-hook-form form, or a state-held form's adapter. */
export interface ErrorTarget {
  // A method (not a property) so react-hook-form's narrower field names still fit.
  setError(
    name: string,
    error: { type: string; message: string },
    options?: { shouldFocus?: boolean }
  ): void
  /** A react-hook-form form's control: tells which fields are drawn now. */
  control?: { _fields: object }
}

interface FieldRef {
  _f?: { mount?: boolean }
}

/**
 * Whether a field of a react-hook-form form is on screen: registered and mounted, or a group
 * ("siteIds") with a field under it on screen. A path to a row that is not drawn ("reviews.3"
 * of a list of one), or to a field the form never shows, is not: its error would be invisible.
 */
function isDrawn(fields: object, name: string): boolean {
  let node: unknown = fields
  for (const part of name.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return false
    node = (node as Record<string, unknown>)[part]
  }
  return hasMounted(node)
}

function hasMounted(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false
  const field = (node as FieldRef)._f
  if (field) return field.mount === true
  return Object.values(node).some(hasMounted)
}

/**
 * Where an API issue's path ("siteIds.0", "newOrganisation.name") lands on the form: a list of
 * the form's fields (matched on the path's first part), or a function returning a field or null.
 */
export type FieldPlacement = readonly string[] | ((apiPath: string) => string | null)

function placeFor(placement: FieldPlacement, apiPath: string): string | null {
  if (typeof placement === 'function') return placement(apiPath)
  const field = apiPath.split('.')[0] ?? ''
  return placement.includes(field) ? field : null
}

/**
 * Shows a failed call on the form: each issue whose path names a field on screen becomes that
 * field's error (the first one focused); every other issue (a path the form does not place, or a
 * field or row not drawn now) is said in the form's root error, as is a failure with no issues.
 * So a refusal is never silent. Returns whether any issue landed on a field.
 */
export function showApiError(error: unknown, form: ErrorTarget, fields: FieldPlacement): boolean {
  let placed = false
  const unplaced: string[] = []
  const issues = error instanceof ApiCallError ? error.issues : []
  for (const issue of issues) {
    const name = placeFor(fields, issue.path)
    if (name === null || (form.control && !isDrawn(form.control._fields, name))) {
      unplaced.push(issue.message)
      continue
    }
    form.setError(name, { type: 'server', message: issue.message }, { shouldFocus: !placed })
    placed = true
  }
  if (issues.length === 0 || unplaced.length > 0) {
    const message = error instanceof Error ? error.message : String(error)
    form.setError('root', {
      type: 'server',
      message: unplaced.length > 0 ? [...new Set(unplaced)].join(' ') : message
    })
  }
  return placed
}

/**
 * A form's field names in its schema's order: object keys, through intersections and pipes, less
 * any the form does not show (`except`: zod cannot omit keys from a schema with refinements).
 */
export function fieldsOf(schema: z.ZodType, except: readonly string[] = []): string[] {
  return keysOf(schema).filter((key) => !except.includes(key))
}

function keysOf(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape)
  if (schema instanceof z.ZodIntersection)
    return [...keysOf(schema.def.left as z.ZodType), ...keysOf(schema.def.right as z.ZodType)]
  if (schema instanceof z.ZodPipe) return keysOf(schema.def.in as z.ZodType)
  throw new Error('fieldsOf needs an object schema')
}

/**
 * For a form that keeps its errors in React state: gathers what showApiError places into one
 * record (the root error under rootKey) to hand to the state setter in one go.
 */
export function errorRecord(rootKey = 'root'): ErrorTarget & { errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  return {
    errors,
    setError(name, error) {
      errors[name === 'root' ? rootKey : name] = error.message
    }
  }
}
