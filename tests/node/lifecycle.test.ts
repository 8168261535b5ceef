import { describe, expect, it } from 'vitest'
import {
  adoptionBlocked,
  availableMoves,
  checkMove,
  checkTransition,
  isDecision,
  stepperStages,
  TEST_STATUSES,
  type LifecycleState,
  type TestStatus
} from '../../domain/lifecycle'

const at = (status: TestStatus, cycleCount = 1, lastMovedOn = '2026-03-01'): LifecycleState => ({
  status,
  cycleCount,
  lastMovedOn
})
const move = (to: TestStatus, reason = 'Because', on = '2026-03-02') => ({ to, on, reason })

describe('the lifecycle of a test of change', () => {
  it('allows the main line idea -> planned -> testing -> a decision', () => {
    expect(checkMove(at('idea'), move('planned', ''))).toEqual({ ok: true })
    expect(checkMove(at('planned'), move('testing', ''))).toEqual({ ok: true })
    for (const decision of ['adopted', 'adapted', 'abandoned'] as const) {
      expect(checkMove(at('testing'), move(decision))).toEqual({ ok: true })
    }
  })

  it('lets an adapted test be tested again differently, or planned again', () => {
    expect(availableMoves(at('adapted'))).toEqual(['testing', 'planned', 'abandoned'])
    expect(checkMove(at('adapted'), move('testing', ''))).toEqual({ ok: true })
    expect(checkMove(at('adapted'), move('planned', ''))).toEqual({ ok: true })
  })

  it('allows abandoning from any earlier stage, with a reason', () => {
    for (const from of ['idea', 'planned', 'testing', 'adapted'] as const) {
      expect(checkMove(at(from), move('abandoned'))).toEqual({ ok: true })
      expect(checkMove(at(from), move('abandoned', '  '))).toMatchObject({
        ok: false,
        path: 'reason'
      })
    }
  })

  it('refuses adoption before testing, naming the rule and where the test is', () => {
    expect(checkTransition(at('planned'), 'adopted')).toEqual({
      ok: false,
      path: 'status',
      message: 'A test can be adopted only after testing (it is at planned)'
    })
    expect(checkMove(at('idea'), move('adopted'))).toMatchObject({
      ok: false,
      message: 'A test can be adopted only after testing (it is at idea)'
    })
    expect(checkMove(at('adapted'), move('adopted'))).toMatchObject({ ok: false, path: 'status' })
  })

  it('refuses adoption until a PDSA cycle is recorded', () => {
    const check = checkMove(at('testing', 0), move('adopted'))
    expect(check).toMatchObject({ ok: false, path: 'status' })
    if (check.ok) throw new Error('accepted')
    expect(check.message).toMatch(/at least one PDSA cycle/)
    expect(adoptionBlocked(at('testing', 0))).toBe(check.message)
    expect(adoptionBlocked(at('testing', 2))).toBeNull()
    expect(availableMoves(at('testing', 0))).toEqual(['adapted', 'abandoned'])
    expect(availableMoves(at('testing', 1))).toEqual(['adopted', 'adapted', 'abandoned'])
  })

  it('needs a reason for every decision, but not for other moves', () => {
    for (const decision of ['adopted', 'adapted', 'abandoned'] as const) {
      const check = checkMove(at('testing'), move(decision, ''))
      expect(check).toMatchObject({ ok: false, path: 'reason' })
      if (check.ok) throw new Error('accepted')
      expect(check.message).toMatch(/^Reason is required/)
    }
    expect(checkMove(at('idea'), move('planned', ''))).toEqual({ ok: true })
  })

  it('needs a date on or after the last move', () => {
    expect(checkMove(at('testing'), move('adopted', 'Works', '2026-02-28'))).toEqual({
      ok: false,
      path: 'on',
      message: 'Date must be on or after 2026-03-01, the date of the last move (testing)'
    })
    expect(checkMove(at('testing'), move('adopted', 'Works', '2026-03-01'))).toEqual({ ok: true })
  })

  it('refuses moving back and moving on from a finished test', () => {
    expect(checkMove(at('testing'), move('planned'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/cannot move back \(it is at testing\)/)
    })
    expect(checkMove(at('planned'), move('idea'))).toMatchObject({
      ok: false,
      message: 'A test cannot move back to idea (it is at planned)'
    })
    expect(checkMove(at('idea'), move('testing'))).toMatchObject({
      ok: false,
      message: 'A test can be tested only once it is planned or adapted (it is at idea)'
    })
    expect(checkMove(at('idea'), move('adapted'))).toMatchObject({ ok: false, path: 'status' })
    for (const done of ['adopted', 'abandoned'] as const) {
      expect(availableMoves(at(done))).toEqual([])
      for (const to of TEST_STATUSES) {
        expect(checkTransition(at(done), to)).toMatchObject({ ok: false, path: 'status' })
      }
    }
    expect(checkTransition(at('testing'), 'testing')).toEqual({
      ok: false,
      path: 'status',
      message: 'The test is already at testing'
    })
  })

  it('offers exactly the moves the full check accepts', () => {
    for (const from of TEST_STATUSES) {
      for (const cycles of [0, 1]) {
        const state = at(from, cycles)
        const offered = availableMoves(state)
        for (const to of TEST_STATUSES) {
          expect(checkMove(state, move(to)).ok, `${from} -> ${to}`).toBe(offered.includes(to))
        }
      }
    }
  })

  it('names the decisions and the stages a stepper shows', () => {
    expect(TEST_STATUSES.filter(isDecision)).toEqual(['adopted', 'adapted', 'abandoned'])
    expect(stepperStages('planned')).toEqual(['idea', 'planned', 'testing', 'adopted'])
    expect(stepperStages('abandoned')).toEqual(['idea', 'planned', 'testing', 'abandoned'])
  })
})
