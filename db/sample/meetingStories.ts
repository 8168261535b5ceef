// The sample's stories of real people, named by initial only, that meetings start from.
import type { FocusTopic } from './meetingTexts'

/** Stories of real people (named by initial only), told to start from experience. */
export const STORY_PEOPLE = ['Mrs B', 'Mr K', 'Mrs D', 'Mr A', 'Mrs O', 'Mr T', 'Mrs H', 'Mr J']

export const STORIES: readonly FocusTopic[] = [
  {
    title: "Stories of {who}'s discharge from hospital",
    notes: [
      '{who} went home on a Friday; the carers did not start until Tuesday and a neighbour filled the gap. Nobody in the room knew all of that until today.'
    ],
    decisions: ["Use {who}'s discharge as the test case for the next three months."],
    actions: ['Map every contact {who} had in the first week home']
  },
  {
    title: "Stories of {who}'s first week home after a fall",
    notes: [
      'Seven different people visited {who} in the first week; none of them knew about the others.'
    ],
    decisions: ['Agree one named person who keeps in touch after a fall.'],
    actions: ["Ask {who}'s family whether we may share the story with the sponsors"]
  },
  {
    title: "Stories of {who}'s journey through the memory clinic",
    notes: [
      'Five months to a diagnosis and eleven professionals. The only person who asked how the family was coping was the librarian.'
    ],
    decisions: ["Offer the carers' centre's number at diagnosis, every time."],
    actions: ["Ask the memory clinic to come and hear {who}'s story"]
  },
  {
    title: "Stories of {who}'s winter without heating",
    notes: [
      'The district nurse, the housing officer and the GP all knew {who} had no heating for three weeks. None of them knew the others knew.'
    ],
    decisions: ['Housing joins the huddle when someone is at risk at home.'],
    actions: ['Find out who can authorise emergency heaters out of hours']
  },
  {
    title: "Stories of {who}'s weekend when the carer was ill",
    notes: [
      'The carer went into hospital on a Saturday and {who} was alone until Monday. The emergency plan was in a drawer at the practice.'
    ],
    decisions: ["Carers' emergency plans are shared with the carer's consent."],
    actions: ['Check how many carers on the register have an emergency plan']
  }
]
