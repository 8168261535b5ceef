// Partnership health: each site's stakeholder matrix (dated placements), and health checks made
// with a framework from the library (shipped rows have no programme) or the programme's own.
import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { organisations, people } from './directory'
import { meetings } from './meetings'
import { programmes } from './programmes'
import { sites } from './sites'

export const stakeholders = sqliteTable(
  'stakeholders',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    /** One of person, organisation or a free-text name (someone outside the directory). */
    personId: text('person_id').references(() => people.id),
    organisationId: text('organisation_id').references(() => organisations.id),
    name: text('name').notNull().default(''),
    description: text('description').notNull().default(''),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
  },
  (t) => [index('stakeholders_site_idx').on(t.siteId)]
)

export const stakeholderPlacements = sqliteTable(
  'stakeholder_placements',
  {
    id: text('id').primaryKey(),
    stakeholderId: text('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id, { onDelete: 'cascade' }),
    /** A group of the matrix, or 'off' when the stakeholder was taken off it. */
    quadrant: text('quadrant', {
      enum: ['involve_closely', 'keep_on_board', 'inform', 'be_aware_of', 'off']
    }).notNull(),
    placedOn: text('placed_on').notNull(),
    note: text('note').notNull().default('')
  },
  (t) => [uniqueIndex('stakeholder_placements_day_idx').on(t.stakeholderId, t.placedOn)]
)

export const healthFrameworks = sqliteTable(
  'health_frameworks',
  {
    id: text('id').primaryKey(),
    /** Null for the library that ships with the app; otherwise the programme's own. */
    programmeId: text('programme_id').references(() => programmes.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
    archivedAt: text('archived_at')
  },
  (t) => [index('health_frameworks_programme_idx').on(t.programmeId)]
)

export const healthScalePoints = sqliteTable(
  'health_scale_points',
  {
    frameworkId: text('framework_id')
      .notNull()
      .references(() => healthFrameworks.id, { onDelete: 'cascade' }),
    value: text('value').notNull(),
    label: text('label').notNull(),
    /** Higher is healthier; null for a point that is not better or worse ("not yet"). */
    score: integer('score'),
    position: integer('position').notNull()
  },
  (t) => [primaryKey({ columns: [t.frameworkId, t.value] })]
)

export const healthFrameworkItems = sqliteTable(
  'health_framework_items',
  {
    id: text('id').primaryKey(),
    frameworkId: text('framework_id')
      .notNull()
      .references(() => healthFrameworks.id, { onDelete: 'cascade' }),
    /** A heading the item sits under (a checklist step), or ''. */
    groupLabel: text('group_label').notNull().default(''),
    label: text('label').notNull(),
    position: integer('position').notNull()
  },
  (t) => [index('health_framework_items_framework_idx').on(t.frameworkId, t.position)]
)

/** The frameworks a programme's sites use (none chosen yet means the library's). */
export const programmeHealthFrameworks = sqliteTable(
  'programme_health_frameworks',
  {
    programmeId: text('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    frameworkId: text('framework_id')
      .notNull()
      .references(() => healthFrameworks.id, { onDelete: 'cascade' })
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.frameworkId] })]
)

export const healthChecks = sqliteTable(
  'health_checks',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    frameworkId: text('framework_id')
      .notNull()
      .references(() => healthFrameworks.id),
    checkedOn: text('checked_on').notNull(),
    judgedBy: text('judged_by', { enum: ['consultant', 'group'] }).notNull(),
    meetingId: text('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    note: text('note').notNull().default(''),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
  },
  (t) => [index('health_checks_site_idx').on(t.siteId, t.frameworkId, t.checkedOn)]
)

export const healthJudgements = sqliteTable(
  'health_judgements',
  {
    checkId: text('check_id')
      .notNull()
      .references(() => healthChecks.id, { onDelete: 'cascade' }),
    itemId: text('item_id')
      .notNull()
      .references(() => healthFrameworkItems.id),
    value: text('value').notNull(),
    note: text('note').notNull().default('')
  },
  (t) => [
    primaryKey({ columns: [t.checkId, t.itemId] }),
    // The dashboard's "missing twice running" starts from the judgements at the bottom of a scale.
    index('health_judgements_value_idx').on(t.value, t.checkId, t.itemId)
  ]
)
