// The sample's site reflection cycles in the consultants' voice: what they saw, made of it, planned.
// "{coordinator}" is the coordinator's first name, "{town}" the site's name.

/** The consultancy's own codes a programme may add to the built-in themes. */
export type OwnCodeKey = 'power' | 'time' | 'stories' | 'missing' | 'permission'

export const OWN_CODES: readonly { key: OwnCodeKey; name: string; description: string }[] = [
  {
    key: 'power',
    name: 'Power and who holds the risk',
    description: 'Who decides, who carries the consequences, and who is left holding it.'
  },
  {
    key: 'time',
    name: "The coordinator's protected time",
    description: 'What happens between meetings depends on someone having the hours to chase it.'
  },
  {
    key: 'stories',
    name: 'Stories move people more than data',
    description: 'When a real person is in the room, the conversation changes.'
  },
  {
    key: 'missing',
    name: 'Who is missing from the room',
    description: 'The agencies and people we do not notice are absent.'
  },
  {
    key: 'permission',
    name: 'Waiting for permission',
    description: 'Whether a change really needs sign-off, or we are waiting to be told.'
  }
]

/** A paragraph of reflection with the themes it would be tagged with. */
export interface Passage {
  text: string
  themes: readonly string[]
  own?: OwnCodeKey
}

export const REFLECT: readonly Passage[] = [
  {
    text: 'We filled the silence too quickly when the GPs went quiet. We assumed silence meant disagreement; afterwards the practice manager told {coordinator} they were thinking it through.',
    themes: ['element-curious', 'practice-suspending-disbelief']
  },
  {
    text: 'The conversation about risk kept sliding back to whose budget it comes from. Underneath it is trust: nobody wants to be the one left holding it when something goes wrong.',
    themes: ['practice-diversity-trust'],
    own: 'power'
  },
  {
    text: 'The story did more than the data ever has. People who had been polite for months started disagreeing with each other, which felt like progress.',
    themes: ['element-appreciative', 'practice-diversity-trust'],
    own: 'stories'
  },
  {
    text: "{coordinator} is chasing almost every action alone. Between us we have made the coordinator the partnership's memory, and that is fragile.",
    themes: ['practice-accountability'],
    own: 'time'
  },
  {
    text: "We were surprised how much the group already agrees on once the purpose is written in their words rather than the sponsor's.",
    themes: ['practice-shared-purpose', 'element-appreciative']
  },
  {
    text: 'We caught ourselves steering towards the shared form because it is the change we know how to support. The group may need something less tidy.',
    themes: ['element-thinkers', 'element-curious']
  },
  {
    text: 'Housing and the pharmacists were not in the room again, and nobody mentioned it. We should ask who else is missing and why that feels normal.',
    themes: ['practice-diversity-trust'],
    own: 'missing'
  },
  {
    text: 'People keep saying "once the council agrees". It may be true, but it also lets everyone off the hook. We want to test whether permission is really needed.',
    themes: ['practice-systemic-leadership', 'element-courageous'],
    own: 'permission'
  },
  {
    text: "The sponsor's ten minutes changed the energy: people heard that it is safe to try things. Leadership here is more about permission than direction.",
    themes: ['practice-systemic-leadership'],
    own: 'permission'
  },
  {
    text: 'Mixing the small groups by organisation rather than by sector worked: the district nurse and the librarian found they visit the same people.',
    themes: ['practice-diversity-trust', 'element-curious']
  },
  {
    text: 'We noticed our own frustration with the pace and how it leaked into the way we chaired. The group needs us steady, not impatient.',
    themes: ['element-thinkers', 'practice-suspending-disbelief']
  },
  {
    text: "The decision about the referral route was made by three people in the corridor. It was a good decision, but it was not the group's.",
    themes: ['practice-accountability', 'practice-structural-change'],
    own: 'power'
  },
  {
    text: 'Small tests get agreed quickly because nobody has to sign anything off. The harder question is what happens when one works and a manager has to change a rota.',
    themes: ['practice-structural-change']
  },
  {
    text: 'The carers changed the conversation again. When they are there, people talk about people; when they are not, we talk about services.',
    themes: ['element-appreciative'],
    own: 'missing'
  },
  {
    text: 'We named the tension between the practices and the council out loud for the first time. It was uncomfortable and it helped.',
    themes: ['element-courageous', 'practice-diversity-trust'],
    own: 'power'
  },
  {
    text: 'We asked ourselves whether we are still needed in the room. {coordinator} ran half the meeting and it went better than when we do.',
    themes: ['element-proactive', 'practice-systemic-leadership']
  }
]

/** The paused site's last months: collaborative inertia, seen from inside. */
export const REFLECT_FADING: readonly Passage[] = [
  {
    text: 'Fewer people again, and the ones who came looked tired. We are running the meeting for the people who still believe in it.',
    themes: ['practice-suspending-disbelief'],
    own: 'time'
  },
  {
    text: 'The GPs and the council have stopped coming and nobody says so. We avoided naming it; we should not again.',
    themes: ['element-courageous'],
    own: 'missing'
  },
  {
    text: '{coordinator} has lost the protected time. Without it nothing moves between meetings, and we cannot do that part for them.',
    themes: ['practice-accountability'],
    own: 'time'
  },
  {
    text: 'The same actions came back for the third month. We are recording inertia rather than challenging it.',
    themes: ['practice-accountability', 'element-courageous']
  }
]

/** The first line of an Observe, by how the meeting felt; n people from orgs organisations. */
export const OPENINGS: Readonly<Record<'low' | 'mid' | 'high', readonly string[]>> = {
  low: [
    'Only {n} people came, from {orgs} organisations. The room felt flat and the check-in was short.',
    '{n} people, {orgs} organisations. Quiet, tired meeting; several left early.'
  ],
  mid: [
    '{n} people around the table from {orgs} organisations; a steady meeting.',
    '{n} people from {orgs} organisations. Useful, a little slow to get going.'
  ],
  high: [
    '{n} people came, from {orgs} organisations, and the room was lively from the check-in.',
    'A full room: {n} people from {orgs} organisations, and people stayed on afterwards.'
  ]
}
