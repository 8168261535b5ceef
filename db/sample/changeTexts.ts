// The sample's tests of change: what sites try, what they predict, how each PDSA cycle went.
import type { OutcomeLevel } from '../../domain/vocabulary'

/** Change ideas the programme shares across sites, so the same idea can be compared. */
export const SHARED_IDEAS = {
  huddle: {
    title: 'Social worker joins the GP practice huddle',
    description: "A named social worker sits in on the practice team's weekly huddle."
  },
  referral: {
    title: 'One shared referral form',
    description: 'Two or more services accept the same short form instead of each its own.'
  },
  dropin: {
    title: 'Library drop-in with several services',
    description: 'A regular session in the library where several services meet people together.'
  }
} as const
export type SharedIdeaKey = keyof typeof SHARED_IDEAS

/** Which measure shows whether the change made a difference (see measures.ts). */
export type MeasureKey = 'jointReviews' | 'referralDays' | 'dropinVisits' | 'carersReferred'

export type Decision = 'adopted' | 'adapted' | 'abandoned'

export interface PdsaText {
  plan: string
  prediction: string
  study: string
}

export interface TestTemplate {
  title: string
  idea: string
  prediction: string
  kind: 'quick_win' | 'adaptive'
  shared?: SharedIdeaKey
  /** The programme outcome levels it serves, to choose the site's outcomes it is linked to. */
  levels: readonly OutcomeLevel[]
  measure?: MeasureKey
  cycles: readonly [PdsaText, PdsaText, PdsaText]
  reasons: Readonly<Record<Decision, string>>
}

