// Tests of change per site: what is tried, which outcomes it serves, where it came from, and its
// lifecycle (idea -> planned -> testing -> adopted / adapted / abandoned), with the programme's
// funnel and business-as-usual list. PDSA cycles and shared change ideas live beside this file.
import { z } from 'zod'
import { findPerson, listPeople } from '../../db/queries/directory'
import { listMeetings } from '../../db/queries/meetings'
import { cycleSites } from '../../db/queries/reflections'
import { listChangeIdeas } from '../../db/queries/changeIdeas'
import { listCycles } from '../../db/queries/pdsaCycles'
import {
  adoptedTests,
  deleteTest,
  findOutcome,
  funnelRows,
  insertStatusChange,
  insertTest,
  listTests,
  redateStatusChange,
  saveTest,
  siteOutcomes,
  siteReflections,
  statusHistory,
  testOutcomes,
  writeOutcomes,
  type TestRow
} from '../../db/queries/testsOfChange'
import type { ApiContext } from '../context'
import { today } from '../context'
import { fieldError, notFound } from '../errors'
import { handler, mergeTables } from '../handler'
import { idInput, recordId } from '../schemas/common'
import {
  createTest,
  listTests as listInput,
  moveTest,
  testFields,
  updateTest
} from '../schemas/testsOfChange'
import { changeIdeaHandlers, requireChangeIdea, resolveChangeIdea } from './changeIdeas'
import {
  adoptionBlocked,
  availableMoves,
  checkMove,
  isDecision,
  type TestStatus
} from '../../domain/lifecycle'
import { requireMeeting, requireProgrammePerson } from './meetings'
import { cycleHandlers, lifecycleState, requireTest } from './pdsaCycles'
import { requireProgramme } from './programmes'
import { requireCycle } from './reflections'
import { requireSite } from './sites'

type Fields = z.output<typeof testFields>
type Site = ReturnType<typeof requireSite>

/** Checks every link a test makes (owner, outcomes, source, change idea) and returns the columns. */
function checkedColumns(ctx: ApiContext, site: Site, input: Fields) {
  if (input.ownerId) {
    requireProgrammePerson(ctx, site.programmeId, input.ownerId, 'ownerId', 'Owner')
  }
  input.outcomeIds.forEach((outcomeId, i) => {
    const outcome = findOutcome(ctx.db, outcomeId)
    if (!outcome || outcome.siteId !== site.id) {
      throw notFound(`outcomeIds.${i}`, `agreed outcome of ${site.name}`, outcomeId)
    }
  })
  if (input.sourceMeetingId) {
    const meeting = requireMeeting(ctx, input.sourceMeetingId, 'sourceMeetingId')
    if (meeting.siteId !== site.id) {
      throw fieldError('sourceMeetingId', `The meeting must be one of ${site.name}'s meetings`)
    }
    if (input.createdOn < meeting.heldOn) {
      throw fieldError(
        'createdOn',
        `Date started must be on or after ${meeting.heldOn}, the date of the meeting it came from`
      )
    }
  }
  if (input.sourceReflectionId) {
    const cycle = requireCycle(ctx, input.sourceReflectionId, 'sourceReflectionId')
    const teamSites = cycle.siteId ? [] : cycleSites(ctx.db, cycle.id).map((s) => s.siteId)
    const forSite = cycle.siteId
      ? cycle.siteId === site.id
      : teamSites.length === 0 || teamSites.includes(site.id)
    if (cycle.programmeId !== site.programmeId || !forSite) {
      throw fieldError('sourceReflectionId', `The reflection must be about ${site.name}`)
    }
    if (input.createdOn < cycle.heldOn) {
      throw fieldError(
        'createdOn',
        `Date started must be on or after ${cycle.heldOn}, the date of the reflection it came from`
      )
    }
  }
  return {
    title: input.title,
    idea: input.idea,
    prediction: input.prediction,
    ownerId: input.ownerId,
    kind: input.kind,
    sourceMeetingId: input.sourceMeetingId,
    sourceReflectionId: input.sourceReflectionId,
    changeIdeaId: resolveChangeIdea(ctx, site.programmeId, input),
    createdOn: input.createdOn
  }
}

