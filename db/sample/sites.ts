// Sample sites: names, purposes, staggered starts, status and the consultants' stage judgements.
import { daysBetween, shiftDays, stamp } from './dates'
import type { SampleContext, SampleRegion, SampleSite, StageInsert } from './model'
import type { Random } from './random'
import { CLOSING_REASON, FOCI, STAGE_REASONS } from './texts'

export type SiteStory = 'active' | 'paused' | 'closed'

/**
 * The inactive site: the only one with status 'paused', its last stage 'failing' and several
 * members gone. It is the third site generated (index 2, so third in insertion order), or the
 * second when there are only two; a one-site sample has none. Later parts (meetings, actions,
 * reflections) should give it the signs of collaborative inertia.
 */
export function inactiveSiteIndex(siteCount: number): number | null {
  return siteCount >= 2 ? Math.min(2, siteCount - 1) : null
}

/** A site that finished its work early and closed (the second site), from ten sites up. */
export function closedSiteIndex(siteCount: number): number | null {
  return siteCount >= 10 ? 1 : null
}

export function siteStory(index: number, siteCount: number): SiteStory {
  if (index === inactiveSiteIndex(siteCount)) return 'paused'
  if (index === closedSiteIndex(siteCount)) return 'closed'
  return 'active'
}

/** Days before today that each story's last judgement is made by. */
const LAST_JUDGED: Record<SiteStory, number> = { active: 14, paused: 60, closed: 90 }

// Sites start over the programme's first five months, in site order.
const STAGGER_DAYS = 150

/** Site rows, with stages and people filled in by their own parts afterwards. */
export function planSites(ctx: SampleContext, regionOfSite: SampleRegion[]): SampleSite[] {
  const rng = ctx.root.fork('sites')
  const foci = rng.shuffle(FOCI)
  return regionOfSite.map((region, index) => {
    const name = ctx.places.town()
    const focus = foci[index % foci.length] ?? FOCI[0]
    const offset = Math.floor((index * STAGGER_DAYS) / Math.max(1, ctx.siteCount - 1))
    const startDate = shiftDays(ctx.startDate, 14 + offset + rng.int(0, 6))
    const story = siteStory(index, ctx.siteCount)
    return {
      index,
      row: {
        id: rng.uuid(),
        programmeId: ctx.programmeId,
        name,
        locality: region.name,
        purpose: focus?.purpose(name) ?? '',
        focus: focus?.focus ?? '',
        startDate,
        status: story,
        createdAt: stamp(shiftDays(startDate, -rng.int(3, 10)), 10, index)
      },
      region,
      organisations: [],
      people: [],
      members: [],
      stages: []
    }
  })
}

const RANK: Record<string, number> = { forming: 0, frustration: 1, functioning: 2, flying: 3 }

const NEXT: Record<string, readonly (readonly [string, number])[]> = {
  forming: [
    ['frustration', 3],
    ['functioning', 1]
  ],
  frustration: [
    ['functioning', 14],
    ['frustration', 4],
    ['forming', 1]
  ],
  functioning: [
    ['flying', 2],
    ['functioning', 1],
    ['frustration', 1]
  ],
  flying: [
    ['flying', 3],
    ['functioning', 2]
  ]
}

// Consultants judge every few months, so a site well into its second year rarely has only two.
const JUDGEMENT_COUNTS = [
  [2, 1],
  [3, 3],
  [4, 3],
  [5, 2]
] as const

function storyStages(rng: Random, story: SiteStory): string[] {
  if (story === 'paused') return ['forming', 'frustration', 'functioning', 'frustration', 'failing']
  if (story === 'closed') return ['forming', 'frustration', 'functioning', 'flying']
  const stages = ['forming']
  const count = rng.weighted(JUDGEMENT_COUNTS)
  while (stages.length < count) {
    const options = NEXT[stages[stages.length - 1] ?? 'forming'] ?? []
    stages.push(rng.weighted(options))
  }
  return stages
}

function reasonFor(rng: Random, stage: string, previous: string | undefined): string {
  let key = stage
  if (previous === stage) key = `${stage}:same`
  else if (previous && (RANK[stage] ?? 0) < (RANK[previous] ?? 0)) key = `${stage}:back`
  return rng.pick(STAGE_REASONS[key] ?? STAGE_REASONS[stage] ?? [''])
}

/** Two to five judgements, strictly ascending from the first meeting to a little before today. */
export function planStages(ctx: SampleContext, rng: Random, site: SampleSite): StageInsert[] {
  const story = siteStory(site.index, ctx.siteCount)
  const stages = storyStages(rng, story)
  const first = shiftDays(site.row.startDate, rng.int(0, 10))
  const last = shiftDays(ctx.today, -LAST_JUDGED[story] - rng.int(0, 10))
  const gap = daysBetween(first, last) / (stages.length - 1)
  return stages.map((stage, j) => {
    const middle = j > 0 && j < stages.length - 1
    // Jitter stays under a quarter of the gap, so the dates can never swap or meet.
    const jitter = middle ? rng.int(-Math.floor(gap / 4), Math.floor(gap / 4)) : 0
    const judgedOn = shiftDays(first, Math.round(j * gap) + jitter)
    const closing = story === 'closed' && j === stages.length - 1
    return {
      id: rng.uuid(),
      siteId: site.row.id,
      stage,
      judgedOn,
      reason: closing ? CLOSING_REASON : reasonFor(rng, stage, stages[j - 1]),
      createdAt: stamp(judgedOn, 17, j)
    }
  })
}
