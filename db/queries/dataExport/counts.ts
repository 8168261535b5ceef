// How many records of each kind a programme holds, for the data export's list of tables.
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../../store'
import { col, oneRow } from '../../rows'

/** One count per kind of record, named as the export's kinds are. */
const countsRow = z.record(z.string(), col.number)

/** How many records of each kind the programme holds, in one read; `healthChecks` counts the
 * checks whose judgements are the rows of `healthJudgements`. */
export function exportCounts(db: Db, programmeId: string): Record<string, number> {
  const siteIds = sql`(SELECT id FROM sites WHERE programme_id = ${programmeId})`
  const meetingIds = sql`(SELECT id FROM meetings WHERE site_id IN ${siteIds})`
  const outcomeIds = sql`(SELECT id FROM agreed_outcomes WHERE site_id IN ${siteIds})`
  const testIds = sql`(SELECT id FROM tests_of_change WHERE site_id IN ${siteIds})`
  const measureIds = sql`(SELECT id FROM measures WHERE site_id IN ${siteIds})`
  const row = oneRow(
    db,
    countsRow,
    sql`
    SELECT
      (SELECT count(*) FROM sites WHERE programme_id = ${programmeId}) AS sites,
      (SELECT count(*) FROM people WHERE programme_id = ${programmeId}) AS people,
      (SELECT count(*) FROM organisations WHERE programme_id = ${programmeId}) AS organisations,
      (SELECT count(*) FROM site_members WHERE site_id IN ${siteIds}) AS siteMemberships,
      (SELECT count(*) FROM meetings WHERE site_id IN ${siteIds}) AS meetings,
      (SELECT count(*) FROM meeting_attendance WHERE meeting_id IN ${meetingIds}) AS attendance,
      (SELECT count(*) FROM actions WHERE site_id IN ${siteIds}) AS actions,
      (SELECT count(*) FROM agreed_outcomes WHERE site_id IN ${siteIds}) AS outcomes,
      (SELECT count(*) FROM outcome_ratings WHERE outcome_id IN ${outcomeIds}) AS outcomeRatings,
      (SELECT count(*) FROM tests_of_change WHERE site_id IN ${siteIds}) AS testsOfChange,
      (SELECT count(*) FROM pdsa_cycles WHERE test_id IN ${testIds}) AS pdsaCycles,
      (SELECT count(*) FROM measures WHERE site_id IN ${siteIds}) AS measures,
      (SELECT count(*) FROM measure_points WHERE measure_id IN ${measureIds}) AS measurePoints,
      (SELECT count(*) FROM quotes WHERE site_id IN ${siteIds}) AS quotes,
      (SELECT count(*) FROM stakeholder_placements WHERE stakeholder_id IN
        (SELECT id FROM stakeholders WHERE site_id IN ${siteIds})) AS stakeholderPlacements,
      (SELECT count(*) FROM health_judgements WHERE check_id IN
        (SELECT id FROM health_checks WHERE site_id IN ${siteIds})) AS healthJudgements,
      (SELECT count(*) FROM health_checks WHERE site_id IN ${siteIds}) AS healthChecks`
  )
  return row ?? {}
}
