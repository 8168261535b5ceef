// Change ideas shared across sites: the same idea tried in several sites links to one idea, whose
// page shows where it was tried and how each test ended.
import { z } from 'zod'
import {
  changeIdeaTitled,
  findChangeIdea,
  ideaTests,
  insertChangeIdea,
  listChangeIdeas,
  saveChangeIdea,
  type IdeaTestRow
} from '../../db/queries/changeIdeas'
import type { ApiContext } from '../context'
import { ApiError, fieldError, notFound } from '../errors'
import { handler } from '../handler'
import { idInput, recordId } from '../schemas/common'
import { createChangeIdea, updateChangeIdea } from '../schemas/testsOfChange'
import { requireProgramme } from './programmes'

export function requireChangeIdea(ctx: ApiContext, id: string, path = 'id') {
  const idea = findChangeIdea(ctx.db, id)
  if (!idea) throw notFound(path, 'change idea', id)
  return idea
}

/** A second idea with the same title would split one idea's story in two: refuse it. */
function refuseDuplicate(
  ctx: ApiContext,
  programmeId: string,
  title: string,
  path: string,
  exceptId?: string
) {
  const same = changeIdeaTitled(ctx.db, programmeId, title)
  if (same && same.id !== exceptId) {
    throw new ApiError(
      'conflict',
      `${path}: A change idea called "${same.title}" already exists in this programme`,
      [
        {
          path,
          message: `A change idea called "${same.title}" already exists in this programme: choose it instead`
        }
      ]
    )
  }
}

/** Writes a new idea of the programme (after checking its title is not taken) and returns its id. */
function addChangeIdea(
  ctx: ApiContext,
  programmeId: string,
  fields: { title: string; description: string },
  path = 'title'
): string {
  refuseDuplicate(ctx, programmeId, fields.title, path)
  const id = ctx.newId()
  insertChangeIdea(ctx.db, { id, programmeId, ...fields, createdAt: ctx.clock().toISOString() })
  return id
}

function outcomeCounts(tests: IdeaTestRow[]) {
  const counts = { tried: tests.length, sites: new Set(tests.map((t) => t.siteId)).size }
  const by = (status: IdeaTestRow['status']) => tests.filter((t) => t.status === status).length
  return {
    ...counts,
    adopted: by('adopted'),
    adapted: by('adapted'),
    abandoned: by('abandoned'),
    underway: by('idea') + by('planned') + by('testing')
  }
}

const ideaTest = (t: IdeaTestRow) => ({
  testId: t.testId,
  siteId: t.siteId,
  siteName: t.siteName,
  title: t.title,
  status: t.status,
  startedOn: t.startedOn,
  decidedOn: t.decidedOn,
  decisionReason: t.decisionReason,
  cycleCount: t.cycleCount
})

export const changeIdeaHandlers = {
  /** The programme's ideas, each with where it was tried and how each test ended. */
  'changeIdeas.list': handler(
    z.object({ programmeId: recordId('Programme') }),
    (ctx, { programmeId }) => {
      requireProgramme(ctx, programmeId)
      const tests = ideaTests(ctx.db, { programmeId })
      return listChangeIdeas(ctx.db, programmeId).map((idea) => {
        const own = tests.filter((t) => t.changeIdeaId === idea.id)
        return { ...idea, counts: outcomeCounts(own), tests: own.map(ideaTest) }
      })
    }
  ),

  'changeIdeas.get': handler(idInput, (ctx, { id }) => {
    const idea = requireChangeIdea(ctx, id)
    const programme = requireProgramme(ctx, idea.programmeId)
    const tests = ideaTests(ctx.db, { ideaId: id })
    return {
      idea,
      programme: { id: programme.id, name: programme.name },
      counts: outcomeCounts(tests),
      tests: tests.map(ideaTest)
    }
  }),

  'changeIdeas.create': handler(createChangeIdea, (ctx, { programmeId, ...fields }) => {
    requireProgramme(ctx, programmeId)
    return { id: addChangeIdea(ctx, programmeId, fields) }
  }),

  'changeIdeas.update': handler(updateChangeIdea, (ctx, { id, ...fields }) => {
    const idea = requireChangeIdea(ctx, id)
    refuseDuplicate(ctx, idea.programmeId, fields.title, 'title', id)
    saveChangeIdea(ctx.db, id, fields)
    return { id }
  })
}

/** The idea a test links to: an existing one of the programme, a new one, or none. */
export function resolveChangeIdea(
  ctx: ApiContext,
  programmeId: string,
  input: {
    changeIdeaId: string | null
    newChangeIdea: { title: string; description: string } | null
  }
): string | null {
  if (input.changeIdeaId && input.newChangeIdea) {
    throw fieldError(
      'newChangeIdea',
      'Choose an existing change idea or describe a new one, not both'
    )
  }
  if (input.newChangeIdea) {
    return addChangeIdea(ctx, programmeId, input.newChangeIdea, 'newChangeIdea.title')
  }
  if (!input.changeIdeaId) return null
  const idea = requireChangeIdea(ctx, input.changeIdeaId, 'changeIdeaId')
  if (idea.programmeId !== programmeId) {
    throw fieldError('changeIdeaId', `The change idea "${idea.title}" is not in this programme`)
  }
  return idea.id
}
