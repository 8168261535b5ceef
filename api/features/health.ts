// Health-check verbs: the programme's frameworks (library and its own, which its sites use), a
// site's dated checks with what changed, and the programme's partnership health across sites.
import {
  checkJudgements,
  deleteCheck,
  findCheck,
  findFramework,
  insertCheck,
  insertFramework,
  listChecks,
  nextFrameworkPosition,
  programmeSites,
  replaceChosenFrameworks,
  setFrameworkArchived,
  repeatedLowJudgements,
  type CheckListRow
} from '../../db/queries/health'
import { parseStoredJson } from '../../db/rows'
import { listMeetings } from '../../db/queries/meetings'
import type { ApiContext } from '../context'
import { fieldError, notFound } from '../errors'
import { handler } from '../handler'
import { idInput } from '../schemas/common'
import {
  chooseFrameworks,
  createFramework,
  listFrameworks,
  programmeInput,
  recordHealthCheck,
  siteInput
} from '../schemas/health'
import { HEALTH_JUDGED_BY, MEETING_KINDS } from '../../domain/vocabulary'
import { dayLabel, withSigns, type SiteSigns } from '../../domain/earlyWarnings'
import {
  checksWithChanges,
  latestJudgements,
  lowestValues,
  repeatedLows,
  type Check
} from '../../domain/healthChanges'
import { chosenIds, loadFrameworks, requireFramework, scaleValue } from './healthFrameworks'
import { requireMeeting } from './meetings'
import { requireProgramme } from './programmes'
import { requireSite } from './sites'

export function toCheck(row: CheckListRow): Check & Omit<CheckListRow, 'judgements'> {
  const judgements = parseStoredJson(checkJudgements, row.judgements).map(
    ([itemId, value, note]) => ({ itemId, value, note })
  )
  return { ...row, judgements }
}

/** The sites' signs with the items judged at the bottom of their scale twice running. */
export function withHealthSigns<S extends SiteSigns>(
  ctx: ApiContext,
  programmeId: string,
  sites: S[],
  asOf: string
): S[] {
  const frameworks = loadFrameworks(ctx, programmeId)
  const found = repeatedLowJudgements(ctx.db, programmeId, asOf, lowestValues(frameworks))
  return withSigns(
    sites,
    'healthLows',
    repeatedLows(frameworks, found).map((l) => ({
      siteId: l.siteId,
      sign: {
        framework: l.frameworkName,
        item: l.itemLabel,
        value: l.valueLabel,
        dates: l.dates,
        checkId: l.checkId
      }
    }))
  )
}

function setArchived(ctx: ApiContext, id: string, archived: boolean) {
  const framework = findFramework(ctx.db, id)
  if (!framework) throw notFound('id', 'framework', id)
  if (framework.programmeId === null) {
    throw fieldError(
      'id',
      `${framework.name} ships with the app and cannot be archived; leave it out of the programme's frameworks instead`
    )
  }
  setFrameworkArchived(ctx.db, id, archived ? ctx.clock().toISOString() : null)
  return { id }
}

