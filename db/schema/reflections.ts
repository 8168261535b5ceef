// ORPA reflection cycles (Observe, Reflect, Plan, Act) for a site or the team, their themes, and the
// learning partner's review: comments, and the review packs a learning partner imports.
import { sql } from 'drizzle-orm'
import { index, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { people } from './directory'
import { meetings } from './meetings'
import { programmes } from './programmes'
import { sites } from './sites'

export const PHASES = ['observe', 'reflect', 'plan', 'act'] as const

export const reflectionCycles = sqliteTable(
  'reflection_cycles',
  {
    id: text('id').primaryKey(),
    programmeId: text('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    /** Null for a team-level cycle across the programme or a chosen set of sites. */
    siteId: text('site_id').references(() => sites.id, { onDelete: 'cascade' }),
    meetingId: text('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    heldOn: text('held_on').notNull(),
    title: text('title').notNull().default(''),
    /** Markdown, kept exactly as typed. */
    observe: text('observe').notNull().default(''),
    reflect: text('reflect').notNull().default(''),
    plan: text('plan').notNull().default(''),
    act: text('act').notNull().default(''),
    status: text('status', { enum: ['draft', 'shared', 'reviewed'] })
      .notNull()
      .default('draft'),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    updatedAt: text('updated_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
  },
  (t) => [
    index('reflection_cycles_programme_idx').on(t.programmeId, t.heldOn),
    // The reflections log and the dashboard count a programme's cycles site by site.
    index('reflection_cycles_programme_site_idx').on(t.programmeId, t.siteId, t.heldOn, t.id),
    index('reflection_cycles_site_idx').on(t.siteId, t.heldOn),
    index('reflection_cycles_meeting_idx').on(t.meetingId)
  ]
)

/** The sites a team-level cycle looks across (none means the whole programme). */
export const reflectionCycleSites = sqliteTable(
  'reflection_cycle_sites',
  {
    cycleId: text('cycle_id')
      .notNull()
      .references(() => reflectionCycles.id, { onDelete: 'cascade' }),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' })
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.siteId] }),
    index('reflection_cycle_sites_site_idx').on(t.siteId)
  ]
)

export const reflectionParticipants = sqliteTable(
  'reflection_participants',
  {
    cycleId: text('cycle_id')
      .notNull()
      .references(() => reflectionCycles.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id)
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.personId] }),
    index('reflection_participants_person_idx').on(t.personId)
  ]
)

/** Built-in themes have no programme; the consultants' own codes belong to one programme. */
export const themes = sqliteTable(
  'themes',
  {
    id: text('id').primaryKey(),
    programmeId: text('programme_id').references(() => programmes.id, { onDelete: 'cascade' }),
    themeSet: text('theme_set', { enum: ['practices', 'elements', 'own'] }).notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    position: text('position').notNull().default(''),
    archivedAt: text('archived_at')
  },
  (t) => [index('themes_programme_idx').on(t.programmeId)]
)

export const reflectionTags = sqliteTable(
  'reflection_tags',
  {
    id: text('id').primaryKey(),
    cycleId: text('cycle_id')
      .notNull()
      .references(() => reflectionCycles.id, { onDelete: 'cascade' }),
    themeId: text('theme_id')
      .notNull()
      .references(() => themes.id, { onDelete: 'cascade' }),
    /** 'cycle' tags the whole cycle; otherwise one phase. */
    phase: text('phase', { enum: ['cycle', 'observe', 'reflect', 'plan', 'act'] }).notNull()
  },
  (t) => [
    uniqueIndex('reflection_tags_unique').on(t.cycleId, t.themeId, t.phase),
    index('reflection_tags_theme_idx').on(t.themeId)
  ]
)

/** A review pack a learning partner imported: read-only copies of a consultant's cycles. */
export const reviewPacks = sqliteTable('review_packs', {
  id: text('id').primaryKey(),
  /** The id the exporting app gave the pack; importing the same pack twice adds nothing. */
  packId: text('pack_id').notNull().unique(),
  programmeName: text('programme_name').notNull(),
  exportedBy: text('exported_by').notNull().default(''),
  exportedAt: text('exported_at').notNull(),
  importedAt: text('imported_at').notNull(),
  description: text('description').notNull().default(''),
  /** The pack's secret: comments files are signed with it (empty for packs from before signing). */
  reviewKey: text('review_key').notNull().default('')
})

/**
 * A review pack this store exported: its secret and its cycles, so a comments file is accepted
 * only when signed with the secret of a pack made here, and only for that pack's cycles.
 */
export const reviewPackExports = sqliteTable('review_pack_exports', {
  packId: text('pack_id').primaryKey(),
  programmeId: text('programme_id')
    .notNull()
    .references(() => programmes.id, { onDelete: 'cascade' }),
  reviewKey: text('review_key').notNull(),
  /** JSON: the ids of the cycles the pack holds. */
  cycleIds: text('cycle_ids').notNull(),
  exportedAt: text('exported_at').notNull()
})

export const reviewCycles = sqliteTable(
  'review_cycles',
  {
    id: text('id').primaryKey(),
    packId: text('pack_id')
      .notNull()
      .references(() => reviewPacks.id, { onDelete: 'cascade' }),
    /** The cycle's id in the consultant's store, which comments are sent back against. */
    sourceCycleId: text('source_cycle_id').notNull(),
    /** JSON: the cycle as exported (site names, meeting date, themes, the four phases). */
    content: text('content').notNull()
  },
  (t) => [uniqueIndex('review_cycles_source_idx').on(t.packId, t.sourceCycleId)]
)

export const reviewComments = sqliteTable(
  'review_comments',
  {
    id: text('id').primaryKey(),
    /** On the consultant's own cycle ... */
    cycleId: text('cycle_id').references(() => reflectionCycles.id, { onDelete: 'cascade' }),
    /** ... or on a read-only copy in the learning partner's review area. */
    reviewCycleId: text('review_cycle_id').references(() => reviewCycles.id, {
      onDelete: 'cascade'
    }),
    phase: text('phase', { enum: ['cycle', 'observe', 'reflect', 'plan', 'act'] }).notNull(),
    parentId: text('parent_id'),
    author: text('author').notNull(),
    body: text('body').notNull(),
    createdAt: text('created_at').notNull(),
    resolvedAt: text('resolved_at'),
    /** Set on comments that arrived in a file, so importing it again adds nothing. */
    originKey: text('origin_key').unique()
  },
  (t) => [
    index('review_comments_cycle_idx').on(t.cycleId),
    index('review_comments_parent_idx').on(t.parentId),
    index('review_comments_review_cycle_idx').on(t.reviewCycleId)
  ]
)
