// The sample's agreed outcomes in the sites' own words, and what groups say when they rate them.

export interface OwnOutcome {
  title: string
  description: string
}

/**
 * How a site words each programme outcome, keyed by the programme outcome's title (see texts.ts).
 * "{town}" is the site's name.
 */
export const OWN_WORDS: Readonly<Record<string, readonly OwnOutcome[]>> = {
  'Practitioners question their own assumptions about other agencies': [
    {
      title: 'We stop assuming the worst about each other',
      description: 'Notice when we say "the council won\'t" or "the GPs never" and check it out.'
    },
    {
      title: 'We understand what the other services can and cannot do',
      description: 'Fewer surprises, fewer referrals to the wrong place.'
    }
  ],
  'More trust between practitioners from different agencies': [
    {
      title: 'We know who to call, and they pick up',
      description: 'A named person in each organisation that everyone in the group knows.'
    },
    {
      title: 'More trust between the practices, the council and the voluntary sector',
      description: 'People ask for help early instead of escalating.'
    },
    {
      title: 'Stronger relationships between the people in this room',
      description: 'We keep in touch between meetings, not only at them.'
    }
  ],
  'Joint ways of working spread through local teams': [
    {
      title: 'Joint working becomes how our teams work, not an extra',
      description: 'What a few of us do together spreads to the wider teams.'
    },
    {
      title: "Frontline staff in {town} know about each other's services",
      description: 'Not only the people who come to the meetings.'
    }
  ],
  'Organisations share decisions, information and resources more readily': [
    {
      title: 'Our organisations share information without a fight',
      description: 'Agreed ways to share what we need to, safely and quickly.'
    },
    {
      title: 'Senior managers back what we try',
      description: 'Sponsors clear the way when a test of change needs a decision.'
    }
  ],
  'People tell their story once and get joined-up support': [
    {
      title: 'People in {town} tell their story once',
      description: 'One conversation, shared with consent, instead of five assessments.'
    },
    {
      title: 'Fewer people passed between services',
      description: 'Nobody is told "that\'s not us" without being helped to the right door.'
    }
  ],
  'A stronger focus on personal outcomes in everyday practice': [
    {
      title: 'Start from what matters to the person',
      description: "Conversations and plans begin with the person's own goals."
    }
  ],
  'More people supported to live well at home': [
    {
      title: 'More older people in {town} living well at home',
      description: 'Fewer avoidable admissions and moves into care.'
    }
  ]
}

/** Changes a site wants that the programme's framework does not name. */
export const UNMAPPED_OUTCOMES: readonly OwnOutcome[] = [
  {
    title: 'More community involvement in what we do',
    description: 'Residents, faith groups and volunteers around the table, not consulted after.'
  },
  {
    title: 'Carers are noticed and asked how they are',
    description: 'Every contact with a family asks about the carer too.'
  },
  {
    title: 'Better use of technology between services',
    description: 'Shared records and video calls that actually work between organisations.'
  },
  {
    title: 'The library and the community café are part of the support offer',
    description: 'Community places are seen as part of health and care, not an add-on.'
  },
  {
    title: 'People who use services help run the partnership',
    description: 'Co-chairing, setting the agenda, judging our progress.'
  },
  {
    title: 'The partnership keeps going without the consultants',
    description: 'We run our own meetings by the end of the programme.'
  }
]

/** Why the group started where it did, by the baseline rating. */
export const BASELINE_NOTES: Readonly<Record<number, readonly string[]>> = {
  1: ['Most of us had never met before today.', 'Honestly, we are starting from nothing here.'],
  2: [
    'A few good relationships, but they depend on two or three people.',
    'We could all tell a story of it going wrong; hardly anyone could tell one of it going right.'
  ],
  3: [
    'Some joint working already, mostly informal and easily lost.',
    'It works when the right people are on shift.'
  ],
  4: [
    'Better than elsewhere, people said, but nothing anyone could point to.',
    'The goodwill is there; the time and the systems are not.'
  ]
}

/** What the group said when it rated an outcome, by the way the rating moved. */
export const RATING_EVIDENCE: Readonly<Record<'up' | 'same' | 'down', readonly string[]>> = {
  up: [
    'Several people gave examples of picking up the phone instead of sending a form.',
    'The huddle has helped: the GPs and the social worker now talk weekly.',
    'Two stories this month of people being helped without being passed on.',
    'People in the room said they now know who to call in most organisations.',
    'The carers in the group said they notice the difference.',
    'The sponsor came and heard it for herself; people felt it was real.',
    'Frontline staff who never come to the meetings are using the new list.',
    'We could name three things that are different from six months ago.'
  ],
  same: [
    'Good intentions, but nobody could give an example since last time.',
    'Holding steady; winter pressures took people away.',
    'Some progress in one practice, none in the other, so the group kept the same number.',
    'Agreed to stay where we were until the trial has run its course.'
  ],
  down: [
    'The GPs have not been for three meetings; people felt we had gone backwards.',
    'Two key people moved on and the new ones do not know us yet.',
    'The council restructure has made everyone guarded again.',
    'Same actions carried over again; the group was honest that nothing has moved.'
  ]
}

/** Notes on evidence linked to an outcome. */
export const QUOTE_EVIDENCE_NOTE = 'Said in the room; the group felt it summed up where we are.'
export const MEETING_EVIDENCE_NOTE = 'The meeting where the group first gave examples of this.'
export const REFLECTION_EVIDENCE_NOTE = 'Our own reading of what changed, from the debrief.'
