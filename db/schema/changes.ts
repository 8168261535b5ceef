// Small tests of change with their PDSA cycles, change ideas shared across sites, and the measures
// (with data points and baselines) that show whether a change made a difference.
import { sql } from 'drizzle-orm'
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex
} from 'drizzle-orm/sqlite-core'
import { people } from './directory'
import { meetings } from './meetings'
import { agreedOutcomes } from './outcomes'
import { programmes } from './programmes'
import { reflectionCycles } from './reflections'
import { sites } from './sites'

export const TEST_STATUSES = [
  'idea',
  'planned',
  'testing',
  'adopted',
  'adapted',
  'abandoned'
] as const

export const changeIdeas = sqliteTable(
  'change_ideas',
  {
    id: text('id').primaryKey(),
    programmeId: text('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
  },
  (t) => [index('change_ideas_programme_idx').on(t.programmeId)]
)

export const testsOfChange = sqliteTable(
  'tests_of_change',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    changeIdeaId: text('change_idea_id').references(() => changeIdeas.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    idea: text('idea').notNull().default(''),
    prediction: text('prediction').notNull().default(''),
    ownerId: text('owner_id').references(() => people.id),
    kind: text('kind', { enum: ['quick_win', 'adaptive'] }).notNull(),
    sourceMeetingId: text('source_meeting_id').references(() => meetings.id, {
      onDelete: 'set null'
    }),
    sourceReflectionId: text('source_reflection_id').references(() => reflectionCycles.id, {
      onDelete: 'set null'
    }),
    status: text('status', { enum: TEST_STATUSES }).notNull().default('idea'),
    /** The day testing began (first move to 'testing'). */
    startedOn: text('started_on'),
    /** The day of the adopt / adapt / abandon decision, with its reason. */
    decidedOn: text('decided_on'),
    decisionReason: text('decision_reason').notNull().default(''),
    createdOn: text('created_on').notNull(),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    updatedAt: text('updated_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
  },
  (t) => [
    index('tests_of_change_site_idx').on(t.siteId, t.status),
    index('tests_of_change_idea_idx').on(t.changeIdeaId)
  ]
)

export const testOfChangeOutcomes = sqliteTable(
  'test_of_change_outcomes',
  {
    testId: text('test_id')
      .notNull()
      .references(() => testsOfChange.id, { onDelete: 'cascade' }),
    outcomeId: text('outcome_id')
      .notNull()
      .references(() => agreedOutcomes.id, { onDelete: 'cascade' })
  },
  (t) => [
    primaryKey({ columns: [t.testId, t.outcomeId] }),
    index('test_of_change_outcomes_outcome_idx').on(t.outcomeId)
  ]
)

/** Every move through the lifecycle, with its date and reason. */
export const testStatusChanges = sqliteTable(
  'test_status_changes',
  {
    id: text('id').primaryKey(),
    testId: text('test_id')
      .notNull()
      .references(() => testsOfChange.id, { onDelete: 'cascade' }),
    status: text('status', { enum: TEST_STATUSES }).notNull(),
    changedOn: text('changed_on').notNull(),
    reason: text('reason').notNull().default(''),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
  },
  (t) => [index('test_status_changes_test_idx').on(t.testId, t.changedOn)]
)

export const pdsaCycles = sqliteTable(
  'pdsa_cycles',
  {
    id: text('id').primaryKey(),
    testId: text('test_id')
      .notNull()
      .references(() => testsOfChange.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    plan: text('plan').notNull().default(''),
    prediction: text('prediction').notNull().default(''),
    doNotes: text('do_notes').notNull().default(''),
    study: text('study').notNull().default(''),
    act: text('act').notNull().default(''),
    startedOn: text('started_on').notNull(),
    endedOn: text('ended_on')
  },
  (t) => [index('pdsa_cycles_test_idx').on(t.testId, t.position)]
)

export const measures = sqliteTable(
  'measures',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    outcomeId: text('outcome_id').references(() => agreedOutcomes.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    unit: text('unit').notNull().default(''),
    better: text('better', { enum: ['higher', 'lower'] }).notNull(),
    target: real('target'),
    rules: text('rules', { enum: ['anhoej', 'ihi'] })
      .notNull()
      .default('anhoej'),
    /** How many of the first points form the baseline; null means all points until a new baseline. */
    baselinePoints: integer('baseline_points'),
    archivedAt: text('archived_at'),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
  },
  (t) => [index('measures_site_idx').on(t.siteId)]
)

/** A new baseline from a date, e.g. after an adopted change. */
export const measureBaselines = sqliteTable(
  'measure_baselines',
  {
    id: text('id').primaryKey(),
    measureId: text('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    startsOn: text('starts_on').notNull(),
    reason: text('reason').notNull().default('')
  },
  (t) => [uniqueIndex('measure_baselines_unique').on(t.measureId, t.startsOn)]
)

export const measurePoints = sqliteTable(
  'measure_points',
  {
    id: text('id').primaryKey(),
    measureId: text('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    /** The period's first day, YYYY-MM-DD. */
    period: text('period').notNull(),
    value: real('value').notNull(),
    note: text('note').notNull().default('')
  },
  (t) => [uniqueIndex('measure_points_unique').on(t.measureId, t.period)]
)
