// The sample's meeting wording: venues, purposes, learning, check-outs and quotes by role.

export const SAINTS = ['Hilda', 'Aidan', 'Michael', 'Mary', 'Luke', 'Cuthbert', 'Margaret', 'John']

/** Rooms a site might meet in; "{town}" is the site's name. */
export const VENUES = [
  '{town} Library community room',
  "St {saint}'s church hall",
  '{town} Community Centre, main hall',
  '{town} Methodist Church hall',
  'Fire station community room, {town}',
  '{town} Village Hall'
]

export const DEBRIEF_VENUES = ['Video call', 'Phone call', 'Café at {town} Library', 'Video call']

export const LAUNCH_PURPOSE =
  'Launch: meet each other, hear why the work was commissioned and agree what we want to change.'

/** Purposes of an ordinary partnership meeting, around its two main focus areas. */
export const PURPOSES: readonly ((a: string, b: string) => string)[] = [
  (a, b) => `Update on actions, then small groups on "${a}" and "${b}".`,
  (a, b) => `Check where we are on the visual plan and work on "${a}"; first look at "${b}".`,
  (a, b) => `Hear how the tests of change are going; "${a}" and "${b}" in small groups.`,
  (a) => `Agree next steps on "${a}" and review the actions from last time.`
]

export const PAUSED_PURPOSE =
  'Honest conversation about whether and how we keep going, with fewer people around the table.'

export const CLOSING_PURPOSE =
  'Look back over the work, check the outcomes we agreed at the start and decide what happens next.'

export const CLOSING_DECISION =
  'Close the partnership group: the huddle and the drop-in carry on as business as usual.'

export const PAUSED_DECISION =
  "Pause the monthly meetings until the coordinator's protected time is agreed with the sponsor."

/** What was learned, as the group put it at the end of a meeting. */
export const LEARNING = [
  'Most of the delays happen in the gaps between services, not inside any one of them.',
  'People assumed the council would say no; when asked, the answer was yes.',
  'Stories moved the room more than any of the numbers did.',
  'Small tests are easier to agree than big plans: nobody has to sign anything off.',
  "We each hold a different piece of the same person's story.",
  'Knowing a name and a direct number matters more than any directory.',
  'The carers in the room changed the conversation; we should not meet without them.',
  'Actions slip when the owner is not in the room the next month.',
  'The GP practices want to join in but cannot give up an afternoon.',
  'Disagreement about risk was really about trust; it eased once people met the case.',
  'What works for one practice does not carry over without the people who made it work.',
  'Meeting at the practice brought the GPs; meeting at the council brought the social workers.'
]

export const PAUSED_LEARNING = [
  'Without protected time for the coordinator nothing moves between meetings.',
  'When the GPs and the council stopped coming, the others stopped believing it mattered.',
  'The same actions came back three months running; nobody owns them now.'
]

/** The check-out round ("how are you leaving?"), by how the room felt. */
export const CHECK_OUTS: Record<'low' | 'mid' | 'high', readonly string[]> = {
  low: [
    'Quiet check-out: "tired", "stuck", "frustrated", "not sure this is working".',
    'Several said they are leaving worried about winter and about who will still be here.',
    'People left quickly; one word each, mostly "flat".'
  ],
  mid: [
    'One word each: "clearer", "curious", "busy", "hopeful", "tired".',
    'Mostly positive; a couple said they need to see something change on the ground soon.',
    'People said it was useful but they are leaving with more to do than they came with.',
    'Check-out: "thinking", "interested", "a bit overwhelmed", "glad I came".'
  ],
  high: [
    'Lots of energy: "hopeful", "proud", "connected", "can\'t wait to try it".',
    'Several said it was the best meeting so far; the stories made it real.',
    'People stayed on talking after we closed, which says a lot.'
  ]
}

/** Methods groups name for themselves besides the common ones. */
export const OWN_METHODS = [
  'World café',
  'Walking the patient pathway',
  'Fishbowl conversation',
  'Timeline of the partnership',
  'Rich pictures'
]

