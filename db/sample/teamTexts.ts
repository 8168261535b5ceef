// The sample's team-level reflections across sites, and the learning partner's review comments.
// "{a}" and "{b}" are site names, "{partner}" the learning partner's first name.
import type { Passage } from './reflectionTexts'

export const TEAM_OBSERVE: readonly string[] = [
  'Across the sites attendance held up everywhere except {a}. In {b} the coordinator ran the meeting for the first time.',
  'The huddle is going in several sites now; in {a} it stalled when the social worker moved on.',
  '{a} and {b} both talked about risk this month, in almost the same words.',
  'Actions done between meetings: mostly good, but {a} carried the same three actions again.',
  'We compared notes on who is missing: housing in {a}, the GPs in {b}.',
  'Two stories this month about people told to ring someone else: one from {a}, one from {b}.'
]

export const TEAM_REFLECT: readonly Passage[] = [
  {
    text: 'The sites that are moving are the ones where the coordinator has protected time. That is a finding for the commissioners, not only a problem for each site.',
    themes: ['practice-structural-change'],
    own: 'time'
  },
  {
    text: 'We speak about the "difficult" sites with less curiosity than the others. That is probably our problem as much as theirs.',
    themes: ['element-curious', 'element-thinkers']
  },
  {
    text: '{partner} asked what we are avoiding. The honest answer is the conversation with the sponsors about power.',
    themes: ['element-courageous', 'practice-systemic-leadership'],
    own: 'power'
  },
  {
    text: 'We keep rediscovering the same lesson in every site: stories first, numbers later. Time to write it down and test it.',
    themes: ['element-communicators'],
    own: 'stories'
  },
  {
    text: 'Where the group wrote its own purpose, accountability follows; where the sponsor wrote it, we chase.',
    themes: ['practice-shared-purpose', 'practice-accountability']
  },
  {
    text: 'Appreciative questions land better than challenging ones in new groups, and the reverse in groups that have been going a year.',
    themes: ['element-appreciative', 'element-courageous']
  },
  {
    text: 'We wait for the council in every site. Where one site stopped waiting, nothing bad happened.',
    themes: ['practice-systemic-leadership'],
    own: 'permission'
  }
]

export const TEAM_PLAN: readonly { text: string; done: string }[] = [
  {
    text: "Take the protected-time finding to the commissioners' quarterly meeting",
    done: 'Raised it with the commissioners; they asked for it in the next programme report.'
  },
  {
    text: "Pair up across sites: each of us sits in on another site's meeting this month",
    done: 'Three of us swapped sites; the fresh eyes noticed things we had stopped seeing.'
  },
  {
    text: 'Write a two-page note on what the huddle sites have in common',
    done: 'Note written and shared with the coordinators.'
  },
  {
    text: 'Ask {partner} to read the last three cycles from {a} with us',
    done: '{partner} read them and asked why the sponsor never appears in them.'
  },
  {
    text: 'Agree how we talk about stalled sites in the programme report',
    done: 'Agreed: name what we see, not who is to blame.'
  }
]

/** A comment the learning partner leaves on a phase of a cycle, and how a consultant replied. */
export const REVIEW_COMMENTS: readonly {
  phase: 'cycle' | 'observe' | 'reflect' | 'plan' | 'act'
  body: string
  reply: string
}[] = [
  {
    phase: 'reflect',
    body: 'What made you read the silence as disagreement? Did you check it with them?',
    reply: 'Good question; we did not check. Will ask at the next debrief.'
  },
  {
    phase: 'observe',
    body: "I'd like more of the story here, not just the attendance. What did people actually say?",
    reply: 'Fair. We will start the next Observe from the story.'
  },
  {
    phase: 'plan',
    body: "Whose plan is this: yours or the group's? Worth asking them.",
    reply: "Mostly ours. We'll put it back to the group next time."
  },
  {
    phase: 'cycle',
    body: 'This connects with what you wrote about risk two months ago. Same pattern?',
    reply: "Yes, same pattern. We'll bring it to the team reflection."
  },
  {
    phase: 'reflect',
    body: 'An honest reflection. What would it look like to name this in the room?',
    reply: 'We will try it at the check-in next month.'
  },
  {
    phase: 'act',
    body: "Did the sponsor's visit change anything you could see afterwards?",
    reply: 'Not yet. The coordinator thinks it will show in the spring.'
  }
]
