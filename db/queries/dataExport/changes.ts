// Tests of change, their PDSA cycles, measures and their data points, for the data export.
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import { col } from '../../rows'
import { measures, testsOfChange } from '../../schema'
import { programmeRows } from './programmeRows'

const testExportRow = z.strictObject({
  siteName: col.text,
  title: col.text,
  kind: z.enum(testsOfChange.kind.enumValues),
  status: z.enum(testsOfChange.status.enumValues),
  changeIdea: col.optionalText,
  idea: col.text,
  prediction: col.text,
  ownerName: col.optionalText,
  /** JSON array of the agreed outcomes' titles. */
  outcomes: col.text,
  createdOn: col.text,
  startedOn: col.optionalText,
  decidedOn: col.optionalText,
  decisionReason: col.text,
  cycleCount: col.number
})
export type TestExportRow = z.output<typeof testExportRow>

export const exportTests = programmeRows(
  testExportRow,
  (programmeId) => sql`
    SELECT s.name AS siteName, t.title, t.kind, t.status, c.title AS changeIdea, t.idea,
      t.prediction, p.name AS ownerName,
      (SELECT json_group_array(title) FROM
        (SELECT a.title FROM test_of_change_outcomes x JOIN agreed_outcomes a ON a.id = x.outcome_id
          WHERE x.test_id = t.id ORDER BY a.position, a.rowid)) AS outcomes,
      t.created_on AS createdOn, t.started_on AS startedOn, t.decided_on AS decidedOn,
      t.decision_reason AS decisionReason,
      (SELECT count(*) FROM pdsa_cycles y WHERE y.test_id = t.id) AS cycleCount
    FROM tests_of_change t
    JOIN sites s ON s.id = t.site_id
    LEFT JOIN change_ideas c ON c.id = t.change_idea_id
    LEFT JOIN people p ON p.id = t.owner_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, t.created_on, t.rowid`
)

const cycleExportRow = z.strictObject({
  siteName: col.text,
  testTitle: col.text,
  position: col.number,
  startedOn: col.text,
  endedOn: col.optionalText,
  plan: col.text,
  prediction: col.text,
  doNotes: col.text,
  study: col.text,
  act: col.text
})
export type CycleExportRow = z.output<typeof cycleExportRow>

export const exportCycles = programmeRows(
  cycleExportRow,
  (programmeId) => sql`
    SELECT s.name AS siteName, t.title AS testTitle, y.position, y.started_on AS startedOn,
      y.ended_on AS endedOn, y.plan, y.prediction, y.do_notes AS doNotes, y.study, y.act
    FROM pdsa_cycles y
    JOIN tests_of_change t ON t.id = y.test_id
    JOIN sites s ON s.id = t.site_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, t.created_on, t.rowid, y.position, y.rowid`
)

const measureExportRow = z.strictObject({
  siteName: col.text,
  name: col.text,
  unit: col.text,
  better: z.enum(measures.better.enumValues),
  target: col.optionalNumber,
  rules: z.enum(measures.rules.enumValues),
  baselinePoints: col.optionalNumber,
  outcomeTitle: col.optionalText,
  pointCount: col.number,
  archivedAt: col.optionalText
})
export type MeasureExportRow = z.output<typeof measureExportRow>

export const exportMeasures = programmeRows(
  measureExportRow,
  (programmeId) => sql`
    SELECT s.name AS siteName, ms.name, ms.unit, ms.better, ms.target, ms.rules,
      ms.baseline_points AS baselinePoints, a.title AS outcomeTitle,
      (SELECT count(*) FROM measure_points mp WHERE mp.measure_id = ms.id) AS pointCount,
      ms.archived_at AS archivedAt
    FROM measures ms
    JOIN sites s ON s.id = ms.site_id
    LEFT JOIN agreed_outcomes a ON a.id = ms.outcome_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, ms.name COLLATE NOCASE, ms.rowid`
)

const pointExportRow = z.strictObject({
  siteName: col.text,
  measureName: col.text,
  unit: col.text,
  period: col.text,
  value: col.number,
  note: col.text
})
export type PointExportRow = z.output<typeof pointExportRow>

export const exportPoints = programmeRows(
  pointExportRow,
  (programmeId) => sql`
    SELECT s.name AS siteName, ms.name AS measureName, ms.unit, mp.period, mp.value, mp.note
    FROM measure_points mp
    JOIN measures ms ON ms.id = mp.measure_id
    JOIN sites s ON s.id = ms.site_id
    WHERE s.programme_id = ${programmeId}
    ORDER BY s.name COLLATE NOCASE, ms.name COLLATE NOCASE, ms.rowid, mp.period`
)