/** A test's creation date cannot come after its first move or its first PDSA cycle. */
function checkCreatedOn(ctx: ApiContext, test: TestRow, createdOn: string) {
  const firstMove = statusHistory(ctx.db, test.id).find((h) => h.status !== 'idea')
  if (firstMove && createdOn > firstMove.changedOn) {
    throw fieldError(
      'createdOn',
      `Date started must be on or before ${firstMove.changedOn}, when it moved to ${firstMove.status}`
    )
  }
  const firstCycle = listCycles(ctx.db, test.id)
    .map((c) => c.startedOn)
    .sort()[0]
  if (firstCycle && createdOn > firstCycle) {
    throw fieldError(
      'createdOn',
      `Date started must be on or before ${firstCycle}, when its first PDSA cycle started`
    )
  }
}

function recordMove(ctx: ApiContext, testId: string, status: TestStatus, on: string, reason = '') {
  insertStatusChange(ctx.db, {
    id: ctx.newId(),
    testId,
    status,
    changedOn: on,
    reason,
    createdAt: ctx.clock().toISOString()
  })
}

const zeroCounts = (): Record<TestStatus, number> => ({
  idea: 0,
  planned: 0,
  testing: 0,
  adopted: 0,
  adapted: 0,
  abandoned: 0
})

