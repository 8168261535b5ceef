// The seed the store tests upgrade: representative rows in every table, written through the API,
// so a migration that loses or changes a row shows up.
import { contextFor, type ApiContext } from '../../api/context'
import { dispatchValue } from '../support/api'
import type { Store } from '../../db/store'
import { FIXED_NOW } from '../support/store'
import { seedHealth } from './storeSeedHealth'
import { reportFields } from '../../api/schemas/reports'

/** Representative rows in every table, written through the API. */
export function seed(store: Store): void {
  const ctx = contextFor(store, () => FIXED_NOW)
  const { id: programmeId } = dispatchValue(ctx, 'programmes.create', {
    name: 'Better Together',
    startDate: '2026-01-05'
  })
  const { id: programmeOutcomeId } = dispatchValue(ctx, 'programmeOutcomes.create', {
    programmeId,
    title: 'Shared care plans',
    level: 'self'
  })
  const { id: organisationId } = dispatchValue(ctx, 'organisations.create', {
    programmeId,
    name: 'Northshire NHS Trust',
    sector: 'nhs'
  })
  const people = ['Asha Patel', 'Tom Reid'].map(
    (name) =>
      dispatchValue(ctx, 'people.create', {
        programmeId,
        name,
        role: 'GP',
        organisationId,
        email: ''
      }).id
  )
  for (const name of ['Eastbrook', 'Westvale']) {
    const { id: siteId } = dispatchValue(ctx, 'sites.create', {
      programmeId,
      name,
      startDate: '2026-02-01'
    })
    dispatchValue(ctx, 'siteStages.record', { siteId, stage: 'forming', judgedOn: '2026-03-01' })
    dispatchValue(ctx, 'siteStages.record', {
      siteId,
      stage: 'frustration',
      judgedOn: '2026-06-01'
    })
    for (const personId of people) {
      dispatchValue(ctx, 'siteMembers.add', {
        siteId,
        personId,
        role: 'member',
        joinedOn: '2026-02-01'
      })
    }
    seedMeetings(ctx, siteId, people)
  }
  seedReflections(ctx, programmeId, people)
  seedOutcomes(ctx, programmeId, programmeOutcomeId, people)
  seedReports(ctx, programmeId)
  seedHealth(store, programmeId)
}

/**
 * A marked reflection excerpt, a site report rendered anonymised (which gives every site and
 * person a pseudonym) and its export recorded.
 */
function seedReports(ctx: ApiContext, programmeId: string): void {
  const siteId = dispatchValue(ctx, 'programmes.overview', { id: programmeId }).sites[0]?.id ?? ''
  const [cycle] = dispatchValue(ctx, 'reflections.list', { programmeId, siteId })
  const { observe } = dispatchValue(ctx, 'reflections.get', { id: cycle?.id ?? '' }).cycle
  dispatchValue(ctx, 'reportExcerpts.add', {
    cycleId: cycle?.id ?? '',
    phase: 'observe',
    text: observe
  })
  const { id } = dispatchValue(ctx, 'reports.create', {
    programmeId,
    siteId,
    periodFrom: '2026-01-01',
    periodTo: '2026-06-30'
  })
  const fields = reportFields.parse(dispatchValue(ctx, 'reports.get', { id }))
  dispatchValue(ctx, 'reports.update', {
    ...fields,
    anonymised: true,
    summary: 'Asha Patel joined.'
  })
  dispatchValue(ctx, 'reports.recordExport', { id, format: 'pdf', fileName: 'site-a-report.pdf' })
}

/**
 * Reflection cycles at a site and at team level, tagged with a built-in theme and an own code, with
 * an action from a Plan and a comment thread; then a review pack of them exported and imported into
 * the review area, with a comment on the copy. (The built-in themes come from the migration.)
 */
