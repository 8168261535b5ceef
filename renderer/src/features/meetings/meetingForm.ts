// The meeting form's shape, built from the API's own field schemas, and the pure translations
// between it and the API: form values to meetings.create / meetings.update input, and API issue
// paths back to form fields.
import { z } from 'zod'
import { recordId } from '../../../../api/schemas/common'
import {
  actionReview,
  meetingFields,
  newActionFields,
  quoteFields
} from '../../../../api/schemas/meetings'
import { requiredText } from '../../../../api/schemas/common'
import type { ApiInput, ApiOutput } from '../../../../api/contract'
import { numberField } from '../../components/numberField'

export const meetingFormSchema = meetingFields
  .omit({ attendance: true, decisions: true, methods: true })
  .extend({
    // The API takes numbers only; these fields give text.
    durationMinutes: numberField(meetingFields.shape.durationMinutes),
    unnamedAttendees: numberField(meetingFields.shape.unnamedAttendees),
    energy: numberField(meetingFields.shape.energy),
    /** Keyed by person id; '' means not there. */
    attendance: z.record(z.string(), z.enum(['', 'attended', 'apologies'])),
    decisions: z.array(z.object({ text: requiredText('Decision', 2000) })),
    methods: z.array(z.string()),
    otherMethods: z.string(),
    actions: z.array(newActionFields),
    quotes: z.array(quoteFields),
    reviews: z.array(actionReview.extend({ id: recordId('Action') }))
  })

export type MeetingFormInput = z.input<typeof meetingFormSchema>
export type MeetingFormValues = z.output<typeof meetingFormSchema>
type Meeting = ApiOutput<'meetings.get'>
type OpenAction = ApiOutput<'meetings.prepare'>['openActions'][number]

export function emptyMeeting(heldOn: string, openActions: OpenAction[]): MeetingFormInput {
  return {
    heldOn,
    startTime: '',
    durationMinutes: 180,
    venue: '',
    kind: 'partnership',
    facilitator: '',
    purpose: '',
    attendance: {},
    unnamedAttendees: 0,
    focusAreas: [],
    decisions: [],
    methods: [],
    otherMethods: '',
    learning: '',
    notes: '',
    checkOut: '',
    energy: '',
    actions: [],
    quotes: [],
    reviews: openActions.map((a) => ({ id: a.id, outcome: 'leave', dueOn: '' }))
  }
}

export function meetingToForm(data: Meeting, knownMethods: readonly string[]): MeetingFormInput {
  const { meeting } = data
  return {
    heldOn: meeting.heldOn,
    startTime: meeting.startTime ?? '',
    durationMinutes: meeting.durationMinutes,
    venue: meeting.venue,
    kind: meeting.kind,
    facilitator: meeting.facilitator,
    purpose: meeting.purpose,
    attendance: Object.fromEntries(data.attendance.map((a) => [a.personId, a.status])),
    unnamedAttendees: meeting.unnamedAttendees,
    focusAreas: data.focusAreas.map(({ title, notes }) => ({ title, notes })),
    decisions: data.decisions.map(({ text }) => ({ text })),
    methods: meeting.methods.filter((m) => knownMethods.includes(m)),
    otherMethods: meeting.methods.filter((m) => !knownMethods.includes(m)).join(', '),
    learning: meeting.learning,
    notes: meeting.notes,
    checkOut: meeting.checkOut,
    energy: meeting.energy ?? '',
    actions: [],
    quotes: [],
    reviews: []
  }
}

/** The attendance entries sent, in order, so an issue at attendance.N can find its person. */
export function attendanceList(values: MeetingFormValues) {
  return Object.entries(values.attendance)
    .filter(([, status]) => status !== '')
    .map(([personId, status]) => ({ personId, status: status as 'attended' | 'apologies' }))
}

function fields(values: MeetingFormValues) {
  const own = values.otherMethods
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean)
  return {
    heldOn: values.heldOn,
    startTime: values.startTime,
    durationMinutes: values.durationMinutes,
    venue: values.venue,
    kind: values.kind,
    facilitator: values.facilitator,
    purpose: values.purpose,
    attendance: attendanceList(values),
    unnamedAttendees: values.unnamedAttendees,
    focusAreas: values.focusAreas,
    decisions: values.decisions.map((d) => d.text),
    methods: [...values.methods, ...own],
    learning: values.learning,
    notes: values.notes,
    checkOut: values.checkOut,
    energy: values.energy
  }
}

export function toCreateInput(
  siteId: string,
  values: MeetingFormValues
): ApiInput<'meetings.create'> {
  return {
    siteId,
    ...fields(values),
    actions: values.actions,
    quotes: values.quotes,
    reviewedActions: values.reviews
  }
}

export function toUpdateInput(id: string, values: MeetingFormValues): ApiInput<'meetings.update'> {
  return { id, ...fields(values) }
}

/** Where an API issue belongs in the form ("decisions.1" -> "decisions.1.text"), or null. */
export function formPathFor(apiPath: string, values: MeetingFormValues): string | null {
  const [head, index, field] = apiPath.split('.')
  switch (head) {
    case 'decisions':
      return index === undefined ? null : `decisions.${index}.text`
    case 'attendance': {
      const entry = index === undefined ? undefined : attendanceList(values)[Number(index)]
      return entry ? `attendance.${entry.personId}` : null
    }
    case 'reviewedActions':
      return index === undefined ? null : `reviews.${index}.${field ?? 'outcome'}`
    case 'actions':
    case 'quotes':
    case 'focusAreas':
      return index === undefined || field === undefined ? null : apiPath
    default:
      return head && head in values ? head : null
  }
}
