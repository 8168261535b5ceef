// The dashboard's health signs, read lean for scale (issue 10: no notes, meetings or site names,
// grouped by site once), are exactly the repeated-low rule run over every check of the programme.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toCheck, withHealthSigns } from '../../api/features/health'
import { loadFrameworks } from '../../api/features/healthFrameworks'
import { listChecks } from '../../db/queries/health'
import type { SiteSigns } from '../../domain/earlyWarnings'
import { repeatedLows } from '../../domain/healthChanges'
import { testApi, type TestApi } from '../support/store'

let api: TestApi
let programmeId: string

beforeAll(() => {
  api = testApi()
  programmeId = api.call('sample.create', { sites: 12 }).programmeId
})
afterAll(() => api.close())

describe('the dashboard’s health signs', () => {
  it('are the repeated-low rule applied to every check of the programme, site by site', () => {
    const to = '2026-11-21'
    const sites = api.call('dashboard.get', { programmeId }).sites
    const checks = listChecks(api.ctx.db, { programmeId }, { to }).map(toCheck)
    const lows = repeatedLows(loadFrameworks(api.ctx, programmeId), checks)
    const expected = sites.map((site) =>
      lows
        .filter((l) => l.siteId === site.id)
        .map((l) => ({
          framework: l.frameworkName,
          item: l.itemLabel,
          value: l.valueLabel,
          dates: l.dates,
          checkId: l.checkId
        }))
    )
    // The sample has sites with several lows, so their order is tested too.
    expect(expected.some((l) => l.length >= 2)).toBe(true)
    const signed: SiteSigns[] = withHealthSigns(api.ctx, programmeId, sites, to)
    expect(signed.map((s) => s.healthLows)).toEqual(expected)
    expect(signed.map((s) => s.id)).toEqual(sites.map((s) => s.id))
  })

  it('leave out checks made after the day they are judged on', () => {
    const sites = api.call('dashboard.get', { programmeId }).sites
    const early = '2025-09-30'
    const checks = listChecks(api.ctx.db, { programmeId }, { to: early }).map(toCheck)
    const lows = repeatedLows(loadFrameworks(api.ctx, programmeId), checks)
    const signed: SiteSigns[] = withHealthSigns(api.ctx, programmeId, sites, early)
    expect(signed.flatMap((s) => (s.healthLows ?? []).map((l) => l.checkId))).toEqual(
      sites.flatMap((site) => lows.filter((l) => l.siteId === site.id).map((l) => l.checkId))
    )
    expect(signed.flatMap((s) => s.healthLows ?? []).every((l) => l.dates[1] <= early)).toBe(true)
  })
})
