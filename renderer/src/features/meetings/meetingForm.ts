// The meeting form's shape, built from the API's own field schemas, and the pure translations
// between it and the API: form values to meetings.create / meetings.update input, API issue
// paths back to form fields, and the review choices kept in step with the open actions.
import type { UseFormReturn } from 'react-hook-form'
import { z } from 'zod'
import { meetingFields, newActionFields, quoteFields } from '../../../../api/schemas/meetings'
import { requiredText } from '../../../../api/schemas/common'
import type { ApiInput, ApiOutput } from '../../../../api/contract'
import { numberField } from '../../components/numberField'
import { notKeptChoice, reconcileReviews, reviewChoice, reviewedActions } from './reviewChoices'

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
    /**
     * What happened to each open action from earlier meetings, keyed by the action's id (never by
     * position: the list of open actions can change under the form). The description names the
     * action if it closes elsewhere; only the actions on screen are ever sent.
     */
    reviews: z.record(z.string(), reviewChoice),
    /** Choices dropped because their action closed elsewhere, to say so near the list. */
    reviewsNotKept: z.array(notKeptChoice).default([]),
    /** People found in the programme and added to this form's list (kept in its draft too). */
    extraPeople: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        role: z.string(),
        organisationName: z.string().nullable()
      })
    )
  })

export type MeetingFormInput = z.input<typeof meetingFormSchema>
export type MeetingFormValues = z.output<typeof meetingFormSchema>
type Meeting = ApiOutput<'meetings.get'>
type OpenAction = ApiOutput<'meetings.prepare'>['openActions'][number]
type PreparedPerson = ApiOutput<'meetings.prepare'>['people'][number]
type ExtraPerson = MeetingFormInput['extraPeople'][number]

/** Someone the form offers, and whether they are in the partnership on the meeting's date. */
export interface MeetingPerson {
  id: string
  name: string
  role: string
  organisationName: string | null
  isMember: boolean
}

/**
 * The form's list: the site's people from meetings.prepare, then those added from the search,
 * each a member or not on `day` (the date typed; the prepared flag while it is not a date).
 * Members first, then by name, as the grid shows them.
 */
export function meetingPeople(
  prepared: PreparedPerson[],
  extra: ExtraPerson[],
  day: string
): MeetingPerson[] {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day)
  const listed: MeetingPerson[] = prepared.map(({ memberships, ...p }) => ({
    ...p,
    isMember: valid
      ? memberships.some((m) => m.joinedOn <= day && (m.leftOn === null || m.leftOn > day))
      : p.isMember
  }))
  const known = new Set(listed.map((p) => p.id))
  for (const p of extra) {
    if (!known.has(p.id)) listed.push({ ...p, isMember: false })
    known.add(p.id)
  }
  const byName = (a: MeetingPerson, b: MeetingPerson) =>
    a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' }) || a.id.localeCompare(b.id)
  return listed.sort((a, b) => Number(b.isMember) - Number(a.isMember) || byName(a, b))
}

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
    reviews: reconcileReviews({}, openActions).reviews,
    reviewsNotKept: [],
    extraPeople: []
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
    reviews: {},
    reviewsNotKept: [],
    extraPeople: []
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
  values: MeetingFormValues,
  openActions: readonly { id: string }[]
): ApiInput<'meetings.create'> {
  return {
    siteId,
    ...fields(values),
    actions: values.actions,
    quotes: values.quotes,
    reviewedActions: reviewedActions(values, openActions)
  }
}

export function toUpdateInput(id: string, values: MeetingFormValues): ApiInput<'meetings.update'> {
  return { id, ...fields(values) }
}

/**
 * Where an API issue belongs in the form ("decisions.1" -> "decisions.1.text"), or null for the
 * form's root error. `reviewed` is the list of reviews sent, so an issue at reviewedActions.N
 * finds its action by id; one about the action itself (already done, not of this site) is not
 * about a field, so it goes to the root, which names the action.
 */
export function formPathFor(
  apiPath: string,
  values: MeetingFormValues,
  reviewed: readonly { id: string }[] = []
): string | null {
  const [head, index, field] = apiPath.split('.')
  switch (head) {
    case 'decisions':
      return index === undefined ? null : `decisions.${index}.text`
    case 'attendance': {
      const entry = index === undefined ? undefined : attendanceList(values)[Number(index)]
      return entry ? `attendance.${entry.personId}` : null
    }
    case 'reviewedActions': {
      const review = index === undefined ? undefined : reviewed[Number(index)]
      if (!review || (field !== 'outcome' && field !== 'dueOn')) return null
      return `reviews.${review.id}.${field}`
    }
    case 'actions':
    case 'quotes':
    case 'focusAreas':
      return index === undefined || field === undefined ? null : apiPath
    default:
      return head && head in values ? head : null
  }
}

type MeetingForm = UseFormReturn<MeetingFormInput, unknown, MeetingFormValues>

/** Puts someone found in the programme on the form's list (once), for attendance, owners, quotes. */
export function addToList(
  form: MeetingForm,
  listed: readonly { id: string }[],
  person: ExtraPerson
): void {
  const extra = form.getValues('extraPeople') ?? []
  if (listed.some((p) => p.id === person.id) || extra.some((p) => p.id === person.id)) return
  const { id, name, role, organisationName } = person
  form.setValue('extraPeople', [...extra, { id, name, role, organisationName }], {
    shouldDirty: true
  })
}
