// The data export's tables about meetings: the meetings, attendance, actions and quotes.
import * as q from '../../../db/queries/dataExport'
import type { DataKind } from '../../schemas/dataExport'
import { ACTION_STATUSES, ATTENDANCE, CONSENT, MEETING_KINDS } from '../../../domain/vocabulary'
import { label, list, site, spec, type TableBuilder } from './columns'

export const meetingsTables = {
  meetings: spec(q.exportMeetings, [
    site(),
    { header: 'Date', value: (r) => r.heldOn },
    { header: 'Start time', value: (r) => r.startTime },
    { header: 'Duration (minutes)', value: (r) => r.durationMinutes },
    { header: 'Kind of meeting', value: (r) => label(MEETING_KINDS, r.kind) },
    { header: 'Venue', value: (r) => r.venue },
    { header: 'Facilitator', value: (r) => r.facilitator },
    { header: 'Purpose', value: (r) => r.purpose },
    { header: 'Attended', value: (r) => r.attended },
    { header: 'Sent apologies', value: (r) => r.apologies },
    { header: 'Attendees not named', value: (r) => r.unnamedAttendees },
    { header: 'Methods', value: (r) => list(r.methods) },
    { header: 'Focus areas', value: (r) => list(r.focusAreas) },
    { header: 'Decisions', value: (r) => list(r.decisions) },
    { header: 'What was learned', value: (r) => r.learning },
    { header: 'Check-out', value: (r) => r.checkOut },
    { header: 'Energy (1 to 5)', value: (r) => r.energy },
    { header: 'Notes', value: (r) => r.notes }
  ]),
  attendance: spec(q.exportAttendance, [
    site(),
    { header: 'Meeting date', value: (r) => r.heldOn },
    { header: 'Person', value: (r) => r.personName },
    { header: 'Role or profession', value: (r) => r.profession },
    { header: 'Organisation', value: (r) => r.organisationName },
    { header: 'Attendance', value: (r) => label(ATTENDANCE, r.status) }
  ]),
  actions: spec(q.exportActions, [
    site(),
    { header: 'Action', value: (r) => r.description },
    { header: 'Owner', value: (r) => r.ownerName },
    { header: 'Agreed on', value: (r) => r.agreedOn },
    { header: 'Due on', value: (r) => r.dueOn },
    { header: 'Status', value: (r) => label(ACTION_STATUSES, r.status) },
    { header: 'Completed on', value: (r) => r.completedOn },
    { header: 'Meeting date', value: (r) => r.meetingHeldOn },
    { header: 'Times carried forward', value: (r) => r.carriedForward },
    { header: 'Notes', value: (r) => r.notes }
  ]),
  quotes: spec(q.exportQuotes, [
    site(),
    { header: 'Quote', value: (r) => r.text },
    { header: "Speaker's role", value: (r) => r.speakerRole },
    { header: 'Consent', value: (r) => label(CONSENT, r.consent) },
    { header: 'Meeting date', value: (r) => r.meetingHeldOn },
    { header: 'Person quoted', value: (r) => r.personName, private: true }
  ])
} satisfies Partial<Record<DataKind, TableBuilder>>
