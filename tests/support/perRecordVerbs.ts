// The verbs about one record (a site, meeting, cycle, test, outcome, measure or report), with the
// records they are asked about: the query-plan test checks each one uses indexes, and the scale
// bench times each at 50 and 500 sites (they must stay flat). One list, so neither misses a verb.
import type { ApiContext } from '../../api/context'
import type { ApiName } from '../../api/contract'
import { dispatchValue } from './api'

export interface RecordIds {
  programmeId: string
  siteId: string
  meetingId: string
  cycleId: string
  testId: string
  outcomeId: string
  measureId: string
  reportId: string
}

export const PER_RECORD_VERBS: [ApiName, (i: RecordIds) => Record<string, unknown>][] = [
  ['sites.get', (i) => ({ id: i.siteId })],
  ['sites.engagement', (i) => ({ siteId: i.siteId })],
  ['sites.glance', (i) => ({ siteId: i.siteId })],
  ['meetings.list', (i) => ({ siteId: i.siteId })],
  ['meetings.get', (i) => ({ id: i.meetingId })],
  ['meetings.prepare', (i) => ({ siteId: i.siteId, heldOn: '2026-11-01' })],
  ['meetings.prepare', (i) => ({ siteId: i.siteId, heldOn: '2026-11-01', meetingId: i.meetingId })],
  ['quotes.list', (i) => ({ siteId: i.siteId })],
  ['reflections.get', (i) => ({ id: i.cycleId })],
  [
    'reflections.prepare',
    (i) => ({ programmeId: i.programmeId, siteId: i.siteId, heldOn: '2026-11-01' })
  ],
  ['testsOfChange.get', (i) => ({ id: i.testId })],
  ['testsOfChange.list', (i) => ({ siteId: i.siteId })],
  ['outcomes.list', (i) => ({ siteId: i.siteId })],
  ['outcomes.get', (i) => ({ id: i.outcomeId })],
  ['measures.list', (i) => ({ siteId: i.siteId })],
  ['measures.get', (i) => ({ id: i.measureId })],
  ['reportExcerpts.list', (i) => ({ cycleId: i.cycleId })],
  ['reports.render', (i) => ({ id: i.reportId })]
]

/**
 * The same records at every size: the first site by name that has reflection cycles and
 * measures, and its first record of each kind; a site report over it is made for reports.render.
 */
export function pickRecordIds(ctx: ApiContext, programmeId: string): RecordIds {
  const one = (sql: string, ...args: string[]) => {
    const id = ctx.sqlite
      .prepare(sql)
      .pluck()
      .get(...args) as string | undefined
    if (!id) throw new Error(`No record for: ${sql}`)
    return id
  }
  const siteId = one(
    `SELECT s.id FROM sites s WHERE s.programme_id = ?
       AND EXISTS (SELECT 1 FROM reflection_cycles c WHERE c.site_id = s.id)
       AND EXISTS (SELECT 1 FROM measures m WHERE m.site_id = s.id)
       AND EXISTS (SELECT 1 FROM tests_of_change t WHERE t.site_id = s.id)
     ORDER BY s.name LIMIT 1`,
    programmeId
  )
  const report = dispatchValue(ctx, 'reports.create', {
    programmeId,
    siteId,
    periodFrom: '2025-01-01',
    periodTo: '2026-11-21'
  })
  return {
    programmeId,
    siteId,
    meetingId: one('SELECT id FROM meetings WHERE site_id = ? ORDER BY held_on LIMIT 1', siteId),
    cycleId: one(
      'SELECT id FROM reflection_cycles WHERE site_id = ? ORDER BY held_on LIMIT 1',
      siteId
    ),
    testId: one(
      'SELECT id FROM tests_of_change WHERE site_id = ? ORDER BY created_on LIMIT 1',
      siteId
    ),
    outcomeId: one(
      'SELECT id FROM agreed_outcomes WHERE site_id = ? ORDER BY position LIMIT 1',
      siteId
    ),
    measureId: one('SELECT id FROM measures WHERE site_id = ? ORDER BY name LIMIT 1', siteId),
    reportId: report.id
  }
}
