// Pure shaping of a site's membership into "who is involved": by sector, by role, current or past.
import type { MemberListRow } from '../db/queries/sites'
import { MEMBER_ROLES, SECTORS, type MemberRole, type Sector } from './vocabulary'

export interface Member extends Omit<MemberListRow, 'personArchived'> {
  personArchived: boolean
  current: boolean
}

export interface SectorGroup {
  sector: Sector | null
  label: string
  organisations: { id: string | null; name: string; members: Member[] }[]
}

export function isCurrent(member: Pick<Member, 'joinedOn' | 'leftOn'>, today: string): boolean {
  return member.joinedOn <= today && (member.leftOn === null || member.leftOn > today)
}

export function toMembers(rows: MemberListRow[], today: string): Member[] {
  return rows.map((r) => ({
    ...r,
    personArchived: !!r.personArchived,
    current: isCurrent(r, today)
  }))
}

const sectorOrder = Object.keys(SECTORS) as Sector[]

/** Current members grouped by their organisation's sector, in the programme's sector order. */
export function partnershipBySector(members: Member[]): SectorGroup[] {
  const groups = new Map<Sector | null, Map<string, SectorGroup['organisations'][number]>>()
  for (const m of members.filter((x) => x.current)) {
    const sector = (m.sector as Sector | null) ?? null
    const orgs = groups.get(sector) ?? new Map()
    groups.set(sector, orgs)
    const key = m.organisationId ?? '(none)'
    const org = orgs.get(key) ?? {
      id: m.organisationId,
      name: m.organisationName ?? 'No organisation',
      members: []
    }
    org.members.push(m)
    orgs.set(key, org)
  }
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([sector, orgs]) => ({
      sector,
      label: sector ? SECTORS[sector] : 'No organisation recorded',
      organisations: [...orgs.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    }))
}

function rank(sector: Sector | null): number {
  return sector === null ? sectorOrder.length : sectorOrder.indexOf(sector)
}

/** How many current members hold each partnership role, in the vocabulary's order. */
export function partnershipByRole(members: Member[]) {
  return (Object.keys(MEMBER_ROLES) as MemberRole[])
    .map((role) => ({
      role,
      label: MEMBER_ROLES[role],
      count: members.filter((m) => m.current && m.role === role).length
    }))
    .filter((r) => r.count > 0)
}
