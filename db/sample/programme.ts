// The sample programme itself, its outcome framework and the consultancy team that supports it.
import { shiftDays, stamp } from './dates'
import { sampleEmail, samplePhone } from './names'
import { makeOrganisation, type OrganisationNamer } from './organisations'
import type { OutcomeInsert, ProgrammeInsert, SampleContext, SampleTeam } from './model'
import {
  COMMISSIONERS,
  CONSULTANCY_NAMES,
  CORE_OUTCOMES,
  EXTRA_OUTCOMES,
  LEARNING_PARTNER_ORGS,
  PROGRAMME_DESCRIPTION,
  PROGRAMME_NAMES
} from './texts'

export function planProgramme(ctx: SampleContext): {
  programme: ProgrammeInsert
  outcomes: OutcomeInsert[]
} {
  const rng = ctx.root.fork('programme-details')
  const commissioners = rng.sample(COMMISSIONERS, rng.int(1, 2)).join(' and ')
  // The programme was set up a few weeks before it started.
  const createdAt = stamp(shiftDays(ctx.startDate, -21), 9, 30)
  const programme: ProgrammeInsert = {
    id: ctx.programmeId,
    name: rng.pick(PROGRAMME_NAMES),
    commissioners,
    startDate: ctx.startDate,
    endDate: ctx.endDate,
    description: PROGRAMME_DESCRIPTION,
    stageModel: 'forming',
    createdAt,
    updatedAt: createdAt
  }
  const texts = [...CORE_OUTCOMES, ...rng.sample(EXTRA_OUTCOMES, rng.int(1, 2))]
  const order = ['self', 'relationships', 'team_practice', 'organisations', 'people_using_services']
  texts.sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level))
  const outcomes = texts.map((text, position) => ({
    id: rng.uuid(),
    programmeId: ctx.programmeId,
    title: text.title,
    description: text.description,
    level: text.level,
    position
  }))
  return { programme, outcomes }
}

/** Three or four consultants from one consultancy, and a learning partner from elsewhere. */
export function planTeam(ctx: SampleContext, namer: OrganisationNamer): SampleTeam {
  const rng = ctx.root.fork('team')
  const consultancy = makeOrganisation(ctx, rng, namer, 'consultancy', rng.pick(CONSULTANCY_NAMES))
  const learning = makeOrganisation(
    ctx,
    rng,
    namer,
    'learningPartner',
    rng.pick(LEARNING_PARTNER_ORGS)
  )
  const person = (role: string, organisationId: string) => {
    const { first, last, name } = ctx.people.next()
    return {
      id: rng.uuid(),
      programmeId: ctx.programmeId,
      name,
      role,
      organisationId,
      email: sampleEmail(first, last, 'example.net'),
      phone: samplePhone(rng)
    }
  }
  const consultants = Array.from({ length: rng.int(3, 4) }, () =>
    person('Consultant', consultancy.row.id)
  )
  return {
    organisations: [consultancy, learning],
    consultants,
    learningPartner: person('Learning partner', learning.row.id)
  }
}
