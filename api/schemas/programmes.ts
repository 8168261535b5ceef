// Inputs for programmes and their outcome framework; shared by handlers and forms.
import { z } from 'zod'
import { idInput, isoDate, optionalDate, optionalText, recordId, requiredText } from './common'
import { keysOf, OUTCOME_LEVELS, STAGE_MODELS } from '../../domain/vocabulary'

export const programmeFields = z
  .object({
    name: requiredText('Programme name'),
    commissioners: optionalText('Commissioners', 500),
    startDate: isoDate('Start date'),
    endDate: optionalDate('End date'),
    description: optionalText('Description'),
    stageModel: z.enum(keysOf(STAGE_MODELS), { error: 'Choose a stage model' }).default('forming')
  })
  .refine((p) => !p.endDate || p.endDate >= p.startDate, {
    error: 'End date must be on or after the start date',
    path: ['endDate']
  })
export type ProgrammeFields = z.input<typeof programmeFields>

export const createProgramme = programmeFields
export const updateProgramme = z.intersection(idInput, programmeFields)

export const programmeOutcomeFields = z.object({
  title: requiredText('Outcome title'),
  description: optionalText('Description'),
  level: z.enum(keysOf(OUTCOME_LEVELS), { error: 'Choose a theory-of-change level' })
})
export type ProgrammeOutcomeFields = z.input<typeof programmeOutcomeFields>

export const createProgrammeOutcome = programmeOutcomeFields.extend({
  programmeId: recordId('Programme')
})
export const updateProgrammeOutcome = programmeOutcomeFields.extend({ id: recordId('id') })
