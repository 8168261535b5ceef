// The data export's tables about changes: tests of change, PDSA cycles, measures, data points.
import * as q from '../../../db/queries/dataExport'
import type { DataKind } from '../../schemas/dataExport'
import { BETTER, RULES } from '../../schemas/measures'
import { TEST_KINDS } from '../../schemas/testsOfChange'
import { TEST_STATUS_LABELS } from '../../../domain/lifecycle'
import { archived, label, list, site, spec, type TableBuilder } from './columns'

export const changesTables = {
  testsOfChange: spec(q.exportTests, [
    site(),
    { header: 'Test of change', value: (r) => r.title },
    { header: 'Kind', value: (r) => label(TEST_KINDS, r.kind) },
    { header: 'Status', value: (r) => label(TEST_STATUS_LABELS, r.status) },
    { header: 'Shared change idea', value: (r) => r.changeIdea },
    { header: 'Change being tried', value: (r) => r.idea },
    { header: 'Prediction', value: (r) => r.prediction },
    { header: 'Owner', value: (r) => r.ownerName },
    { header: 'Agreed outcomes', value: (r) => list(r.outcomes) },
    { header: 'Date started', value: (r) => r.createdOn },
    { header: 'Testing began on', value: (r) => r.startedOn },
    { header: 'Decided on', value: (r) => r.decidedOn },
    { header: 'Reason for the decision', value: (r) => r.decisionReason },
    { header: 'PDSA cycles', value: (r) => r.cycleCount }
  ]),
  pdsaCycles: spec(q.exportCycles, [
    site(),
    { header: 'Test of change', value: (r) => r.testTitle },
    { header: 'Cycle', value: (r) => r.position },
    { header: 'Started on', value: (r) => r.startedOn },
    { header: 'Ended on', value: (r) => r.endedOn },
    { header: 'Plan', value: (r) => r.plan },
    { header: 'Prediction', value: (r) => r.prediction },
    { header: 'Do', value: (r) => r.doNotes },
    { header: 'Study', value: (r) => r.study },
    { header: 'Act', value: (r) => r.act }
  ]),
  measures: spec(q.exportMeasures, [
    site(),
    { header: 'Measure', value: (r) => r.name },
    { header: 'Unit', value: (r) => r.unit },
    { header: 'Direction', value: (r) => label(BETTER, r.better) },
    { header: 'Target', value: (r) => r.target },
    { header: 'Run-chart rules', value: (r) => label(RULES, r.rules) },
    { header: 'Baseline points', value: (r) => r.baselinePoints },
    { header: 'Agreed outcome', value: (r) => r.outcomeTitle },
    { header: 'Data points', value: (r) => r.pointCount },
    archived()
  ]),
  measurePoints: spec(q.exportPoints, [
    site(),
    { header: 'Measure', value: (r) => r.measureName },
    { header: 'Unit', value: (r) => r.unit },
    { header: 'Period starting', value: (r) => r.period },
    { header: 'Value', value: (r) => r.value },
    { header: 'Note', value: (r) => r.note }
  ])
} satisfies Partial<Record<DataKind, TableBuilder>>
