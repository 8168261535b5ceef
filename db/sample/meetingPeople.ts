// Who comes to a sample site's meetings: each member's habits, and who turns up on a given day.
import type { MemberRole } from '../../domain/vocabulary'
import { daysBetween } from './dates'
import type { OrganisationKind, PersonInsert, SampleSite } from './model'
import type { Random } from './random'

/** A membership with the person behind it and how they tend to attend. */
export interface Attender {
  personId: string
  name: string
  /** The person's own role text ("GP"): quotes are attributed by it. */
  role: string
  memberRole: MemberRole
  joinedOn: string
  leftOn: string | null
  kind: OrganisationKind | null
  /** Chance of coming to a partnership meeting when they first join. */
  base: number
  /** How much of that chance fades each year: people who drift away. */
  drift: number
  /** Chance of sending apologies when they do not come. */
  apologies: number
}

export function isMemberOn(a: Attender, date: string): boolean {
  return a.joinedOn <= date && (a.leftOn === null || a.leftOn > date)
}

const TEAM_ROLES: ReadonlySet<MemberRole> = new Set(['consultant', 'sponsor', 'learning_partner'])

/** Local people from the site's organisations: not the team, the sponsor or the learning partner. */
export function isLocal(a: Attender): boolean {
  return !TEAM_ROLES.has(a.memberRole)
}

/**
 * Attendance is irregular: a stalwart or two come every time, most come often, some now and then,
 * and about a fifth drift away over the months (and stop sending apologies as they do).
 */
export function planAttenders(
  rng: Random,
  site: SampleSite,
  peopleById: ReadonlyMap<string, PersonInsert>
): Attender[] {
  const kindOf = new Map(site.organisations.map((o) => [o.row.id, o.kind]))
  // In a small partnership each person counts for more, and more of them come regularly.
  const locals = site.members.filter((m) => !TEAM_ROLES.has(m.role)).length
  const regularShare = locals <= 15 ? 0.85 : 0.7
  const attenders = site.members.flatMap((m): Attender[] => {
    const person = peopleById.get(m.personId)
    if (!person) return []
    const role = m.role
    const habit = habitFor(rng, role, m.leftOn ?? null, regularShare)
    return [
      {
        personId: person.id,
        name: person.name,
        role: person.role ?? '',
        memberRole: role,
        joinedOn: m.joinedOn,
        leftOn: m.leftOn ?? null,
        kind: kindOf.get(person.organisationId ?? '') ?? null,
        ...habit
      }
    ]
  })
  const ordinary = attenders.filter(
    (a) => a.memberRole !== 'coordinator' && isLocal(a) && a.leftOn === null
  )
  for (const stalwart of rng.sample(ordinary, rng.int(1, 2))) {
    Object.assign(stalwart, { base: 1, drift: 0, apologies: 1 })
  }
  return attenders
}

type Habit = Pick<Attender, 'base' | 'drift' | 'apologies'>

function habitFor(
  rng: Random,
  role: MemberRole,
  leftOn: string | null,
  regularShare: number
): Habit {
  switch (role) {
    case 'coordinator':
      return { base: 0.96, drift: 0, apologies: 1 }
    case 'consultant':
      // The facilitator always comes; this is a second consultant sitting in.
      return { base: 0.35, drift: 0, apologies: 0.9 }
    case 'sponsor':
      return { base: 0.15, drift: 0, apologies: 0.6 }
    case 'learning_partner':
      return { base: 0.25, drift: 0, apologies: 0.9 }
    default: {
      const regular = rng.chance(regularShare)
      const base = regular ? 0.8 + rng.next() * 0.17 : 0.45 + rng.next() * 0.25
      // People who later leave were usually drifting first.
      const drifts = leftOn !== null || rng.chance(0.2)
      return {
        base,
        drift: drifts ? 0.7 + rng.next() * 0.6 : 0,
        apologies: 0.3 + rng.next() * 0.55
      }
    }
  }
}

export interface Turnout {
  attended: Attender[]
  apologies: Attender[]
}

export interface TurnoutOptions {
  /** Who facilitates: always there. */
  facilitatorId: string
  /** Below 1 when fewer come: holidays, a fading site. */
  factor: number
  /** Organisations that have stopped coming at all (the paused site's GPs and council). */
  absentKinds?: ReadonlySet<OrganisationKind>
  /** Raises the chance for people who rarely come (the sponsor at the launch). */
  boost?: ReadonlyMap<MemberRole, number>
}

/** Who came and who sent apologies: members on the day only, never anyone else. */
export function drawTurnout(
  rng: Random,
  attenders: readonly Attender[],
  date: string,
  options: TurnoutOptions
): Turnout {
  const turnout: Turnout = { attended: [], apologies: [] }
  for (const a of attenders) {
    if (!isMemberOn(a, date)) continue
    if (a.personId === options.facilitatorId) {
      turnout.attended.push(a)
      continue
    }
    const years = daysBetween(a.joinedOn, date) / 365
    const own = options.boost?.get(a.memberRole) ?? a.base * Math.max(0, 1 - a.drift * years)
    const absent = a.kind !== null && options.absentKinds?.has(a.kind) === true
    const factor = a.memberRole === 'coordinator' ? 1 : options.factor
    const chance = absent ? 0 : own * factor
    if (rng.chance(chance)) turnout.attended.push(a)
    else if (rng.chance(a.apologies * Math.min(1, own / a.base))) turnout.apologies.push(a)
  }
  return turnout
}
