// The data export's tables about outcomes and health: agreed outcomes, their ratings, stakeholder
// placements and health-check judgements.
import * as q from '../../../db/queries/dataExport'
import type { DataKind } from '../../schemas/dataExport'
import { JUDGES } from '../../schemas/outcomes'
import { HEALTH_JUDGED_BY, OUTCOME_LEVELS, STAKEHOLDER_GROUPS } from '../../../domain/vocabulary'
import { archived, label, site, spec, type TableBuilder } from './columns'

const STAKEHOLDER_KINDS = {
  person: 'Person',
  organisation: 'Organisation',
  other: 'Outside the directory'
}

export const outcomesTables = {
  outcomes: spec(q.exportOutcomes, [
    site(),
    { header: 'Agreed outcome', value: (r) => r.title },
    { header: 'Description', value: (r) => r.description },
    { header: 'Agreed on', value: (r) => r.agreedOn },
    { header: 'Programme outcome', value: (r) => r.programmeOutcome },
    { header: 'Theory-of-change level', value: (r) => label(OUTCOME_LEVELS, r.level) },
    { header: 'Baseline rating (0 to 10)', value: (r) => r.baselineRating },
    { header: 'Baseline note', value: (r) => r.baselineNote },
    { header: 'Latest rating (0 to 10)', value: (r) => r.latestRating },
    { header: 'Latest rated on', value: (r) => r.latestRatedOn },
    archived()
  ]),
  outcomeRatings: spec(q.exportRatings, [
    site(),
    { header: 'Agreed outcome', value: (r) => r.outcomeTitle },
    { header: 'Rated on', value: (r) => r.ratedOn },
    { header: 'Rating (0 to 10)', value: (r) => r.rating },
    { header: 'Judged by', value: (r) => label(JUDGES, r.judgedBy) },
    { header: 'Evidence', value: (r) => r.evidence },
    { header: 'Meeting date', value: (r) => r.meetingHeldOn }
  ]),
  stakeholderPlacements: spec(q.exportPlacements, [
    site(),
    { header: 'Stakeholder', value: (r) => r.stakeholder },
    { header: 'Kind', value: (r) => label(STAKEHOLDER_KINDS, r.kind) },
    { header: 'Description', value: (r) => r.description },
    {
      header: 'Group',
      value: (r) => label({ ...STAKEHOLDER_GROUPS, off: 'Off the matrix' }, r.quadrant)
    },
    { header: 'Placed on', value: (r) => r.placedOn },
    { header: 'Note', value: (r) => r.note }
  ]),
  healthJudgements: spec(q.exportJudgements, [
    site(),
    { header: 'Checked on', value: (r) => r.checkedOn },
    { header: 'Framework', value: (r) => r.framework },
    { header: 'Judged by', value: (r) => label(HEALTH_JUDGED_BY, r.judgedBy) },
    { header: 'Meeting date', value: (r) => r.meetingHeldOn },
    { header: 'Heading', value: (r) => r.heading },
    { header: 'Item', value: (r) => r.item },
    { header: 'Judgement', value: (r) => r.judgement },
    { header: 'Note', value: (r) => r.note },
    { header: 'Note on the check', value: (r) => r.checkNote }
  ])
} satisfies Partial<Record<DataKind, TableBuilder>>
