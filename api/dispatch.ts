// The one entry point every transport calls: find the verb, validate, run in one transaction.
import type { z } from 'zod'
import { ApiError } from './errors'
import type { ApiContext } from './context'
import type { ApiErrorBody, ApiResult } from './result'
import { handlers } from './contract'

// Each verb's run takes exactly what its own schema outputs; `never` lets the table hold them all.
type AnyHandler = {
  input: z.ZodType
  run: (ctx: ApiContext, input: never) => unknown
  finish?: (value: never) => Promise<unknown>
}
const table: Record<string, AnyHandler> = handlers

/**
 * Validates and runs a verb in one transaction. A verb with a finish step (one that produces a
 * file) is refused here: transports call dispatchAsync, which runs both.
 */
export function dispatch(name: string, input: unknown, ctx: ApiContext): ApiResult<unknown> {
  const verb = Object.hasOwn(table, name) ? table[name] : undefined
  if (verb?.finish) {
    return { ok: false, error: { code: 'internal', message: `${name} is asynchronous` } }
  }
  return runVerb(name, verb, input, ctx)
}

/** What the transports call: dispatch, then the verb's finish step (if any) once committed. */
export async function dispatchAsync(
  name: string,
  input: unknown,
  ctx: ApiContext
): Promise<ApiResult<unknown>> {
  const verb = Object.hasOwn(table, name) ? table[name] : undefined
  const result = runVerb(name, verb, input, ctx)
  if (!result.ok || !verb?.finish) return result
  try {
    return { ok: true, value: await verb.finish(result.value as never) }
  } catch (error) {
    return { ok: false, error: errorBody(name, error) }
  }
}

function runVerb(
  name: string,
  verb: AnyHandler | undefined,
  input: unknown,
  ctx: ApiContext
): ApiResult<unknown> {
  if (!verb) return { ok: false, error: { code: 'unknown_verb', message: `No API verb ${name}` } }
  const parsed = verb.input.safeParse(input ?? {})
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      path: i.path.map(String).join('.') || '(input)',
      message: i.message
    }))
    const message = issues.map((i) => `${i.path}: ${i.message}`).join('; ')
    return { ok: false, error: { code: 'invalid_input', message, issues } }
  }
  try {
    // Every verb runs in one transaction: a rejected write leaves the store as it was.
    const value = ctx.sqlite.transaction(() => verb.run(ctx, parsed.data as never))()
    return { ok: true, value }
  } catch (error) {
    return { ok: false, error: errorBody(name, error) }
  }
}

function errorBody(name: string, error: unknown): ApiErrorBody {
  if (error instanceof ApiError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.issues && { issues: error.issues })
    }
  }
  console.error(`API verb ${name} failed`, error)
  return {
    code: 'internal',
    message: `Something went wrong in ${name}: ${(error as Error).message}`
  }
}
