// An adversarial case for anonymised reports, shared by the node and end-to-end tests: a new
// programme (not the sample's names) with hyphenated, double-barrelled, accented and apostrophed
// names, short names and names that are also words, people known only by a title and surname,
// email addresses and phone numbers, written into every free text a report carries in every form
// (possessive, capitals, lower case, first name or surname alone, unaccented); and the scan that
// looks for every one of those forms in what was exported.
import type { ApiInput, ApiName, ApiOutput } from '../../api/contract'

type Call = <K extends ApiName>(name: K, input: ApiInput<K>) => ApiOutput<K>

/** Every way the case's people, places and organisations are written in its free text. */
export const LEAKY = [
  'Mary-Jane Smith-Patel chaired; Mary said Smith-Patel would write to Jane. MARY-JANE agreed.',
  "Zoe Ashworth's notes (Zoë, ZOË, zoe ashworth) went to Siobhan, siobhán o’neill and O'NEILL.",
  "José D’Souza, Jose, DSouza and D'Souza's team; Souza rang.",
  'Al, Jo and Ed (Al Grace, Jo Rose, Ed Faith) met Bill Hope: Grace, Rose, Faith and Hope came.',
  'asha thought patel was right; ashworth agreed; ASHA, Asha!',
  'Dr Okafor said Cllr Hale and Mrs Brown-Lee would ring Prof. Nnamdi Eze.',
  'Email mj.smith-patel@eastbrook.gov.uk or ASHA.PATEL@NHS.NET, ring 07700 900123, 0161 496 0000 or +44 (0)20 7946 0958.',
  'See www.eastbrook-carers.org.uk/mary-jane or @AshaPatel_EB; the hub is at 4 Mill Lane, EB4 9QT.',
  'The Eastbrookers of Eastbrook Vale, EASTBROOK and eastbrook met the Kestrel team and Kestrel Coast NHS Trust.'
].join(' ')

/** What must never reach an anonymised file: matched as whole words, accents and case ignored. */
const NAMES = [
  'Mary-Jane',
  'Mary',
  'Jane',
  'Smith-Patel',
  'Smith',
  'Patel',
  'Zoe',
  'Ashworth',
  'Siobhan',
  "O'Neill",
  'ONeill',
  'Neill',
  'Jose',
  "D'Souza",
  'DSouza',
  'Souza',
  'Asha',
  'Okafor',
  'Hale',
  'Brown-Lee',
  'Nnamdi',
  'Eze',
  'Morgan',
  'Eastbrook',
  'Eastbrookers',
  'Kestrel',
  'Greyfriars',
  'eastbrook.gov.uk',
  'nhs.net',
  '07700',
  '900123',
  '496 0000',
  '7946',
  'AshaPatel_EB',
  'eastbrook-carers',
  'EB4 9QT'
]
/** Names that are also words: only as a name is written (capitalised or in capitals). */
const WORD_NAMES = ['Al', 'Jo', 'Ed', 'Grace', 'Rose', 'Faith', 'Hope', 'Bill', 'AL', 'GRACE']

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
}

