// Reports for the commissioners: the saved drafts (period, sections, summary and next steps), the
// reflection excerpts a consultant marked for inclusion, the pseudonyms anonymised exports use,
// and the record of every export (what was sent, when, and a fingerprint of the data it used).
import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { programmes } from './programmes'
import { reflectionCycles } from './reflections'
import { sites } from './sites'

export const REPORT_SCOPES = ['site', 'programme'] as const
export const EXPORT_FORMATS = ['pdf', 'docx', 'csv', 'xlsx'] as const
export const EXCERPT_PHASES = ['observe', 'reflect', 'plan', 'act'] as const
export const PSEUDONYM_KINDS = ['site', 'person', 'organisation'] as const

export const reports = sqliteTable(
  'reports',
  {
    id: text('id').primaryKey(),
    programmeId: text('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    /** The site a site report is about; null for a programme report. */
    siteId: text('site_id').references(() => sites.id, { onDelete: 'cascade' }),
    scope: text('scope', { enum: REPORT_SCOPES }).notNull(),
    title: text('title').notNull(),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    summary: text('summary').notNull().default(''),
    nextSteps: text('next_steps').notNull().default(''),
    /** JSON array of the section keys the consultant left out. */
    leftOut: text('left_out').notNull().default('[]'),
    /** JSON array of site ids for a programme report of a chosen set; empty means every site. */
    siteIds: text('site_ids').notNull().default('[]'),
    confidential: integer('confidential', { mode: 'boolean' }).notNull().default(true),
    anonymised: integer('anonymised', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    updatedAt: text('updated_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
  },
  (t) => [index('reports_programme_idx').on(t.programmeId), index('reports_site_idx').on(t.siteId)]
)

/** Part of a reflection phase the consultant chose to show in reports (logs are never exported whole). */
export const reportExcerpts = sqliteTable(
  'report_excerpts',
  {
    id: text('id').primaryKey(),
    cycleId: text('cycle_id')
      .notNull()
      .references(() => reflectionCycles.id, { onDelete: 'cascade' }),
    phase: text('phase', { enum: EXCERPT_PHASES }).notNull(),
    text: text('text').notNull(),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
  },
  (t) => [index('report_excerpts_cycle_idx').on(t.cycleId)]
)

/** The name a site, person or organisation takes in anonymised exports, kept so it never changes. */
export const pseudonyms = sqliteTable(
  'pseudonyms',
  {
    programmeId: text('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: PSEUDONYM_KINDS }).notNull(),
    recordId: text('record_id').notNull(),
    pseudonym: text('pseudonym').notNull()
  },
  (t) => [uniqueIndex('pseudonyms_record_idx').on(t.programmeId, t.kind, t.recordId)]
)

/** Kept when the report or site is deleted: it is the record of what left the machine. */
export const reportExports = sqliteTable(
  'report_exports',
  {
    id: text('id').primaryKey(),
    programmeId: text('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    siteId: text('site_id'),
    reportId: text('report_id'),
    scope: text('scope', { enum: REPORT_SCOPES }).notNull(),
    /** What the file was about, as written into it (a pseudonym when anonymised). */
    subject: text('subject').notNull(),
    periodFrom: text('period_from'),
    periodTo: text('period_to'),
    anonymised: integer('anonymised', { mode: 'boolean' }).notNull(),
    format: text('format', { enum: EXPORT_FORMATS }).notNull(),
    fileName: text('file_name').notNull(),
    /** SHA-256 of the report data the file was made from. */
    fingerprint: text('fingerprint').notNull(),
    exportedAt: text('exported_at').notNull()
  },
  (t) => [
    index('report_exports_programme_idx').on(t.programmeId, t.exportedAt),
    index('report_exports_site_idx').on(t.siteId, t.exportedAt)
  ]
)
