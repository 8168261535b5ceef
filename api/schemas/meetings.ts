// Inputs for meetings, their quotes and their actions; shared by handlers and forms.
import { z } from 'zod'
import { isoDate, optionalDate, optionalId, optionalText, recordId, requiredText } from './common'
import {
  ACTION_STATUSES,
  ATTENDANCE,
  CONSENT,
  keysOf,
  MEETING_KINDS
} from '../../domain/vocabulary'

const TIME_MESSAGE = 'Start time must be a time like 14:00'
const ENERGY_MESSAGE = 'Energy must be from 1 to 5, or left empty'

// Numbers are numbers: no coercion from text, booleans or arrays (forms convert their fields).
const count = (label: string, max: number) =>
  z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(0, { error: `${label} cannot be negative` })
    .max(max, { error: `${label} must be at most ${max}` })

export const focusAreaFields = z.object({
  title: requiredText('Focus area title'),
  notes: optionalText('Focus area notes')
})

export const attendanceEntry = z.object({
  personId: recordId('Person'),
  status: z.enum(keysOf(ATTENDANCE), { error: 'Mark them attended or sent apologies' })
})

export const meetingFields = z.object({
  heldOn: isoDate('Date'),
  startTime: z
    .union(
      [
        z.literal(''),
        z.null(),
        z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: TIME_MESSAGE })
      ],
      { error: TIME_MESSAGE }
    )
    .optional()
    .transform((v) => v || null),
  durationMinutes: z
    .number({ error: 'Duration must be a number of minutes' })
    .int({ error: 'Duration must be a whole number of minutes' })
    .positive({ error: 'Duration must be more than 0 minutes' })
    .max(24 * 60, { error: 'Duration must be at most 24 hours' }),
  venue: optionalText('Venue', 300),
  kind: z.enum(keysOf(MEETING_KINDS), { error: 'Choose what kind of meeting it was' }),
  facilitator: optionalText('Facilitator', 200),
  purpose: optionalText('Purpose', 2000),
  attendance: z.array(attendanceEntry).default([]),
  unnamedAttendees: count('Attendees not named', 500).default(0),
  focusAreas: z.array(focusAreaFields).max(20).default([]),
  decisions: z.array(requiredText('Decision', 2000)).max(50).default([]),
  methods: z.array(requiredText('Method', 120)).max(30).default([]),
  learning: optionalText('What was learned'),
  notes: optionalText('Notes', 50_000),
  checkOut: optionalText('Check-out'),
  energy: z
    .union(
      [
        z.literal(''),
        z.null(),
        z
          .number({ error: ENERGY_MESSAGE })
          .int({ error: ENERGY_MESSAGE })
          .min(1, { error: ENERGY_MESSAGE })
          .max(5, { error: ENERGY_MESSAGE })
      ],
      { error: ENERGY_MESSAGE }
    )
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v))
})
export type MeetingFields = z.input<typeof meetingFields>

export const quoteFields = z.object({
  text: requiredText('Quote', 2000),
  speakerRole: requiredText("Speaker's role", 120),
  personId: optionalId(),
  consent: z.enum(keysOf(CONSENT), { error: 'Say whether they consented to the quote being used' })
})
export type QuoteFields = z.input<typeof quoteFields>

export const newActionFields = z.object({
  description: requiredText('Action', 1000),
  ownerId: optionalId(),
  dueOn: isoDate('Due date'),
  notes: optionalText('Notes', 2000)
})
export type NewActionFields = z.input<typeof newActionFields>

/** What a meeting decided about an action from an earlier meeting. */
export const actionReview = z.object({
  id: recordId('Action'),
  outcome: z.enum(['done', 'carry', 'drop', 'leave'], {
    error: 'Choose done, carry forward or drop'
  }),
  /** The new due date when carried forward. */
  dueOn: optionalDate('New due date')
})

export const createMeeting = meetingFields.extend({
  siteId: recordId('Site'),
  actions: z.array(newActionFields).max(50).default([]),
  quotes: z.array(quoteFields).max(50).default([]),
  reviewedActions: z.array(actionReview).max(200).default([])
})
export const updateMeeting = meetingFields.extend({ id: recordId('id') })

export const createQuote = quoteFields.extend({
  siteId: recordId('Site'),
  meetingId: optionalId()
})
export const updateQuote = quoteFields.extend({ id: recordId('id'), meetingId: optionalId() })
export const listQuotes = z.object({
  siteId: recordId('Site'),
  consent: z.enum(keysOf(CONSENT), { error: 'Consent must be yes, no or not asked' }).optional(),
  meetingId: z.string().optional()
})

export const createAction = newActionFields.extend({
  siteId: recordId('Site'),
  meetingId: optionalId(),
  agreedOn: isoDate('Agreed on')
})
export const updateAction = newActionFields.extend({
  id: recordId('id'),
  status: z.enum(keysOf(ACTION_STATUSES), { error: 'Choose open, done or dropped' }),
  completedOn: optionalDate('Date completed')
})
export const listActions = z.object({
  programmeId: recordId('Programme'),
  siteId: z.string().optional(),
  ownerId: z.string().optional(),
  status: z
    .enum(keysOf(ACTION_STATUSES), { error: 'Status must be open, done or dropped' })
    .optional(),
  overdueOnly: z.boolean({ error: 'Overdue only must be true or false' }).default(false)
})

/** The meeting form for a site: on a day (today if absent), editing a meeting or a new one. */
export const prepareMeeting = z.object({
  siteId: recordId('Site'),
  heldOn: isoDate('Date').optional(),
  /** The meeting being edited: its attendees are offered, its own actions are not reviewed. */
  meetingId: z.string({ error: 'Meeting must be an id' }).optional()
})
