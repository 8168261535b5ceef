// Organisations and people, shared across a programme's sites.
import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { programmes } from './programmes'

export const organisations = sqliteTable(
  'organisations',
  {
    id: text('id').primaryKey(),
    programmeId: text('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    sector: text('sector', {
      enum: [
        'nhs',
        'local_authority',
        'primary_care',
        'voluntary_community',
        'housing',
        'independent_provider',
        'community_members',
        'people_using_services'
      ]
    }).notNull(),
    archivedAt: text('archived_at')
  },
  (t) => [index('organisations_programme_idx').on(t.programmeId)]
)

export const people = sqliteTable(
  'people',
  {
    id: text('id').primaryKey(),
    programmeId: text('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role').notNull(),
    organisationId: text('organisation_id').references(() => organisations.id),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    archivedAt: text('archived_at')
  },
  (t) => [
    index('people_programme_idx').on(t.programmeId),
    index('people_organisation_idx').on(t.organisationId)
  ]
)
