// Inputs for partnership health: the stakeholder matrix, health-check frameworks and checks.
import { z } from 'zod'
import { isoDate, optionalDate, optionalId, optionalText, recordId, requiredText } from './common'
import { HEALTH_JUDGED_BY, keysOf, STAKEHOLDER_GROUPS } from '../../domain/vocabulary'

const group = z.enum(keysOf(STAKEHOLDER_GROUPS), { error: 'Choose a group of the matrix' })

/** A stakeholder is a person or an organisation in the directory, or someone named here. */
export const addStakeholder = z
  .object({
    siteId: recordId('Site'),
    personId: optionalId(),
    organisationId: optionalId(),
    name: optionalText('Name', 200).transform((v) => v.trim()),
    description: optionalText('Description', 500),
    group,
    placedOn: isoDate('Date placed')
  })
  .refine((s) => [s.personId, s.organisationId, s.name].filter(Boolean).length === 1, {
    error: 'Choose a person or an organisation from the directory, or type a name (one of them)',
    path: ['name']
  })
export type AddStakeholderFields = z.input<typeof addStakeholder>

export const moveStakeholder = z.object({
  id: recordId('Stakeholder'),
  group: z.enum([...keysOf(STAKEHOLDER_GROUPS), 'off'], {
    error: 'Choose a group of the matrix, or off the matrix'
  }),
  placedOn: isoDate('Date placed'),
  note: optionalText('Note', 1000)
})

export const stakeholderMatrix = z.object({
  siteId: recordId('Site'),
  /** The matrix as it stood at the end of this day; today when absent. */
  asOf: optionalDate('Show the matrix on')
})

const scalePoint = z.object({
  label: requiredText('Scale point', 60),
  /** Higher is healthier; null for a point that is neither better nor worse. */
  score: z.number().int({ error: 'Score must be a whole number' }).nullable().default(null)
})

const frameworkItem = z.object({
  label: requiredText('Item', 300),
  group: optionalText('Heading', 120)
})

export const createFramework = z.object({
  programmeId: recordId('Programme'),
  name: requiredText('Framework name'),
  description: optionalText('Description', 2000),
  scale: z
    .array(scalePoint)
    .min(2, { error: 'A scale needs at least two points' })
    .max(10, { error: 'A scale has at most ten points' }),
  items: z
    .array(frameworkItem)
    .min(1, { error: 'A framework needs at least one item' })
    .max(60, { error: 'A framework has at most 60 items' })
})
export type CreateFrameworkFields = z.input<typeof createFramework>

export const chooseFrameworks = z.object({
  programmeId: recordId('Programme'),
  frameworkIds: z.array(recordId('Framework')).min(1, { error: 'Choose at least one framework' })
})

export const listFrameworks = z.object({
  programmeId: recordId('Programme'),
  includeArchived: z.boolean().default(false)
})

export const recordHealthCheck = z.object({
  siteId: recordId('Site'),
  frameworkId: recordId('Framework'),
  checkedOn: isoDate('Date of the check'),
  judgedBy: z.enum(keysOf(HEALTH_JUDGED_BY), { error: 'Say who made the judgements' }),
  meetingId: optionalId(),
  note: optionalText('Note', 5000),
  judgements: z
    .array(
      z.object({
        itemId: recordId('Item'),
        value: requiredText('Judgement', 60),
        note: optionalText('Note', 2000)
      })
    )
    .min(1, { error: 'Judge at least one item' })
})
export type RecordHealthCheckFields = z.input<typeof recordHealthCheck>

export const siteInput = z.object({ siteId: recordId('Site') })
export const programmeInput = z.object({ programmeId: recordId('Programme') })
