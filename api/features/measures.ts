// Measure verbs: a site's numeric measures (optionally tied to an agreed outcome), their data
// points saved all or nothing, and the dates new baselines start from. The run-chart analysis
// itself runs in the renderer from these points (renderer/src/features/measures/runChart.ts).
import {
  deleteBaseline,
  deletePoint,
  deletePointsFor,
  findBaseline,
  findMeasure,
  findOutcome,
  findPoint,
  insertBaseline,
  insertMeasure,
  listBaselines,
  listPoints,
  listSiteMeasures,
  saveMeasure,
  savePoint,
  siteOutcomes,
  testMarkers
} from '../../db/queries/measures'
import type { ApiContext } from '../context'
import { fieldError, notFound } from '../errors'
import { handler } from '../handler'
import { idInput } from '../schemas/common'
import {
  addBaseline,
  createMeasure,
  listMeasures,
  savePoints,
  updateMeasure
} from '../schemas/measures'
import { requireSite } from './sites'

export function requireMeasure(ctx: ApiContext, id: string, path = 'id') {
  const measure = findMeasure(ctx.db, id)
  if (!measure) throw notFound(path, 'measure', id)
  return measure
}

/** A measure can only be tied to an outcome its own site agreed. */
function checkOutcome(ctx: ApiContext, siteId: string, outcomeId: string | null) {
  if (!outcomeId) return
  const outcome = findOutcome(ctx.db, outcomeId)
  if (!outcome) throw notFound('outcomeId', 'agreed outcome', outcomeId)
  if (outcome.siteId !== siteId) {
    throw fieldError('outcomeId', `The outcome "${outcome.title}" was agreed by another site`)
  }
}

function setArchived(ctx: ApiContext, id: string, archived: boolean) {
  requireMeasure(ctx, id)
  const archivedAt = archived ? ctx.clock().toISOString() : null
  saveMeasure(ctx.db, id, { archivedAt })
  return { id }
}

