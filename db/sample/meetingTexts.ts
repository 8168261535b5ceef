// The sample's meeting topics: focus areas with notes, decisions and actions in the users' words.

/**
 * A thread a site works on over a few meetings. Each meeting's decisions and actions come from
 * the topics it focused on, so what a meeting decided matches what it talked about.
 * "{town}" stands for the site's name, "{who}" for the person whose story it is.
 */
export interface FocusTopic {
  title: string
  notes: readonly string[]
  decisions: readonly string[]
  actions: readonly string[]
}

export const LAUNCH_TOPICS: readonly FocusTopic[] = [
  {
    title: 'Why are we here?',
    notes: [
      'Round of introductions: most people knew two or three others in the room at most. The sponsor explained why the work was commissioned; several asked how long it would last.'
    ],
    decisions: ['Meet monthly for the next year, on the same day each month.'],
    actions: ['Book rooms for the next six meetings']
  },
  {
    title: 'What we want to change in {town}',
    notes: [
      'Small groups wrote the changes they want on post-its; trust, knowing who to call and carers being noticed came up in every group.'
    ],
    decisions: ['Agree the changes we want to see, and revisit them at every meeting.'],
    actions: [
      'Send round the notes and the list of agreed outcomes',
      'Bring one story of someone who was passed between services'
    ]
  }
]

