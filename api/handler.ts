// The shape of one API verb: a zod input schema and a synchronous run on the store.
import type { z } from 'zod'
import type { ApiContext } from './context'

export interface Handler<S extends z.ZodType, R> {
  input: S
  run: (ctx: ApiContext, input: z.output<S>) => R
}

/** Keeps the schema's type tied to run's input without repeating it. */
export function handler<S extends z.ZodType, R>(
  input: S,
  run: (ctx: ApiContext, input: z.output<S>) => R
): Handler<S, R> {
  return { input, run }
}
