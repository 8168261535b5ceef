// Queries for a site's quote bank.
import { eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col } from '../rows'
import { quotes } from '../schema'

export type QuoteRow = typeof quotes.$inferSelect

export function findQuote(db: Db, id: string): QuoteRow | undefined {
  return db.select().from(quotes).where(eq(quotes.id, id)).get()
}

const quoteListRow = z.strictObject({
  id: col.text,
  text: col.text,
  speakerRole: col.text,
  personId: col.optionalText,
  personName: col.optionalText,
  consent: z.enum(quotes.consent.enumValues),
  meetingId: col.optionalText,
  meetingHeldOn: col.optionalText
})
export type QuoteListRow = z.output<typeof quoteListRow>

export function listQuotes(
  db: Db,
  filter: { siteId: string; consent?: QuoteRow['consent']; meetingId?: string }
): QuoteListRow[] {
  return allRows(
    db,
    quoteListRow,
    sql`
    SELECT q.id, q.text, q.speaker_role AS speakerRole, q.person_id AS personId,
      p.name AS personName, q.consent, q.meeting_id AS meetingId, m.held_on AS meetingHeldOn
    FROM quotes q
    LEFT JOIN people p ON p.id = q.person_id
    LEFT JOIN meetings m ON m.id = q.meeting_id
    WHERE q.site_id = ${filter.siteId}
      ${filter.consent ? sql`AND q.consent = ${filter.consent}` : sql``}
      ${filter.meetingId ? sql`AND q.meeting_id = ${filter.meetingId}` : sql``}
    ORDER BY m.held_on DESC, q.created_at DESC, q.rowid`
  )
}

export type NewQuote = typeof quotes.$inferInsert

/** Adds a quote to the site's bank (from the quote bank or a meeting's record). */
export function insertQuote(db: Db, values: NewQuote): void {
  db.insert(quotes).values(values).run()
}

export function saveQuote(
  db: Db,
  id: string,
  fields: Partial<Omit<NewQuote, 'id' | 'siteId' | 'createdAt'>>
): void {
  db.update(quotes).set(fields).where(eq(quotes.id, id)).run()
}

export function deleteQuote(db: Db, id: string): void {
  db.delete(quotes).where(eq(quotes.id, id)).run()
}