function seedReflections(ctx: ApiContext, programmeId: string, people: string[]): void {
  const sites = dispatchValue(ctx, 'programmes.overview', { id: programmeId }).sites.map(
    (s) => s.id
  )
  const [meeting] = dispatchValue(ctx, 'meetings.list', { siteId: sites[0] ?? '' })
  const { id: siteCycle } = dispatchValue(ctx, 'reflections.create', {
    programmeId,
    siteId: sites[0],
    meetingId: meeting?.id,
    heldOn: '2026-04-15',
    title: 'After the April meeting',
    participantIds: people,
    observe: 'Mrs B told her story',
    plan: '- Ask housing',
    status: 'shared'
  })
  const { id: teamCycle } = dispatchValue(ctx, 'reflections.create', {
    programmeId,
    heldOn: '2026-04-30',
    siteIds: sites,
    participantIds: people.slice(0, 1),
    reflect: 'Both sites wait for the hospital'
  })
  const { id: ownCode } = dispatchValue(ctx, 'themes.create', {
    programmeId,
    name: 'Hospital discharge'
  })
  dispatchValue(ctx, 'reflections.tag', { cycleId: siteCycle, themeId: 'element-curious' })
  dispatchValue(ctx, 'reflections.tag', { cycleId: siteCycle, themeId: ownCode, phase: 'plan' })
  dispatchValue(ctx, 'reflections.tag', {
    cycleId: teamCycle,
    themeId: 'practice-systemic-leadership'
  })
  dispatchValue(ctx, 'reflections.makeAction', {
    cycleId: siteCycle,
    description: 'Ask housing to the next meeting',
    dueOn: '2026-05-15'
  })
  const { id: question } = dispatchValue(ctx, 'reviewComments.add', {
    cycleId: siteCycle,
    phase: 'plan',
    author: 'Lee (learning partner)',
    body: 'What did housing say?'
  })
  dispatchValue(ctx, 'reviewComments.add', {
    cycleId: siteCycle,
    phase: 'plan',
    parentId: question,
    author: 'Asha',
    body: 'Not asked yet'
  })
  const pack = dispatchValue(ctx, 'reviewPacks.export', { programmeId, exportedBy: 'Asha' })
  const { id: packId } = dispatchValue(ctx, 'reviewPacks.import', { content: pack.content })
  const [copy] = dispatchValue(ctx, 'reviewPacks.get', { id: packId }).cycles
  dispatchValue(ctx, 'reviewComments.add', {
    reviewCycleId: copy?.id,
    phase: 'reflect',
    author: 'Lee (learning partner)',
    body: 'Say more about the waiting'
  })
}

/** Two meetings of a site: the second reviews the first one's actions. */
function seedMeetings(ctx: ApiContext, siteId: string, [asha, tom]: string[]): void {
  const attendance = [
    { personId: asha ?? '', status: 'attended' as const },
    { personId: tom ?? '', status: 'apologies' as const }
  ]
  dispatchValue(ctx, 'meetings.create', {
    siteId,
    heldOn: '2026-03-10',
    startTime: '14:00',
    durationMinutes: 180,
    kind: 'partnership',
    attendance,
    unnamedAttendees: 3,
    focusAreas: [{ title: 'Hospital discharge', notes: 'Delays on Fridays' }],
    decisions: ['Meet monthly'],
    methods: ['Appreciative inquiry'],
    energy: 4,
    actions: [
      { description: 'Book the library', ownerId: asha, dueOn: '2026-04-01' },
      { description: 'Draft a shared form', ownerId: tom, dueOn: '2026-04-01' }
    ],
    quotes: [{ text: 'We finally talk', speakerRole: 'GP', personId: asha, consent: 'yes' }]
  })
  const open = dispatchValue(ctx, 'meetings.prepare', { siteId, heldOn: '2026-04-14' }).openActions
  dispatchValue(ctx, 'meetings.create', {
    siteId,
    heldOn: '2026-04-14',
    durationMinutes: 120,
    kind: 'debrief',
    attendance: attendance.slice(0, 1),
    reviewedActions: open.map((a, i) =>
      i === 0 ? { id: a.id, outcome: 'done' } : { id: a.id, outcome: 'carry', dueOn: '2026-05-12' }
    )
  })
  dispatchValue(ctx, 'quotes.create', {
    siteId,
    text: 'Less ping-pong',
    speakerRole: 'Nurse',
    consent: 'no'
  })
  dispatchValue(ctx, 'actions.create', {
    siteId,
    description: 'Ask the ICB for data',
    agreedOn: '2026-04-20',
    dueOn: '2026-05-01'
  })
}

/**
 * An agreed outcome of the first site, mapped to the programme outcome, rated twice and with a
 * quote, a meeting and a reflection linked as evidence; tests of change serving it (one from a
 * meeting that starts a shared change idea and is adopted after a PDSA cycle, one at the other site
 * from a team reflection that tries the same idea and is abandoned); and measures with data points
 * and a second baseline, one archived.
 */
