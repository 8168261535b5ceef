// What every fuzzed call must satisfy: an answer of the API's shape, never a thrown exception or an
// internal error; a refusal carries a message and leaves the store exactly as it was; an
// acceptance took numbers and booleans only where the payload had them (nothing coerced).
import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { ApiResult } from '../../api/result'

/** A hash of every row of every table (FTS shadow tables included, virtual tables left out). */
export function fingerprint(sqlite: Database.Database): string {
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
    )
    .pluck()
    .all() as string[]
  const hash = createHash('sha256')
  for (const table of tables) {
    hash.update(`\u0000${table}\u0000`)
    // Sorted as text: some tables have no rowid, and only the set of rows matters.
    const rows = (sqlite.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][]).map(
      (row) => JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v))
    )
    for (const row of rows.sort()) hash.update(row)
  }
  return hash.digest('hex')
}

/** Where an accepted payload's parsed value holds a number or boolean its payload did not. */
export function coercions(payload: unknown, parsed: unknown, at = '(input)'): string[] {
  if (typeof parsed === 'number' || typeof parsed === 'boolean') {
    return payload === undefined || typeof payload === typeof parsed
      ? []
      : [`${at}: ${JSON.stringify(payload)} was taken as ${String(parsed)}`]
  }
  if (Array.isArray(parsed)) {
    return Array.isArray(payload)
      ? parsed.flatMap((v, i) => coercions(payload[i], v, `${at}.${i}`))
      : []
  }
  if (
    typeof parsed === 'object' &&
    parsed !== null &&
    typeof payload === 'object' &&
    payload !== null
  ) {
    const source = payload as Record<string, unknown>
    return Object.entries(parsed).flatMap(([key, v]) =>
      Object.hasOwn(source, key) ? coercions(source[key], v, `${at}.${key}`) : []
    )
  }
  return []
}

/** Problems with one answer, before looking at the store. */
export function answerProblems(result: unknown): string[] {
  if (typeof result !== 'object' || result === null || !('ok' in result)) {
    return ['the answer is not {ok, value} or {ok, error}']
  }
  const answer = result as ApiResult<unknown>
  if (answer.ok) {
    try {
      JSON.stringify(answer.value)
      return []
    } catch (error) {
      return [`the value cannot be sent as JSON: ${(error as Error).message}`]
    }
  }
  const { code, message } = answer.error
  const problems: string[] = []
  if (typeof message !== 'string' || message.trim() === '')
    problems.push('a refusal without a message')
  if (code === 'internal') problems.push(`an internal error: ${message}`)
  return problems
}
