// The lifecycle of a small test of change, as plain rules the handlers and the screens share:
// idea -> planned -> testing -> adopted (business as usual) | adapted | abandoned.
// Pure: no store, no clock, so the renderer can import it to show only the moves allowed.

export const TEST_STATUSES = [
  'idea',
  'planned',
  'testing',
  'adopted',
  'adapted',
  'abandoned'
] as const
export type TestStatus = (typeof TEST_STATUSES)[number]

export const TEST_STATUS_LABELS: Record<TestStatus, string> = {
  idea: 'Idea',
  planned: 'Planned',
  testing: 'Testing',
  adopted: 'Adopted (business as usual)',
  adapted: 'Adapted',
  abandoned: 'Abandoned'
}

/** The words on a button that moves a test to a status. */
export const MOVE_LABELS: Record<TestStatus, string> = {
  idea: 'Back to idea',
  planned: 'Mark as planned',
  testing: 'Start testing',
  adopted: 'Adopt as business as usual',
  adapted: 'Adapt (test again differently)',
  abandoned: 'Abandon'
}

/** The verb a rule message uses: "A test can be adopted only after testing". */
const PARTICIPLES: Record<TestStatus, string> = {
  idea: 'moved back to idea',
  planned: 'planned',
  testing: 'tested',
  adopted: 'adopted',
  adapted: 'adapted',
  abandoned: 'abandoned'
}

const DECISIONS: readonly TestStatus[] = ['adopted', 'adapted', 'abandoned']

/** Adopt, adapt and abandon are decisions: each needs a reason and a date. */
export function isDecision(status: TestStatus): boolean {
  return DECISIONS.includes(status)
}

/** Where each status may go next, in the order the screens offer them. */
const NEXT: Record<TestStatus, readonly TestStatus[]> = {
  idea: ['planned', 'abandoned'],
  planned: ['testing', 'abandoned'],
  testing: ['adopted', 'adapted', 'abandoned'],
  adapted: ['testing', 'planned', 'abandoned'],
  adopted: [],
  abandoned: []
}

/** Where a test is: its status, the date of its last move (or creation) and its PDSA cycles. */
export interface LifecycleState {
  status: TestStatus
  lastMovedOn: string
  cycleCount: number
}

export interface MoveRequest {
  to: TestStatus
  on: string
  reason: string
}

export type MoveCheck =
  { ok: true } | { ok: false; path: 'status' | 'on' | 'reason'; message: string }

const refuse = (path: 'status' | 'on' | 'reason', message: string): MoveCheck => ({
  ok: false,
  path,
  message
})

/** Whether the status may change to `to`, ignoring the date and reason. */
export function checkTransition(state: LifecycleState, to: TestStatus): MoveCheck {
  const from = state.status
  const at = `(it is at ${from})`
  if (from === to) return refuse('status', `The test is already at ${from}`)
  if (from === 'adopted' || from === 'abandoned') {
    return refuse(
      'status',
      `A test that was ${from} is finished and cannot be ${PARTICIPLES[to]} ${at}`
    )
  }
  if (to === 'adopted' && from !== 'testing') {
    return refuse('status', `A test can be adopted only after testing ${at}`)
  }
  if (to === 'adapted' && from !== 'testing') {
    return refuse('status', `A test can be adapted only after testing ${at}`)
  }
  if (to === 'testing' && from !== 'planned' && from !== 'adapted') {
    return refuse('status', `A test can be tested only once it is planned or adapted ${at}`)
  }
  if (to === 'planned' && from !== 'idea' && from !== 'adapted') {
    return refuse(
      'status',
      `A test can be planned only from an idea or after it was adapted; it cannot move back ${at}`
    )
  }
  if (to === 'idea') return refuse('status', `A test cannot move back to idea ${at}`)
  if (to === 'adopted' && state.cycleCount === 0) {
    return refuse(
      'status',
      'A test can be adopted only once at least one PDSA cycle has been recorded'
    )
  }
  return { ok: true }
}

/** The full check of a move: the transition, then its date and its reason. */
export function checkMove(state: LifecycleState, move: MoveRequest): MoveCheck {
  const transition = checkTransition(state, move.to)
  if (!transition.ok) return transition
  if (move.on < state.lastMovedOn) {
    return refuse(
      'on',
      `Date must be on or after ${state.lastMovedOn}, the date of the last move (${state.status})`
    )
  }
  if (isDecision(move.to) && move.reason.trim() === '') {
    return refuse(
      'reason',
      `Reason is required: say why the test is ${PARTICIPLES[move.to]} (a decision needs a reason)`
    )
  }
  return { ok: true }
}

/** The moves the screens offer from a state: those the rules allow (adoption needs a cycle). */
export function availableMoves(state: LifecycleState): TestStatus[] {
  return NEXT[state.status].filter((to) => checkTransition(state, to).ok)
}

/** Why adoption is not offered yet, when that is the only thing stopping it. */
export function adoptionBlocked(state: LifecycleState): string | null {
  if (state.status !== 'testing') return null
  const check = checkTransition(state, 'adopted')
  return check.ok ? null : check.message
}

/** The main line of stages a stepper shows, with the decision the test ended in (if any). */
export function stepperStages(status: TestStatus): TestStatus[] {
  const decision = isDecision(status) ? status : 'adopted'
  return ['idea', 'planned', 'testing', decision]
}
