// Queries for change ideas shared across sites: the ideas of a programme and where each was tried.
import { asc, eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col } from '../rows'
import { changeIdeas, testsOfChange } from '../schema'

export type ChangeIdeaRow = typeof changeIdeas.$inferSelect

export function findChangeIdea(db: Db, id: string): ChangeIdeaRow | undefined {
  return db.select().from(changeIdeas).where(eq(changeIdeas.id, id)).get()
}

/** An idea of the programme with the same title, ignoring case and spaces at the ends. */
export function changeIdeaTitled(
  db: Db,
  programmeId: string,
  title: string
): ChangeIdeaRow | undefined {
  return db
    .select()
    .from(changeIdeas)
    .where(
      sql`${changeIdeas.programmeId} = ${programmeId}
        AND lower(trim(${changeIdeas.title})) = lower(trim(${title}))`
    )
    .get()
}

const ideaTestRow = z.strictObject({
  changeIdeaId: col.text,
  testId: col.text,
  siteId: col.text,
  siteName: col.text,
  title: col.text,
  status: z.enum(testsOfChange.status.enumValues),
  startedOn: col.optionalText,
  decidedOn: col.optionalText,
  decisionReason: col.text,
  cycleCount: col.number
})
export type IdeaTestRow = z.output<typeof ideaTestRow>

/** The tests of one idea, or of every idea in a programme: where it was tried and how it ended. */
export function ideaTests(db: Db, on: { ideaId?: string; programmeId?: string }): IdeaTestRow[] {
  const where = on.ideaId
    ? sql`t.change_idea_id = ${on.ideaId}`
    : sql`ci.programme_id = ${on.programmeId ?? ''}`
  return allRows(
    db,
    ideaTestRow,
    sql`
    SELECT t.change_idea_id AS changeIdeaId, t.id AS testId, t.site_id AS siteId,
      s.name AS siteName, t.title, t.status, t.started_on AS startedOn,
      t.decided_on AS decidedOn, t.decision_reason AS decisionReason,
      (SELECT count(*) FROM pdsa_cycles c WHERE c.test_id = t.id) AS cycleCount
    FROM tests_of_change t
    JOIN change_ideas ci ON ci.id = t.change_idea_id
    JOIN sites s ON s.id = t.site_id
    WHERE ${where}
    ORDER BY s.name COLLATE NOCASE, t.created_on, t.id`
  )
}

export function listChangeIdeas(db: Db, programmeId: string): ChangeIdeaRow[] {
  return db
    .select()
    .from(changeIdeas)
    .where(eq(changeIdeas.programmeId, programmeId))
    .orderBy(sql`${changeIdeas.title} COLLATE NOCASE`, asc(changeIdeas.id))
    .all()
}

export function insertChangeIdea(db: Db, values: typeof changeIdeas.$inferInsert): void {
  db.insert(changeIdeas).values(values).run()
}

export function saveChangeIdea(
  db: Db,
  id: string,
  fields: { title: string; description: string }
): void {
  db.update(changeIdeas).set(fields).where(eq(changeIdeas.id, id)).run()
}
