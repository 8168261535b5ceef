// The one entry point every transport calls: find the verb, validate, run in one transaction.
import type { z } from 'zod'
import { ApiError } from './errors'
import type { ApiContext } from './context'
import type { ApiResult } from './result'
import { handlers } from './contract'

// Each verb's run takes exactly what its own schema outputs; `never` lets the table hold them all.
type AnyHandler = { input: z.ZodType; run: (ctx: ApiContext, input: never) => unknown }
const table: Record<string, AnyHandler> = handlers

export function dispatch(name: string, input: unknown, ctx: ApiContext): ApiResult<unknown> {
  const verb = Object.hasOwn(table, name) ? table[name] : undefined
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
    if (error instanceof ApiError) {
      return {
        ok: false,
        error: {
          code: error.code,
          message: error.message,
          ...(error.issues && { issues: error.issues })
        }
      }
    }
    console.error(`API verb ${name} failed`, error)
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Something went wrong in ${name}: ${(error as Error).message}`
      }
    }
  }
}
