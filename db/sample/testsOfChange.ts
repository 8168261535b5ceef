// Sample tests of change: ideas tried at each site, their lifecycle, PDSA cycles and shared ideas.
import type { HeldMeeting } from './actions'
import {
  DO_NOTES,
  SHARED_IDEAS,
  STATUS_REASONS,
  TEST_TEMPLATES,
  type Decision,
  type SharedIdeaKey,
  type TestTemplate
} from './changeTexts'
import { lowerFirst } from './cycleParts'
import { daysBetween, monthLabel, shiftDays, stamp } from './dates'
import type { SampleContext, SampleRecords, SiteHistory, TestInsert } from './model'
import type { SiteOutcome } from './outcomes'
import type { Random } from './random'
import type { SiteCycle } from './reflections'

export type SharedIdeas = ReadonlyMap<SharedIdeaKey, string>

/** A test with what the measures need: its template and the outcomes it serves. */
export interface SiteTest {
  row: TestInsert
  template: TestTemplate
  outcomeIds: string[]
}

type Intent = 'idea' | 'planned' | Decision
type Status = TestInsert['status'] & string

interface Step {
  status: Status
  on: string
  reason: string
}

/** The programme's shared change ideas, which several sites try in their own way. */
export function planChangeIdeas(ctx: SampleContext, out: SampleRecords): SharedIdeas {
  const rng = ctx.root.fork('change-ideas')
  const ideas = new Map<SharedIdeaKey, string>()
  Object.entries(SHARED_IDEAS).forEach(([key, idea], i) => {
    const id = rng.uuid()
    ideas.set(key as SharedIdeaKey, id)
    const on = shiftDays(ctx.startDate, 60 + 30 * i)
    out.changeIdeas.push({ id, programmeId: ctx.programmeId, ...idea, createdAt: stamp(on, 9, i) })
  })
  return ideas
}

/**
 * Two to five tests per site, agreed at a meeting or coming out of a reflection, spread across the
 * site's time so the early ones have been decided and the latest are still ideas. The paused site
 * had ideas and one plan, but never started a test.
 */
export function planTests(
  ctx: SampleContext,
  history: SiteHistory,
  outcomes: readonly SiteOutcome[],
  cycles: readonly SiteCycle[],
  ideas: SharedIdeas,
  out: SampleRecords
): SiteTest[] {
  const rng = ctx.root.fork(`tests-${history.site.index}`)
  const n = history.held.length
  if (n < 5 || outcomes.length === 0) return []
  const paused = history.story === 'paused'
  const first = history.site.index === 0
  const count = paused ? rng.int(1, 2) : first ? rng.int(3, 5) : rng.int(2, 5)
  const at = creationMeetings(rng, history, count)
  const closed = history.story === 'closed'
  // The closed group kept the huddle and the drop-in going as business as usual.
  const kept = closed
    ? TEST_TEMPLATES.filter((t) => t.shared === 'huddle' || t.shared === 'dropin')
    : []
  const others = rng.shuffle(TEST_TEMPLATES.filter((t) => !kept.includes(t)))
  const templates = [...kept, ...others].slice(0, at.length)
  const cycleAfter = new Map(cycles.map((c) => [c.meeting.id, c]))
  return at.map((k, j) => {
    const template = templates[j] ?? TEST_TEMPLATES[0]!
    // The first site tries all three endings, so even a small sample shows each of them.
    const intent: Intent = paused
      ? j === 0
        ? 'planned'
        : 'idea'
      : first && j < 3
        ? (['adopted', 'adapted', 'abandoned'] as const)[j]!
        : closed && j < 2
          ? 'adopted'
          : rng.weighted<Intent>([
              ['adopted', 12],
              ['adapted', 3],
              ['abandoned', 2],
              ['planned', 1],
              ['idea', 1]
            ])
    const meeting = history.held[k]!
    const cycle = cycleAfter.get(meeting.id)
    const fromCycle = cycle !== undefined && rng.chance(0.35)
    const createdOn = fromCycle ? cycle.row.heldOn : meeting.heldOn
    const steps = timeline(rng, history, createdOn, intent, fromCycle)
    return writeTest(rng, history, template, meeting, fromCycle ? cycle : undefined, steps, {
      outcomes,
      ideas,
      j,
      out
    })
  })
}

/** Which partnership meetings the tests come from: spread out, the latest near the end. */
function creationMeetings(rng: Random, history: SiteHistory, count: number): number[] {
  const n = history.held.length
  if (history.story === 'paused') return rng.sample([2, 3, 4], count).sort((a, b) => a - b)
  if (history.site.index === 0) {
    const early = [2, 4, 6, n - 2, n - 1].slice(0, count).filter((k) => k < n)
    return [...new Set(early)].sort((a, b) => a - b)
  }
  const last = history.story === 'closed' ? Math.floor(n * 0.6) : n - 1
  const range = Array.from({ length: Math.max(1, last - 1) }, (_, i) => i + 2)
  const chosen = rng.sample(range, count)
  // An active site has always just had another idea.
  if (history.story === 'active' && !chosen.some((k) => k >= n - 3))
    chosen[0] = rng.int(n - 3, n - 1)
  return [...new Set(chosen)].sort((a, b) => a - b)
}

/**
 * idea -> planned -> testing -> adopted, adapted or abandoned, each step a few weeks after the
 * last and the decision taken at a partnership meeting; whatever would fall after the quiet
 * fortnight has not happened yet.
 */
