// Inputs for the programme data export, and the kinds of record it writes (one CSV file or one
// worksheet each), in the order the files and sheets come in.
import { z } from 'zod'
import { recordId } from './common'

export const DATA_KINDS = {
  sites: { label: 'Sites', fileName: 'sites.csv' },
  people: { label: 'People', fileName: 'people.csv' },
  organisations: { label: 'Organisations', fileName: 'organisations.csv' },
  siteMemberships: { label: 'Site memberships', fileName: 'site-memberships.csv' },
  meetings: { label: 'Meetings', fileName: 'meetings.csv' },
  attendance: { label: 'Attendance', fileName: 'attendance.csv' },
  actions: { label: 'Actions', fileName: 'actions.csv' },
  outcomes: { label: 'Agreed outcomes', fileName: 'agreed-outcomes.csv' },
  outcomeRatings: { label: 'Outcome ratings', fileName: 'outcome-ratings.csv' },
  testsOfChange: { label: 'Tests of change', fileName: 'tests-of-change.csv' },
  pdsaCycles: { label: 'PDSA cycles', fileName: 'pdsa-cycles.csv' },
  measures: { label: 'Measures', fileName: 'measures.csv' },
  measurePoints: { label: 'Measure points', fileName: 'measure-points.csv' },
  quotes: { label: 'Quotes', fileName: 'quotes.csv' },
  stakeholderPlacements: { label: 'Stakeholder matrix', fileName: 'stakeholder-matrix.csv' },
  healthJudgements: { label: 'Health checks', fileName: 'health-checks.csv' }
} as const
export type DataKind = keyof typeof DATA_KINDS

/** Kinds whose table has a row per part of a record: what a row is, and the count that names
 * how many records (not rows) there are, so "Health checks: 2" counts checks, not judgements. */
export const ROWS_ARE_PARTS: Partial<Record<DataKind, { rowWord: string; recordCount: string }>> = {
  healthJudgements: { rowWord: 'judgement', recordCount: 'healthChecks' }
}
export const DATA_KIND_KEYS = Object.keys(DATA_KINDS) as [DataKind, ...DataKind[]]

export const DATA_EXPORT_FORMATS = {
  csv: 'CSV files in a zip',
  xlsx: 'One Excel workbook'
} as const
export type DataExportFormat = keyof typeof DATA_EXPORT_FORMATS

const includePrivate = z
  .boolean({ error: 'Include private fields must be true or false' })
  .default(false)

export const dataExportKindsInput = z.object({ programmeId: recordId('Programme') })

export const dataExportTableInput = z.object({
  programmeId: recordId('Programme'),
  kind: z.enum(DATA_KIND_KEYS, {
    error: `Kind must be one of ${DATA_KIND_KEYS.join(', ')}`
  }),
  includePrivate
})

const FILE_ENDINGS: Record<DataExportFormat, string> = { csv: '.zip', xlsx: '.xlsx' }

export const dataExportRecordInput = z
  .object({
    programmeId: recordId('Programme'),
    format: z.enum(['csv', 'xlsx'], { error: "Format must be 'csv' or 'xlsx'" }),
    fileName: z
      .string({ error: 'File name is required' })
      .trim()
      .min(1, { error: 'File name is required' })
      .max(200, { error: 'File name must be at most 200 characters' }),
    includePrivate
  })
  .refine((r) => r.fileName.toLowerCase().endsWith(FILE_ENDINGS[r.format] ?? ''), {
    error: 'File name must end in .zip for CSV files or .xlsx for a workbook',
    path: ['fileName']
  })
