// The sample's wording: programme, outcomes, site purposes and stage reasons in the users' voice.
import type { OutcomeLevel } from '../../domain/vocabulary'

export const PROGRAMME_NAMES = [
  'Living Well Together',
  'Closer to Home',
  'Working Across Boundaries',
  'Stronger Together Locally',
  'Connected Care, Connected Communities'
] as const

export const COMMISSIONERS = [
  'National Collaboration Fund',
  'Foundation for Integrated Care',
  'Health and Care Partnerships Trust',
  'Community Wellbeing Foundation'
] as const

export const PROGRAMME_DESCRIPTION =
  'A two-year national programme supporting local partnerships of health, social care, housing, ' +
  'voluntary and community organisations to work together differently for the people they ' +
  'serve. Each site agrees its own purpose and outcomes; the consultancy team facilitates monthly ' +
  'meetings and works alongside each site as action researchers, so the programme can show what ' +
  'changed and what helped.'

export const CONSULTANCY_NAMES = [
  'Threadwell Associates',
  'Common Ground Collaborative',
  'Fieldmoss Partners',
  'Brightwater Consulting'
] as const

export const LEARNING_PARTNER_ORGS = [
  'Hartwell Centre for Practice Learning',
  'Institute for Learning in Partnerships'
] as const

interface OutcomeText {
  level: OutcomeLevel
  title: string
  description: string
}

/** One per theory-of-change level first, then the extras a programme may add. */
export const CORE_OUTCOMES: readonly OutcomeText[] = [
  {
    level: 'self',
    title: 'Practitioners question their own assumptions about other agencies',
    description:
      'People notice the stories they tell about "the council", "the GPs" or "health" and test them.'
  },
  {
    level: 'relationships',
    title: 'More trust between practitioners from different agencies',
    description: 'People know who to call, pick up the phone, and are picked up when they call.'
  },
  {
    level: 'team_practice',
    title: 'Joint ways of working spread through local teams',
    description: 'What works between a few people becomes how the wider teams work.'
  },
  {
    level: 'organisations',
    title: 'Organisations share decisions, information and resources more readily',
    description: 'Agreements between organisations follow what the practitioners have learned.'
  },
  {
    level: 'people_using_services',
    title: 'People tell their story once and get joined-up support',
    description: 'People who use services and carers say services talk to each other.'
  }
]

export const EXTRA_OUTCOMES: readonly OutcomeText[] = [
  {
    level: 'team_practice',
    title: 'A stronger focus on personal outcomes in everyday practice',
    description: 'Conversations start from what matters to the person, not from service criteria.'
  },
  {
    level: 'people_using_services',
    title: 'More people supported to live well at home',
    description: 'Fewer avoidable admissions and moves into care; more people connected locally.'
  }
]

export interface SiteFocus {
  focus: string
  purpose: (place: string) => string
}

export const FOCI: readonly SiteFocus[] = [
  {
    focus: 'Housebound older people',
    purpose: (p) => `Joint working for housebound older people in ${p}`
  },
  {
    focus: 'People living with dementia and their carers',
    purpose: (p) =>
      `Helping people living with dementia in ${p}, and their carers, get support without being passed between services`
  },
  {
    focus: 'Hospital discharge',
    purpose: (p) => `Getting people from ${p} home from hospital sooner, with support in place`
  },
  {
    focus: 'Frailty',
    purpose: (p) => `Spotting frailty early and planning care together across ${p}`
  },
  {
    focus: 'Loneliness and social isolation',
    purpose: (p) => `Connecting isolated older people in ${p} with neighbours, groups and services`
  },
  {
    focus: 'Falls prevention',
    purpose: (p) =>
      `Fewer falls at home in ${p}, with GP practices, therapists and housing working as one`
  },
  {
    focus: 'Unpaid carers',
    purpose: (p) => `Recognising and supporting unpaid carers in ${p} before they reach crisis`
  },
  {
    focus: 'People with several long-term conditions',
    purpose: (p) =>
      `One conversation, not five: joined-up support for people in ${p} living with several long-term conditions`
  },
  {
    focus: 'Mental health and housing',
    purpose: (p) => `Keeping people in ${p} with mental health needs safely housed and supported`
  },
  {
    focus: 'End-of-life care at home',
    purpose: (p) =>
      `Helping people in ${p} to die well at home, with families, GPs, nurses and care homes planning together`
  },
  {
    focus: 'Digital inclusion',
    purpose: (p) =>
      `Using technology well: older people and services in ${p} getting online together`
  },
  {
    focus: 'Care home support',
    purpose: (p) => `Stronger links between care homes, GP practices and community nurses in ${p}`
  }
]

/** Stage reasons keyed by stage, with ':back' for a step back and ':same' for a repeat. */
export const STAGE_REASONS: Readonly<Record<string, readonly string[]>> = {
  forming: [
    'First meeting: people were curious and polite, still describing their own services.',
    "Good turnout at the launch, but the purpose is still mostly the sponsor's, not the group's.",
    'People are meeting each other for the first time; lots of "I didn\'t know you did that".'
  ],
  'forming:back': [
    'Half the group is new since the summer, so we are effectively starting again.',
    'Several new faces since the last review: back to introductions and agreeing the purpose.'
  ],
  frustration: [
    'Actions slipping between meetings and some saying it is a talking shop.',
    'Tension between the GP practices and the council about who holds the risk.',
    'Attendance dipped and the same two agencies keep sending apologies.',
    'Energy is there but people are frustrated that nothing has changed on the ground yet.'
  ],
  'frustration:back': [
    'Lost momentum over the summer holidays; back to frustration while people regroup.',
    'Winter pressures pulled people away and the shared referral trial stalled.',
    'Funding uncertainty in the council has made people guarded again.'
  ],
  'frustration:same': [
    'Still stuck: the same actions carried over for a third month.',
    'Some honest conversations, but no test of change has started yet.'
  ],
  functioning: [
    'Actions are being done between meetings and the first small test of change has started.',
    'The group agreed a shared purpose everyone signed up to; people now chase each other.',
    'A social worker now joins the practice huddle weekly and people can see why.',
    'Regular attendance from most agencies, and the coordinator no longer chases everything.'
  ],
  'functioning:back': [
    'The early buzz has gone; steady work again after the test of change was adapted.',
    'Two key members moved on, but the group kept meeting and picked the actions back up.'
  ],
  'functioning:same': [
    'Steady: most actions done and attendance holding up.',
    'Still functioning well; the group is choosing its next test of change.'
  ],
  flying: [
    'The group runs its own meetings and the joint huddle is now business as usual.',
    'Partners are changing how their organisations work, not just attending meetings.',
    'People who use services now co-chair the meeting and the changes are spreading.'
  ],
  'flying:same': [
    'Still flying: two tests of change adopted and a third being planned without us.',
    'Confident, self-sustaining group; we are mostly observing now.'
  ],
  failing: [
    'Three meetings running without the GPs or the council; the coordinator has lost their protected time.',
    'No actions done since the spring and people have stopped replying; the sponsor has paused the work.'
  ]
}

export const CLOSING_REASON =
  'The group agreed its work is done: the changes are business as usual and it has chosen to close.'