/** Every name (in any of its forms) found in `text`, with a little of the text around it. */
export function leaks(text: string): string[] {
  const folded = fold(text)
  const found: string[] = []
  const scan = (name: string, flags: string) => {
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${fold(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      flags
    )
    for (const m of folded.matchAll(re)) {
      found.push(`${name}: \u2026${folded.slice(Math.max(0, m.index - 25), m.index + 35)}\u2026`)
    }
  }
  for (const name of NAMES) scan(name, 'giu')
  for (const name of WORD_NAMES) scan(name, 'gu')
  return found
}

/** Seeds the case through the real verbs; `a.call` runs one (a test store, or an e2e session). */
export function seedLeakyCase(a: { call: Call }) {
  const { id: programmeId } = a.call('programmes.create', {
    name: 'Coastal Care Together',
    startDate: '2026-01-05'
  })
  const site = (name: string, locality: string) =>
    a.call('sites.create', {
      programmeId,
      name,
      locality,
      purpose: `Joining up care in ${name}. ${LEAKY}`,
      focus: `Older people in ${locality}; asked by Zoë Ashworth (zoe.ashworth@kestrel.nhs.uk)`,
      startDate: '2026-01-05'
    }).id
  const siteId = site('Eastbrook', 'Eastbrook Vale')
  const otherSiteId = site('Greyfriars', 'Greyfriars Quay')
  const org = (name: string, sector: 'nhs' | 'local_authority' | 'voluntary_community') =>
    a.call('organisations.create', { programmeId, name, sector }).id
  const trust = org('Kestrel Coast NHS Trust', 'nhs')
  const council = org('Eastbrook Borough Council', 'local_authority')
  const charity = org('Greyfriars Good Neighbours', 'voluntary_community')
  const person = (name: string, role: string, organisationId: string) =>
    a.call('people.create', { programmeId, name, role, organisationId, email: '' }).id
  const people = {
    mary: person('Mary-Jane Smith-Patel', 'Care coordinator', council),
    zoe: person('Zoë Ashworth', 'Practice manager', trust),
    siobhan: person("Siobhán O'Neill", 'GP', trust),
    jose: person('José D\u2019Souza', 'Pharmacist', trust),
    al: person('Al Grace', 'Housing officer', council),
    jo: person('Jo Rose', 'Community nurse', trust),
    ed: person('Ed Faith', 'Carers lead', charity),
    bill: person('Bill Hope', 'Carer representative', charity),
    asha: person('Asha Patel', 'Team leader', council)
  }
  a.call('siteMembers.add', {
    siteId,
    personId: people.siobhan,
    role: 'sponsor',
    joinedOn: '2026-01-05'
  })
  a.call('siteMembers.add', {
    siteId,
    personId: people.mary,
    role: 'coordinator',
    joinedOn: '2026-01-05'
  })
  for (const id of [people.zoe, people.jose, people.al, people.jo, people.ed, people.bill]) {
    a.call('siteMembers.add', { siteId, personId: id, role: 'member', joinedOn: '2026-01-05' })
  }
  a.call('siteMembers.add', {
    siteId: otherSiteId,
    personId: people.asha,
    role: 'coordinator',
    joinedOn: '2026-01-05'
  })
  a.call('siteStages.record', { siteId, stage: 'forming', judgedOn: '2026-02-01', reason: LEAKY })
  const { id: meetingId } = a.call('meetings.create', {
    siteId,
    heldOn: '2026-02-03',
    durationMinutes: 90,
    kind: 'partnership',
    purpose: LEAKY,
    unnamedAttendees: 1,
    attendance: [
      { personId: people.mary, status: 'attended' },
      { personId: people.zoe, status: 'attended' }
    ],
    quotes: [
      // A quote that names other people, and one whose "role" was typed as a name.
      { text: `Mary-Jane rang me before Siobhán did. ${LEAKY}`, speakerRole: 'GP', consent: 'yes' },
      { text: 'It felt like one team.', speakerRole: 'Zoë Ashworth', consent: 'yes' }
    ]
  })
  const { id: outcomeId } = a.call('outcomes.create', {
    siteId,
    title: 'Asha and Mary-Jane trust each other',
    agreedOn: '2026-02-03',
    baselineRating: 3
  })
  a.call('outcomes.rate', {
    outcomeId,
    ratedOn: '2026-03-10',
    rating: 6,
    evidence: LEAKY,
    judgedBy: 'group'
  })
  const { id: testId } = a.call('testsOfChange.create', {
    siteId,
    title: "Zoë's huddle with Dr Okafor",
    kind: 'adaptive',
    prediction: LEAKY,
    createdOn: '2026-02-03'
  })
  a.call('testsOfChange.move', { id: testId, status: 'planned', on: '2026-02-05', reason: '' })
  a.call('testsOfChange.move', { id: testId, status: 'testing', on: '2026-02-10', reason: LEAKY })
  a.call('testsOfChange.addCycle', {
    testId,
    plan: LEAKY,
    prediction: LEAKY,
    doNotes: LEAKY,
    study: LEAKY,
    act: LEAKY,
    startedOn: '2026-02-10'
  })
  a.call('testsOfChange.move', { id: testId, status: 'adopted', on: '2026-04-10', reason: LEAKY })
  const { id: cycleId } = a.call('reflections.create', {
    programmeId,
    siteId,
    meetingId,
    heldOn: '2026-03-11',
    observe: LEAKY,
    reflect: `Reflecting: ${LEAKY}`,
    plan: `Plan: ${LEAKY}`,
    act: `Act: ${LEAKY}`
  })
  for (const phase of ['observe', 'reflect', 'plan', 'act'] as const) {
    a.call('reportExcerpts.add', { cycleId, phase, text: LEAKY })
  }
  a.call('stakeholders.add', {
    siteId,
    name: 'Cllr Morgan Hale',
    description: 'Ward councillor, morgan.hale@eastbrook.gov.uk, 07700 900456',
    group: 'keep_on_board',
    placedOn: '2026-02-01'
  })
  a.call('stakeholders.add', {
    siteId,
    personId: people.bill,
    group: 'involve_closely',
    placedOn: '2026-02-01'
  })
  const { id: reportId } = a.call('reports.create', {
    programmeId,
    siteId,
    title: `Eastbrook report for Mary-Jane Smith-Patel`,
    periodFrom: '2026-01-01',
    periodTo: '2026-06-30'
  })
  return { programmeId, siteId, otherSiteId, reportId }
}