export const TEST_TEMPLATES: readonly TestTemplate[] = [
  {
    title: 'Social worker joins the weekly huddle at the health centre',
    idea: 'A named social worker joins the practice huddle every Tuesday for a month.',
    prediction: 'At least five people a month discussed jointly; fewer formal referrals.',
    kind: 'adaptive',
    shared: 'huddle',
    levels: ['relationships', 'team_practice'],
    measure: 'jointReviews',
    cycles: [
      {
        plan: 'One social worker at one practice huddle for four weeks.',
        prediction: 'Five or more people discussed; the GPs find it useful.',
        study: 'Eleven people discussed, three not yet known to social care. GPs asked for more.'
      },
      {
        plan: 'Extend to the second practice, fortnightly.',
        prediction: 'The second practice gets similar value.',
        study: 'Fewer people discussed at the second practice; the huddle there is shorter.'
      },
      {
        plan: 'Run it without the consultant or coordinator prompting.',
        prediction: 'It keeps going on its own.',
        study: 'It kept going; the social worker now books it in her own diary.'
      }
    ],
    reasons: {
      adopted: 'The practice and the social care team both want to keep it; it is on the rota now.',
      adapted:
        'Works at one practice; the other has no huddle, so try a fortnightly phone call there.',
      abandoned: 'The social care team lost two posts and nobody can be spared to go.'
    }
  },
  {
    title: 'One referral form for the practices and the council',
    idea: 'Two GP practices and the council duty team trial one short shared referral form.',
    prediction: 'Fewer referrals bounced back; first visits sooner.',
    kind: 'quick_win',
    shared: 'referral',
    levels: ['organisations', 'people_using_services'],
    measure: 'referralDays',
    cycles: [
      {
        plan: 'Use the draft form for every new referral at one practice for a month.',
        prediction: 'Fewer than one in ten referrals sent back for more information.',
        study: 'Only two of twenty-three sent back; the duty team liked it.'
      },
      {
        plan: 'Add the second practice and the district nurses.',
        prediction: 'Same result with more people using it.',
        study: 'Nurses used it; one practice kept sending the old form out of habit.'
      },
      {
        plan: 'Put the form on the council case system.',
        prediction: 'No retyping at the council end.',
        study: 'The IT lead made it work; retyping stopped.'
      }
    ],
    reasons: {
      adopted: 'Everyone uses it now and the old forms have been withdrawn.',
      adapted: 'The form works but is too long; cut it to one page and test again.',
      abandoned: 'The council case system cannot take it and retyping cancelled out the gain.'
    }
  },
  {
    title: 'Monthly library drop-in with several services',
    idea: "Social care, the carers' centre, the pharmacy and housing in the library one morning a month.",
    prediction: 'People who would not go to any one service will come; some get help that day.',
    kind: 'adaptive',
    shared: 'dropin',
    levels: ['people_using_services', 'relationships'],
    measure: 'dropinVisits',
    cycles: [
      {
        plan: 'First morning in the library, advertised through the practices.',
        prediction: 'Ten people come.',
        study: 'Fourteen came, mostly carers; the staff met each other properly for the first time.'
      },
      {
        plan: 'Move to market day and add the occupational therapist.',
        prediction: 'More people passing by drop in.',
        study: 'Twenty-two came; the equipment questions alone justified the OT.'
      },
      {
        plan: 'Librarians run the welcome; services take turns.',
        prediction: 'It runs without the coordinator.',
        study: 'Ran smoothly; the library has put it in its programme.'
      }
    ],
    reasons: {
      adopted: 'The library has made it part of its programme and the services have a rota.',
      adapted: 'Mornings suit carers but not people in work; try an early evening session too.',
      abandoned:
        'Too few people came after the first two, and the services could not spare the time.'
    }
  },
  {
    title: 'One named person keeps in touch after a fall',
    idea: 'After a fall at home, one named person is the contact for the first fortnight.',
    prediction: 'Fewer different people visiting; the person and family know who to call.',
    kind: 'adaptive',
    levels: ['people_using_services', 'team_practice'],
    cycles: [
      {
        plan: 'Try it for the next five people referred after a fall.',
        prediction: 'Each family can name their contact.',
        study: 'Four of five families could name the contact; visits fell from seven to four.'
      },
      {
        plan: 'Agree who the named person is by where the referral came from.',
        prediction: 'Less discussion each time.',
        study: 'Agreed quickly in most cases; hospital referrals still unclear.'
      },
      {
        plan: 'Include the hospital falls team.',
        prediction: 'Hospital referrals get a named person too.',
        study: 'The falls team joined in; it works for them as well.'
      }
    ],
    reasons: {
      adopted: 'Families and staff both prefer it; the falls pathway now names the contact.',
      adapted: 'Works for community referrals; hospital ones need a different starting point.',
      abandoned: 'Nobody could agree who should be the named person, so it never settled.'
    }
  },
  {
    title: "Carers' centre number given at every diagnosis",
    idea: "The memory clinic and the practices hand over the carers' centre card at diagnosis.",
    prediction: 'More carers get in touch in the first month.',
    kind: 'quick_win',
    levels: ['people_using_services'],
    measure: 'carersReferred',
    cycles: [
      {
        plan: 'Cards at both practices for a month.',
        prediction: 'Five more carers contact the centre.',
        study: 'Seven new carers came through, three of them at crisis point already.'
      },
      {
        plan: 'Add the memory clinic.',
        prediction: 'Earlier contact, before crisis.',
        study: 'More came earlier; the centre needed an extra session to cope.'
      },
      {
        plan: 'Offer to make the call with the carer there.',
        prediction: 'More carers follow through.',
        study: 'Almost everyone offered accepted the call.'
      }
    ],
    reasons: {
      adopted: 'Part of the diagnosis conversation now, at the clinic and both practices.',
      adapted: 'Cards get lost; try a warm handover call instead.',
      abandoned: "The carers' centre could not take more referrals without new funding."
    }
  },
  {
    title: 'Friday phone call between the ward and the community team',
    idea: 'The discharge coordinator rings the community team every Friday at noon.',
    prediction: 'No one goes home on a Friday without care starting by Monday.',
    kind: 'quick_win',
    levels: ['relationships', 'organisations'],
    measure: 'referralDays',
    cycles: [
      {
        plan: 'Four Fridays, one ward.',
        prediction: 'Every Friday discharge has care in place by Monday.',
        study: 'All but one; that one was a late change of plan.'
      },
      {
        plan: 'Two wards, and the care agency joins the call.',
        prediction: 'Same result across two wards.',
        study: 'The agency joining made the difference.'
      },
      {
        plan: 'Hand the call to the ward sisters.',
        prediction: 'It continues without the coordinator.',
        study: 'It continued on one ward, lapsed on the other.'
      }
    ],
    reasons: {
      adopted: 'The call is now part of the ward routine on Fridays.',
      adapted: 'Noon is too late for the agency; move the call to ten.',
      abandoned: 'Ward staffing made the call impossible to keep up.'
    }
  },
  {
    title: "'Who to call' list with a named person in each organisation",
    idea: 'A one-page list of named contacts, kept up to date by the coordinator.',
    prediction: 'People phone instead of sending forms; fewer wrong referrals.',
    kind: 'quick_win',
    levels: ['relationships'],
    cycles: [
      {
        plan: 'First version to everyone in the group.',
        prediction: 'Most people use it at least once in a month.',
        study: 'Most used it; two numbers were already wrong.'
      },
      {
        plan: 'Send it to the wider teams, not only the group.',
        prediction: 'Frontline staff use it too.',
        study: 'Used widely; the district nurses pinned it up in the base.'
      },
      {
        plan: 'Update it every quarter with a reminder.',
        prediction: 'It stays right.',
        study: 'Quarterly works; monthly was too often.'
      }
    ],
    reasons: {
      adopted: 'Everyone has it; the coordinator updates it every quarter.',
      adapted: 'Names change too often; list a team phone number beside each name.',
      abandoned: 'Out of date within weeks and nobody had time to keep it up.'
    }
  },
  {
    title: "Reviews start with 'what matters to you?'",
    idea: 'Every joint review starts from what matters to the person, not from the service.',
    prediction: "People's own goals appear in the plan; fewer services involved.",
    kind: 'adaptive',
    levels: ['team_practice', 'self'],
    measure: 'jointReviews',
    cycles: [
      {
        plan: 'Two teams try it for every review for a month.',
        prediction: "Each plan names the person's own goal.",
        study: 'Most plans did; staff said the first question felt awkward.'
      },
      {
        plan: 'Practise the question together first.',
        prediction: 'It feels less awkward.',
        study: 'Better; the conversations went to places the forms never did.'
      },
      {
        plan: 'Add it to the shared review template.',
        prediction: 'It sticks without reminders.',
        study: 'It stuck in one team; the other needs its manager on board.'
      }
    ],
    reasons: {
      adopted: 'It is on the review template and the teams say it changed the conversations.',
      adapted: 'Works in reviews, not in crisis visits; keep it to planned reviews.',
      abandoned: 'The review template could not be changed and staff went back to the old way.'
    }
  }
]

export const DO_NOTES = [
  'Ran as planned.',
  'Two sessions lost to staff sickness; the rest went ahead.',
  'Started a week late because the room was double-booked.',
  'Ran as planned; the coordinator kept a tally sheet.'
]

export const STATUS_REASONS = {
  planned: 'Owner, start date and what we will count agreed.',
  testing: 'First cycle started.'
} as const
