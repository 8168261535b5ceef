import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { healthFixture, type HealthFixture } from './healthFixture'
import { expectRejected } from '../support/rejections'

let f: HealthFixture
beforeEach(() => {
  f = healthFixture()
})
afterEach(() => f.api.close())

function add(fields: Record<string, unknown>) {
  return f.api.call('stakeholders.add', {
    siteId: f.siteId,
    group: 'inform',
    placedOn: '2026-03-01',
    ...fields
  }).id
}

function groupsOf(asOf?: string) {
  const matrix = f.api.call('stakeholders.matrix', { siteId: f.siteId, asOf })
  return Object.fromEntries(matrix.groups.map((g) => [g.key, g.stakeholders.map((s) => s.name)]))
}

describe('the stakeholder matrix', () => {
  it('places people, organisations and stakeholders outside the directory in the four groups', () => {
    add({ personId: f.asha, group: 'involve_closely' })
    add({ organisationId: f.trustId, group: 'keep_on_board' })
    add({ name: 'Cllr Jo Bright', description: 'Local councillor', group: 'be_aware_of' })
    add({ name: 'Eastbrook Gazette', description: 'Local press' })
    expect(groupsOf()).toEqual({
      involve_closely: ['Asha Patel'],
      keep_on_board: ['Northshire NHS Trust'],
      inform: ['Eastbrook Gazette'],
      be_aware_of: ['Cllr Jo Bright']
    })
    const matrix = f.api.call('stakeholders.matrix', { siteId: f.siteId })
    const jo = matrix.groups[3]?.stakeholders[0]
    expect(jo).toMatchObject({
      description: 'Local councillor',
      personId: null,
      placedOn: '2026-03-01'
    })
  })

  it('keeps each placement dated and shows the matrix at any past date', () => {
    const housing = add({ name: 'Eastbrook Housing Association' })
    f.api.call('stakeholders.move', {
      id: housing,
      group: 'involve_closely',
      placedOn: '2026-06-10'
    })
    expect(groupsOf('2026-02-15').inform).toEqual([])
    expect(groupsOf('2026-04-01')).toMatchObject({
      inform: ['Eastbrook Housing Association'],
      involve_closely: []
    })
    expect(groupsOf()).toMatchObject({
      inform: [],
      involve_closely: ['Eastbrook Housing Association']
    })
    const history = f.api.call('stakeholders.matrix', { siteId: f.siteId }).history
    expect(history.map((h) => h.text)).toEqual([
      'Eastbrook Housing Association moved from inform to involve closely on 10 Jun 2026',
      'Eastbrook Housing Association was placed in inform on 1 Mar 2026'
    ])
    expect(
      f.api.call('stakeholders.matrix', { siteId: f.siteId, asOf: '2026-04-01' }).history
    ).toHaveLength(1)
  })

  it('replaces a second move on the same day, and can take a stakeholder off the matrix', () => {
    const jo = add({ name: 'Cllr Jo Bright' })
    f.api.call('stakeholders.move', { id: jo, group: 'keep_on_board', placedOn: '2026-05-01' })
    f.api.call('stakeholders.move', { id: jo, group: 'involve_closely', placedOn: '2026-05-01' })
    expect(f.api.call('stakeholders.matrix', { siteId: f.siteId }).history).toHaveLength(2)
    f.api.call('stakeholders.move', { id: jo, group: 'off', placedOn: '2026-07-01' })
    const matrix = f.api.call('stakeholders.matrix', { siteId: f.siteId })
    expect(matrix.groups.flatMap((g) => g.stakeholders)).toEqual([])
    expect(matrix.offMatrix.map((s) => s.name)).toEqual(['Cllr Jo Bright'])
    expect(matrix.history[0]?.text).toBe(
      'Cllr Jo Bright was taken off the matrix (from involve closely) on 1 Jul 2026'
    )
  })

  it('takes a placement made by mistake out of the history', () => {
    const jo = add({ name: 'Cllr Jo Bright' })
    f.api.call('stakeholders.move', { id: jo, group: 'keep_on_board', placedOn: '2026-05-01' })
    const [latest] = f.api.call('stakeholders.matrix', { siteId: f.siteId }).history
    f.api.call('stakeholders.removePlacement', { id: latest?.id ?? '' })
    expect(groupsOf().inform).toEqual(['Cllr Jo Bright'])
    expectRejected(
      f.api,
      'stakeholders.removePlacement',
      { id: 'gone' },
      'not_found',
      'id',
      /No placement/
    )
  })

  it('points out members who are not on the matrix (an organisation placed covers its people)', () => {
    add({ personId: f.asha, group: 'involve_closely' })
    const missing = f.api.call('stakeholders.matrix', { siteId: f.siteId }).membersMissing
    expect(missing).toEqual([
      {
        personId: f.ben,
        name: 'Ben Okafor',
        role: 'Member',
        organisationName: 'Northshire NHS Trust'
      }
    ])
    add({ organisationId: f.trustId })
    expect(f.api.call('stakeholders.matrix', { siteId: f.siteId }).membersMissing).toEqual([])
    // Before anyone joined, nobody is missing.
    expect(
      f.api.call('stakeholders.matrix', { siteId: f.siteId, asOf: '2026-01-31' }).membersMissing
    ).toEqual([])
  })

  it('points out "involve closely" stakeholders absent from the last three partnership meetings', () => {
    add({ personId: f.asha, group: 'involve_closely' })
    add({ personId: f.ben, group: 'involve_closely' })
    const meet = (
      heldOn: string,
      attended: string[],
      kind: 'partnership' | 'workshop' = 'partnership'
    ) =>
      f.api.call('meetings.create', {
        siteId: f.siteId,
        heldOn,
        durationMinutes: 180,
        kind,
        attendance: attended.map((personId) => ({ personId, status: 'attended' as const }))
      })
    meet('2026-04-01', [f.asha, f.ben])
    meet('2026-05-01', [f.ben])
    meet('2026-06-01', [f.ben])
    let matrix = f.api.call('stakeholders.matrix', { siteId: f.siteId })
    expect(matrix.absentClose).toEqual([]) // Asha came to one of the last three
    meet('2026-06-15', [f.asha], 'workshop') // not a partnership meeting
    meet('2026-07-01', [f.ben])
    matrix = f.api.call('stakeholders.matrix', { siteId: f.siteId })
    expect(matrix.meetingsLooked).toEqual(['2026-07-01', '2026-06-01', '2026-05-01'])
    expect(matrix.absentClose.map((a) => a.name)).toEqual(['Asha Patel'])
    expect(
      f.api.call('stakeholders.matrix', { siteId: f.siteId, asOf: '2026-06-30' }).absentClose
    ).toEqual([])
  })
})

