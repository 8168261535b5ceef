// Inputs for commissioners' reports (site and programme), shared by handlers and forms.
import { z } from 'zod'
import { isoDate, optionalText, recordId, requiredText } from './common'

/** The sections a report can hold, in the order they are printed, with their headings. */
export const REPORT_SECTIONS = {
  overview: 'Outcomes and figures across the sites',
  summary: 'Summary',
  partnership: 'Purpose and the partnership',
  outcomes: 'Agreed outcomes and progress',
  tests: 'Tests of change',
  learning: 'Learning',
  voices: 'Voices',
  engagement: 'Engagement',
  stakeholders: 'Stakeholder matrix',
  health: 'Partnership health',
  nextSteps: 'Next steps'
} as const
export type ReportSectionKey = keyof typeof REPORT_SECTIONS
const sectionKeys = Object.keys(REPORT_SECTIONS) as [ReportSectionKey, ...ReportSectionKey[]]
/** Programme-wide sections only a programme report has. */
export const PROGRAMME_ONLY_SECTIONS: ReportSectionKey[] = ['overview']

const period = {
  periodFrom: isoDate('Period start'),
  periodTo: isoDate('Period end')
}

function periodInOrder(v: { periodFrom: string; periodTo: string }, ctx: z.RefinementCtx) {
  if (v.periodFrom > v.periodTo) {
    ctx.addIssue({
      code: 'custom',
      path: ['periodTo'],
      message: `Period end must be on or after the period start (${v.periodFrom})`
    })
  }
}

export const createReport = z
  .object({
    programmeId: recordId('Programme'),
    /** Absent for a programme report. */
    siteId: recordId('Site').optional(),
    title: optionalText('Title', 200),
    ...period
  })
  .superRefine(periodInOrder)

export const reportFields = z
  .object({
    id: recordId('id'),
    title: requiredText('Title', 200),
    ...period,
    summary: optionalText('Summary', 20_000),
    nextSteps: optionalText('Next steps', 20_000),
    leftOut: z
      .array(z.enum(sectionKeys, { error: 'Unknown report section' }), {
        error: 'Sections left out must be a list'
      })
      .max(sectionKeys.length)
      .default([]),
    /** A programme report of chosen sites; empty means every site. */
    siteIds: z.array(recordId('Site'), { error: 'Sites must be a list' }).max(1000).default([]),
    confidential: z.boolean({ error: 'Confidential must be true or false' }),
    anonymised: z.boolean({ error: 'Anonymised must be true or false' })
  })
  .superRefine(periodInOrder)
export type ReportFields = z.input<typeof reportFields>

export const listReports = z.object({
  programmeId: recordId('Programme'),
  siteId: recordId('Site').optional()
})

export const sitePseudonym = z.object({
  siteId: recordId('Site'),
  pseudonym: requiredText('Name in anonymised reports', 80)
})

export const recordReportExport = z.object({
  id: recordId('id'),
  format: z.enum(['pdf', 'docx'], { error: 'Format must be pdf or docx' }),
  fileName: requiredText('File name', 255)
})
