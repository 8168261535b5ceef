// The sample's agreed outcomes and reflection cycles, read with SQL from one generated programme.
// (Tests of change, measures, the paused site and reproducibility are in sample-changes.test.ts;
// the directory and meetings in sample.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { shiftDays } from '../../db/sample/dates'
import { testApi, type TestApi } from '../support/store'

const TODAY = '2026-11-21'
const QUIET = shiftDays(TODAY, -14)

let api: TestApi
let programmeId: string
beforeAll(() => {
  api = testApi()
  programmeId = api.call('sample.create', {}).programmeId
}, 60_000)
afterAll(() => api.close())

function rows<T>(query: string, ...params: unknown[]): T[] {
  return api.store.sqlite.prepare(query).all(...params) as T[]
}

interface Site {
  id: string
  name: string
  status: string
}

const sites = () =>
  rows<Site>(
    'SELECT id, name, status FROM sites WHERE programme_id = ? ORDER BY rowid',
    programmeId
  )

describe('sample agreed outcomes', () => {
  it('agrees three to five outcomes at each site’s first meeting, most mapped to the programme', () => {
    for (const site of sites()) {
      const [first] = rows<{ id: string; held_on: string }>(
        `SELECT id, held_on FROM meetings WHERE site_id = ? AND kind = 'partnership'
         ORDER BY held_on LIMIT 1`,
        site.id
      )
      const outcomes = rows<{
        agreed_on: string
        agreed_at_meeting_id: string
        programme_outcome_id: string | null
        baseline_rating: number
        baseline_note: string
        title: string
      }>('SELECT * FROM agreed_outcomes WHERE site_id = ? ORDER BY position', site.id)
      expect(outcomes.length, site.name).toBeGreaterThanOrEqual(3)
      expect(outcomes.length, site.name).toBeLessThanOrEqual(5)
      const unmapped = outcomes.filter((o) => o.programme_outcome_id === null).length
      expect(unmapped, site.name).toBeGreaterThanOrEqual(1)
      expect(unmapped, site.name).toBeLessThan(outcomes.length / 2)
      for (const o of outcomes) {
        expect([o.agreed_on, o.agreed_at_meeting_id]).toEqual([first!.held_on, first!.id])
        expect(o.baseline_rating).toBeGreaterThanOrEqual(1)
        expect(o.baseline_rating).toBeLessThanOrEqual(4)
        expect(o.baseline_note).not.toBe('')
        expect(o.title).not.toMatch(/[{}]/)
      }
    }
    const [foreign] = rows<{ n: number }>(
      `SELECT count(*) AS n FROM agreed_outcomes o JOIN sites s ON s.id = o.site_id
       JOIN programme_outcomes p ON p.id = o.programme_outcome_id WHERE p.programme_id <> s.programme_id`
    )
    expect(foreign!.n).toBe(0)
  })

  it('rates them 0-10 at later partnership meetings, rising at active sites, not at the paused one', () => {
    const ratings = rows<{
      site: string
      outcome: string
      rating: number
      rated_on: string
      agreed_on: string
      judged_by: string
      baseline: number
      meeting_site: string
      held_on: string
      kind: string
    }>(
      `SELECT o.site_id AS site, o.id AS outcome, r.rating, r.rated_on, o.agreed_on, r.judged_by,
         o.baseline_rating AS baseline, m.site_id AS meeting_site, m.held_on, m.kind
       FROM outcome_ratings r JOIN agreed_outcomes o ON o.id = r.outcome_id
       JOIN meetings m ON m.id = r.meeting_id ORDER BY o.id, r.rated_on`
    )
    const [all] = rows<{ n: number }>('SELECT count(*) AS n FROM outcome_ratings')
    expect(ratings).toHaveLength(all!.n)
    for (const r of ratings) {
      expect(Number.isInteger(r.rating) && r.rating >= 0 && r.rating <= 10).toBe(true)
      expect(r.rated_on > r.agreed_on && r.rated_on <= QUIET).toBe(true)
      expect([r.meeting_site, r.held_on, r.kind]).toEqual([r.site, r.rated_on, 'partnership'])
    }
    const group = ratings.filter((r) => r.judged_by === 'group').length
    expect(group / ratings.length).toBeGreaterThan(0.7)

    for (const site of sites()) {
      const own = ratings.filter((r) => r.site === site.id)
      const outcomes = [...new Set(own.map((r) => r.outcome))]
      const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
      const last = outcomes.map((o) => own.filter((r) => r.outcome === o).at(-1)!.rating)
      const peak = outcomes.map((o) =>
        Math.max(...own.filter((r) => r.outcome === o).map((r) => r.rating))
      )
      const baseline = outcomes.map((o) => own.find((r) => r.outcome === o)!.baseline)
      // Rated every two or three months: a site in its second year has been rated several times.
      expect(own.length / outcomes.length, site.name).toBeGreaterThanOrEqual(3)
      if (site.status === 'paused') {
        expect(mean(last), site.name).toBeLessThan(mean(peak))
        expect(mean(last) - mean(baseline), site.name).toBeLessThanOrEqual(1)
      } else {
        expect(mean(last) - mean(baseline), site.name).toBeGreaterThanOrEqual(1.5)
      }
    }
  })

  it('links evidence from the site’s own quotes and meetings', () => {
    const evidence = rows<{
      site: string
      quote_site: string | null
      meeting_site: string | null
      kinds: number
    }>(
      `SELECT o.site_id AS site, q.site_id AS quote_site, coalesce(m.site_id, rm.site_id) AS meeting_site,
         (e.quote_id IS NOT NULL) + (e.meeting_id IS NOT NULL) + (e.reflection_id IS NOT NULL) AS kinds
       FROM outcome_evidence e JOIN agreed_outcomes o ON o.id = e.outcome_id
       LEFT JOIN quotes q ON q.id = e.quote_id LEFT JOIN meetings m ON m.id = e.meeting_id
       LEFT JOIN reflection_cycles rm ON rm.id = e.reflection_id`
    )
    expect(evidence.filter((e) => e.quote_site).length).toBeGreaterThan(10)
    expect(evidence.filter((e) => e.meeting_site && !e.quote_site).length).toBeGreaterThan(5)
    for (const e of evidence) {
      expect(e.kinds).toBe(1)
      expect(e.quote_site ?? e.meeting_site).toBe(e.site)
    }
  })
})

