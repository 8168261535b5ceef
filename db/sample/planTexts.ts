// The Plans in the sample's site reflection cycles: what the consultant and coordinator will try
// next, what they then did, and how the next cycle picks it up. "{coordinator}" is the
// coordinator's first name.

/** Who usually takes a Plan item on when it becomes an action. */
export type ItemOwner = 'coordinator' | 'consultant' | 'member'

export interface PlanItem {
  text: string
  owner: ItemOwner
  /** What was then done (Act), or what became of it when it was not. */
  done: string
  notDone: string
  /** Only once the group is under way: it presumes a trial or a case to talk about. */
  later?: true
}

/** After the launch: getting the group going. */
export const LAUNCH_ITEMS: readonly PlanItem[] = [
  {
    text: "Send round the outcomes in the group's own words",
    owner: 'coordinator',
    done: '{coordinator} sent them the next day; three people replied with changes.',
    notDone: 'Went out late, with the notes for the second meeting.'
  },
  {
    text: 'Ring the people who were invited but did not come',
    owner: 'coordinator',
    done: '{coordinator} rang six people; four said they would come next time.',
    notDone: 'Only two calls made.'
  },
  {
    text: 'Agree with the sponsor what the group can decide for itself',
    owner: 'consultant',
    done: 'The sponsor agreed the group can run small tests without asking first.',
    notDone: 'The sponsor wants to talk to the other senior managers first.'
  },
  {
    text: 'Bring a story of someone passed between services to the next meeting',
    owner: 'member',
    done: 'Two stories came; one of them opened the second meeting.',
    notDone: 'Nobody brought one; we opened with one of ours instead.'
  }
]

export const PLAN_ITEMS: readonly PlanItem[] = [
  {
    text: 'Ring the two practices that sent apologies and ask what would make it worth their afternoon',
    owner: 'coordinator',
    done: '{coordinator} rang both practices; one practice manager came to the next meeting.',
    notDone: 'Only one call made; the other practice did not ring back.'
  },
  {
    text: "Open the next meeting with a story from the carers' centre",
    owner: 'consultant',
    done: "Opened with a carer's story; the room was quiet for a long time afterwards.",
    notDone: 'No story in the end: the carer could not come and there was no time to find another.'
  },
  {
    text: 'Ask the sponsor to come for the first half hour',
    owner: 'coordinator',
    done: 'The sponsor came for forty minutes and said the work is on the regional board agenda.',
    notDone: 'The sponsor sent apologies; a short note went instead.'
  },
  {
    text: 'Send the agenda out a week earlier',
    owner: 'coordinator',
    done: 'Agenda out eight days before; two more people said they could come.',
    notDone: 'The agenda went out late again.'
  },
  {
    text: 'Mix the small groups by organisation, not by sector',
    owner: 'consultant',
    done: 'Mixed the groups; the conversations crossed organisations straight away.',
    notDone: 'People sat with their colleagues before we could mix them.'
  },
  {
    text: 'Bring the risk conversation back with a real case',
    later: true,
    owner: 'consultant',
    done: 'Brought an anonymised case; mapping who held the risk took the whole hour, and was worth it.',
    notDone: 'The case was not ready in time; moved to next month.'
  },
  {
    text: 'Ask each action owner to report on their own action',
    owner: 'coordinator',
    done: 'Owners reported their own actions; it took longer and people listened more.',
    notDone: '{coordinator} ended up reporting on everything again.'
  },
  {
    text: 'Draft a one-page note for the sponsors on what is stuck',
    owner: 'consultant',
    done: 'Note sent to both sponsors; one replied the same day.',
    notDone: 'Note drafted but not sent: we want the group to see it first.'
  },
  {
    text: 'Ask housing and the pharmacy who would come if we moved the time',
    owner: 'coordinator',
    done: 'Housing said mornings work better; the pharmacy will send someone once a quarter.',
    notDone: 'No reply from either yet.'
  },
  {
    text: 'Hand the chairing of one item to the coordinator',
    owner: 'consultant',
    done: '{coordinator} chaired the actions item and kept it to time better than we do.',
    notDone: 'We slipped back into chairing everything ourselves.'
  },
  {
    text: 'Check with the practice manager what the silence meant',
    later: true,
    owner: 'consultant',
    done: 'It was not disagreement: the practice had not been told the time had changed.',
    notDone: 'Did not manage to speak to them before the meeting.'
  },
  {
    text: 'Write up what the group has learned so far as a one-page story for the wider teams',
    later: true,
    owner: 'member',
    done: 'The one-page story went to all three teams and was read out at a team meeting.',
    notDone: 'Half written; the owner was on leave.'
  },
  {
    text: 'Ask the IT lead what it would take to share referrals electronically',
    later: true,
    owner: 'member',
    done: 'The IT lead came to a meeting: possible by spring once the data-sharing agreement is signed.',
    notDone: 'The IT lead has not replied.'
  },
  {
    text: 'Ask each organisation to name who comes when their usual person cannot',
    owner: 'coordinator',
    done: 'Most organisations named a second person; two did not reply.',
    notDone: 'Not asked yet; {coordinator} ran out of time.'
  }
]

export const PLAN_ITEMS_FADING: readonly PlanItem[] = [
  {
    text: 'Talk honestly with the sponsor about whether to keep going',
    owner: 'consultant',
    done: 'Met the sponsor: the work pauses until the protected time is agreed.',
    notDone: 'The sponsor could not find a time this month.'
  },
  {
    text: 'Ring everyone who has stopped coming, without blaming',
    owner: 'coordinator',
    done: '{coordinator} rang five people; three said they would come back "when things calm down".',
    notDone: 'Nobody had the time to make the calls.'
  },
  {
    text: 'Propose a shorter meeting at the practice',
    owner: 'coordinator',
    done: 'Proposed it; the practice could not offer a room.',
    notDone: 'Not proposed yet.'
  }
]

/** How the next cycle's Observe picks up the last Plan. */
export const FOLLOW_UP = {
  done: [
    'it happened, and it showed in the meeting.',
    'done, and people noticed.',
    'we did it; it changed less than we hoped, but it changed something.'
  ],
  notDone: [
    'it did not happen, and we should ask why rather than carry it over again.',
    "it slipped. Worth noticing that it was ours, not the group's.",
    'not done; nobody mentioned it, including us.'
  ]
} as const
