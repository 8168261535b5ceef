// Inputs for tests of change, their PDSA cycles, lifecycle moves and the change ideas shared across
// sites; shared by handlers and forms.
import { z } from 'zod'
import { TEST_STATUSES } from '../../domain/lifecycle'
import { isoDate, optionalDate, optionalId, optionalText, recordId, requiredText } from './common'
import { keysOf } from '../../domain/vocabulary'

export const TEST_KINDS = {
  quick_win: 'Quick win (a technical fix)',
  adaptive: 'Adaptive challenge (no one agency holds the answer)'
} as const
export type TestKind = keyof typeof TEST_KINDS

const status = (message: string) => z.enum(TEST_STATUSES, { error: message })

export const changeIdeaFields = z.object({
  title: requiredText('Change idea title', 200),
  description: optionalText('Change idea description', 5000)
})
export type ChangeIdeaFields = z.input<typeof changeIdeaFields>

export const testFields = z.object({
  title: requiredText('Title', 200),
  /** The change being tried, in the group's words. */
  idea: optionalText('Change idea', 5000),
  prediction: optionalText('Prediction', 5000),
  ownerId: optionalId(),
  kind: z.enum(keysOf(TEST_KINDS), { error: 'Choose a quick win or an adaptive challenge' }),
  outcomeIds: z.array(recordId('Outcome')).max(100).default([]),
  sourceMeetingId: optionalId(),
  sourceReflectionId: optionalId(),
  /** An existing shared change idea of the programme ... */
  changeIdeaId: optionalId(),
  /** ... or a new one to create and link (not both). */
  newChangeIdea: changeIdeaFields
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  createdOn: isoDate('Date started')
})
export type TestFields = z.input<typeof testFields>

export const createTest = testFields.extend({ siteId: recordId('Site') })
export const updateTest = testFields.extend({ id: recordId('id') })

export const listTests = z.object({
  siteId: z.string().optional(),
  programmeId: z.string().optional(),
  status: status(
    'Status must be one of idea, planned, testing, adopted, adapted or abandoned'
  ).optional()
})

export const moveTest = z.object({
  id: recordId('id'),
  status: status('Choose where the test moves to'),
  on: isoDate('Date'),
  reason: optionalText('Reason', 5000)
})
export type MoveFields = z.input<typeof moveTest>

export const cycleFields = z.object({
  plan: optionalText('Plan', 10_000),
  prediction: optionalText('Prediction', 5000),
  doNotes: optionalText('Do', 10_000),
  study: optionalText('Study', 10_000),
  act: optionalText('Act', 10_000),
  startedOn: isoDate('Start date'),
  endedOn: optionalDate('End date')
})
export type CycleFields = z.input<typeof cycleFields>

export const addCycle = cycleFields.extend({ testId: recordId('Test of change') })
export const updateCycle = cycleFields.extend({ id: recordId('id') })

export const createChangeIdea = changeIdeaFields.extend({ programmeId: recordId('Programme') })
export const updateChangeIdea = changeIdeaFields.extend({ id: recordId('id') })
