// The outcomes each site's partnership agreed, the group's ratings of progress on them over time,
// and the evidence (quotes, meetings, reflections) linked to them.
import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { meetings, quotes } from './meetings'
import { programmeOutcomes } from './programmes'
import { reflectionCycles } from './reflections'
import { sites } from './sites'

export const agreedOutcomes = sqliteTable(
  'agreed_outcomes',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    agreedOn: text('agreed_on').notNull(),
    /** The programme outcome it maps to, so sites that word things differently can be compared. */
    programmeOutcomeId: text('programme_outcome_id').references(() => programmeOutcomes.id),
    agreedAtMeetingId: text('agreed_at_meeting_id').references(() => meetings.id, {
      onDelete: 'set null'
    }),
    /** The group's 0-10 judgement when the outcome was agreed. */
    baselineRating: integer('baseline_rating'),
    baselineNote: text('baseline_note').notNull().default(''),
    position: integer('position').notNull().default(0),
    archivedAt: text('archived_at'),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
  },
  (t) => [
    index('agreed_outcomes_site_idx').on(t.siteId),
    index('agreed_outcomes_programme_outcome_idx').on(t.programmeOutcomeId)
  ]
)

export const outcomeRatings = sqliteTable(
  'outcome_ratings',
  {
    id: text('id').primaryKey(),
    outcomeId: text('outcome_id')
      .notNull()
      .references(() => agreedOutcomes.id, { onDelete: 'cascade' }),
    ratedOn: text('rated_on').notNull(),
    rating: integer('rating').notNull(),
    evidence: text('evidence').notNull().default(''),
    judgedBy: text('judged_by', { enum: ['group', 'consultant', 'coordinator'] }).notNull(),
    meetingId: text('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
  },
  // Covering, in the order ratings are read: an outcome's history comes straight from the index.
  (t) => [
    index('outcome_ratings_history_idx').on(t.outcomeId, t.ratedOn, t.createdAt, t.id, t.rating)
  ]
)

/** A quote, meeting or reflection linked to an outcome as evidence (exactly one of the three). */
export const outcomeEvidence = sqliteTable(
  'outcome_evidence',
  {
    id: text('id').primaryKey(),
    outcomeId: text('outcome_id')
      .notNull()
      .references(() => agreedOutcomes.id, { onDelete: 'cascade' }),
    quoteId: text('quote_id').references(() => quotes.id, { onDelete: 'cascade' }),
    meetingId: text('meeting_id').references(() => meetings.id, { onDelete: 'cascade' }),
    reflectionId: text('reflection_id').references(() => reflectionCycles.id, {
      onDelete: 'cascade'
    }),
    note: text('note').notNull().default(''),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
  },
  (t) => [
    index('outcome_evidence_outcome_idx').on(t.outcomeId),
    uniqueIndex('outcome_evidence_unique').on(t.outcomeId, t.quoteId, t.meetingId, t.reflectionId)
  ]
)
