// Full-text search over the FTS5 index that migrations 0003_search, 0005_search_tests_of_change and
// 0010_search_meeting_venue keep in step with triggers. Sites, programmes, dates and statuses are joined live here; the index
// holds only the searchable text.
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../store'
import { allRows, col } from '../rows'
import { actions, meetings, testsOfChange } from '../schema'
import { markdownToPlain } from '../../domain/markdownText'

/** Kinds of record in the index, in the order results are shown. */
export const SEARCH_KIND_ORDER = [
  'meeting',
  'focus_area',
  'decision',
  'quote',
  'action',
  'reflection',
  'test_of_change',
  'pdsa_cycle'
] as const
export type SearchKind = (typeof SEARCH_KIND_ORDER)[number]

/** Text with the matched words marked, as plain parts: the renderer never parses HTML. */
export type MarkedText = { text: string; mark: boolean }[]

export interface SearchHit {
  kind: SearchKind
  recordId: string
  /** The record a link opens: a focus area or decision opens its meeting, a PDSA cycle its test. */
  openId: string
  /** Null for a team-level reflection cycle. */
  siteId: string | null
  siteName: string | null
  siteArchived: boolean
  /**
   * The meeting's date, the day an action was agreed, a reflection cycle's date, a quote's meeting
   * date, the day a test of change was started, the day a PDSA cycle started.
   */
  date: string | null
  /** The kind of meeting for meetings, focus areas and decisions. */
  meetingKind: (typeof meetings.$inferSelect)['kind'] | null
  /** Where the meeting was held ('' when not recorded), for meetings, focus areas and decisions. */
  venue: string | null
  actionStatus: (typeof actions.$inferSelect)['status'] | null
  /** Where a test of change is in its lifecycle, for tests and their PDSA cycles. */
  testStatus: (typeof testsOfChange.$inferSelect)['status'] | null
  /** A PDSA cycle's number within its test (1 for the first), as the test's page counts them. */
  cycleNumber: number | null
  /**
   * The record's title with matches marked (purpose, focus area, speaker role, action, reflection
   * cycle, test of change; a PDSA cycle's is its test's title).
   */
  title: MarkedText
  /** An excerpt of the record's text around the matches, marked. */
  snippet: MarkedText
}

const MARK_START = '\u0002'
const MARK_END = '\u0003'
const MAX_WORDS = 16
/**
 * A word being typed matches as the start of longer words only from this many letters: a one- or
 * two-letter prefix matches most of the index (every word starting "th"), which FTS5 without a
 * prefix index merges term by term. Shorter words still match whole ("GP", "OT").
 */
export const PREFIX_FROM_LETTERS = 3
/**
 * Ranking reads every match's column sizes, so it grows with the programme: when more records
 * than RANK_ALL_UP_TO match (a very common word), only the most recent RANK_WINDOW are ranked.
 */
export const RANK_ALL_UP_TO = 10_000
export const RANK_WINDOW = 1_000
/** Runs of what FTS5's unicode61 tokenizer treats as word characters (letters, digits, Co). */
const WORD = /[\p{L}\p{N}\p{Co}]+/gu

/**
 * The FTS5 MATCH expression for what a user typed, or null when there is nothing to look for.
 * Every word is quoted (so no FTS syntax survives: AND, OR, NOT, NEAR, *, ^, :, quotes, brackets)
 * and all must match; the last one matches as a prefix too, so results follow the typing, unless
 * the user has finished it with a space or it is shorter than PREFIX_FROM_LETTERS.
 */
export function matchExpression(text: string): string | null {
  const normalised = text.normalize('NFC')
  const all = normalised.match(WORD) ?? []
  const words = all.slice(0, MAX_WORDS)
  if (words.length === 0) return null
  const typing = words.length === all.length && !/\s$/u.test(normalised)
  const prefix = (word: string) => typing && [...word].length >= PREFIX_FROM_LETTERS
  return words
    .map((word, i) => (i === words.length - 1 && prefix(word) ? `"${word}"*` : `"${word}"`))
    .join(' ')
}

/** Splits text marked by snippet()/highlight() into parts, folding line breaks into spaces. */
export function markedParts(marked: string): MarkedText {
  const parts: MarkedText = []
  let mark = false
  let buffer = ''
  const flush = () => {
    const text = buffer.replace(/\s+/gu, ' ')
    buffer = ''
    if (!text) return
    const last = parts.at(-1)
    if (last && last.mark === mark) last.text += text
    else parts.push({ text, mark })
  }
  for (const char of marked) {
    if (char === MARK_START || char === MARK_END) {
      flush()
      mark = char === MARK_START
    } else buffer += char
  }
  flush()
  return parts
}

const hitRow = z.strictObject({
  kind: z.enum(SEARCH_KIND_ORDER),
  recordId: col.text,
  openId: col.text,
  siteId: col.optionalText,
  siteName: col.optionalText,
  siteArchivedAt: col.optionalText,
  date: col.optionalText,
  meetingKind: z.enum(meetings.kind.enumValues).nullable(),
  venue: col.optionalText,
  actionStatus: z.enum(actions.status.enumValues).nullable(),
  testStatus: z.enum(testsOfChange.status.enumValues).nullable(),
  cycleNumber: col.optionalNumber,
  title: col.text,
  snippet: col.text
})
type HitRow = z.output<typeof hitRow>

