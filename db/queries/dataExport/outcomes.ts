// Agreed outcomes and their ratings, and the health of each partnership (stakeholder placements
// and health-check judgements), for the data export.
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import { col } from '../../rows'
import {
  healthChecks,
  outcomeRatings,
  programmeOutcomes,
  stakeholderPlacements
} from '../../schema'
import { programmeRows } from './programmeRows'

const outcomeExportRow = z.strictObject({
  siteName: col.text,
  title: col.text,
  description: col.text,
  agreedOn: col.text,
  programmeOutcome: col.optionalText,
  level: z.enum(programmeOutcomes.level.enumValues).nullable(),
  baselineRating: col.optionalNumber,
  baselineNote: col.text,
  latestRating: col.optionalNumber,
  latestRatedOn: col.optionalText,
  archivedAt: col.optionalText
})
export type OutcomeExportRow = z.output<typeof outcomeExportRow>

export const exportOutcomes = programmeRows(
  outcomeExportRow,
  (programmeId) => sql`
    WITH latest AS (
      SELECT outcome_id, rating, rated_on,
        row_number() OVER (PARTITION BY outcome_id ORDER BY rated_on DESC, created_at DESC, id DESC) AS rn
      FROM outcome_ratings
    )
    SELECT s.name AS siteName, a.title, a.description, a.agreed_on AS agreedOn,
      po.title AS programmeOutcome, po.level, a.baseline_rating AS baselineRating,
      a.baseline_note AS baselineNote, l.rating AS latestRating, l.rated_on AS latestRatedOn,
      a.archived_at AS archivedAt
    FROM agreed_outcomes a
    JOIN sites s ON s.id = a.site_id
    LEFT JOIN programme_outcomes po ON po.id = a.programme_outcome_id
    LEFT JOIN latest l ON l.outcome_id = a.id AND l.rn = 1
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, a.position, a.agreed_on, a.rowid`
)

const ratingExportRow = z.strictObject({
  siteName: col.text,
  outcomeTitle: col.text,
  ratedOn: col.text,
  rating: col.number,
  judgedBy: z.enum(outcomeRatings.judgedBy.enumValues),
  evidence: col.text,
  meetingHeldOn: col.optionalText
})
export type RatingExportRow = z.output<typeof ratingExportRow>

export const exportRatings = programmeRows(
  ratingExportRow,
  (programmeId) => sql`
    SELECT s.name AS siteName, a.title AS outcomeTitle, r.rated_on AS ratedOn, r.rating,
      r.judged_by AS judgedBy, r.evidence, m.held_on AS meetingHeldOn
    FROM outcome_ratings r
    JOIN agreed_outcomes a ON a.id = r.outcome_id
    JOIN sites s ON s.id = a.site_id
    LEFT JOIN meetings m ON m.id = r.meeting_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, a.position, a.rowid, r.rated_on, r.rowid`
)

const placementExportRow = z.strictObject({
  siteName: col.text,
  stakeholder: col.text,
  kind: z.enum(['person', 'organisation', 'other']),
  description: col.text,
  quadrant: z.enum(stakeholderPlacements.quadrant.enumValues),
  placedOn: col.text,
  note: col.text
})
export type PlacementExportRow = z.output<typeof placementExportRow>

export const exportPlacements = programmeRows(
  placementExportRow,
  (programmeId) => sql`
    SELECT s.name AS siteName, coalesce(p.name, o.name, st.name) AS stakeholder,
      CASE WHEN st.person_id IS NOT NULL THEN 'person'
        WHEN st.organisation_id IS NOT NULL THEN 'organisation' ELSE 'other' END AS kind,
      st.description, pl.quadrant, pl.placed_on AS placedOn, pl.note
    FROM stakeholder_placements pl
    JOIN stakeholders st ON st.id = pl.stakeholder_id
    JOIN sites s ON s.id = st.site_id
    LEFT JOIN people p ON p.id = st.person_id
    LEFT JOIN organisations o ON o.id = st.organisation_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, pl.placed_on, stakeholder COLLATE NOCASE, pl.rowid`
)

const judgementExportRow = z.strictObject({
  siteName: col.text,
  checkedOn: col.text,
  framework: col.text,
  judgedBy: z.enum(healthChecks.judgedBy.enumValues),
  meetingHeldOn: col.optionalText,
  heading: col.text,
  item: col.text,
  judgement: col.text,
  note: col.text,
  checkNote: col.text
})
export type JudgementExportRow = z.output<typeof judgementExportRow>

export const exportJudgements = programmeRows(
  judgementExportRow,
  (programmeId) => sql`
    SELECT s.name AS siteName, c.checked_on AS checkedOn, f.name AS framework,
      c.judged_by AS judgedBy, m.held_on AS meetingHeldOn, i.group_label AS heading,
      i.label AS item, coalesce(sp.label, j.value) AS judgement, j.note, c.note AS checkNote
    FROM health_judgements j
    JOIN health_checks c ON c.id = j.check_id
    JOIN sites s ON s.id = c.site_id
    JOIN health_frameworks f ON f.id = c.framework_id
    JOIN health_framework_items i ON i.id = j.item_id
    LEFT JOIN health_scale_points sp ON sp.framework_id = f.id AND sp.value = j.value
    LEFT JOIN meetings m ON m.id = c.meeting_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, c.checked_on, c.rowid, i.position`
)
