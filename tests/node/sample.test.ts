// The sample programme generator, exercised through the real 'sample.create' verb and store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { inactiveSiteIndex } from '../../db/sample/generator'
import { SECTORS } from '../../api/schemas/vocabulary'
import { snapshot, testApi, type TestApi } from './support'

const TODAY = '2026-11-21'

let api: TestApi
beforeEach(() => {
  api = testApi()
})
afterEach(() => api.close())

function rows<T>(query: string, ...params: unknown[]): T[] {
  return api.store.sqlite.prepare(query).all(...params) as T[]
}

interface SiteRow {
  id: string
  name: string
  start_date: string
  status: string
}

function sitesOf(programmeId: string): SiteRow[] {
  return rows<SiteRow>(
    'SELECT id, name, start_date, status FROM sites WHERE programme_id = ? ORDER BY rowid',
    programmeId
  )
}

const CURRENT = `m.joined_on <= '${TODAY}' AND (m.left_on IS NULL OR m.left_on > '${TODAY}')`

describe('sample programme', () => {
  it('builds ten sites by default, each a plausible partnership', () => {
    const { programmeId } = api.call('sample.create', {})
    const sites = sitesOf(programmeId)
    expect(sites).toHaveLength(10)
    expect(new Set(sites.map((s) => s.name)).size).toBe(10)

    for (const site of sites) {
      const [counts] = rows<{ organisations: number; people: number }>(
        `SELECT
           (SELECT count(DISTINCT p.organisation_id) FROM site_members m
              JOIN people p ON p.id = m.person_id WHERE m.site_id = ? AND ${CURRENT}) AS organisations,
           (SELECT count(DISTINCT person_id) FROM site_members WHERE site_id = ?) AS people`,
        site.id,
        site.id
      )
      expect(counts?.organisations, site.name).toBeGreaterThanOrEqual(10)
      expect(counts?.organisations, site.name).toBeLessThanOrEqual(15)
      expect(counts?.people, site.name).toBeGreaterThanOrEqual(15)
      expect(counts?.people, site.name).toBeLessThanOrEqual(25)

      const current = rows<{ role: string }>(
        `SELECT m.role FROM site_members m WHERE m.site_id = ? AND ${CURRENT}`,
        site.id
      )
      expect(
        current.filter((m) => m.role === 'coordinator'),
        site.name
      ).toHaveLength(1)
      expect(
        current.filter((m) => m.role === 'sponsor'),
        site.name
      ).toHaveLength(1)
      expect(
        current.some((m) => m.role === 'consultant'),
        site.name
      ).toBe(true)

      const members = rows<{ joined_on: string; left_on: string | null }>(
        'SELECT joined_on, left_on FROM site_members WHERE site_id = ?',
        site.id
      )
      for (const m of members) {
        expect(m.joined_on >= site.start_date).toBe(true)
        if (m.left_on) expect(m.left_on > m.joined_on && m.left_on < TODAY).toBe(true)
      }

      const stages = rows<{ judged_on: string }>(
        'SELECT judged_on FROM site_stages WHERE site_id = ? ORDER BY rowid',
        site.id
      ).map((s) => s.judged_on)
      expect(stages.length).toBeGreaterThanOrEqual(2)
      expect(stages.length).toBeLessThanOrEqual(5)
      expect(stages[0]! >= site.start_date).toBe(true)
      expect(stages.at(-1)! < TODAY).toBe(true)
      expect([...stages].sort()).toEqual(stages)
      expect(new Set(stages).size).toBe(stages.length)
    }
  })

  it('spans every sector and theory-of-change level, with regional bodies shared by sites', () => {
    const { programmeId } = api.call('sample.create', {})
    const sectors = rows<{ sector: string }>(
      'SELECT DISTINCT sector FROM organisations WHERE programme_id = ?',
      programmeId
    ).map((r) => r.sector)
    expect(sectors.sort()).toEqual(Object.keys(SECTORS).sort())

    const levels = rows<{ level: string }>(
      'SELECT level FROM programme_outcomes WHERE programme_id = ?',
      programmeId
    ).map((r) => r.level)
    expect(levels.length).toBeGreaterThanOrEqual(6)
    expect(new Set(levels).size).toBe(5)

    const shared = rows<{ sites: number }>(
      `SELECT count(DISTINCT m.site_id) AS sites FROM site_members m
       JOIN people p ON p.id = m.person_id JOIN organisations o ON o.id = p.organisation_id
       WHERE o.sector = 'nhs' GROUP BY o.id`
    )
    expect(shared.some((r) => r.sites >= 2)).toBe(true)

    const contacts = rows<{ email: string; phone: string }>('SELECT email, phone FROM people')
    for (const { email, phone } of contacts) {
      expect(email).toMatch(/^$|^[a-z.]+@example\.(org|net)$/)
      expect(phone).toMatch(/^$|^01632 960\d{3}$/)
    }
    const names = rows<{ name: string }>('SELECT name FROM people').map((r) => r.name)
    expect(new Set(names).size).toBe(names.length)
  })

  it('has one paused site that has clearly stalled, and one closed site', () => {
    const { programmeId } = api.call('sample.create', {})
    const sites = sitesOf(programmeId)
    const paused = sites.filter((s) => s.status === 'paused')
    expect(paused).toHaveLength(1)
    expect(sites.indexOf(paused[0]!)).toBe(inactiveSiteIndex(10))
    expect(sites.filter((s) => s.status === 'closed')).toHaveLength(1)

    const latest = rows<{ stage: string }>(
      'SELECT stage FROM site_stages WHERE site_id = ? ORDER BY judged_on DESC LIMIT 1',
      paused[0]!.id
    )
    expect(latest[0]?.stage).toBe('failing')
    const left = rows<{ n: number }>(
      'SELECT count(*) AS n FROM site_members WHERE site_id = ? AND left_on IS NOT NULL',
      paused[0]!.id
    )
    expect(left[0]!.n).toBeGreaterThanOrEqual(3)
  })

  it('gives the overview a card with a stage and a coordinator for every site', () => {
    const { programmeId } = api.call('sample.create', {})
    const overview = api.call('programmes.overview', { id: programmeId })
    expect(overview.sites).toHaveLength(10)
    for (const card of overview.sites) {
      expect(card.stage, card.name).not.toBeNull()
      expect(card.coordinators, card.name).toHaveLength(1)
      expect(card.sectorCount, card.name).toBe(8)
    }
    expect(overview.outcomes.length).toBeGreaterThanOrEqual(6)
  })

  it('is reproducible: the same seed gives identical rows and ids, another seed does not', () => {
    const other = testApi()
    const third = testApi()
    try {
      api.call('sample.create', { seed: 7 })
      other.call('sample.create', { seed: 7 })
      third.call('sample.create', { seed: 8 })
      expect(snapshot(other.store)).toEqual(snapshot(api.store))
      expect(snapshot(third.store)).not.toEqual(snapshot(api.store))
    } finally {
      other.close()
      third.close()
    }
  })

  it('does not depend on the time zone of the machine', () => {
    const previous = process.env.TZ
    const other = testApi()
    try {
      process.env.TZ = 'Pacific/Kiritimati'
      api.call('sample.create', {})
      process.env.TZ = 'America/Los_Angeles'
      other.call('sample.create', {})
    } finally {
      if (previous === undefined) delete process.env.TZ
      else process.env.TZ = previous
    }
    expect(snapshot(other.store)).toEqual(snapshot(api.store))
    other.close()
  })

  it('can be created twice in one store without clashing ids', () => {
    const first = api.call('sample.create', {})
    const second = api.call('sample.create', {})
    expect(second.programmeId).not.toBe(first.programmeId)
    expect(sitesOf(second.programmeId)).toHaveLength(10)
  })

  it('scales to fifty sites with unique names and a coordinator each', () => {
    const { programmeId } = api.call('sample.create', { sites: 50 })
    const sites = sitesOf(programmeId)
    expect(sites).toHaveLength(50)
    expect(new Set(sites.map((s) => s.name)).size).toBe(50)
    const cards = api.call('programmes.overview', { id: programmeId }).sites
    expect(cards.every((c) => c.coordinators.length === 1 && c.stage !== null)).toBe(true)
    expect(sites.filter((s) => s.status === 'paused')).toHaveLength(1)
  })

  it('builds a single site without a paused one', () => {
    const { programmeId } = api.call('sample.create', { sites: 1 })
    expect(sitesOf(programmeId).map((s) => s.status)).toEqual(['active'])
  })
})
