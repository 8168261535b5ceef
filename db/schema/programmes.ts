// Programmes and their outcome framework (programme outcomes placed on the theory of change).
import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

export const programmes = sqliteTable('programmes', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  commissioners: text('commissioners').notNull().default(''),
  startDate: text('start_date').notNull(),
  endDate: text('end_date'),
  description: text('description').notNull().default(''),
  stageModel: text('stage_model', { enum: ['forming', 'initiating', 'lifecycle'] })
    .notNull()
    .default('forming'),
  archivedAt: text('archived_at'),
  createdAt: text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedAt: text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
})

export const programmeOutcomes = sqliteTable(
  'programme_outcomes',
  {
    id: text('id').primaryKey(),
    programmeId: text('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    level: text('level', {
      enum: ['self', 'relationships', 'team_practice', 'organisations', 'people_using_services']
    }).notNull(),
    position: integer('position').notNull().default(0),
    archivedAt: text('archived_at')
  },
  (t) => [index('programme_outcomes_programme_idx').on(t.programmeId)]
)
