// PDSA cycles of a test of change (plan with a prediction, do, study, act, with dates), and the
// look-ups every test-of-change verb shares.
import {
  deleteCycle,
  findCycle,
  insertCycle,
  listCycles,
  nextCyclePosition,
  saveCycle
} from '../../db/queries/pdsaCycles'
import { findTest, statusHistory, type TestRow } from '../../db/queries/testsOfChange'
import type { ApiContext } from '../context'
import { fieldError, notFound } from '../errors'
import { handler } from '../handler'
import { idInput } from '../schemas/common'
import { addCycle, updateCycle } from '../schemas/testsOfChange'
import type { LifecycleState } from '../../domain/lifecycle'

export function requireTest(ctx: ApiContext, id: string, path = 'id') {
  const test = findTest(ctx.db, id)
  if (!test) throw notFound(path, 'test of change', id)
  return test
}

/** Where a test is in its lifecycle, for the pure rules. */
export function lifecycleState(ctx: ApiContext, test: TestRow): LifecycleState {
  const history = statusHistory(ctx.db, test.id)
  return {
    status: test.status,
    lastMovedOn: history.at(-1)?.changedOn ?? test.createdOn,
    cycleCount: listCycles(ctx.db, test.id).length
  }
}

function checkDates(test: TestRow, cycle: { startedOn: string; endedOn: string | null }) {
  if (cycle.startedOn < test.createdOn) {
    throw fieldError(
      'startedOn',
      `Start date must be on or after ${test.createdOn}, when the test of change was started`
    )
  }
  if (cycle.endedOn && cycle.endedOn < cycle.startedOn) {
    throw fieldError('endedOn', `End date must be on or after the start date (${cycle.startedOn})`)
  }
}

export const cycleHandlers = {
  'testsOfChange.addCycle': handler(addCycle, (ctx, { testId, ...fields }) => {
    const test = requireTest(ctx, testId, 'testId')
    checkDates(test, fields)
    const id = ctx.newId()
    insertCycle(ctx.db, { id, testId, position: nextCyclePosition(ctx.db, testId), ...fields })
    return { id }
  }),

  'testsOfChange.updateCycle': handler(updateCycle, (ctx, { id, ...fields }) => {
    const cycle = findCycle(ctx.db, id)
    if (!cycle) throw notFound('id', 'PDSA cycle', id)
    checkDates(requireTest(ctx, cycle.testId, 'id'), fields)
    saveCycle(ctx.db, id, fields)
    return { id, testId: cycle.testId }
  }),

  'testsOfChange.deleteCycle': handler(idInput, (ctx, { id }) => {
    const cycle = findCycle(ctx.db, id)
    if (!cycle) throw notFound('id', 'PDSA cycle', id)
    const test = requireTest(ctx, cycle.testId, 'id')
    if (test.status === 'adopted' && listCycles(ctx.db, test.id).length === 1) {
      throw fieldError(
        'id',
        'An adopted test must keep at least one PDSA cycle: this is its only one',
        'conflict'
      )
    }
    deleteCycle(ctx.db, id)
    return { id, testId: test.id }
  })
}
