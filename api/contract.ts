// The API contract: every feature's verbs merged into one table, and the types derived from it.
// The renderer imports this file with `import type` only.
import type { z } from 'zod'
import { actionHandlers } from './features/actions'
import { dashboardHandlers } from './features/dashboard'
import { dataExportHandlers } from './features/dataExport'
import { directoryHandlers } from './features/directory'
import { directoryImportHandlers } from './features/directoryImport'
import { engagementHandlers } from './features/engagement'
import { healthHandlers } from './features/health'
import { measureHandlers } from './features/measures'
import { meetingHandlers } from './features/meetings'
import { meetingRecordHandlers } from './features/meetingRecord'
import { outcomeHandlers } from './features/outcomes'
import { quoteHandlers } from './features/quotes'
import { reportHandlers } from './features/reports'
import { programmeHandlers } from './features/programmes'
import { reflectionHandlers } from './features/reflections'
import { reportExcerptHandlers } from './features/reportExcerpts'
import { reviewCommentHandlers } from './features/reviewComments'
import { reviewPackHandlers } from './features/reviewPacks'
import { sampleHandlers } from './features/sample'
import { searchHandlers } from './features/search'
import { siteHandlers } from './features/sites'
import { siteGlanceHandlers } from './features/siteGlance'
import { stakeholderHandlers } from './features/stakeholders'
import { themeHandlers } from './features/themes'
import { themeSummaryHandlers } from './features/themeSummary'
import { testOfChangeHandlers } from './features/testsOfChange'

const featureTables = [
  programmeHandlers,
  siteHandlers,
  siteGlanceHandlers,
  directoryHandlers,
  directoryImportHandlers,
  meetingHandlers,
  meetingRecordHandlers,
  quoteHandlers,
  outcomeHandlers,
  actionHandlers,
  engagementHandlers,
  dashboardHandlers,
  reflectionHandlers,
  reportExcerptHandlers,
  themeHandlers,
  themeSummaryHandlers,
  reviewCommentHandlers,
  reviewPackHandlers,
  searchHandlers,
  testOfChangeHandlers,
  measureHandlers,
  sampleHandlers,
  dataExportHandlers,
  reportHandlers,
  stakeholderHandlers,
  healthHandlers
] as const

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I
) => void
  ? I
  : never

/** Merges feature tables, refusing a verb name defined twice (checked at start-up). */
function mergeTables<T extends readonly object[]>(tables: T): UnionToIntersection<T[number]> {
  const merged: Record<string, unknown> = {}
  for (const table of tables) {
    for (const [name, verb] of Object.entries(table)) {
      if (Object.hasOwn(merged, name)) throw new Error(`API verb ${name} is defined twice`)
      merged[name] = verb
    }
  }
  return merged as UnionToIntersection<T[number]>
}

export const handlers = mergeTables(featureTables)

export type Api = typeof handlers
export type ApiName = keyof Api & string
export type ApiInput<K extends ApiName> = z.input<Api[K]['input']>
/** A file-producing verb answers with what its finish step resolves to. */
export type ApiOutput<K extends ApiName> = Api[K] extends {
  finish: (value: never) => Promise<infer F>
}
  ? F
  : ReturnType<Api[K]['run']>
export type { ApiResult, ApiErrorBody, ApiIssue } from './result'