function seedOutcomes(
  ctx: ApiContext,
  programmeId: string,
  programmeOutcomeId: string,
  [asha, tom]: string[]
): void {
  const [siteId = '', otherSiteId = ''] = dispatchValue(ctx, 'programmes.overview', {
    id: programmeId
  }).sites.map((s) => s.id)
  const [april, march] = dispatchValue(ctx, 'meetings.list', { siteId })
  const { id: outcomeId } = dispatchValue(ctx, 'outcomes.create', {
    siteId,
    title: 'Fewer delayed discharges',
    description: 'Home before the weekend',
    agreedOn: '2026-03-10',
    programmeOutcomeId,
    agreedAtMeetingId: march?.id,
    baselineRating: 3,
    baselineNote: 'Friday delays every week'
  })
  dispatchValue(ctx, 'outcomes.rate', {
    outcomeId,
    ratedOn: '2026-04-14',
    rating: 5,
    evidence: 'Two Friday discharges went well',
    judgedBy: 'group',
    meetingId: april?.id
  })
  dispatchValue(ctx, 'outcomes.rate', {
    outcomeId,
    ratedOn: '2026-06-20',
    rating: 7,
    judgedBy: 'consultant'
  })
  const options = dispatchValue(ctx, 'outcomes.evidenceOptions', { outcomeId })
  dispatchValue(ctx, 'outcomes.linkEvidence', {
    outcomeId,
    quoteId: options.quotes[0]?.id,
    note: 'Said it'
  })
  dispatchValue(ctx, 'outcomes.linkEvidence', { outcomeId, meetingId: options.meetings[0]?.id })
  dispatchValue(ctx, 'outcomes.linkEvidence', {
    outcomeId,
    reflectionId: options.reflections[0]?.id
  })

  const { id: huddle } = dispatchValue(ctx, 'testsOfChange.create', {
    siteId,
    title: 'Friday huddle',
    idea: 'Ward and social care meet on Friday mornings',
    prediction: 'Two fewer delays a week',
    ownerId: asha,
    kind: 'adaptive',
    outcomeIds: [outcomeId],
    sourceMeetingId: april?.id,
    newChangeIdea: { title: 'Discharge huddle', description: 'A short meeting before the weekend' },
    createdOn: '2026-04-14'
  })
  dispatchValue(ctx, 'testsOfChange.move', { id: huddle, status: 'planned', on: '2026-04-20' })
  dispatchValue(ctx, 'testsOfChange.move', { id: huddle, status: 'testing', on: '2026-05-01' })
  dispatchValue(ctx, 'testsOfChange.addCycle', {
    testId: huddle,
    plan: 'Huddle on four Fridays',
    prediction: 'Two fewer delays a week',
    doNotes: 'Three of four huddles held',
    study: 'Delays fell from nine to five',
    act: 'Adopt',
    startedOn: '2026-05-01',
    endedOn: '2026-05-29'
  })
  dispatchValue(ctx, 'testsOfChange.move', {
    id: huddle,
    status: 'adopted',
    on: '2026-06-01',
    reason: 'Delays halved'
  })
  const elsewhere = dispatchValue(ctx, 'testsOfChange.prepare', { siteId: otherSiteId })
  const { id: copy } = dispatchValue(ctx, 'testsOfChange.create', {
    siteId: otherSiteId,
    title: 'Huddle at Westvale',
    ownerId: tom,
    kind: 'quick_win',
    sourceReflectionId: elsewhere.reflections.find((r) => r.siteId === null)?.id,
    changeIdeaId: elsewhere.changeIdeas[0]?.id,
    createdOn: '2026-05-04'
  })
  dispatchValue(ctx, 'testsOfChange.move', {
    id: copy,
    status: 'abandoned',
    on: '2026-06-15',
    reason: 'No ward cover on Fridays'
  })

  const { id: measureId } = dispatchValue(ctx, 'measures.create', {
    siteId,
    outcomeId,
    name: 'Delayed discharges a week',
    unit: 'patients',
    better: 'lower',
    target: 4,
    baselinePoints: 10
  })
  const values = [9, 8, 10, 9.5, 8, 9, 11, 7, 6, 5, 4, 4.5, 3, 4]
  dispatchValue(ctx, 'measures.savePoints', {
    measureId,
    points: values.map((value, week) => ({
      period: new Date(Date.UTC(2026, 2, 2 + 7 * week)).toISOString().slice(0, 10),
      value,
      note: week === 6 ? 'Bank holiday' : ''
    }))
  })
  dispatchValue(ctx, 'measures.addBaseline', {
    measureId,
    startsOn: '2026-06-01',
    reason: 'Huddle adopted'
  })
  const { id: calls } = dispatchValue(ctx, 'measures.create', {
    siteId: otherSiteId,
    name: 'Calls returned within a day',
    unit: '%',
    better: 'higher',
    rules: 'ihi'
  })
  dispatchValue(ctx, 'measures.savePoints', {
    measureId: calls,
    points: [{ period: '2026-05-04', value: 62.5 }]
  })
  dispatchValue(ctx, 'measures.archive', { id: calls })
}
