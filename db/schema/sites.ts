// Sites (partnership areas), their stage judgements and who is in each partnership.
import { sql } from 'drizzle-orm'
import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { programmes } from './programmes'
import { people } from './directory'

export const sites = sqliteTable(
  'sites',
  {
    id: text('id').primaryKey(),
    programmeId: text('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    locality: text('locality').notNull().default(''),
    purpose: text('purpose').notNull().default(''),
    focus: text('focus').notNull().default(''),
    startDate: text('start_date').notNull(),
    status: text('status', { enum: ['active', 'paused', 'closed'] })
      .notNull()
      .default('active'),
    archivedAt: text('archived_at'),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
  },
  (t) => [index('sites_programme_idx').on(t.programmeId)]
)

export const siteStages = sqliteTable(
  'site_stages',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    stage: text('stage').notNull(),
    judgedOn: text('judged_on').notNull(),
    reason: text('reason').notNull().default(''),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
  },
  (t) => [index('site_stages_site_idx').on(t.siteId, t.judgedOn)]
)

export const siteMembers = sqliteTable(
  'site_members',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    role: text('role', {
      enum: [
        'sponsor',
        'coordinator',
        'member',
        'consultant',
        'learning_partner',
        'community_representative',
        'lived_experience'
      ]
    }).notNull(),
    joinedOn: text('joined_on').notNull(),
    leftOn: text('left_on')
  },
  (t) => [
    index('site_members_site_idx').on(t.siteId),
    index('site_members_person_idx').on(t.personId)
  ]
)
