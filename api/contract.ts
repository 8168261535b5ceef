// The API contract: every feature's verbs merged into one table, and the types derived from it.
// The renderer imports this file with `import type` only.
import type { z } from 'zod'
import { actionHandlers } from './features/actions'
import { directoryHandlers } from './features/directory'
import { engagementHandlers } from './features/engagement'
import { meetingHandlers } from './features/meetings'
import { quoteHandlers } from './features/quotes'
import { programmeHandlers } from './features/programmes'
import { sampleHandlers } from './features/sample'
import { siteHandlers } from './features/sites'

const featureTables = [
  programmeHandlers,
  siteHandlers,
  directoryHandlers,
  meetingHandlers,
  quoteHandlers,
  actionHandlers,
  engagementHandlers,
  sampleHandlers
]

/** Merges feature tables, refusing a verb name defined twice (checked at start-up). */
function mergeTables<T extends object>(tables: object[]): T {
  const merged: Record<string, unknown> = {}
  for (const table of tables) {
    for (const [name, verb] of Object.entries(table)) {
      if (Object.hasOwn(merged, name)) throw new Error(`API verb ${name} is defined twice`)
      merged[name] = verb
    }
  }
  return merged as T
}

export const handlers = mergeTables<
  typeof programmeHandlers &
    typeof siteHandlers &
    typeof directoryHandlers &
    typeof meetingHandlers &
    typeof quoteHandlers &
    typeof actionHandlers &
    typeof engagementHandlers &
    typeof sampleHandlers
>(featureTables)

export type Api = typeof handlers
export type ApiName = keyof Api & string
export type ApiInput<K extends ApiName> = z.input<Api[K]['input']>
export type ApiOutput<K extends ApiName> = ReturnType<Api[K]['run']>
export type { ApiResult, ApiErrorBody, ApiIssue } from './result'
