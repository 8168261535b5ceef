// Inputs for a site's agreed outcomes, the ratings of progress on them and the evidence linked to
// them; shared by handlers and forms.
import { z } from 'zod'
import { isoDate, optionalId, optionalText, recordId, requiredText } from './common'
import { keysOf } from '../../domain/vocabulary'

/** Who made a judgement of progress. */
export const JUDGES = {
  group: 'The group',
  consultant: 'The consultant',
  coordinator: 'The coordinator'
} as const
export type Judge = keyof typeof JUDGES

const ratingMessage = (label: string) => `${label} must be a whole number from 0 to 10`

/** A 0-10 judgement. Forms send numbers (valueAsNumber); an empty field arrives as NaN. */
export const rating = (label: string) =>
  z
    .number({ error: ratingMessage(label) })
    .int({ error: ratingMessage(label) })
    .min(0, { error: ratingMessage(label) })
    .max(10, { error: ratingMessage(label) })

/** An optional 0-10 judgement: absent, null or an empty number field (NaN) all mean "none". */
export const optionalRating = (label: string) =>
  z
    .union([z.null(), z.nan(), rating(label)], {
      error: `${ratingMessage(label)}, or left empty`
    })
    .optional()
    .transform((v) => (v === undefined || v === null || Number.isNaN(v) ? null : v))

export const outcomeFields = z.object({
  title: requiredText('Title', 200),
  description: optionalText('Description', 5000),
  agreedOn: isoDate('Date agreed'),
  /** The programme outcome it maps to, so sites that word things differently can be compared. */
  programmeOutcomeId: optionalId(),
  agreedAtMeetingId: optionalId(),
  baselineRating: optionalRating('Baseline rating'),
  baselineNote: optionalText('Baseline note', 5000)
})
export type OutcomeFields = z.input<typeof outcomeFields>

export const createOutcome = outcomeFields.extend({ siteId: recordId('Site') })
export const updateOutcome = outcomeFields.extend({ id: recordId('id') })
export const archiveOutcome = z.object({
  id: recordId('id'),
  archived: z.boolean({ error: 'Archived must be true or false' })
})
export const listOutcomes = z.object({
  siteId: recordId('Site'),
  includeArchived: z.boolean({ error: 'Include archived must be true or false' }).default(false)
})

export const ratingFields = z.object({
  ratedOn: isoDate('Date rated'),
  rating: rating('Rating'),
  evidence: optionalText('Evidence', 5000),
  judgedBy: z.enum(keysOf(JUDGES), {
    error: 'Judged by must be the group, the consultant or the coordinator'
  }),
  /** The meeting where the rating was agreed, if any. */
  meetingId: optionalId()
})
export type RatingFields = z.input<typeof ratingFields>

export const rateOutcome = ratingFields.extend({ outcomeId: recordId('Outcome') })
export const updateRating = ratingFields.extend({ id: recordId('id') })

export const EVIDENCE_KINDS = {
  quote: 'A quote from the quote bank',
  meeting: 'A meeting',
  reflection: 'A reflection'
} as const
export type EvidenceKind = keyof typeof EVIDENCE_KINDS

/** A quote, a meeting or a reflection: exactly one of the three. */
export const linkEvidence = z
  .object({
    outcomeId: recordId('Outcome'),
    quoteId: optionalId(),
    meetingId: optionalId(),
    reflectionId: optionalId(),
    note: optionalText('Note', 2000)
  })
  .check((ctx) => {
    const chosen = [ctx.value.quoteId, ctx.value.meetingId, ctx.value.reflectionId].filter(Boolean)
    if (chosen.length !== 1) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ['quoteId'],
        message:
          chosen.length === 0
            ? 'Choose a quote, a meeting or a reflection to link'
            : 'Link one quote, meeting or reflection at a time'
      })
    }
  })

export const evidenceOptions = z.object({ outcomeId: recordId('Outcome') })
