// The API contract: every feature's verbs merged into one table, and the types derived from it.
// The renderer imports this file with `import type` only.
import type { z } from 'zod'
import { mergeTables } from './handler'
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
