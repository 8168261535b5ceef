// Inputs for ORPA reflection cycles, their themes and review comments; shared by handlers and forms.
import { z } from 'zod'
import { isoDate, optionalId, optionalText, pageFields, recordId, requiredText } from './common'
import { keysOf, REFLECTION_STATUSES, TAG_PLACES } from '../../domain/vocabulary'

const markdown = (label: string) => optionalText(label, 100_000)

export const reflectionFields = z.object({
  heldOn: isoDate('Date'),
  title: optionalText('Title', 200),
  meetingId: optionalId(),
  /** For a team-level cycle: the sites it looks across (none means the whole programme). */
  siteIds: z.array(recordId('Site')).max(1000).default([]),
  participantIds: z.array(recordId('Participant')).max(200).default([]),
  observe: markdown('Observe'),
  reflect: markdown('Reflect'),
  plan: markdown('Plan'),
  act: markdown('Act'),
  status: z
    .enum(keysOf(REFLECTION_STATUSES), { error: 'Choose draft, shared for review or reviewed' })
    .default('draft')
})
export type ReflectionFields = z.input<typeof reflectionFields>

export const createReflection = reflectionFields.extend({
  programmeId: recordId('Programme'),
  /** Empty for a team-level cycle. */
  siteId: optionalId()
})
export const updateReflection = reflectionFields.extend({ id: recordId('id') })

export const listReflections = z.object({
  programmeId: recordId('Programme'),
  /** A site's cycles; 'team' for team-level ones. */
  siteId: z.string().optional(),
  status: z.enum(keysOf(REFLECTION_STATUSES)).optional(),
  themeId: z.string().optional(),
  from: isoDate('From').optional(),
  to: isoDate('To').optional()
})

/** The most rows one page of the reflections log holds. */
export const MOST_REFLECTIONS_PER_PAGE = 200

/** The log's filters (as `reflections.list`) and which page: `limit` rows from `offset`. */
export const pageReflections = listReflections.extend(
  pageFields(MOST_REFLECTIONS_PER_PAGE, 'reflection cycles')
)

export const actionFromPlan = z.object({
  cycleId: recordId('Reflection cycle'),
  description: requiredText('Action', 1000),
  ownerId: optionalId(),
  dueOn: isoDate('Due date'),
  /** Which site the action is for: a site-level cycle's own site, or one a team cycle names. */
  siteId: optionalId()
})

export const tagInput = z.object({
  cycleId: recordId('Reflection cycle'),
  themeId: recordId('Theme'),
  phase: z
    .enum(keysOf(TAG_PLACES), { error: 'Choose the whole cycle or one phase' })
    .default('cycle')
})

export const themeFields = z.object({
  name: requiredText('Theme name', 120),
  description: optionalText('Description', 1000)
})

export const commentInput = z
  .object({
    cycleId: optionalId(),
    reviewCycleId: optionalId(),
    phase: z.enum(keysOf(TAG_PLACES), { error: 'Choose the phase the comment is on' }),
    parentId: optionalId(),
    author: requiredText('Your name', 120),
    body: requiredText('Comment', 10_000)
  })
  .refine((c) => !!c.cycleId !== !!c.reviewCycleId, {
    error: 'A comment is on one cycle',
    path: ['cycleId']
  })
