// Sample people and partnership membership: sponsors, coordinators, members, comings and goings.
import type { MemberRole } from '../../domain/vocabulary'
import { daysBetween, shiftDays } from './dates'
import { sampleEmail, samplePhone } from './names'
import { KINDS } from './organisations'
import type {
  OrganisationKind,
  PersonInsert,
  SampleContext,
  SampleOrganisation,
  SampleRegion,
  SampleSite,
  SampleTeam
} from './model'
import type { Random } from './random'
import { siteStory } from './sites'

/** Who can be given time to coordinate, by the kind of organisation they work for. */
const COORDINATOR_ROLES: Partial<Record<OrganisationKind, string>> = {
  gpPractice: 'Practice manager',
  dayCentre: 'Day-centre manager',
  voluntaryAction: 'Community development worker',
  council: 'Community development worker',
  carersCentre: "Carers' centre manager"
}

// Nothing is dated in the last fortnight, so "current" reads the same whatever the time zone.
const QUIET_DAYS = 14

function makePerson(
  ctx: SampleContext,
  rng: Random,
  organisation: SampleOrganisation,
  role: string
): PersonInsert {
  const { first, last, name } = ctx.people.next()
  return {
    id: rng.uuid(),
    programmeId: ctx.programmeId,
    name,
    role,
    organisationId: organisation.row.id,
    email: rng.chance(0.7)
      ? sampleEmail(first, last, rng.pick(['example.org', 'example.net'] as const))
      : '',
    phone: rng.chance(0.5) ? samplePhone(rng) : ''
  }
}

/** Two senior managers per region (health and council) who sponsor its sites. */
export function planSponsors(ctx: SampleContext, regions: SampleRegion[]): void {
  const rng = ctx.root.fork('sponsors')
  for (const region of regions) {
    const bodies = region.organisations.filter((o) => o.kind === 'trust' || o.kind === 'council')
    region.sponsors = bodies.map((body) => makePerson(ctx, rng, body, 'Senior manager'))
  }
}

function memberRoleFor(organisation: SampleOrganisation): MemberRole {
  const sector = KINDS[organisation.kind].sector
  if (sector === 'community_members') return 'community_representative'
  if (sector === 'people_using_services') return 'lived_experience'
  return 'member'
}

interface Joining {
  person: PersonInsert
  role: MemberRole
  joinedOn: string
  leftOn: string | null
  /** Leaving would take the site's only link with an organisation, or its coordinator. */
  stays: boolean
}

/**
 * The site's people and memberships: one person per organisation first (so every organisation is
 * represented now), then extra people from the larger bodies, up to 14-20 local people in all.
 */
export function planSitePeople(
  ctx: SampleContext,
  rng: Random,
  site: SampleSite,
  team: SampleTeam
): void {
  const story = siteStory(site.index, ctx.siteCount)
  const start = site.row.startDate
  const quietFrom = shiftDays(ctx.today, -QUIET_DAYS)
  // The paused site's activity stopped about two months ago; people drifted away before that.
  const activeUntil = story === 'paused' ? shiftDays(ctx.today, -60) : quietFrom
  const span = daysBetween(start, activeUntil)
  const later = () => shiftDays(start, rng.int(30, Math.max(30, span - 30)))

  const candidates = site.organisations.filter((o) => COORDINATOR_ROLES[o.kind])
  const coordinatorOrg = rng.pick(candidates)
  const coordinatorRole = COORDINATOR_ROLES[coordinatorOrg.kind] ?? 'Coordinator'
  const handover = story === 'active' && span > 240 && rng.chance(0.25)
  const handoverOn = handover ? shiftDays(start, rng.int(120, span - 90)) : null

  const joinings: Joining[] = site.organisations.map((organisation) => {
    const coordinates = organisation === coordinatorOrg
    return {
      person: makePerson(
        ctx,
        rng,
        organisation,
        coordinates ? coordinatorRole : KINDS[organisation.kind].roles[0]
      ),
      role: coordinates ? 'coordinator' : memberRoleFor(organisation),
      joinedOn: coordinates ? (handoverOn ?? start) : rng.chance(0.8) ? start : later(),
      leftOn: null,
      stays: true
    }
  })
  if (handoverOn) {
    // The first coordinator moved on and handed over; the newcomer started that day.
    joinings.push({
      person: makePerson(ctx, rng, coordinatorOrg, coordinatorRole),
      role: 'coordinator',
      joinedOn: start,
      leftOn: handoverOn,
      stays: true
    })
  }

  const localCount = story === 'paused' ? 20 : rng.int(14, 20)
  const room = new Map(site.organisations.map((o) => [o, KINDS[o.kind].extra]))
  while (joinings.length < localCount) {
    const open = [...room].filter(([, left]) => left > 0)
    if (open.length === 0) break
    const organisation = rng.weighted(open)
    room.set(organisation, (room.get(organisation) ?? 0) - 1)
    joinings.push({
      person: makePerson(ctx, rng, organisation, rng.pick(KINDS[organisation.kind].roles)),
      role: memberRoleFor(organisation),
      joinedOn: rng.chance(0.7) ? start : later(),
      leftOn: null,
      stays: false
    })
  }
  planLeavers(rng, joinings, story, activeUntil)

  site.people = joinings.map((j) => j.person)
  const sponsor = rng.pick(site.region.sponsors)
  const lead = team.consultants[site.index % team.consultants.length]
  const second = team.consultants[(site.index + 1) % team.consultants.length]
  const extraJoinings: Joining[] = [fixed(sponsor, 'sponsor', start)]
  if (lead) extraJoinings.push(fixed(lead, 'consultant', start))
  if (second && second !== lead && rng.chance(0.35)) {
    extraJoinings.push(fixed(second, 'consultant', shiftDays(start, rng.int(0, 60))))
  }
  // The learning partner sits in on a few sites only: the 1st, 4th, 7th and 10th.
  if (site.index % 3 === 0 && site.index < 12) {
    extraJoinings.push(fixed(team.learningPartner, 'learning_partner', later()))
  }
  site.members = [...extraJoinings, ...joinings].map((j) => ({
    id: rng.uuid(),
    siteId: site.row.id,
    personId: j.person.id,
    role: j.role,
    joinedOn: j.joinedOn,
    leftOn: j.leftOn
  }))
}

function fixed(person: PersonInsert, role: MemberRole, joinedOn: string): Joining {
  return { person, role, joinedOn, leftOn: null, stays: true }
}

/** Some people move on; at the paused site most of the extra people have gone. */
function planLeavers(rng: Random, joinings: Joining[], story: string, activeUntil: string): void {
  const movable = joinings.filter((j) => !j.stays)
  const chance = story === 'paused' ? 0.6 : 0.15
  const leavers = movable.filter(() => rng.chance(chance))
  if (story === 'paused') {
    for (const j of movable) if (leavers.length < 3 && !leavers.includes(j)) leavers.push(j)
  }
  for (const j of leavers) {
    // The paused site's people left in its last five months; elsewhere any time after a month.
    const earliest = story === 'paused' ? shiftDays(activeUntil, -150) : shiftDays(j.joinedOn, 30)
    const from = daysBetween(j.joinedOn, earliest) > 14 ? earliest : shiftDays(j.joinedOn, 14)
    const days = daysBetween(from, activeUntil)
    if (days < 0) continue
    j.leftOn = shiftDays(from, rng.int(0, days))
  }
}
