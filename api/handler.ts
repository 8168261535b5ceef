// The shape of one API verb: a zod input schema and a synchronous run on the store, and for verbs
// that produce a file, an asynchronous finish that runs after the transaction has committed.
import type { z } from 'zod'
import type { ApiContext } from './context'

export interface Handler<S extends z.ZodType, R> {
  input: S
  run: (ctx: ApiContext, input: z.output<S>) => R
}

export interface FileHandler<S extends z.ZodType, R, F> extends Handler<S, R> {
  /**
   * Turns run's value into the answer, off the store (rendering a Word document is asynchronous,
   * and a SQLite transaction cannot wait for a promise).
   */
  finish: (value: R) => Promise<F>
}

/** Keeps the schema's type tied to run's input without repeating it. */
export function handler<S extends z.ZodType, R>(
  input: S,
  run: (ctx: ApiContext, input: z.output<S>) => R
): Handler<S, R> {
  return { input, run }
}

/** A verb whose answer needs asynchronous work after reading the store (see FileHandler). */
export function fileHandler<S extends z.ZodType, R, F>(
  input: S,
  run: (ctx: ApiContext, input: z.output<S>) => R,
  finish: (value: R) => Promise<F>
): FileHandler<S, R, F> {
  return { input, run, finish }
}

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I
) => void
  ? I
  : never

/**
 * Merges handler tables, refusing a verb name defined twice: every table goes through here (the
 * contract's and any feature's that gathers others), so a collision fails at start-up instead of
 * one verb silently replacing another.
 */
export function mergeTables<T extends readonly object[]>(
  tables: T
): UnionToIntersection<T[number]> {
  const merged: Record<string, unknown> = {}
  for (const table of tables) {
    for (const [name, verb] of Object.entries(table)) {
      if (Object.hasOwn(merged, name)) throw new Error(`API verb ${name} is defined twice`)
      merged[name] = verb
    }
  }
  return merged as UnionToIntersection<T[number]>
}
