import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiInput } from '../../api/contract'
import { healthFixture, type HealthFixture } from './healthFixture'
import { expectRejected } from '../support/rejections'

let f: HealthFixture
beforeEach(() => {
  f = healthFixture()
})
afterEach(() => f.api.close())

const QUALITIES = 'library-qualities'
const SPECTRUM = 'library-spectrum'
type CheckInput = ApiInput<'healthChecks.record'>

function record(fields: Partial<CheckInput> = {}) {
  return f.api.call('healthChecks.record', {
    siteId: f.siteId,
    frameworkId: QUALITIES,
    checkedOn: '2026-03-10',
    judgedBy: 'consultant',
    judgements: [{ itemId: 'library-quality-commitment', value: 'partly' }],
    ...fields
  }).id
}

function qualities(values: Record<string, string>) {
  return Object.entries(values).map(([item, value]) => ({
    itemId: `library-quality-${item}`,
    value
  }))
}

describe('the framework library', () => {
  it('ships the spectrum, the six qualities and the service change checklist, all used by default', () => {
    const frameworks = f.api.call('healthFrameworks.list', { programmeId: f.programmeId })
    expect(frameworks.map((fw) => [fw.name, fw.items.length, fw.chosen, fw.library])).toEqual([
      ['Collaboration spectrum', 2, true, true],
      ['Relationship qualities', 6, true, true],
      ['Collaborative service change checklist', 16, true, true]
    ])
    expect(frameworks[0]?.scale.map((p) => p.label)).toEqual([
      'Competition',
      'Consultation',
      'Co-ordination',
      'Co-operation',
      'Collaboration'
    ])
    expect(frameworks[1]?.items.map((i) => i.label)).toEqual([
      'Mutual understanding',
      'Possibility',
      'Commitment',
      'Capability',
      'Responsibility',
      'Acknowledgement'
    ])
    expect(new Set(frameworks[2]?.items.map((i) => i.group)).size).toBe(8)
    expect(frameworks[2]?.scale.map((p) => p.label)).toEqual(['Yes', 'Partly', 'No', 'Not yet'])
  })

  it("adds the programme's own framework (items and a scale), which its sites then use", () => {
    const { id } = f.api.call('healthFrameworks.create', {
      programmeId: f.programmeId,
      name: 'Trust in the room',
      scale: [
        { label: 'Low', score: 1 },
        { label: 'Some', score: 2 },
        { label: 'High', score: 3 }
      ],
      items: [{ label: 'People speak openly' }, { label: 'Disagreement is safe' }]
    })
    const frameworks = f.api.call('healthFrameworks.list', { programmeId: f.programmeId })
    expect(frameworks.filter((fw) => fw.chosen).map((fw) => fw.name)).toEqual([
      'Collaboration spectrum',
      'Relationship qualities',
      'Collaborative service change checklist',
      'Trust in the room'
    ])
    const own = frameworks.find((fw) => fw.id === id)
    expect(own?.scale.map((p) => p.value)).toEqual(['low', 'some', 'high'])
    const other = f.api.call('healthFrameworks.list', { programmeId: f.otherProgrammeId })
    expect(other.map((fw) => fw.name)).not.toContain('Trust in the room')
    const itemId = own?.items[0]?.id ?? ''
    record({ frameworkId: id, judgements: [{ itemId, value: 'some' }] })
  })

  it('lets a programme choose which frameworks its sites use', () => {
    f.api.call('healthFrameworks.choose', { programmeId: f.programmeId, frameworkIds: [SPECTRUM] })
    const chosen = f.api.call('healthFrameworks.list', { programmeId: f.programmeId })
    expect(chosen.filter((fw) => fw.chosen).map((fw) => fw.id)).toEqual([SPECTRUM])
    expect(
      f.api.call('healthChecks.site', { siteId: f.siteId }).frameworks.map((fw) => fw.id)
    ).toEqual([SPECTRUM])
    expectRejected(
      f.api,
      'healthChecks.record',
      {
        siteId: f.siteId,
        frameworkId: QUALITIES,
        checkedOn: '2026-03-10',
        judgedBy: 'consultant',
        judgements: qualities({ commitment: 'partly' })
      },
      'invalid_input',
      'frameworkId',
      /do not use Relationship qualities/
    )
    expectRejected(
      f.api,
      'healthFrameworks.choose',
      { programmeId: f.programmeId, frameworkIds: [] },
      'invalid_input',
      'frameworkIds',
      /at least one/
    )
  })

  it('archiving a framework keeps the checks made with it and refuses new ones', () => {
    const { id } = f.api.call('healthFrameworks.create', {
      programmeId: f.programmeId,
      name: 'Trust in the room',
      scale: [
        { label: 'Low', score: 1 },
        { label: 'High', score: 2 }
      ],
      items: [{ label: 'People speak openly' }]
    })
    const itemId =
      f.api.call('healthFrameworks.list', { programmeId: f.programmeId }).at(-1)?.items[0]?.id ?? ''
    const checkId = record({ frameworkId: id, judgements: [{ itemId, value: 'low' }] })
    f.api.call('healthFrameworks.archive', { id })
    const timeline = f.api.call('healthChecks.site', { siteId: f.siteId }).timeline
    expect(timeline.map((c) => [c.id, c.frameworkName])).toEqual([[checkId, 'Trust in the room']])
    expect(
      f.api.call('healthFrameworks.list', { programmeId: f.programmeId }).map((fw) => fw.name)
    ).not.toContain('Trust in the room')
    expectRejected(
      f.api,
      'healthChecks.record',
      {
        siteId: f.siteId,
        frameworkId: id,
        checkedOn: '2026-04-10',
        judgedBy: 'consultant',
        judgements: [{ itemId, value: 'high' }]
      },
      'invalid_input',
      'frameworkId',
      /archived: its checks are kept/
    )
    expectRejected(
      f.api,
      'healthFrameworks.archive',
      { id: QUALITIES },
      'invalid_input',
      'id',
      /ships with the app/
    )
    f.api.call('healthFrameworks.restore', { id })
    record({ frameworkId: id, checkedOn: '2026-04-10', judgements: [{ itemId, value: 'high' }] })
  })
})