export const AGENDA =
  'Check-in and introductions; recap of the visual plan; update on actions; small groups on'

export const MEETING_ASIDES = [
  'Room was too small for three groups; ask for the hall next time.',
  'Started late because the car park was full.',
  'Two new people today; introductions took longer than planned.',
  'Tea and cake from the community café went down well.',
  ''
]

export const DEBRIEF_NOTES = [
  'Went over who spoke and who did not. The practice manager was quieter than usual.',
  'Talked about the tension over risk and how to hold it next time without taking sides.',
  'The coordinator is chasing most of the actions alone; talked about sharing that out.',
  'Agreed the stories worked better than the data; plan to open with one again.',
  'Noticed the same two agencies sent apologies again.'
]

export const DEBRIEF_LEARNING = [
  'Coordinator needs the agenda a week earlier to get the right people there.',
  'We stepped in too soon when the group went quiet; the silence was doing work.',
  'Small groups mixed by organisation worked better than groups by sector.'
]

export const SPONSOR_NOTES = [
  'Sponsor asked for numbers as well as stories; agreed one page each quarter.',
  "Sponsor will raise the coordinator's protected time with the other senior managers.",
  'Sponsor pleased with the huddle and wants it talked about at the regional board.'
]

export const WORKSHOP_TITLES = [
  'Visual scenario planning: the next twelve months',
  'Appreciative inquiry: when joint working went well',
  'Mapping the journey of a person through our services'
]

export const CARRY_NOTES = [
  'Carried forward: waiting for a reply.',
  'Carried forward: owner off sick last month.',
  'Carried forward: needs the sponsor to agree first.',
  ''
]

export const DROP_NOTES = [
  'Dropped: overtaken by the huddle test.',
  'Dropped: no longer needed.',
  'Dropped: nobody had time over winter.'
]

/** Quotes heard in the room, by the speaker's role; anyone may say a general one. */
export const ROLE_QUOTES: Record<string, readonly string[]> = {
  'District nurse': [
    "I didn't know your team did home visits too.",
    'We were both in the same house on the same morning and never spoke.'
  ],
  GP: [
    'I used to think social care just said no. Now I know who to ring.',
    'Fifteen minutes with the social worker saved me three appointments.'
  ],
  'Social worker': [
    'Sitting in the huddle I hear about people weeks before the referral arrives.',
    'For the first time the practice calls me by my name.'
  ],
  Carer: [
    'Nobody asked how I was until today.',
    'I have told our story so many times. Today someone wrote it down once.'
  ],
  'Person who uses services': ['I just want to tell it once and have people talk to each other.'],
  'Housing officer': ["Housing is usually the last to know, and it's our tenant."],
  Librarian: ['People come to the library because it is the one door that is always open.'],
  Pharmacist: ['I see some of these people every week. Nobody had ever asked me what I notice.'],
  'Practice manager': ['The form is the easy bit. Getting the partners to agree is the work.'],
  'Care home manager': [
    'We are part of health and care too. This is the first time it felt like it.'
  ],
  'Occupational therapist': ["Half the equipment we order is already in someone else's cupboard."],
  'Senior manager': ['I came to hear the stories; the numbers can wait.'],
  'Discharge coordinator': [
    'Friday afternoons used to be a lottery. Now I pick up the phone first.'
  ]
}

export const GENERAL_QUOTES = [
  "It's the first time I've sat in a room with all of these people.",
  "It's not a talking shop if we come back and say what we did.",
  'We all thought someone else was holding the risk.',
  'I came because I was told to. I keep coming because it helps.',
  'The stories change the conversation; the spreadsheets never did.',
  'We keep agreeing actions and nobody does them.',
  'Now I know who to phone, and they pick up.',
  "It's slower than I wanted, but it's real.",
  'Trust is built between meetings, not in them.',
  'I have learned more about my own service here than in ten years of working in it.'
]