interface Cycle {
  id: string
  site_id: string | null
  meeting_id: string | null
  held_on: string
  status: string
  plan: string
  observe: string
  reflect: string
}

describe('sample reflection cycles', () => {
  it('follows most partnership meetings with a cycle for the consultant and the coordinator', () => {
    const cycles = rows<Cycle & { m_site: string; m_held: string; kind: string }>(
      `SELECT c.*, m.site_id AS m_site, m.held_on AS m_held, m.kind FROM reflection_cycles c
       JOIN meetings m ON m.id = c.meeting_id WHERE c.site_id IS NOT NULL`
    )
    const [siteCycles] = rows<{ n: number }>(
      'SELECT count(*) AS n FROM reflection_cycles WHERE site_id IS NOT NULL'
    )
    expect(cycles).toHaveLength(siteCycles!.n)
    for (const c of cycles) {
      expect([c.m_site, c.kind]).toEqual([c.site_id, 'partnership'])
      expect(c.held_on > c.m_held && c.held_on <= shiftDays(c.m_held, 3)).toBe(true)
      expect(c.held_on <= QUIET).toBe(true)
      expect(c.observe && c.reflect).toBeTruthy()
      expect(c.plan).toMatch(/^(- .+\n){0,2}- .+$/)
      const roles = rows<{ role: string }>(
        `SELECT s.role FROM reflection_participants p JOIN site_members s ON s.person_id = p.person_id
         AND s.site_id = ? AND s.joined_on <= ? AND (s.left_on IS NULL OR s.left_on > ?)
         WHERE p.cycle_id = ? ORDER BY s.role`,
        c.site_id,
        c.held_on,
        c.held_on,
        c.id
      ).map((r) => r.role)
      expect(roles).toEqual(['consultant', 'coordinator'])
    }
    for (const site of sites().filter((s) => s.status === 'active')) {
      const [counts] = rows<{ meetings: number; cycles: number }>(
        `SELECT (SELECT count(*) FROM meetings WHERE site_id = ? AND kind = 'partnership') AS meetings,
           (SELECT count(*) FROM reflection_cycles WHERE site_id = ?) AS cycles`,
        site.id,
        site.id
      )
      expect(counts!.cycles / counts!.meetings, site.name).toBeGreaterThan(0.6)
    }
    const statuses = (from: string, to: string) =>
      rows<{ status: string }>(
        'SELECT DISTINCT status FROM reflection_cycles WHERE held_on > ? AND held_on <= ?',
        from,
        to
      ).map((r) => r.status)
    expect(statuses('0000', shiftDays(TODAY, -121))).not.toContain('draft')
    expect(statuses(shiftDays(TODAY, -50), TODAY)).not.toContain('reviewed')
    expect(statuses('0000', TODAY).sort()).toEqual(['draft', 'reviewed', 'shared'])
  })

  it('turns some Plan items into actions owned by a member of the site', () => {
    const actions = rows<{
      site_id: string
      cycle_site: string
      agreed_on: string
      held_on: string
      meeting_id: string | null
      due_on: string
      plan: string
      description: string
      member: number
    }>(
      `SELECT a.site_id, c.site_id AS cycle_site, a.agreed_on, c.held_on, a.meeting_id, a.due_on,
         c.plan, a.description, EXISTS (SELECT 1 FROM site_members s WHERE s.site_id = a.site_id
           AND s.person_id = a.owner_id AND s.joined_on <= a.agreed_on
           AND (s.left_on IS NULL OR s.left_on > a.agreed_on)) AS member
       FROM actions a JOIN reflection_cycles c ON c.id = a.reflection_id`
    )
    expect(actions.length).toBeGreaterThan(30)
    for (const a of actions) {
      expect([a.cycle_site, a.agreed_on, a.meeting_id, a.member]).toEqual([
        a.site_id,
        a.held_on,
        null,
        1
      ])
      expect(a.plan.split('\n')).toContain(`- ${a.description}`)
      expect(a.due_on >= a.agreed_on).toBe(true)
    }
  })

  it('tags cycles with built-in themes and two or three own codes of the programme', () => {
    const own = rows<{ id: string; uses: number }>(
      `SELECT t.id, (SELECT count(*) FROM reflection_tags g WHERE g.theme_id = t.id) AS uses
       FROM themes t WHERE t.programme_id = ? AND t.theme_set = 'own'`,
      programmeId
    )
    expect(own.length).toBeGreaterThanOrEqual(2)
    expect(own.length).toBeLessThanOrEqual(3)
    expect(own.every((t) => t.uses > 0)).toBe(true)
    const places = rows<{ phase: string }>('SELECT DISTINCT phase FROM reflection_tags').map(
      (r) => r.phase
    )
    expect(places).toEqual(expect.arrayContaining(['cycle', 'reflect', 'plan']))
    const [untagged] = rows<{ n: number }>(
      `SELECT count(*) AS n FROM reflection_cycles c
       WHERE NOT EXISTS (SELECT 1 FROM reflection_tags g WHERE g.cycle_id = c.id)`
    )
    expect(untagged!.n).toBe(0)
  })

  it('holds a team cycle each month, sometimes naming two to four sites', () => {
    const team = rows<Cycle & { named: number }>(
      `SELECT c.*, (SELECT count(*) FROM reflection_cycle_sites s WHERE s.cycle_id = c.id) AS named
       FROM reflection_cycles c WHERE c.site_id IS NULL ORDER BY c.held_on`
    )
    const months = team.map((c) => c.held_on.slice(0, 7))
    expect(new Set(months).size).toBe(months.length)
    expect(team.length).toBeGreaterThanOrEqual(17)
    expect(team.every((c) => c.meeting_id === null && c.held_on <= QUIET)).toBe(true)
    const named = team.filter((c) => c.named > 0)
    expect(named.length).toBeGreaterThan(3)
    expect(named.every((c) => c.named >= 2 && c.named <= 4)).toBe(true)
  })

  it('has a few review comments by the learning partner on older cycles, some resolved', () => {
    const [partner] = rows<{ name: string }>(
      `SELECT name FROM people WHERE programme_id = ? AND role = 'Learning partner'`,
      programmeId
    )
    const comments = rows<{
      author: string
      parent_id: string | null
      created_at: string
      resolved_at: string | null
      held_on: string
      status: string
    }>(
      `SELECT r.author, r.parent_id, r.created_at, r.resolved_at, c.held_on, c.status
       FROM review_comments r JOIN reflection_cycles c ON c.id = r.cycle_id`
    )
    const top = comments.filter((c) => c.parent_id === null)
    expect(top.length).toBeGreaterThanOrEqual(3)
    expect(top.every((c) => c.author === partner!.name && c.status !== 'draft')).toBe(true)
    expect(top.some((c) => c.resolved_at !== null)).toBe(true)
    expect(top.some((c) => c.resolved_at === null)).toBe(true)
    for (const c of comments) {
      expect(c.created_at.slice(0, 10) > c.held_on && c.created_at.slice(0, 10) <= QUIET).toBe(true)
      if (c.resolved_at) expect(c.resolved_at >= c.created_at).toBe(true)
    }
  })
})