const testVerbs = {
  'testsOfChange.list': handler(listInput, (ctx, input) => {
    if (input.siteId) requireSite(ctx, input.siteId)
    else if (input.programmeId) requireProgramme(ctx, input.programmeId)
    else throw fieldError('siteId', 'Give a site or a programme to list tests of change for')
    return listTests(ctx.db, input)
  }),

  /** What the test form offers: the site's outcomes, meetings, reflections, ideas and people. */
  'testsOfChange.prepare': handler(z.object({ siteId: recordId('Site') }), (ctx, { siteId }) => {
    const site = requireSite(ctx, siteId)
    return {
      site: { id: site.id, name: site.name, programmeId: site.programmeId },
      outcomes: siteOutcomes(ctx.db, siteId),
      meetings: listMeetings(ctx.db, siteId).map((m) => ({
        id: m.id,
        heldOn: m.heldOn,
        kind: m.kind
      })),
      reflections: siteReflections(ctx.db, site.programmeId, siteId),
      changeIdeas: listChangeIdeas(ctx.db, site.programmeId).map((c) => ({
        id: c.id,
        title: c.title
      })),
      people: listPeople(ctx.db, site.programmeId, false, today(ctx)).map((p) => ({
        id: p.id,
        name: p.name,
        role: p.role
      }))
    }
  }),

  'testsOfChange.get': handler(idInput, (ctx, { id }) => {
    const test = requireTest(ctx, id)
    const site = requireSite(ctx, test.siteId)
    const state = lifecycleState(ctx, test)
    const owner = test.ownerId ? (findPerson(ctx.db, test.ownerId) ?? null) : null
    const meeting = test.sourceMeetingId ? requireMeeting(ctx, test.sourceMeetingId) : null
    const reflection = test.sourceReflectionId ? requireCycle(ctx, test.sourceReflectionId) : null
    const idea = test.changeIdeaId ? requireChangeIdea(ctx, test.changeIdeaId) : null
    return {
      test,
      site: { id: site.id, name: site.name, programmeId: site.programmeId },
      owner: owner && { id: owner.id, name: owner.name, role: owner.role },
      outcomes: testOutcomes(ctx.db, id),
      sourceMeeting: meeting && { id: meeting.id, heldOn: meeting.heldOn, kind: meeting.kind },
      sourceReflection: reflection && {
        id: reflection.id,
        heldOn: reflection.heldOn,
        title: reflection.title
      },
      changeIdea: idea && { id: idea.id, title: idea.title, description: idea.description },
      cycles: listCycles(ctx.db, id),
      history: statusHistory(ctx.db, id),
      lastMovedOn: state.lastMovedOn,
      moves: availableMoves(state),
      adoptionBlocked: adoptionBlocked(state)
    }
  }),

  'testsOfChange.create': handler(createTest, (ctx, { siteId, ...input }) => {
    const site = requireSite(ctx, siteId)
    const columns = checkedColumns(ctx, site, input)
    const id = ctx.newId()
    const now = ctx.clock().toISOString()
    insertTest(ctx.db, { id, siteId, ...columns, status: 'idea', createdAt: now, updatedAt: now })
    writeOutcomes(ctx.db, id, input.outcomeIds)
    recordMove(ctx, id, 'idea', input.createdOn)
    return { id }
  }),

  'testsOfChange.update': handler(updateTest, (ctx, { id, ...input }) => {
    const test = requireTest(ctx, id)
    const site = requireSite(ctx, test.siteId)
    checkCreatedOn(ctx, test, input.createdOn)
    const columns = checkedColumns(ctx, site, input)
    saveTest(ctx.db, id, { ...columns, updatedAt: ctx.clock().toISOString() })
    writeOutcomes(ctx.db, id, input.outcomeIds)
    const created = statusHistory(ctx.db, id).find((h) => h.status === 'idea')
    if (created) redateStatusChange(ctx.db, created.id, input.createdOn)
    return { id }
  }),

  /** Moves a test through its lifecycle, refusing moves the rules do not allow. */
  'testsOfChange.move': handler(moveTest, (ctx, input) => {
    const test = requireTest(ctx, input.id)
    const check = checkMove(lifecycleState(ctx, test), {
      to: input.status,
      on: input.on,
      reason: input.reason
    })
    if (!check.ok) {
      throw fieldError(
        check.path,
        check.message,
        check.path === 'status' ? 'conflict' : 'invalid_input'
      )
    }
    const decided = isDecision(input.status)
    saveTest(ctx.db, test.id, {
      status: input.status,
      startedOn: input.status === 'testing' && !test.startedOn ? input.on : test.startedOn,
      decidedOn: decided ? input.on : null,
      decisionReason: decided ? input.reason.trim() : '',
      updatedAt: ctx.clock().toISOString()
    })
    recordMove(ctx, test.id, input.status, input.on, input.reason.trim())
    return { id: test.id, status: input.status }
  }),

  /** Deletes the test with its PDSA cycles, history and outcome links (the screen asks first). */
  'testsOfChange.delete': handler(idInput, (ctx, { id }) => {
    requireTest(ctx, id)
    deleteTest(ctx.db, id)
    return { id }
  }),

  /** Per site, how many tests are at each stage (counted in SQL), and what was adopted. */
  'testsOfChange.funnel': handler(
    z.object({ programmeId: recordId('Programme') }),
    (ctx, { programmeId }) => {
      requireProgramme(ctx, programmeId)
      const sites = new Map<
        string,
        { siteId: string; siteName: string; counts: Record<TestStatus, number> }
      >()
      for (const row of funnelRows(ctx.db, programmeId)) {
        const entry = sites.get(row.siteId) ?? {
          siteId: row.siteId,
          siteName: row.siteName,
          counts: zeroCounts()
        }
        if (row.status) entry.counts[row.status] = row.count
        sites.set(row.siteId, entry)
      }
      return { sites: [...sites.values()], adopted: adoptedTests(ctx.db, { programmeId }) }
    }
  )
}

/** The tests' own verbs with their PDSA cycles' and change ideas', merged with the duplicate check. */
export const testOfChangeHandlers = mergeTables([
  testVerbs,
  cycleHandlers,
  changeIdeaHandlers
] as const)
