// The one check of a refused call: its code, the field it names, its words, and an unchanged store.
import { expect } from 'vitest'
import type { ApiErrorBody, ApiErrorCode } from '../../api/result'
import { snapshot, type TestApi } from './store'

/**
 * Calls a verb that must be refused and checks the refusal: its code, the first issue's field path
 * (named in the message too) and, when given, the words of that issue; and that the store is
 * exactly as it was. Returns the error for further checks.
 */
export function expectRejected(
  api: TestApi,
  name: string,
  input: unknown,
  code: ApiErrorCode,
  path: string,
  words?: RegExp
): ApiErrorBody {
  const before = snapshot(api.store)
  const result = api.attempt(name, input)
  expect(result.ok).toBe(false)
  if (result.ok) throw new Error(`${name} was accepted`)
  expect(result.error.code).toBe(code)
  expect(result.error.issues?.[0]?.path).toBe(path)
  if (words) expect(result.error.issues?.[0]?.message).toMatch(words)
  expect(result.error.message).toContain(path)
  expect(snapshot(api.store)).toEqual(before)
  return result.error
}
