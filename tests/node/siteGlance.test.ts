import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FIXED_NOW, testApi, type TestApi } from '../support/store'
import { LEARNING_PARTNER, seedGlanceSite } from './siteGlanceFixture'

// Today is 2026-11-21 (FIXED_NOW).
let api: TestApi
beforeEach(() => {
  api = testApi()
})
afterEach(() => api.close())

describe('sites.glance', () => {
  it('gathers the whole overview of a site in one answer', () => {
    const s = seedGlanceSite((name, input) => api.call(name, input))
    const glance = api.call('sites.glance', { siteId: s.siteId })
    const commentedAt = FIXED_NOW.toISOString()
    expect(glance).toEqual({
      today: '2026-11-21',
      site: {
        id: s.siteId,
        name: 'Eastbrook',
        programmeId: s.programmeId,
        purpose: 'Joint working for housebound older people in Eastbrook',
        focus: 'Older people living at home',
        status: 'active',
        startDate: '2026-01-05'
      },
      stage: {
        stage: 'functioning',
        label: 'Functioning',
        judgedOn: '2026-09-15',
        reason: 'Actions are done between meetings.'
      },
      sponsors: [
        {
          personId: s.people.finn,
          name: 'Finn Hale',
          profession: 'Senior manager',
          organisationName: null
        }
      ],
      // Gus handed over to Cara on 1 Apr 2026: only the current coordinator is shown.
      coordinators: [
        {
          personId: s.people.cara,
          name: 'Cara Jones',
          profession: 'District nurse',
          organisationName: null
        }
      ],
      // The archived outcome is left out.
      outcomes: [
        {
          id: s.outcomes.trust,
          title: 'More trust between GPs and district nurses',
          agreedOn: '2026-02-10',
          baselineRating: 3,
          ratings: [
            { ratedOn: '2026-03-10', rating: 5 },
            { ratedOn: '2026-06-09', rating: 7 }
          ]
        },
        {
          id: s.outcomes.community,
          title: 'More community involvement',
          agreedOn: '2026-03-10',
          baselineRating: null,
          ratings: [{ ratedOn: '2026-06-09', rating: 4 }]
        }
      ],
      testsOfChange: {
        tests: [
          {
            id: s.tests.library,
            title: 'Library drop-in',
            status: 'idea',
            startedOn: null,
            decidedOn: null
          },
          {
            id: s.tests.form,
            title: 'One shared referral form',
            status: 'testing',
            startedOn: '2026-05-05',
            decidedOn: null
          },
          {
            id: s.tests.huddle,
            title: 'Social worker joins the GP huddle',
            status: 'adopted',
            startedOn: '2026-03-17',
            decidedOn: '2026-04-28'
          },
          {
            id: s.tests.pharmacy,
            title: 'Weekend pharmacy calls',
            status: 'abandoned',
            startedOn: null,
            decidedOn: '2026-02-20'
          }
        ],
        byStatus: { idea: 1, planned: 0, testing: 1, adopted: 1, adapted: 0, abandoned: 1 },
        adopted: [
          {
            id: s.tests.huddle,
            title: 'Social worker joins the GP huddle',
            decidedOn: '2026-04-28'
          }
        ]
      },
      // Partnership meetings only: the debrief of 11 Feb is left out.
      attendance: [
        {
          meetingId: s.meetings.february,
          heldOn: '2026-02-10',
          named: 2,
          unnamed: 2,
          apologies: 1
        },
        { meetingId: s.meetings.march, heldOn: '2026-03-10', named: 2, unnamed: 0, apologies: 1 },
        { meetingId: s.meetings.june, heldOn: '2026-06-09', named: 3, unnamed: 3, apologies: 0 }
      ],
      actions: { total: 5, doneOnTime: 1, doneLate: 1, openNotDue: 1, openOverdue: 1, dropped: 1 },
      reflections: {
        // The team cycle naming Eastbrook is the latest; the later whole-programme cycle and the
        // other site's cycle are not about Eastbrook.
        latest: {
          id: s.cycles.team,
          heldOn: '2026-04-20',
          title: 'What slows the actions',
          siteId: null,
          team: true
        },
        openComments: [
          {
            id: s.comments.slipped,
            phase: 'cycle',
            author: LEARNING_PARTNER,
            body: 'Which actions slipped twice?',
            createdAt: commentedAt,
            replies: 0,
            cycleId: s.cycles.team,
            cycleHeldOn: '2026-04-20',
            cycleTitle: 'What slows the actions',
            teamCycle: true
          },
          {
            id: s.comments.unheard,
            phase: 'reflect',
            author: LEARNING_PARTNER,
            body: 'What made the GP practice feel unheard?',
            createdAt: commentedAt,
            replies: 1,
            cycleId: s.cycles.march,
            cycleHeldOn: '2026-03-12',
            cycleTitle: 'After the March meeting',
            teamCycle: false
          }
        ]
      }
    })
  })

  it('answers for a site with nothing recorded yet', () => {
    const programmeId = api.call('programmes.create', {
      name: 'Ageing Well Together',
      startDate: '2026-01-05',
      stageModel: 'initiating'
    }).id
    const siteId = api.call('sites.create', {
      programmeId,
      name: 'Harrowdene',
      startDate: '2026-01-05'
    }).id
    const glance = api.call('sites.glance', { siteId })
    expect(glance).toEqual({
      today: '2026-11-21',
      site: {
        id: siteId,
        name: 'Harrowdene',
        programmeId,
        purpose: '',
        focus: '',
        status: 'active',
        startDate: '2026-01-05'
      },
      stage: null,
      sponsors: [],
      coordinators: [],
      outcomes: [],
      testsOfChange: {
        tests: [],
        byStatus: { idea: 0, planned: 0, testing: 0, adopted: 0, adapted: 0, abandoned: 0 },
        adopted: []
      },
      attendance: [],
      actions: { total: 0, doneOnTime: 0, doneLate: 0, openNotDue: 0, openOverdue: 0, dropped: 0 },
      reflections: { latest: null, openComments: [] }
    })

    // The stage is named in the programme's own stage model.
    api.call('siteStages.record', { siteId, stage: 'doing', judgedOn: '2026-03-01' })
    expect(api.call('sites.glance', { siteId }).stage).toEqual({
      stage: 'doing',
      label: 'Doing',
      judgedOn: '2026-03-01',
      reason: ''
    })
  })

  it('says which site it could not find', () => {
    expect(api.attempt('sites.glance', { siteId: 'nope' })).toEqual({
      ok: false,
      error: {
        code: 'not_found',
        message: 'siteId: No site with id nope',
        issues: [{ path: 'siteId', message: 'No site with id nope' }]
      }
    })
    const missing = api.attempt('sites.glance', {})
    expect(missing.ok).toBe(false)
    if (!missing.ok) {
      expect(missing.error.code).toBe('invalid_input')
      expect(missing.error.issues).toEqual([{ path: 'siteId', message: 'Site is required' }])
    }
  })
})
