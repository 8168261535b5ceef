// What site and team reflection cycles share: own codes, status by age, theme tags and comments.
import { daysBetween, shiftDays, stamp } from './dates'
import type { CycleInsert, SampleContext, SampleRecords, TagInsert } from './model'
import type { Random } from './random'
import { OWN_CODES, type OwnCodeKey, type Passage } from './reflectionTexts'
import { REVIEW_COMMENTS } from './teamTexts'

/** The programme's own codes, by key, with their theme ids. */
export type OwnCodes = ReadonlyMap<OwnCodeKey, string>

/** Two or three own codes for the programme, added to the built-in themes. */
export function planOwnCodes(ctx: SampleContext, out: SampleRecords): OwnCodes {
  const rng = ctx.root.fork('own-codes')
  const chosen = rng.sample(OWN_CODES, rng.int(2, 3))
  const codes = new Map<OwnCodeKey, string>()
  for (const code of chosen) {
    const id = rng.uuid()
    codes.set(code.key, id)
    out.themes.push({
      id,
      programmeId: ctx.programmeId,
      themeSet: 'own',
      name: code.name,
      description: code.description
    })
  }
  return codes
}

export function firstName(name: string): string {
  return name.split(' ')[0] ?? name
}

/** Lowers the first letter, so a Plan item reads inside a sentence. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

/** Old cycles have been reviewed, recent ones shared for review, the latest still drafts. */
export function statusFor(rng: Random, today: string, heldOn: string): CycleInsert['status'] {
  const age = daysBetween(heldOn, today)
  if (age > 120) return rng.chance(0.85) ? 'reviewed' : 'shared'
  if (age > 50) return rng.chance(0.3) ? 'reviewed' : 'shared'
  return rng.chance(0.7) ? 'draft' : 'shared'
}

/**
 * Tags from the passages the cycle is made of (on Reflect), an own code where the programme has
 * one, now and then a working element on the whole cycle and being proactive on the Plan.
 */
export function tagCycle(
  rng: Random,
  cycleId: string,
  passages: readonly Passage[],
  codes: OwnCodes,
  out: SampleRecords
): void {
  const tags: TagInsert[] = []
  const add = (themeId: string | undefined, phase: TagInsert['phase']) => {
    if (!themeId || tags.some((t) => t.themeId === themeId && t.phase === phase)) return
    tags.push({ id: rng.uuid(), cycleId, themeId, phase })
  }
  for (const passage of passages) {
    for (const theme of passage.themes) add(theme, 'reflect')
    if (passage.own) add(codes.get(passage.own), 'reflect')
  }
  if (rng.chance(0.4))
    add(rng.pick(['element-curious', 'element-thinkers', 'element-appreciative']), 'cycle')
  if (rng.chance(0.25)) add('element-proactive', 'plan')
  out.tags.push(...tags)
}

/**
 * Now and then the learning partner comments on an older cycle; most comments on reviewed cycles
 * were resolved, and a consultant sometimes replied.
 */
export function reviewCycle(
  rng: Random,
  ctx: SampleContext,
  cycle: CycleInsert,
  partner: string,
  consultant: string,
  out: SampleRecords
): void {
  const reviewed = cycle.status === 'reviewed'
  if (cycle.status === 'draft' || !rng.chance(reviewed ? 0.12 : 0.06)) return
  const quiet = shiftDays(ctx.today, -14)
  const clamp = (date: string) => (date > quiet ? quiet : date)
  const comment = rng.pick(REVIEW_COMMENTS)
  const on = clamp(shiftDays(cycle.heldOn, rng.int(4, 20)))
  const resolved = reviewed && rng.chance(0.7)
  const id = rng.uuid()
  out.comments.push({
    id,
    cycleId: cycle.id,
    phase: comment.phase,
    author: partner,
    body: comment.body,
    createdAt: stamp(on, 11, rng.int(0, 59)),
    resolvedAt: resolved ? stamp(clamp(shiftDays(on, rng.int(1, 10))), 16) : null
  })
  if (rng.chance(0.4)) {
    out.comments.push({
      id: rng.uuid(),
      cycleId: cycle.id,
      phase: comment.phase,
      parentId: id,
      author: consultant,
      body: comment.reply,
      createdAt: stamp(on, 15, rng.int(0, 59))
    })
  }
}
