// Sample organisations: regional bodies shared by neighbouring sites, and each site's local ones.
import type { Sector } from '../../domain/vocabulary'
import type { SampleContext, SampleOrganisation, SampleRegion, OrganisationKind } from './model'
import type { Random } from './random'

interface KindSpec {
  sector: Sector
  /** Professions found there; the first is who the organisation usually sends. */
  roles: readonly [string, ...string[]]
  /** How many more people it may send than the first, so groups stay sector-balanced. */
  extra: number
}

export const KINDS: Record<OrganisationKind, KindSpec> = {
  trust: {
    sector: 'nhs',
    roles: ['District nurse', 'Occupational therapist', 'Community matron', 'IT lead'],
    extra: 3
  },
  council: {
    sector: 'local_authority',
    roles: ['Social worker', 'Occupational therapist', 'Community development worker', 'IT lead'],
    extra: 3
  },
  housingAssociation: { sector: 'housing', roles: ['Housing officer'], extra: 1 },
  voluntaryAction: {
    sector: 'voluntary_community',
    roles: ['Community development worker', 'Volunteer coordinator'],
    extra: 1
  },
  gpPractice: {
    sector: 'primary_care',
    roles: ['GP', 'Practice manager', 'Practice nurse', 'Social prescribing link worker'],
    extra: 3
  },
  pharmacy: { sector: 'primary_care', roles: ['Pharmacist'], extra: 0 },
  library: { sector: 'local_authority', roles: ['Librarian'], extra: 0 },
  dayCentre: {
    sector: 'local_authority',
    roles: ['Day-centre manager', 'Support worker'],
    extra: 1
  },
  carersCentre: {
    sector: 'voluntary_community',
    roles: ["Carers' support worker", "Carers' centre manager"],
    extra: 1
  },
  communityHospital: { sector: 'nhs', roles: ['Discharge coordinator', 'Ward manager'], extra: 1 },
  careHome: { sector: 'independent_provider', roles: ['Care home manager'], extra: 1 },
  homeCare: { sector: 'independent_provider', roles: ['Home care manager'], extra: 0 },
  shelteredHousing: { sector: 'housing', roles: ['Scheme manager'], extra: 0 },
  residents: { sector: 'community_members', roles: ['Local resident'], extra: 0 },
  faithForum: { sector: 'community_members', roles: ['Faith leader'], extra: 0 },
  peoplesGroup: {
    sector: 'people_using_services',
    roles: ['Carer', 'Person who uses services'],
    extra: 1
  },
  communityCafe: {
    sector: 'voluntary_community',
    roles: ['Community volunteer', 'Café manager'],
    extra: 0
  },
  consultancy: { sector: 'independent_provider', roles: ['Consultant'], extra: 0 },
  learningPartner: { sector: 'independent_provider', roles: ['Learning partner'], extra: 0 }
}

const TREES = ['Beech', 'Rowan', 'Willow', 'Cedar', 'Linden', 'Hawthorn', 'Holly', 'Maple', 'Larch']
const HOUSE_WORDS = ['House', 'Lodge', 'Court', 'Grange', 'Gardens']
const STREETS = ['Mill Road', 'Church Lane', 'Station Road', 'Market Street', 'Orchard Way']

/** Local kinds every site has, so every site spans all eight sectors. */
const ALWAYS_LOCAL: readonly OrganisationKind[] = [
  'gpPractice',
  'carersCentre',
  'careHome',
  'residents',
  'peoplesGroup'
]
const SOMETIMES_LOCAL: readonly OrganisationKind[] = [
  'gpPractice',
  'pharmacy',
  'library',
  'dayCentre',
  'communityHospital',
  'homeCare',
  'shelteredHousing',
  'faithForum',
  'communityCafe',
  'careHome'
]

/** Organisation names are unique in a programme; a clash is told apart by its place. */
export class OrganisationNamer {
  private readonly used = new Set<string>()

  constructor(private readonly rng: Random) {}

  name(kind: OrganisationKind, place: string): string {
    const candidate = this.candidate(kind, place)
    let name = this.used.has(candidate) ? `${candidate}, ${place}` : candidate
    // Two care homes in one place can draw the same name; a number settles it.
    for (let n = 2; this.used.has(name); n++) name = `${candidate} ${n}, ${place}`
    this.used.add(name)
    return name
  }