describe('health checks over time', () => {
  it('shows each site its checks newest first with what changed since the last one, in words', () => {
    record({
      judgements: qualities({ commitment: 'present', possibility: 'missing', capability: 'partly' })
    })
    record({
      frameworkId: SPECTRUM,
      checkedOn: '2026-04-01',
      judgements: [
        { itemId: 'library-spectrum-now', value: 'coordination' },
        { itemId: 'library-spectrum-wanted', value: 'collaboration' }
      ]
    })
    const meeting = f.api.call('meetings.create', {
      siteId: f.siteId,
      heldOn: '2026-06-02',
      durationMinutes: 120,
      kind: 'partnership'
    })
    record({
      checkedOn: '2026-06-02',
      judgedBy: 'group',
      meetingId: meeting.id,
      judgements: qualities({ commitment: 'missing', possibility: 'partly', capability: 'partly' })
    })
    const timeline = f.api.call('healthChecks.site', { siteId: f.siteId }).timeline
    expect(timeline.map((c) => [c.checkedOn, c.frameworkName, c.judgedBy, c.summary])).toEqual([
      [
        '2026-06-02',
        'Relationship qualities',
        'The group at a meeting',
        'Since 10 Mar 2026: Commitment went from present to missing (worse); Possibility went from missing to partly (better).'
      ],
      [
        '2026-04-01',
        'Collaboration spectrum',
        'The consultant',
        'The first collaboration spectrum check for this site.'
      ],
      [
        '2026-03-10',
        'Relationship qualities',
        'The consultant',
        'The first relationship qualities check for this site.'
      ]
    ])
    expect(timeline[0]?.meeting).toEqual({ id: meeting.id, heldOn: '2026-06-02' })
    expect(timeline[0]?.changes.map((c) => c.change)).toEqual(['better', 'worse', 'same'])
  })

  it('gives the programme its sites by framework item: latest judgement, change and the check behind it', () => {
    record({ judgements: qualities({ commitment: 'present' }) })
    const last = record({
      checkedOn: '2026-05-01',
      judgements: qualities({ commitment: 'partly', possibility: 'present' })
    })
    f.api.call('healthChecks.record', {
      siteId: f.otherSiteId,
      frameworkId: QUALITIES,
      checkedOn: '2026-05-03',
      judgedBy: 'consultant',
      judgements: qualities({ commitment: 'present' })
    })
    const view = f.api.call('health.programme', { programmeId: f.programmeId })
    expect(view.map((fw) => fw.name)).toEqual([
      'Collaboration spectrum',
      'Relationship qualities',
      'Collaborative service change checklist'
    ])
    const rows = view[1]?.sites ?? []
    expect(rows.map((r) => r.name)).toEqual(['Eastbrook', 'Westvale'])
    expect(rows[0]?.cells['library-quality-commitment']).toEqual({
      value: 'partly',
      label: 'Partly',
      score: 2,
      previousLabel: 'Present',
      change: 'worse',
      checkId: last,
      checkedOn: '2026-05-01'
    })
    expect(rows[0]?.cells['library-quality-possibility']?.change).toBe('new')
    expect(rows[1]?.cells['library-quality-commitment']?.change).toBe('new')
  })

  it('warns on the dashboard when a quality is judged missing twice in a row', () => {
    const thresholds = f.api.call('dashboard.get', { programmeId: f.programmeId }).thresholds
    const warnings = () =>
      f.api
        .call('dashboard.get', { programmeId: f.programmeId, thresholds })
        .warnings.filter((w) => w.rule === 'health_missing_twice')
    record({ judgements: qualities({ commitment: 'missing' }) })
    expect(warnings()).toEqual([])
    const second = record({
      checkedOn: '2026-05-01',
      judgements: qualities({ commitment: 'missing' })
    })
    expect(warnings()).toEqual([
      {
        siteId: f.siteId,
        siteName: 'Eastbrook',
        siteStatus: 'active',
        rule: 'health_missing_twice',
        title: 'Judged missing twice in a row',
        message:
          'Relationship qualities: Commitment judged missing on 10 Mar 2026 and again on 1 May 2026.',
        href: `/programmes/${f.programmeId}/sites/${f.siteId}/health?check=${second}`,
        linkLabel: `Health checks at Eastbrook`
      }
    ])
    record({ checkedOn: '2026-06-01', judgements: qualities({ commitment: 'partly' }) })
    expect(warnings()).toEqual([])
  })
})

