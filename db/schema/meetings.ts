// Meetings of a site's partnership, with attendance, focus areas and decisions; and the quotes and
// actions that come out of them.
import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { people } from './directory'
import { sites } from './sites'

export const meetings = sqliteTable(
  'meetings',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    heldOn: text('held_on').notNull(),
    startTime: text('start_time'),
    durationMinutes: integer('duration_minutes').notNull(),
    venue: text('venue').notNull().default(''),
    kind: text('kind', {
      enum: ['partnership', 'debrief', 'sponsors', 'workshop', 'other']
    }).notNull(),
    facilitator: text('facilitator').notNull().default(''),
    purpose: text('purpose').notNull().default(''),
    unnamedAttendees: integer('unnamed_attendees').notNull().default(0),
    /** JSON array of method names: the users' list plus their own. */
    methods: text('methods').notNull().default('[]'),
    learning: text('learning').notNull().default(''),
    notes: text('notes').notNull().default(''),
    checkOut: text('check_out').notNull().default(''),
    energy: integer('energy'),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    updatedAt: text('updated_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
  },
  (t) => [
    index('meetings_site_idx').on(t.siteId, t.heldOn),
    // The dashboard's attendance trend reads each site's partnership meetings from this alone.
    index('meetings_site_kind_idx').on(
      t.siteId,
      t.kind,
      t.heldOn,
      t.startTime,
      t.id,
      t.unnamedAttendees
    )
  ]
)

export const meetingAttendance = sqliteTable(
  'meeting_attendance',
  {
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    status: text('status', { enum: ['attended', 'apologies'] }).notNull()
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.personId] }),
    index('meeting_attendance_person_idx').on(t.personId),
    // Attended and apologies counted per meeting without reading the rows.
    index('meeting_attendance_meeting_status_idx').on(t.meetingId, t.status)
  ]
)

export const meetingFocusAreas = sqliteTable(
  'meeting_focus_areas',
  {
    id: text('id').primaryKey(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    notes: text('notes').notNull().default('')
  },
  (t) => [index('meeting_focus_areas_meeting_idx').on(t.meetingId)]
)

export const meetingDecisions = sqliteTable(
  'meeting_decisions',
  {
    id: text('id').primaryKey(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull()
  },
  (t) => [index('meeting_decisions_meeting_idx').on(t.meetingId)]
)

export const quotes = sqliteTable(
  'quotes',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    meetingId: text('meeting_id').references(() => meetings.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    speakerRole: text('speaker_role').notNull(),
    /** Private: never shown in exports. */
    personId: text('person_id').references(() => people.id),
    consent: text('consent', { enum: ['yes', 'no', 'not_asked'] }).notNull(),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
  },
  (t) => [index('quotes_site_idx').on(t.siteId), index('quotes_meeting_idx').on(t.meetingId)]
)

export const actions = sqliteTable(
  'actions',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    meetingId: text('meeting_id').references(() => meetings.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    ownerId: text('owner_id').references(() => people.id),
    /** The day it was agreed: the meeting's date, or the day it was recorded. */
    agreedOn: text('agreed_on').notNull(),
    dueOn: text('due_on').notNull(),
    /**
     * The due date first agreed, kept when the action is carried forward to a later date (null
     * until then): "done on time" and "due in a period" are judged against it, so a missed date
     * is not hidden by moving it. Actions carried forward before this was kept have none.
     */
    firstDueOn: text('first_due_on'),
    status: text('status', { enum: ['open', 'done', 'dropped'] })
      .notNull()
      .default('open'),
    completedOn: text('completed_on'),
    /** The reflection cycle whose Plan it was made from, if any. */
    reflectionId: text('reflection_id'),
    /** How many times it was carried forward to a later meeting. */
    carriedForward: integer('carried_forward').notNull().default(0),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
  },
  (t) => [
    // Open, overdue and done-on-time counts per site come from the index alone.
    index('actions_site_due_idx').on(t.siteId, t.status, t.dueOn, t.completedOn, t.firstDueOn),
    index('actions_meeting_idx').on(t.meetingId),
    index('actions_owner_idx').on(t.ownerId),
    // A cycle's actions (its Plan items made into actions) are looked up by the cycle.
    index('actions_reflection_idx').on(t.reflectionId)
  ]
)
