// The sample programme generator, exercised through the real 'sample.create' verb and store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { closedSiteIndex, inactiveSiteIndex } from '../../db/sample/generator'
import { shiftDays } from '../../db/sample/dates'
import { SECTORS } from '../../domain/vocabulary'
import { snapshot, testApi, type TestApi } from '../support/store'

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

  it('scales to fifty sites with unique names and a coordinator each', { timeout: 30_000 }, () => {
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

const QUIET = shiftDays(TODAY, -14)

/** Each local person's partnership meetings while a member: attended (1) or not (0), in order. */
function attendanceRuns(siteId: string): number[][] {
  const marks = rows<{ person_id: string; came: number }>(
    `SELECT s.person_id, EXISTS (SELECT 1 FROM meeting_attendance a WHERE a.meeting_id = m.id
       AND a.person_id = s.person_id AND a.status = 'attended') AS came
     FROM meetings m JOIN site_members s ON s.site_id = m.site_id
     WHERE m.site_id = ? AND m.kind = 'partnership' AND s.role NOT IN ('consultant', 'sponsor', 'learning_partner')
       AND s.joined_on <= m.held_on AND (s.left_on IS NULL OR s.left_on > m.held_on)
     ORDER BY s.person_id, m.held_on`,
    siteId
  )
  const runs = new Map<string, number[]>()
  for (const m of marks) runs.set(m.person_id, [...(runs.get(m.person_id) ?? []), m.came])
  return [...runs.values()]
}

describe('sample meetings, quotes and actions', () => {
  it('meets roughly monthly at every site, from its start until shortly before today', () => {
    const { programmeId } = api.call('sample.create', {})
    const sites = sitesOf(programmeId)
    const closing = sites[closedSiteIndex(10)!]!
    const closedOn = rows<{ d: string }>(
      'SELECT max(judged_on) AS d FROM site_stages WHERE site_id = ?',
      closing.id
    )[0]!.d
    for (const site of sites) {
      const meetings = api.call('meetings.list', { siteId: site.id })
      const partnership = meetings.filter((m) => m.kind === 'partnership')
      expect(partnership.length, site.name).toBeGreaterThanOrEqual(10)
      expect(
        meetings.some((m) => m.kind === 'debrief'),
        site.name
      ).toBe(true)
      for (const m of meetings) {
        expect(m.heldOn >= site.start_date && m.heldOn <= QUIET, site.name).toBe(true)
      }
      for (const m of partnership) {
        expect(m.durationMinutes).toBeGreaterThanOrEqual(150)
        expect(m.durationMinutes).toBeLessThanOrEqual(210)
        expect(['13:30', '10:00']).toContain(m.startTime)
        expect(m.venue).not.toBe('')
        expect(m.unnamedAttendees).toBeLessThanOrEqual(4)
      }
      for (const m of meetings.filter((x) => x.kind === 'debrief')) {
        expect([m.attended, m.durationMinutes]).toEqual([2, 60])
      }
      const latest = meetings[0]!.heldOn
      if (site.status === 'active') expect(latest >= shiftDays(TODAY, -75), site.name).toBe(true)
      if (site.status === 'paused') expect(latest < shiftDays(TODAY, -42)).toBe(true)
      if (site.status === 'closed') expect(latest <= shiftDays(closedOn, 14)).toBe(true)
    }
  })

  it('records attendance only of site members on the day: irregular, with stalwarts and drifters', () => {
    const { programmeId } = api.call('sample.create', {})
    const [strays] = rows<{ outsiders: number; nonMembers: number }>(
      `SELECT
         (SELECT count(*) FROM meeting_attendance a JOIN people p ON p.id = a.person_id
            WHERE p.programme_id <> ?) AS outsiders,
         (SELECT count(*) FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id
            WHERE NOT EXISTS (SELECT 1 FROM site_members s WHERE s.site_id = m.site_id
              AND s.person_id = a.person_id AND s.joined_on <= m.held_on
              AND (s.left_on IS NULL OR s.left_on > m.held_on))) AS nonMembers`,
      programmeId
    )
    expect(strays).toEqual({ outsiders: 0, nonMembers: 0 })

    const median = (counts: number[]) => [...counts].sort((a, b) => a - b)[counts.length >> 1]!
    const everyone: number[] = []
    let stalwarts = 0
    let drifters = 0
    let people = 0
    for (const site of sitesOf(programmeId)) {
      const named = api
        .call('meetings.list', { siteId: site.id })
        .filter((m) => m.kind === 'partnership')
        .map((m) => m.attended)
      everyone.push(...named)
      // A quiet site may be thinner, but no site meets as a handful.
      expect(median(named), site.name).toBeGreaterThanOrEqual(7)
      for (const run of attendanceRuns(site.id).filter((r) => r.length >= 8)) {
        people++
        if (run.every((came) => came === 1)) stalwarts++
        const sum = (part: number[]) => part.reduce((a, b) => a + b, 0)
        if (sum(run.slice(0, 5)) >= 3 && sum(run.slice(-5)) <= 1) drifters++
      }
    }
    expect(median(everyone)).toBeGreaterThanOrEqual(10)
    expect(median(everyone)).toBeLessThanOrEqual(22)
    expect(Math.max(...everyone)).toBeLessThanOrEqual(22)
    expect(stalwarts).toBeGreaterThanOrEqual(5)
    expect(stalwarts).toBeLessThan(people / 3)
    expect(drifters).toBeGreaterThanOrEqual(3)
  })

  it('notes focus areas, decisions, methods and a check-out, facilitated by a site consultant', () => {
    const { programmeId } = api.call('sample.create', {})
    const site = sitesOf(programmeId)[0]!
    const consultants = rows<{ name: string }>(
      `SELECT p.name FROM site_members s JOIN people p ON p.id = s.person_id
       WHERE s.site_id = ? AND s.role = 'consultant'`,
      site.id
    ).map((c) => c.name)
    const partnership = api
      .call('meetings.list', { siteId: site.id })
      .filter((m) => m.kind === 'partnership')
    for (const { id } of partnership) {
      const { meeting, focusAreas, decisions, actions } = api.call('meetings.get', { id })
      expect(consultants).toContain(meeting.facilitator)
      expect(focusAreas.length).toBeGreaterThanOrEqual(2)
      expect(focusAreas.length).toBeLessThanOrEqual(3)
      expect(focusAreas.every((f) => f.title && f.notes)).toBe(true)
      expect(decisions.length).toBeGreaterThanOrEqual(1)
      expect(decisions.length).toBeLessThanOrEqual(4)
      expect(meeting.methods.length).toBeGreaterThanOrEqual(1)
      expect(meeting.purpose && meeting.learning && meeting.checkOut).toBeTruthy()
      expect(meeting.energy).toBeGreaterThanOrEqual(1)
      expect(meeting.energy).toBeLessThanOrEqual(5)
      expect(actions.length).toBeGreaterThanOrEqual(2)
      expect(actions.length).toBeLessThanOrEqual(4)
    }
  })

  it('agrees actions at meetings, owned by people who came, mostly done, some overdue', () => {
    const { programmeId } = api.call('sample.create', {})
    const sites = sitesOf(programmeId)
    const all = api.call('actions.list', { programmeId })
    // Actions made from a reflection's Plan are checked in sample-records.test.ts.
    const actions = all.filter((a) => a.reflectionId === null)
    for (const a of actions) {
      expect(a.agreedOn).toBe(a.meetingHeldOn)
      expect(a.dueOn >= a.agreedOn).toBe(true)
      if (a.status === 'open') expect(a.completedOn).toBeNull()
      else expect(a.completedOn! >= a.agreedOn && a.completedOn! <= QUIET).toBe(true)
    }
    const [absent] = rows<{ n: number }>(
      `SELECT count(*) AS n FROM actions x WHERE x.reflection_id IS NULL AND NOT EXISTS (SELECT 1
         FROM meeting_attendance a WHERE a.meeting_id = x.meeting_id AND a.person_id = x.owner_id
         AND a.status = 'attended')`
    )
    expect(absent!.n).toBe(0)
    const share = (test: (a: (typeof actions)[number]) => boolean) =>
      actions.filter(test).length / actions.length
    expect(share((a) => a.status === 'done')).toBeGreaterThan(0.6)
    expect(share((a) => a.status === 'dropped')).toBeGreaterThan(0.03)
    expect(share((a) => a.carriedForward > 0)).toBeGreaterThan(0.05)
    expect(share((a) => a.status === 'done' && a.completedOn! > a.dueOn)).toBeGreaterThan(0.03)

    const overdue = api.call('actions.list', { programmeId, overdueOnly: true })
    expect(overdue.every((a) => a.status === 'open' && a.dueOn < TODAY)).toBe(true)
    const active = sites.filter((s) => s.status === 'active')
    const withOverdue = active.filter((s) => overdue.some((a) => a.siteId === s.id))
    expect(withOverdue.length).toBeGreaterThanOrEqual(active.length / 2)

    const paused = sites.find((s) => s.status === 'paused')!
    const pausedActions = actions.filter((a) => a.siteId === paused.id)
    const lastHeld = pausedActions.reduce((d, a) => (a.agreedOn > d ? a.agreedOn : d), '')
    const lastOnes = pausedActions.filter((a) => a.agreedOn === lastHeld)
    expect(lastOnes.length).toBeGreaterThanOrEqual(2)
    expect(lastOnes.every((a) => a.status === 'open' && a.dueOn < TODAY)).toBe(true)
    expect(overdue.filter((a) => a.siteId === paused.id).length).toBeGreaterThanOrEqual(3)

    const closed = sites.find((s) => s.status === 'closed')!
    expect(all.filter((a) => a.siteId === closed.id && a.status === 'open')).toEqual([])
  })

  it('keeps quotes by role, from people who were there, with consent of every kind', () => {
    const { programmeId } = api.call('sample.create', {})
    const quotes = sitesOf(programmeId).flatMap((s) => api.call('quotes.list', { siteId: s.id }))
    expect(quotes.length).toBeGreaterThan(50)
    const roles = new Map(
      rows<{ id: string; role: string }>('SELECT id, role FROM people').map((p) => [p.id, p.role])
    )
    for (const q of quotes) {
      expect(q.speakerRole).not.toBe('')
      expect(q.speakerRole).toBe(roles.get(q.personId!))
      expect(q.meetingHeldOn).not.toBeNull()
    }
    const [unheard] = rows<{ n: number }>(
      `SELECT count(*) AS n FROM quotes q WHERE NOT EXISTS (SELECT 1 FROM meeting_attendance a
         WHERE a.meeting_id = q.meeting_id AND a.person_id = q.person_id AND a.status = 'attended')`
    )
    expect(unheard!.n).toBe(0)
    const consent = (kind: string) => quotes.filter((q) => q.consent === kind).length
    expect(consent('yes')).toBeGreaterThan(quotes.length / 2)
    expect(consent('not_asked')).toBeGreaterThan(0)
    expect(consent('no')).toBeGreaterThan(0)
  })

  // Speed at 500 sites is measured by `npm run bench`, not asserted here.
  it('scales to many sites, each with its own meetings', { timeout: 120_000 }, () => {
    const { programmeId } = api.call('sample.create', { sites: 60 })
    const [counts] = rows<{ sites: number; meeting: number }>(
      `SELECT count(*) AS sites, min((SELECT count(*) FROM meetings m WHERE m.site_id = s.id
         AND m.kind = 'partnership')) AS meeting FROM sites s WHERE s.programme_id = ?`,
      programmeId
    )
    expect(counts).toEqual({ sites: 60, meeting: expect.any(Number) })
    expect(counts!.meeting).toBeGreaterThanOrEqual(10)
  })
})
