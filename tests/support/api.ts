// Calling the API in tests: a result unwrapped to its value (or the test fails with the API's own
// message), and a verb dispatched and unwrapped. Rejections are checked in ./rejections.
import type { ApiContext } from '../../api/context'
import type { ApiInput, ApiName, ApiOutput } from '../../api/contract'
import { dispatch } from '../../api/dispatch'
import type { ApiResult } from '../../api/result'

/** The value of an accepted call; a refusal fails the test with the verb and the API's message. */
export function unwrap<T>(name: string, result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`)
  return result.value
}

/** Runs a verb through the real dispatch on `ctx` and returns its value (see unwrap). */
export function dispatchValue<K extends ApiName>(
  ctx: ApiContext,
  name: K,
  input: ApiInput<K>
): ApiOutput<K> {
  return unwrap(name, dispatch(name, input, ctx)) as ApiOutput<K>
}