export const TOPICS: readonly FocusTopic[] = [
  {
    title: 'Shared referral form',
    notes: [
      "Each agency has its own form and they ask the same twelve questions. Could one form do for the practices, the council and the carers' centre?",
      "Trial form used eleven times this month; the district nurses like it, the council's system will not take it yet."
    ],
    decisions: [
      'Trial one shared referral form between the two GP practices and the council duty team for two months.',
      "Keep the council's own form alongside the shared one until the IT lead has looked at it."
    ],
    actions: [
      'Circulate the draft shared referral form for comments',
      'Ask the council IT lead whether the shared form can go on the case system',
      'Count how many times the shared form was used this month'
    ]
  },
  {
    title: 'Who holds the risk?',
    notes: [
      'Long conversation about who is responsible when someone refuses care. Everyone thought someone else held the risk.',
      'The GPs feel they carry the risk by default; social care feel the same. Agreed to talk it through with a real case.'
    ],
    decisions: [
      'Bring one real case to the next meeting and map who held the risk at each step.',
      'Draft a one-page note on shared risk for the sponsors to sign off.'
    ],
    actions: [
      'Bring an anonymised case where responsibility was unclear',
      'Draft a one-page note on how we share risk',
      "Ask the sponsor to take the risk note to the senior managers' meeting"
    ]
  },
  {
    title: 'Who does what in {town}',
    notes: [
      `People drew their services on the wall map. Lots of "I didn't know you did that".`,
      'A directory is out of date within a month; knowing a person beats a list.'
    ],
    decisions: [
      'Build a simple "who to call" list with a named person in each organisation.',
      'The coordinator keeps the "who to call" list and updates it every quarter.'
    ],
    actions: [
      "Send the coordinator your team's named contact and direct number",
      'Print the "who to call" list for the reception desks',
      'Check which numbers on the "who to call" list still work'
    ]
  },
  {
    title: 'Joint huddle at the practice',
    notes: [
      'The social worker who joined the weekly huddle says half the cases would have reached her anyway, but three weeks earlier.',
      'The huddle is at 8am, which is hard for the council team; could it move to lunchtime?'
    ],
    decisions: [
      "A social worker joins the practice's weekly huddle for a month as a small test of change.",
      'Extend the huddle test to the second practice.'
    ],
    actions: [
      'Agree a start date for the social worker at the huddle',
      'Keep a tally of cases discussed at the huddle and what happened next',
      'Ask the second practice whether they would host a huddle'
    ]
  },
  {
    title: 'Library drop-in',
    notes: [
      'The librarian offered the community room every Thursday morning. Who would come, and who would staff it?',
      'First drop-in: nine people came, four of them carers nobody had met before.'
    ],
    decisions: [
      'Run a monthly drop-in at the library where several services meet people together.',
      "Keep the drop-in going; the carers' centre staffs it every other month."
    ],
    actions: [
      'Book the library community room for the drop-in',
      'Make a poster for the drop-in and ask the pharmacy to put it up',
      'Draw up a rota for staffing the drop-in'
    ]
  },
  {
    title: 'Sharing information safely',
    notes: [
      'Everyone says GDPR stops them sharing, but nobody in the room had read the actual agreement.',
      'The information governance lead said most of what we want is already allowed with consent.'
    ],
    decisions: [
      'Use the existing regional sharing agreement rather than writing a new one.',
      'Ask for consent to share at the first visit, with the same words in every agency.'
    ],
    actions: [
      'Invite the information governance lead to the next meeting',
      'Find the current information sharing agreement and send it round',
      'Write a short consent script people can use on visits'
    ]
  },
  {
    title: 'Carers at breaking point',
    notes: [
      "Carers only get noticed in a crisis. The carers' group said nobody asked how they were until the ambulance came.",
      "The GP practices hold carers' registers but nobody else sees them."
    ],
    decisions: [
      'Every partner asks "who looks after you?" at first contact for two months and counts the answers.',
      "The carers' centre comes to the practice huddle once a month."
    ],
    actions: [
      'Add "who looks after you?" to the first-contact checklist',
      'Ask both practices how many carers are on their register',
      'Bring two carers to tell their story at the next meeting'
    ]
  },
  {
    title: 'Visual plan: where have we got to?',
    notes: [
      'Walked the visual plan on the wall. The first two milestones are done; the third has not moved since spring.',
      'Some people had never seen the plan; newcomers need it explained.'
    ],
    decisions: [
      'Refresh the visual plan with the people who have joined since the start.',
      'Drop the directory milestone and put the effort into the huddle instead.'
    ],
    actions: [
      'Photograph the visual plan and send it round',
      "Update the visual plan with this month's changes"
    ]
  },
  {
    title: 'Getting the GPs in the room',
    notes: [
      'The GPs cannot leave surgery for an afternoon. Would half an hour at the practice work better than three hours here?',
      "The practice manager comes and reports back, which helps, but decisions still wait for the partners' meeting."
    ],
    decisions: [
      'Hold one meeting a quarter at the practice at lunchtime.',
      "The practice manager speaks for the practice between partners' meetings."
    ],
    actions: [
      'Ask the practice partners which lunchtimes suit them',
      'Send the GPs a one-page summary after each meeting'
    ]
  },
  {
    title: 'Friday discharges',
    notes: [
      'Friday afternoon discharges land on home care with no notes. The ward did not know the agencies close their rota at noon.',
      'Three weeks of ringing the agency before discharge: fewer care packages that failed to start.'
    ],
    decisions: [
      'The ward rings the home care agency before any Friday discharge, for a month.',
      'Adopt the Friday phone call as normal practice on the ward.'
    ],
    actions: [
      "Share the home care agencies' contact numbers with the ward",
      'Count Friday discharges and care starts that fell through',
      'Write up the Friday phone call test for the sponsors'
    ]
  },
  {
    title: 'Medicines at home',
    notes: [
      'The pharmacist sees people every week whom nobody else sees. Could the pharmacy spot when someone is struggling?',
      'Blister packs changed after discharge and the carer was not told.'
    ],
    decisions: [
      'The pharmacy passes worries to the social prescribing link worker on a simple slip.'
    ],
    actions: [
      'Design the pharmacy referral slip with the link worker',
      'Ask the pharmacist to join the huddle once'
    ]
  },
  {
    title: 'Who else is visiting?',
    notes: [
      'The IT lead showed what the council system can and cannot do. Most people just want to know who else is visiting.',
      'Video calls work for the practices; the voluntary groups mostly use WhatsApp.'
    ],
    decisions: ['Try a shared visiting calendar for ten people for six weeks.'],
    actions: [
      'Set up the shared visiting calendar and send the invitations',
      'Ask the IT lead about secure messaging between teams'
    ]
  },
  {
    title: 'What matters to people',
    notes: [
      'Asked ourselves what a good day looks like for the people we serve. Not one answer mentioned a service.',
      "The carers' group want one person who knows their story."
    ],
    decisions: ['Start each meeting with one story from someone who uses services.'],
    actions: [
      "Ask the carers' group who would be willing to share their story",
      'Collect three examples of "what matters to me" conversations'
    ]
  },
  {
    title: 'Getting through winter',
    notes: [
      'Everyone is braced for winter. What can we stop doing so the joint work keeps going?',
      'Agreed the huddle is the one thing we protect through January.'
    ],
    decisions: [
      'Protect the huddle and the drop-in through winter; pause the rest until February.'
    ],
    actions: [
      'Agree cover for the huddle over Christmas and New Year',
      'Tell the sponsors what we are pausing over winter and why'
    ]
  },
  {
    title: 'Falls: who has the kit?',
    notes: [
      'The ambulance crews are called again and again to the same people. The care home and the council both have lifting equipment nobody else knows about.',
      'The occupational therapist showed the lifting cushion; the care home has two in a cupboard.'
    ],
    decisions: ['Map who has falls equipment and who is trained to use it.'],
    actions: [
      'List the falls equipment each organisation holds',
      'Invite the falls team to talk to the group'
    ]
  },
  {
    title: 'What the sponsors need to hear',
    notes: [
      'Stories, not numbers, said the council; numbers, said the trust. Agreed one page with one story and three numbers.',
      'The sponsors asked what has changed for people. We have stories but no counts yet.'
    ],
    decisions: ['Send the sponsors a one-page update each quarter: one story and three numbers.'],
    actions: [
      'Draft the quarterly one-page update for the sponsors',
      "Choose the story for the sponsors' update"
    ]
  },
  {
    title: 'Who is missing from the room?',
    notes: [
      'Nobody here from the ambulance service or the mental health team. Housing came once.',
      "The carers' group said people who use services should be here every time, not invited once."
    ],
    decisions: ['Invite the community mental health team and the ambulance service.'],
    actions: [
      'Invite the community mental health team to a meeting',
      "Ask the carers' group to nominate two people to come regularly"
    ]
  }
]