/**
 * The programme's records matching a MATCH expression (from matchExpression), best first by
 * bm25 with the title weighing twice the body. Returns at most `limit` hits, whether more
 * matched, and whether only the most recent RANK_WINDOW matches were ranked (a very common word).
 */
export function searchRecords(
  db: Db,
  programmeId: string,
  match: string,
  limit: number
): { hits: SearchHit[]; truncated: boolean; recentOnly: boolean } {
  const newest = newestMatches(db, match)
  let recentOnly = newest.length > RANK_ALL_UP_TO
  let rows = rankedRows(db, programmeId, match, limit, recentOnly ? newest[RANK_WINDOW] : undefined)
  // The window held too few of this programme's records (other programmes wrote since): rank all.
  if (recentOnly && rows.length <= limit) {
    recentOnly = false
    rows = rankedRows(db, programmeId, match, limit)
  }
  return {
    truncated: rows.length > limit,
    recentOnly,
    hits: rows.slice(0, limit).map(({ siteArchivedAt, title, snippet, ...row }) => ({
      ...row,
      siteArchived: siteArchivedAt !== null,
      title: markedParts(title),
      // Snippets of Markdown (reflections, notes) read as text: "**two**" shows as "two".
      snippet: markedParts(markdownToPlain(snippet))
    }))
  }
}

const rowidRow = z.strictObject({ id: col.number })

/**
 * The rowids of the newest RANK_ALL_UP_TO + 1 matches, newest first: reading matches in rowid
 * order without ranking them is cheap (one pass over the index, however common the word).
 */
function newestMatches(db: Db, match: string): number[] {
  return allRows(
    db,
    rowidRow,
    sql`SELECT rowid AS id FROM search_fts WHERE search_fts MATCH ${match}
        ORDER BY rowid DESC LIMIT ${RANK_ALL_UP_TO + 1}`
  ).map((row) => row.id)
}

/**
 * Up to limit + 1 matches, best first, all of them or only those after rowid `after`.
 * Ranking all: ordering by FTS5's own rank lets FTS5 sort the matches itself, so SQLite reads them
 * best first and stops at the limit (the joins, highlight() and snippet() run only for the rows it
 * reads). A window sorts on bm25() in SQLite instead, ties newest first: measured on a 500-site
 * store, FTS5's rank order scored every match before applying the rowid window (55 ms for "the"),
 * this only the window's (6 ms).
 */
function rankedRows(
  db: Db,
  programmeId: string,
  match: string,
  limit: number,
  after?: number
): HitRow[] {
  return allRows(
    db,
    hitRow,
    sql`
    SELECT d.kind AS kind, d.record_id AS recordId, d.open_id AS openId,
      s.id AS siteId, s.name AS siteName, s.archived_at AS siteArchivedAt,
      CASE d.kind
        WHEN 'quote' THEN coalesce(qm.held_on, substr(q.created_at, 1, 10))
        WHEN 'action' THEN a.agreed_on
        WHEN 'reflection' THEN r.held_on
        WHEN 'test_of_change' THEN t.created_on
        WHEN 'pdsa_cycle' THEN c.started_on
        ELSE m.held_on
      END AS date,
      m.kind AS meetingKind,
      m.venue AS venue,
      a.status AS actionStatus,
      t.status AS testStatus,
      CASE WHEN c.id IS NULL THEN NULL ELSE (
        SELECT count(*) FROM pdsa_cycles c2 WHERE c2.test_id = c.test_id AND c2.position <= c.position
      ) END AS cycleNumber,
      highlight(search_fts, 0, char(2), char(3)) AS title,
      snippet(search_fts, 1, char(2), char(3), '…', 24) AS snippet
    FROM search_fts
    CROSS JOIN search_fts_documents d ON d.id = search_fts.rowid
    LEFT JOIN meetings m ON d.kind IN ('meeting', 'focus_area', 'decision') AND m.id = d.open_id
    LEFT JOIN quotes q ON d.kind = 'quote' AND q.id = d.record_id
    LEFT JOIN meetings qm ON qm.id = q.meeting_id
    LEFT JOIN actions a ON d.kind = 'action' AND a.id = d.record_id
    LEFT JOIN reflection_cycles r ON d.kind = 'reflection' AND r.id = d.record_id
    LEFT JOIN tests_of_change t ON d.kind IN ('test_of_change', 'pdsa_cycle') AND t.id = d.open_id
    LEFT JOIN pdsa_cycles c ON d.kind = 'pdsa_cycle' AND c.id = d.record_id
    LEFT JOIN sites s ON s.id = coalesce(m.site_id, q.site_id, a.site_id, r.site_id, t.site_id)
    WHERE search_fts MATCH ${match}
      ${after === undefined ? sql`AND search_fts.rank MATCH 'bm25(2.0, 1.0)'` : sql`AND search_fts.rowid > ${after}`}
      AND coalesce(s.programme_id, r.programme_id) = ${programmeId}
    ORDER BY ${after === undefined ? sql`search_fts.rank` : sql`bm25(search_fts, 2.0, 1.0), search_fts.rowid DESC`}
    LIMIT ${limit + 1}`
  )
}