function timeline(
  rng: Random,
  history: SiteHistory,
  createdOn: string,
  intent: Intent,
  fromCycle: boolean
): Step[] {
  const quiet = history.quiet
  const month = monthLabel(createdOn)
  const steps: Step[] = [
    {
      status: 'idea',
      on: createdOn,
      reason: fromCycle
        ? `Came out of our debrief after the ${month} meeting.`
        : `Suggested at the ${month} meeting.`
    }
  ]
  const planned = shiftDays(createdOn, rng.int(7, 30))
  if (intent === 'idea' || planned > quiet) return steps
  steps.push({ status: 'planned', on: planned, reason: STATUS_REASONS.planned })
  const started = shiftDays(planned, rng.int(7, 28))
  if (intent === 'planned' || started > quiet) return steps
  steps.push({ status: 'testing', on: started, reason: STATUS_REASONS.testing })
  const target = shiftDays(started, rng.int(60, 130))
  const held = history.held
  const lastHeld = held[held.length - 1]
  let decided: HeldMeeting | undefined = held.find((m) => m.heldOn >= target)
  let decision: Decision = intent
  if (!decided && history.story === 'closed' && lastHeld && lastHeld.heldOn > started) {
    // What was still being tested when the group closed carries on as business as usual.
    decided = lastHeld
    decision = 'adopted'
  }
  if (!decided || decided.heldOn > quiet) return steps
  steps.push({ status: decision, on: decided.heldOn, reason: '' })
  return steps
}

interface WriteArgs {
  outcomes: readonly SiteOutcome[]
  ideas: SharedIdeas
  j: number
  out: SampleRecords
}

function writeTest(
  rng: Random,
  history: SiteHistory,
  template: TestTemplate,
  meeting: HeldMeeting,
  cycle: SiteCycle | undefined,
  steps: Step[],
  { outcomes, ideas, j, out }: WriteArgs
): SiteTest {
  const locals = meeting.attended.filter(
    (a) => (a.memberRole === 'member' || a.memberRole === 'coordinator') && a.leftOn === null
  )
  const owner = locals.length > 0 ? rng.pick(locals) : meeting.facilitator
  const last = steps[steps.length - 1]!
  const decision = isDecision(last.status) ? last.status : null
  const reason = decision ? template.reasons[decision] : ''
  if (decision) last.reason = reason
  const decided = decision !== null
  const id = rng.uuid()
  const row: TestInsert = {
    id,
    siteId: history.site.row.id,
    changeIdeaId: template.shared ? (ideas.get(template.shared) ?? null) : null,
    title: template.title,
    idea: template.idea,
    prediction: template.prediction,
    ownerId: owner?.personId ?? null,
    kind: template.kind,
    sourceMeetingId: cycle ? null : meeting.id,
    sourceReflectionId: cycle?.row.id ?? null,
    status: last.status,
    startedOn: steps.find((s) => s.status === 'testing')?.on ?? null,
    decidedOn: decided ? last.on : null,
    decisionReason: reason,
    createdOn: steps[0]!.on,
    createdAt: stamp(steps[0]!.on, 20, 30 + j),
    updatedAt: stamp(last.on, 20, 40 + j)
  }
  out.tests.push(row)
  steps.forEach((step, i) => {
    out.statusChanges.push({
      id: rng.uuid(),
      testId: id,
      status: step.status,
      changedOn: step.on,
      reason: step.reason,
      createdAt: stamp(step.on, 20, 45 + i)
    })
  })
  const fitting = outcomes.filter((o) => o.level !== null && template.levels.includes(o.level))
  const firstOutcome = rng.pick(fitting.length > 0 ? fitting : outcomes)
  const outcomeIds = [firstOutcome.row.id ?? '']
  const others = outcomes.filter((o) => o !== firstOutcome)
  if (others.length > 0 && rng.chance(0.4)) outcomeIds.push(rng.pick(others).row.id ?? '')
  for (const outcomeId of outcomeIds) out.testOutcomes.push({ testId: id, outcomeId })
  if (row.startedOn) planPdsa(rng, history, template, row, out)
  return { row, template, outcomeIds }
}

/** One to three PDSA cycles back to back within the testing period; the last may be running. */
function planPdsa(
  rng: Random,
  history: SiteHistory,
  template: TestTemplate,
  test: TestInsert,
  out: SampleRecords
): void {
  const start = test.startedOn ?? ''
  const end = test.decidedOn ?? history.quiet
  const days = daysBetween(start, end)
  const count = Math.max(1, Math.min(rng.int(1, 3), Math.floor(days / 21)))
  for (let i = 0; i < count; i++) {
    const text = template.cycles[i] ?? template.cycles[0]
    const running = i === count - 1 && !test.decidedOn
    const next = template.cycles[i + 1]
    const act =
      i < count - 1
        ? `Adapt and run again: ${lowerFirst(next?.plan ?? '')}`
        : test.decidedOn
          ? `${capital(test.status ?? '')}. ${test.decisionReason}`
          : ''
    out.pdsa.push({
      id: rng.uuid(),
      testId: test.id ?? '',
      position: i,
      plan: text.plan,
      prediction: text.prediction,
      doNotes: running ? '' : rng.pick(DO_NOTES),
      study: running ? '' : text.study,
      act,
      startedOn: shiftDays(start, Math.floor((i * days) / count)),
      endedOn: running
        ? null
        : i === count - 1
          ? end
          : shiftDays(start, Math.floor(((i + 1) * days) / count) - 1)
    })
  }
}

function isDecision(status: Status): status is Decision {
  return status === 'adopted' || status === 'adapted' || status === 'abandoned'
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