describe('bad input is refused and changes nothing', () => {
  const valid = (): CheckInput => ({
    siteId: f.siteId,
    frameworkId: QUALITIES,
    checkedOn: '2026-03-10',
    judgedBy: 'consultant',
    judgements: qualities({ commitment: 'partly' })
  })

  it('refuses a judgement outside the framework scale', () => {
    expectRejected(
      f.api,
      'healthChecks.record',
      { ...valid(), judgements: qualities({ commitment: 'collaboration' }) },
      'invalid_input',
      'judgements.0.value',
      /Commitment: "collaboration" is not on the scale \(Present, Partly, Missing\)/
    )
  })

  it('refuses a check dated before the site started', () => {
    expectRejected(
      f.api,
      'healthChecks.record',
      { ...valid(), checkedOn: '2026-01-20' },
      'invalid_input',
      'checkedOn',
      /on or after the site's start date \(1 Feb 2026\)/
    )
  })

  it("refuses items of another framework, an item judged twice, another site's meeting and another programme's framework", () => {
    expectRejected(
      f.api,
      'healthChecks.record',
      { ...valid(), judgements: [{ itemId: 'library-spectrum-now', value: 'partly' }] },
      'invalid_input',
      'judgements.0.itemId',
      /not in Relationship qualities/
    )
    expectRejected(
      f.api,
      'healthChecks.record',
      {
        ...valid(),
        judgements: qualities({ commitment: 'partly' }).concat(qualities({ commitment: 'missing' }))
      },
      'invalid_input',
      'judgements.1.itemId',
      /judged twice/
    )
    expectRejected(
      f.api,
      'healthChecks.record',
      { ...valid(), judgements: [] },
      'invalid_input',
      'judgements',
      /at least one/
    )
    const elsewhere = f.api.call('meetings.create', {
      siteId: f.otherSiteId,
      heldOn: '2026-03-10',
      durationMinutes: 60,
      kind: 'partnership'
    }).id
    expectRejected(
      f.api,
      'healthChecks.record',
      { ...valid(), meetingId: elsewhere },
      'invalid_input',
      'meetingId',
      /another site/
    )
    const { id } = f.api.call('healthFrameworks.create', {
      programmeId: f.otherProgrammeId,
      name: 'Theirs',
      scale: [{ label: 'A' }, { label: 'B' }],
      items: [{ label: 'X' }]
    })
    expectRejected(
      f.api,
      'healthChecks.record',
      { ...valid(), frameworkId: id },
      'invalid_input',
      'frameworkId',
      /belongs to another programme/
    )
  })

  it('refuses a framework with a scale point twice or too short a scale', () => {
    const base = { programmeId: f.programmeId, name: 'Trust', items: [{ label: 'Openness' }] }
    expectRejected(
      f.api,
      'healthFrameworks.create',
      { ...base, scale: [{ label: 'Low' }, { label: 'low' }] },
      'invalid_input',
      'scale.1.label',
      /twice/
    )
    expectRejected(
      f.api,
      'healthFrameworks.create',
      { ...base, scale: [{ label: 'Low' }] },
      'invalid_input',
      'scale',
      /at least two/
    )
  })
})