export const healthHandlers = {
  'healthFrameworks.list': handler(listFrameworks, (ctx, input) => {
    requireProgramme(ctx, input.programmeId)
    return loadFrameworks(ctx, input.programmeId, input.includeArchived)
  }),

  'healthFrameworks.create': handler(createFramework, (ctx, input) => {
    requireProgramme(ctx, input.programmeId)
    const labels = new Set<string>()
    input.scale.forEach((p, i) => {
      const key = p.label.toLowerCase()
      if (labels.has(key)) throw fieldError(`scale.${i}.label`, `${p.label} is on the scale twice`)
      labels.add(key)
    })
    const id = ctx.newId()
    const before = chosenIds(ctx, input.programmeId, loadFrameworks(ctx, input.programmeId, false))
    const taken = new Set<string>()
    insertFramework(
      ctx.db,
      {
        id,
        programmeId: input.programmeId,
        name: input.name,
        description: input.description,
        position: nextFrameworkPosition(ctx.db, input.programmeId)
      },
      input.scale.map((p, i) => ({
        frameworkId: id,
        value: scaleValue(p.label, taken),
        label: p.label,
        score: p.score,
        position: i + 1
      })),
      input.items.map((item, i) => ({
        id: ctx.newId(),
        frameworkId: id,
        groupLabel: item.group,
        label: item.label,
        position: i + 1
      }))
    )
    // A framework the consultant makes is one the sites will use.
    replaceChosenFrameworks(ctx.db, input.programmeId, [...before, id])
    return { id }
  }),

  'healthFrameworks.choose': handler(chooseFrameworks, (ctx, input) => {
    requireProgramme(ctx, input.programmeId)
    const ids = [...new Set(input.frameworkIds)]
    ids.forEach((id, i) => {
      const framework = requireFramework(ctx, input.programmeId, id, `frameworkIds.${i}`)
      if (framework.archivedAt) {
        throw fieldError(`frameworkIds.${i}`, `${framework.name} is archived; restore it first`)
      }
    })
    replaceChosenFrameworks(ctx.db, input.programmeId, ids)
    return { programmeId: input.programmeId }
  }),

  /** Archiving keeps the checks made with the framework; only new checks are refused. */
  'healthFrameworks.archive': handler(idInput, (ctx, { id }) => setArchived(ctx, id, true)),
  'healthFrameworks.restore': handler(idInput, (ctx, { id }) => setArchived(ctx, id, false)),

  'healthChecks.record': handler(recordHealthCheck, (ctx, input) => {
    const site = requireSite(ctx, input.siteId)
    const frameworkRow = requireFramework(ctx, site.programmeId, input.frameworkId, 'frameworkId')
    const framework = loadFrameworks(ctx, site.programmeId).find((f) => f.id === frameworkRow.id)
    if (!framework || framework.archivedAt) {
      throw fieldError(
        'frameworkId',
        `${frameworkRow.name} is archived: its checks are kept, but no new ones can be made with it`
      )
    }
    if (!framework.chosen) {
      throw fieldError(
        'frameworkId',
        `This programme's sites do not use ${framework.name}; choose it for the programme first`
      )
    }
    if (input.checkedOn < site.startDate) {
      throw fieldError(
        'checkedOn',
        `Date of the check must be on or after the site's start date (${dayLabel(site.startDate)})`
      )
    }
    if (input.meetingId) {
      const meeting = requireMeeting(ctx, input.meetingId, 'meetingId')
      if (meeting.siteId !== site.id)
        throw fieldError('meetingId', 'That meeting is at another site')
    }
    const seen = new Set<string>()
    input.judgements.forEach((j, i) => {
      const item = framework.items.find((it) => it.id === j.itemId)
      if (!item) throw fieldError(`judgements.${i}.itemId`, `That item is not in ${framework.name}`)
      if (seen.has(j.itemId))
        throw fieldError(`judgements.${i}.itemId`, `${item.label} is judged twice`)
      seen.add(j.itemId)
      if (!framework.scale.some((p) => p.value === j.value)) {
        const allowed = framework.scale.map((p) => p.label).join(', ')
        throw fieldError(
          `judgements.${i}.value`,
          `${item.label}: "${j.value}" is not on the scale (${allowed})`
        )
      }
    })
    const id = ctx.newId()
    insertCheck(
      ctx.db,
      {
        id,
        siteId: site.id,
        frameworkId: framework.id,
        checkedOn: input.checkedOn,
        judgedBy: input.judgedBy,
        meetingId: input.meetingId,
        note: input.note,
        createdAt: ctx.clock().toISOString()
      },
      input.judgements.map((j) => ({ checkId: id, ...j }))
    )
    return { id }
  }),

  /** For mistakes only: the timeline is the record of judgements over time. */
  'healthChecks.remove': handler(idInput, (ctx, { id }) => {
    if (!findCheck(ctx.db, id)) throw notFound('id', 'health check', id)
    deleteCheck(ctx.db, id)
    return { id }
  }),

  /** A site's health: the frameworks it uses, and its checks newest first with what changed. */
  'healthChecks.site': handler(siteInput, (ctx, { siteId }) => {
    const site = requireSite(ctx, siteId)
    const frameworks = loadFrameworks(ctx, site.programmeId)
    const checks = listChecks(ctx.db, { siteId }).map(toCheck)
    const timeline = frameworks.flatMap((f) =>
      checksWithChanges(
        f,
        checks.filter((c) => c.frameworkId === f.id)
      ).map(({ check, changes, summary }) => ({
        id: check.id,
        checkedOn: check.checkedOn,
        frameworkId: f.id,
        frameworkName: f.name,
        judgedBy: HEALTH_JUDGED_BY[check.judgedBy],
        meeting: check.meetingId ? { id: check.meetingId, heldOn: check.meetingOn ?? '' } : null,
        note: check.note,
        summary,
        changes: changes.map((c) => ({
          ...c,
          note: check.judgements.find((j) => j.itemId === c.itemId)?.note ?? ''
        }))
      }))
    )
    timeline.sort((a, b) => (a.checkedOn < b.checkedOn ? 1 : a.checkedOn > b.checkedOn ? -1 : 0))
    return {
      site: { id: site.id, name: site.name, startDate: site.startDate },
      frameworks: frameworks.filter((f) => f.chosen),
      meetings: listMeetings(ctx.db, siteId).map((m) => ({
        id: m.id,
        heldOn: m.heldOn,
        label: `${dayLabel(m.heldOn)}: ${MEETING_KINDS[m.kind]}`
      })),
      timeline
    }
  }),

  /** Sites by framework item: latest judgement, change from the one before, and its check. */
  'health.programme': handler(programmeInput, (ctx, { programmeId }) => {
    requireProgramme(ctx, programmeId)
    const frameworks = loadFrameworks(ctx, programmeId)
    const checks = listChecks(ctx.db, { programmeId }).map(toCheck)
    const used = new Set(checks.map((c) => c.frameworkId))
    const sites = programmeSites(ctx.db, programmeId)
    return frameworks
      .filter((f) => f.chosen || used.has(f.id))
      .map((f) => {
        const latest = latestJudgements(f, checks)
        return {
          id: f.id,
          name: f.name,
          items: f.items,
          scale: f.scale,
          sites: sites.map((site) => ({
            ...site,
            cells: Object.fromEntries(latest.get(site.id) ?? [])
          }))
        }
      })
  })
}
