// The parts of the sample that follow the meetings: outcomes, reflections, tests and measures.
import {
  actions,
  agreedOutcomes,
  changeIdeas,
  measureBaselines,
  measurePoints,
  measures,
  outcomeEvidence,
  outcomeRatings,
  pdsaCycles,
  reflectionCycleSites,
  reflectionCycles,
  reflectionParticipants,
  reflectionTags,
  reviewComments,
  testOfChangeOutcomes,
  testStatusChanges,
  testsOfChange,
  themes
} from '../schema'
import type { Db } from '../store'
import { planOwnCodes } from './cycleParts'
import { shiftDays } from './dates'
import { insertRows } from './insert'
import { planMeasures, type MeasureFlags, type Rebase } from './measures'
import type {
  OutcomeInsert,
  PersonInsert,
  SampleContext,
  SampleMeetings,
  SampleRecords,
  SampleSite,
  SampleTeam,
  SiteHistory
} from './model'
import { planOutcomes } from './outcomes'
import { planSiteReflections } from './reflections'
import { siteStory } from './sites'
import { planTeamReflections } from './teamReflections'
import { planChangeIdeas, planTests } from './testsOfChange'

export interface RecordsInput {
  sites: readonly SampleSite[]
  /** Each site's meetings, in the same order as the sites. */
  meetings: readonly SampleMeetings[]
  programmeOutcomes: readonly OutcomeInsert[]
  team: SampleTeam
  peopleById: ReadonlyMap<string, PersonInsert>
}

/**
 * Every part here forks its own stream per site (outcomes-N, reflections-N, tests-N, measures-N)
 * or per programme (own-codes, change-ideas, team-reflections) and only reads the earlier parts,
 * so the directory and meeting rows, ids included, are exactly what they were without them.
 */
export function planRecords(ctx: SampleContext, input: RecordsInput): SampleRecords {
  const out: SampleRecords = {
    outcomes: [],
    ratings: [],
    evidence: [],
    themes: [],
    cycles: [],
    cycleSites: [],
    participants: [],
    tags: [],
    comments: [],
    actions: [],
    changeIdeas: [],
    tests: [],
    testOutcomes: [],
    statusChanges: [],
    pdsa: [],
    measures: [],
    baselines: [],
    points: []
  }
  const codes = planOwnCodes(ctx, out)
  const ideas = planChangeIdeas(ctx, out)
  const flags: MeasureFlags = { ihiPlaced: false }
  const rebases: Rebase[] = []
  const partner = input.team.learningPartner.name
  const lastMet = new Map<string, string>()
  input.sites.forEach((site, i) => {
    const plan = input.meetings[i]
    if (!plan) return
    const history = historyOf(ctx, site, plan, input.peopleById)
    const outcomes = planOutcomes(ctx, history, input.programmeOutcomes, out)
    const cycles = planSiteReflections(ctx, history, outcomes, codes, partner, out)
    const tests = planTests(ctx, history, outcomes, cycles, ideas, out)
    const rebase = planMeasures(ctx, history, outcomes, tests, flags, out)
    if (rebase) rebases.push(rebase)
    const last = history.held[history.held.length - 1]
    if (last) lastMet.set(site.row.id, last.heldOn)
  })
  planTeamReflections(ctx, input.sites, lastMet, input.team, codes, out)
  rebaseOne(ctx, rebases, out)
  return out
}

/**
 * One measure starts a new baseline at an adoption: the one with the most points since, so its
 * new baseline period has points enough to be judged.
 */
function rebaseOne(ctx: SampleContext, rebases: readonly Rebase[], out: SampleRecords): void {
  const chosen = rebases.reduce<Rebase | null>((a, r) => (!a || r.after > a.after ? r : a), null)
  if (!chosen) return
  out.baselines.push({
    id: ctx.root.fork('measure-baselines').uuid(),
    measureId: chosen.measure.id ?? '',
    startsOn: chosen.startsOn,
    reason: chosen.reason
  })
}

function historyOf(
  ctx: SampleContext,
  site: SampleSite,
  plan: SampleMeetings,
  people: ReadonlyMap<string, PersonInsert>
): SiteHistory {
  const focus = new Map<string, string[]>()
  for (const area of plan.focusAreas) {
    const titles = focus.get(area.meetingId) ?? []
    titles.push(area.title)
    focus.set(area.meetingId, titles)
  }
  return {
    site,
    story: siteStory(site.index, ctx.siteCount),
    held: plan.held,
    meetingRows: new Map(plan.meetings.map((m) => [m.id, m])),
    focus,
    quotes: plan.quotes,
    actions: plan.actions,
    people,
    quiet: shiftDays(ctx.today, -14)
  }
}

/** Writes the records after the meetings, parents before the rows that point at them. */
export function insertRecords(db: Db, records: SampleRecords): void {
  insertRows(db, changeIdeas, records.changeIdeas)
  insertRows(db, agreedOutcomes, records.outcomes)
  insertRows(db, outcomeRatings, records.ratings)
  insertRows(db, themes, records.themes)
  insertRows(db, reflectionCycles, records.cycles)
  insertRows(db, reflectionCycleSites, records.cycleSites)
  insertRows(db, reflectionParticipants, records.participants)
  insertRows(db, reflectionTags, records.tags)
  insertRows(db, reviewComments, records.comments)
  insertRows(db, actions, records.actions)
  insertRows(db, outcomeEvidence, records.evidence)
  insertRows(db, testsOfChange, records.tests)
  insertRows(db, testOfChangeOutcomes, records.testOutcomes)
  insertRows(db, testStatusChanges, records.statusChanges)
  insertRows(db, pdsaCycles, records.pdsa)
  insertRows(db, measures, records.measures)
  insertRows(db, measureBaselines, records.baselines)
  insertRows(db, measurePoints, records.points)
}