describe('the sample programme', () => {
  it('gives every site a stakeholder matrix and health checks, and a few sites deteriorate', () => {
    const { programmeId } = f.api.call('sample.create', {})
    const sites = f.api.call('programmes.overview', { id: programmeId }).sites
    expect(sites).toHaveLength(10)
    for (const site of sites) {
      const matrix = f.api.call('stakeholders.matrix', { siteId: site.id })
      expect(matrix.groups.flatMap((g) => g.stakeholders).length).toBeGreaterThan(3)
      expect(matrix.offMatrix.length + matrix.membersMissing.length).toBeGreaterThan(0)
      expect(f.api.call('healthChecks.site', { siteId: site.id }).timeline.length).toBeGreaterThan(
        0
      )
    }
    const thresholds = f.api.call('dashboard.get', { programmeId }).thresholds
    const warned = f.api
      .call('dashboard.get', { programmeId, thresholds })
      .warnings.filter((w) => w.rule === 'health_missing_twice')
    expect(warned.length).toBeGreaterThanOrEqual(2)
    expect(warned[0]?.message).toMatch(/Relationship qualities: Commitment judged missing on/)
    const view = f.api.call('health.programme', { programmeId })
    expect(view.map((v) => v.name)).toEqual([
      'Collaboration spectrum',
      'Relationship qualities',
      'Collaborative service change checklist'
    ])
    expect(view[1]?.sites.filter((s) => Object.keys(s.cells).length > 0).length).toBe(10)
  })
})

describe('the partnership life-cycle stage model', () => {
  it('is a third stage model a programme can choose, keeping the other two', () => {
    const { id } = f.api.call('programmes.create', {
      name: 'Life-cycle programme',
      startDate: '2026-01-05',
      stageModel: 'lifecycle'
    })
    const siteId = f.api.call('sites.create', {
      programmeId: id,
      name: 'Northfield',
      startDate: '2026-02-01'
    }).id
    f.api.call('siteStages.record', { siteId, stage: 'pre_partnership', judgedOn: '2026-02-01' })
    f.api.call('siteStages.record', { siteId, stage: 'delivery', judgedOn: '2026-06-01' })
    const site = f.api.call('sites.get', { id: siteId })
    expect(site.stageOptions.map((o) => o.label)).toEqual([
      'Pre-partnership collaboration',
      'Partnership creation',
      'Programme delivery',
      'Termination or succession'
    ])
    expect(site.stages.map((s) => s.label)).toEqual([
      'Programme delivery',
      'Pre-partnership collaboration'
    ])
    expectRejected(
      f.api,
      'siteStages.record',
      { siteId, stage: 'flying', judgedOn: '2026-07-01' },
      'invalid_input',
      'stage',
      /Stage must be one of: Pre-partnership collaboration/
    )
  })
})