  private candidate(kind: OrganisationKind, place: string): string {
    const r = this.rng
    switch (kind) {
      case 'trust':
        return r.pick([
          `${place} Community Health NHS Trust`,
          `${place} and District NHS Foundation Trust`,
          `NHS ${place} Health Board`
        ])
      case 'council':
        return r.pick([`${place} County Council`, `${place} Borough Council`, `${place} Council`])
      case 'housingAssociation':
        return r.pick([`${place} Homes`, `${place} Housing Association`, `${place} Housing Trust`])
      case 'voluntaryAction':
        return r.pick([`Voluntary Action ${place}`, `${place} Council for Voluntary Service`])
      case 'gpPractice':
        // A second practice in the same place is named after its street, as they often are.
        return this.used.has(`${place} Medical Practice`) || this.used.has(`${place} Health Centre`)
          ? `${r.pick(STREETS)} Surgery, ${place}`
          : r.pick([`${place} Medical Practice`, `${place} Health Centre`])
      case 'pharmacy':
        return `${place} Pharmacy`
      case 'library':
        return `${place} Library`
      case 'dayCentre':
        return `${place} Day Centre`
      case 'carersCentre':
        return `${place} Carers' Centre`
      case 'communityHospital':
        return `${place} Community Hospital`
      case 'careHome':
        return `${r.pick(TREES)} ${r.pick(HOUSE_WORDS)} Care Home`
      case 'homeCare':
        return `${place} Home Care`
      case 'shelteredHousing':
        return `${r.pick(TREES)} Court Sheltered Housing`
      case 'residents':
        return r.pick([`${place} Residents' Association`, `${place} Community Association`])
      case 'faithForum':
        return `${place} Faith Forum`
      case 'peoplesGroup':
        return r.pick([
          `${place} Carers' Group`,
          `${place} Patient Participation Group`,
          `${place} Older People's Forum`
        ])
      case 'communityCafe':
        return `${place} Community Café`
      case 'consultancy':
      case 'learningPartner':
        return place
    }
  }
}

export function makeOrganisation(
  ctx: SampleContext,
  rng: Random,
  namer: OrganisationNamer,
  kind: OrganisationKind,
  place: string
): SampleOrganisation {
  return {
    kind,
    row: {
      id: rng.uuid(),
      programmeId: ctx.programmeId,
      name: namer.name(kind, place),
      sector: KINDS[kind].sector
    }
  }
}

/** Regions of three to five neighbouring sites each, in site order. */
export function planRegions(
  ctx: SampleContext,
  namer: OrganisationNamer
): { regions: SampleRegion[]; regionOfSite: SampleRegion[] } {
  const rng = ctx.root.fork('regions')
  const regions: SampleRegion[] = []
  const regionOfSite: SampleRegion[] = []
  while (regionOfSite.length < ctx.siteCount) {
    const name = ctx.places.area()
    const kinds: OrganisationKind[] = ['trust', 'council', 'housingAssociation', 'voluntaryAction']
    const organisations = kinds.map((kind) => makeOrganisation(ctx, rng, namer, kind, name))
    const region: SampleRegion = { name, organisations, sponsors: [] }
    regions.push(region)
    const size = Math.min(rng.int(3, 5), ctx.siteCount - regionOfSite.length)
    for (let i = 0; i < size; i++) regionOfSite.push(region)
  }
  return { regions, regionOfSite }
}

/** A site's organisations: its region's four bodies plus six to nine local ones (10-13 in all). */
export function planSiteOrganisations(
  ctx: SampleContext,
  rng: Random,
  namer: OrganisationNamer,
  region: SampleRegion,
  place: string,
  total: number
): SampleOrganisation[] {
  const optional = rng.sample(
    SOMETIMES_LOCAL,
    total - region.organisations.length - ALWAYS_LOCAL.length
  )
  const local = [...ALWAYS_LOCAL, ...optional].map((kind) =>
    makeOrganisation(ctx, rng, namer, kind, place)
  )
  return [...region.organisations, ...local]
}