export const measureHandlers = {
  /** The site's measures with their points and baseline dates (for the list's run-chart verdict). */
  'measures.list': handler(listMeasures, (ctx, { siteId, includeArchived }) => {
    requireSite(ctx, siteId)
    const rows = listSiteMeasures(ctx.db, siteId, includeArchived)
    const ids = rows.map((m) => m.id)
    const points = listPoints(ctx.db, ids)
    const baselines = listBaselines(ctx.db, ids)
    const outcomes = siteOutcomes(ctx.db, siteId)
    return {
      outcomes,
      measures: rows.map((m) => ({
        ...m,
        outcomeTitle: outcomes.find((o) => o.id === m.outcomeId)?.title ?? null,
        points: points
          .filter((p) => p.measureId === m.id)
          .map((p) => ({ period: p.period, value: p.value })),
        baselineStarts: baselines.filter((b) => b.measureId === m.id).map((b) => b.startsOn)
      }))
    }
  }),

  'measures.get': handler(idInput, (ctx, { id }) => {
    const measure = requireMeasure(ctx, id)
    const site = requireSite(ctx, measure.siteId)
    const outcomes = siteOutcomes(ctx.db, site.id)
    const outcome = measure.outcomeId ? findOutcome(ctx.db, measure.outcomeId) : undefined
    return {
      measure,
      site: { id: site.id, name: site.name, programmeId: site.programmeId },
      outcome: outcome ? { id: outcome.id, title: outcome.title } : null,
      outcomes,
      points: listPoints(ctx.db, [id]).map(({ id, period, value, note }) => ({
        id,
        period,
        value,
        note
      })),
      baselines: listBaselines(ctx.db, [id]).map(({ id, startsOn, reason }) => ({
        id,
        startsOn,
        reason
      })),
      markers: testMarkers(ctx.db, site.id)
    }
  }),

  'measures.create': handler(createMeasure, (ctx, { siteId, ...fields }) => {
    requireSite(ctx, siteId)
    checkOutcome(ctx, siteId, fields.outcomeId)
    const id = ctx.newId()
    insertMeasure(ctx.db, { id, siteId, ...fields, createdAt: ctx.clock().toISOString() })
    return { id }
  }),

  'measures.update': handler(updateMeasure, (ctx, { id, ...fields }) => {
    const measure = requireMeasure(ctx, id)
    checkOutcome(ctx, measure.siteId, fields.outcomeId)
    saveMeasure(ctx.db, id, fields)
    return { id }
  }),

  'measures.archive': handler(idInput, (ctx, { id }) => setArchived(ctx, id, true)),
  'measures.restore': handler(idInput, (ctx, { id }) => setArchived(ctx, id, false)),

  /**
   * Saves a batch of points, all or nothing: a period given twice is refused; in mode 'add' a
   * period that already has a value is refused, in mode 'replace' its value and note are updated.
   */
  'measures.savePoints': handler(savePoints, (ctx, input) => {
    const measure = requireMeasure(ctx, input.measureId, 'measureId')
    if (input.points.length === 0 && input.deletePeriods.length === 0) {
      throw fieldError('points', 'Give at least one data point to save')
    }
    const saved = new Map(listPoints(ctx.db, [measure.id]).map((p) => [p.period, p]))
    const given = new Set<string>()
    input.points.forEach((point, i) => {
      if (given.has(point.period)) {
        throw fieldError(`points.${i}.period`, `${point.period} appears twice`)
      }
      given.add(point.period)
      const existing = saved.get(point.period)
      if (existing && input.mode === 'add') {
        throw fieldError(
          `points.${i}.period`,
          `${point.period} already has a value (${existing.value}); save in replace mode to change it`,
          'conflict'
        )
      }
    })
    input.deletePeriods.forEach((period, i) => {
      if (!saved.has(period)) {
        throw fieldError(`deletePeriods.${i}`, `No saved point for ${period}`, 'not_found')
      }
      if (given.has(period)) {
        throw fieldError(`deletePeriods.${i}`, `${period} is both saved and deleted`)
      }
    })
    const deleting = [...new Set(input.deletePeriods)]
    deletePointsFor(ctx.db, measure.id, deleting)
    for (const point of input.points) {
      savePoint(ctx.db, { id: ctx.newId(), measureId: measure.id, ...point })
    }
    const updated = input.points.filter((p) => saved.has(p.period)).length
    return {
      measureId: measure.id,
      added: input.points.length - updated,
      updated,
      deleted: deleting.length
    }
  }),

  'measures.deletePoint': handler(idInput, (ctx, { id }) => {
    const point = findPoint(ctx.db, id)
    if (!point) throw notFound('id', 'data point', id)
    deletePoint(ctx.db, id)
    return { id, measureId: point.measureId }
  }),

  /** Starts a new baseline period from a date, e.g. after an adopted change. */
  'measures.addBaseline': handler(addBaseline, (ctx, input) => {
    const measure = requireMeasure(ctx, input.measureId, 'measureId')
    const baselines = listBaselines(ctx.db, [measure.id])
    if (baselines.some((b) => b.startsOn === input.startsOn)) {
      throw fieldError('startsOn', `A baseline already starts on ${input.startsOn}`, 'conflict')
    }
    const first = listPoints(ctx.db, [measure.id])[0]
    if (first && input.startsOn <= first.period) {
      throw fieldError(
        'startsOn',
        `Start date must be after the first data point (${first.period}), where the first baseline already starts`
      )
    }
    const id = ctx.newId()
    insertBaseline(ctx.db, {
      id,
      measureId: measure.id,
      startsOn: input.startsOn,
      reason: input.reason
    })
    return { id }
  }),

  'measures.removeBaseline': handler(idInput, (ctx, { id }) => {
    const baseline = findBaseline(ctx.db, id)
    if (!baseline) throw notFound('id', 'baseline', id)
    deleteBaseline(ctx.db, id)
    return { id, measureId: baseline.measureId }
  })
}