describe('bad input is refused and changes nothing', () => {
  it('refuses a placement for a person or organisation of another programme', () => {
    expectRejected(
      f.api,
      'stakeholders.add',
      { siteId: f.siteId, personId: f.outsider, group: 'inform', placedOn: '2026-03-01' },
      'invalid_input',
      'personId',
      /Olu Field is not in this programme/
    )
    expectRejected(
      f.api,
      'stakeholders.add',
      {
        siteId: f.siteId,
        organisationId: f.outsideOrganisation,
        group: 'inform',
        placedOn: '2026-03-01'
      },
      'invalid_input',
      'organisationId',
      /Faraway Housing is not in this programme/
    )
  })

  it('refuses a placement dated before the site started, added or moved', () => {
    expectRejected(
      f.api,
      'stakeholders.add',
      { siteId: f.siteId, name: 'Cllr Jo Bright', group: 'inform', placedOn: '2026-01-31' },
      'invalid_input',
      'placedOn',
      /on or after the site's start date \(1 Feb 2026\)/
    )
    const jo = add({ name: 'Cllr Jo Bright' })
    expectRejected(
      f.api,
      'stakeholders.move',
      { id: jo, group: 'inform', placedOn: '2026-01-31' },
      'invalid_input',
      'placedOn',
      /start date/
    )
  })

  it('refuses the same stakeholder twice, none or two kinds at once, and unknown groups', () => {
    add({ personId: f.asha })
    expectRejected(
      f.api,
      'stakeholders.add',
      { siteId: f.siteId, personId: f.asha, group: 'inform', placedOn: '2026-04-01' },
      'conflict',
      'personId',
      /already on the matrix/
    )
    add({ name: 'Cllr Jo Bright' })
    expectRejected(
      f.api,
      'stakeholders.add',
      { siteId: f.siteId, name: 'cllr jo bright', group: 'inform', placedOn: '2026-04-01' },
      'conflict',
      'name',
      /already on the matrix/
    )
    expectRejected(
      f.api,
      'stakeholders.add',
      { siteId: f.siteId, group: 'inform', placedOn: '2026-04-01' },
      'invalid_input',
      'name',
      /one of them/
    )
    expectRejected(
      f.api,
      'stakeholders.add',
      { siteId: f.siteId, personId: f.ben, name: 'Ben', group: 'inform', placedOn: '2026-04-01' },
      'invalid_input',
      'name',
      /one of them/
    )
    expectRejected(
      f.api,
      'stakeholders.add',
      { siteId: f.siteId, personId: f.ben, group: 'manage', placedOn: '2026-04-01' },
      'invalid_input',
      'group',
      /Choose a group/
    )
    expectRejected(
      f.api,
      'stakeholders.move',
      { id: 'nobody', group: 'inform', placedOn: '2026-04-01' },
      'not_found',
      'id',
      /No stakeholder/
    )
  })

  it('keeps the same person apart on two sites of the programme', () => {
    add({ personId: f.asha })
    f.api.call('stakeholders.add', {
      siteId: f.otherSiteId,
      personId: f.asha,
      group: 'keep_on_board',
      placedOn: '2026-03-01'
    })
    expect(groupsOf().inform).toEqual(['Asha Patel'])
  })
})
