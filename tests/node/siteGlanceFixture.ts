// One site with something in every part of its overview, built through the API, shared by the
// handler test and the end-to-end test (today is 2026-11-21 in both).
import type { ApiInput, ApiName, ApiOutput } from '../../api/contract'

export type Call = <K extends ApiName>(name: K, input: ApiInput<K>) => ApiOutput<K>

export const LEARNING_PARTNER = 'Lena Marsh'

export function seedGlanceSite(call: Call) {
  const programmeId = call('programmes.create', {
    name: 'Better Together',
    startDate: '2026-01-05'
  }).id
  const siteId = call('sites.create', {
    programmeId,
    name: 'Eastbrook',
    startDate: '2026-01-05',
    purpose: 'Joint working for housebound older people in Eastbrook',
    focus: 'Older people living at home'
  }).id
  const otherSiteId = call('sites.create', {
    programmeId,
    name: 'Wrexley Vale',
    startDate: '2026-01-05'
  }).id

  const person = (name: string, role: string) =>
    call('people.create', { programmeId, name, role }).id
  const finn = person('Finn Hale', 'Senior manager')
  const cara = person('Cara Jones', 'District nurse')
  const gus = person('Gus Reid', 'Housing officer')
  const asha = person('Asha Patel', 'GP')
  const join = (
    personId: string,
    role: 'sponsor' | 'coordinator' | 'member',
    joinedOn: string,
    leftOn: string | null = null
  ) => call('siteMembers.add', { siteId, personId, role, joinedOn, leftOn })
  join(finn, 'sponsor', '2026-01-05')
  join(gus, 'coordinator', '2026-01-05', '2026-04-01') // handed over: not shown
  join(cara, 'coordinator', '2026-04-01')
  join(asha, 'member', '2026-01-05')

  call('siteStages.record', {
    siteId,
    stage: 'forming',
    judgedOn: '2026-02-10',
    reason: 'First meeting held.'
  })
  call('siteStages.record', {
    siteId,
    stage: 'functioning',
    judgedOn: '2026-09-15',
    reason: 'Actions are done between meetings.'
  })

  const meeting = (
    heldOn: string,
    marks: Record<string, 'attended' | 'apologies'>,
    more: Partial<ApiInput<'meetings.create'>> = {}
  ) =>
    call('meetings.create', {
      siteId,
      heldOn,
      durationMinutes: 180,
      kind: 'partnership',
      attendance: Object.entries(marks).map(([personId, status]) => ({ personId, status })),
      ...more
    }).id
  const february = meeting(
    '2026-02-10',
    { [asha]: 'attended', [finn]: 'attended', [gus]: 'apologies' },
    {
      unnamedAttendees: 2,
      actions: [
        { description: 'Share the referral form', dueOn: '2026-03-01' },
        { description: 'Book the library room', dueOn: '2026-03-10' },
        { description: 'Invite the housing team', dueOn: '2026-02-20' },
        { description: 'Write to the practice managers', dueOn: '2026-10-01' },
        { description: 'Map community assets', dueOn: '2026-12-01' }
      ]
    }
  )
  // A debrief is not a partnership meeting: it stays out of the attendance figures.
  meeting('2026-02-11', { [asha]: 'attended' }, { kind: 'debrief' })
  const actions = call('actions.list', { programmeId, siteId })
  const action = (description: string) => {
    const found = actions.find((a) => a.description === description)
    if (!found) throw new Error(`No action "${description}"`)
    return found.id
  }
  const march10 = meeting(
    '2026-03-10',
    { [asha]: 'attended', [cara]: 'attended', [finn]: 'apologies' },
    {
      reviewedActions: [
        { id: action('Share the referral form'), outcome: 'done' }, // late
        { id: action('Book the library room'), outcome: 'done' }, // on the day it was due
        { id: action('Invite the housing team'), outcome: 'drop' }
      ]
    }
  )
  const june = meeting(
    '2026-06-09',
    { [asha]: 'attended', [cara]: 'attended', [finn]: 'attended' },
    { unnamedAttendees: 3 }
  )

  const outcome = (title: string, agreedOn: string, baselineRating: number | null) =>
    call('outcomes.create', { siteId, title, agreedOn, baselineRating }).id
  const trust = outcome('More trust between GPs and district nurses', '2026-02-10', 3)
  const community = outcome('More community involvement', '2026-03-10', null)
  const technology = outcome('Better use of technology', '2026-02-10', 2)
  const rate = (outcomeId: string, ratedOn: string, rating: number) =>
    call('outcomes.rate', { outcomeId, ratedOn, rating, judgedBy: 'group' })
  rate(trust, '2026-03-10', 5)
  rate(trust, '2026-06-09', 7)
  rate(community, '2026-06-09', 4)
  rate(technology, '2026-03-10', 3)
  call('outcomes.archive', { id: technology, archived: true })

  const test = (title: string, createdOn: string) =>
    call('testsOfChange.create', { siteId, title, kind: 'adaptive', createdOn }).id
  const move = (
    id: string,
    status: ApiInput<'testsOfChange.move'>['status'],
    on: string,
    reason = ''
  ) => call('testsOfChange.move', { id, status, on, reason })
  const huddle = test('Social worker joins the GP huddle', '2026-03-10')
  move(huddle, 'planned', '2026-03-12')
  move(huddle, 'testing', '2026-03-17')
  call('testsOfChange.addCycle', { testId: huddle, startedOn: '2026-03-17' })
  move(huddle, 'adopted', '2026-04-28', 'Joint visits doubled; the practice wants to keep it.')
  const form = test('One shared referral form', '2026-03-10')
  move(form, 'planned', '2026-04-20')
  move(form, 'testing', '2026-05-05')
  const pharmacy = test('Weekend pharmacy calls', '2026-02-10')
  move(pharmacy, 'abandoned', '2026-02-20', 'No pharmacist free at weekends.')
  const library = test('Library drop-in', '2026-06-09')

  const cycle = (heldOn: string, title: string, site: string | null, siteIds: string[] = []) =>
    call('reflections.create', { programmeId, siteId: site, heldOn, title, siteIds }).id
  const march = cycle('2026-03-12', 'After the March meeting', siteId)
  const team = cycle('2026-04-20', 'What slows the actions', null, [siteId, otherSiteId])
  const wholeProgramme = cycle('2026-05-01', 'Across the programme', null)
  const otherSite = cycle('2026-06-01', 'Wrexley Vale in June', otherSiteId)
  const comment = (cycleId: string, phase: 'cycle' | 'reflect' | 'plan', body: string) =>
    call('reviewComments.add', { cycleId, phase, author: LEARNING_PARTNER, body }).id
  const unheard = comment(march, 'reflect', 'What made the GP practice feel unheard?')
  call('reviewComments.add', {
    cycleId: march,
    phase: 'reflect',
    parentId: unheard,
    author: 'Ivy Lowe',
    body: 'They were not asked before the form changed.'
  })
  const resolved = comment(march, 'plan', 'Who owns the room booking?')
  call('reviewComments.resolve', { id: resolved, resolved: true })
  const slipped = comment(team, 'cycle', 'Which actions slipped twice?')
  comment(wholeProgramme, 'cycle', 'How do the sites compare?')
  comment(otherSite, 'cycle', 'Is Wrexley Vale waiting for the council?')

  return {
    programmeId,
    siteId,
    otherSiteId,
    people: { finn, cara, gus, asha },
    meetings: { february, march: march10, june },
    outcomes: { trust, community, technology },
    tests: { huddle, form, pharmacy, library },
    cycles: { march, team, wholeProgramme, otherSite },
    comments: { unheard, resolved, slipped }
  }
}
