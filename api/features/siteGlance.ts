// The site at a glance: one read that gathers what the overview summarises from the features that
// own each part (stage, partnership, outcomes, tests of change, engagement, reflections).
import { z } from 'zod'
import { actionOutcomes, engagementMeetings } from '../../db/queries/engagement'
import { listOutcomes, listRatings } from '../../db/queries/outcomes'
import { latestSiteReflection, openSiteComments } from '../../db/queries/siteGlance'
import { listMembers, listStages } from '../../db/queries/sites'
import { adoptedTests, listTests } from '../../db/queries/testsOfChange'
import type { ApiContext } from '../context'
import { today } from '../context'
import { handler } from '../handler'
import { recordId } from '../schemas/common'
import { stageLabel } from '../../domain/vocabulary'
import { TEST_STATUSES, type TestStatus } from '../../domain/lifecycle'
import { toMembers } from '../../domain/partnership'
import { requireProgramme } from './programmes'
import { requireSite } from './sites'

/** Current sponsors and coordinators, each as the person and what they do. */
function siteLeads(ctx: ApiContext, siteId: string, day: string) {
  const current = toMembers(listMembers(ctx.db, siteId), day).filter((m) => m.current)
  const holding = (role: 'sponsor' | 'coordinator') =>
    current
      .filter((m) => m.role === role)
      .map((m) => ({
        personId: m.personId,
        name: m.name,
        profession: m.profession,
        organisationName: m.organisationName
      }))
  return { sponsors: holding('sponsor'), coordinators: holding('coordinator') }
}

/** Every current agreed outcome with its baseline and ratings, oldest rating first. */
function outcomeTrajectories(ctx: ApiContext, siteId: string) {
  return listOutcomes(ctx.db, siteId, false).map((o) => ({
    id: o.id,
    title: o.title,
    agreedOn: o.agreedOn,
    baselineRating: o.baselineRating,
    ratings: listRatings(ctx.db, o.id).map((r) => ({ ratedOn: r.ratedOn, rating: r.rating }))
  }))
}

function testsOfChange(ctx: ApiContext, siteId: string) {
  const tests = listTests(ctx.db, { siteId }).map((t) => ({
    id: t.id,
    title: t.title,
    status: t.status,
    startedOn: t.startedOn,
    decidedOn: t.decidedOn
  }))
  const byStatus = Object.fromEntries(TEST_STATUSES.map((s) => [s, 0])) as Record<
    TestStatus,
    number
  >
  for (const t of tests) byStatus[t.status] += 1
  const adopted = adoptedTests(ctx.db, { siteId }).map((t) => ({
    id: t.testId,
    title: t.title,
    decidedOn: t.decidedOn
  }))
  return { tests, byStatus, adopted }
}

export const siteGlanceHandlers = {
  /**
   * The site's overview in one answer: purpose, stage, sponsor and coordinator, outcome
   * trajectories with the tests of change, attendance at partnership meetings, how actions turned
   * out, the latest reflection and the learning partner's open comments.
   */
  'sites.glance': handler(z.object({ siteId: recordId('Site') }), (ctx, { siteId }) => {
    const site = requireSite(ctx, siteId)
    const programme = requireProgramme(ctx, site.programmeId)
    const day = today(ctx)
    const stage = listStages(ctx.db, site.id)[0]
    const latest = latestSiteReflection(ctx.db, site.id)
    return {
      today: day,
      site: {
        id: site.id,
        name: site.name,
        programmeId: site.programmeId,
        purpose: site.purpose,
        focus: site.focus,
        status: site.status,
        startDate: site.startDate
      },
      stage: stage
        ? {
            stage: stage.stage,
            label: stageLabel(programme.stageModel, stage.stage),
            judgedOn: stage.judgedOn,
            reason: stage.reason
          }
        : null,
      ...siteLeads(ctx, site.id, day),
      outcomes: outcomeTrajectories(ctx, site.id),
      testsOfChange: testsOfChange(ctx, site.id),
      attendance: engagementMeetings(ctx.db, site.id)
        .filter((m) => m.kind === 'partnership')
        .map((m) => ({
          meetingId: m.id,
          heldOn: m.heldOn,
          named: m.named,
          unnamed: m.unnamed,
          apologies: m.apologies
        })),
      actions: actionOutcomes(ctx.db, site.id, day),
      reflections: {
        latest: latest ? { ...latest, team: latest.siteId === null } : null,
        openComments: openSiteComments(ctx.db, site.id).map(({ cycleSiteId, ...c }) => ({
          ...c,
          teamCycle: cycleSiteId === null
        }))
      }
    }
  })
}
