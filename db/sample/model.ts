// The in-memory plan the sample generator builds before writing it, shared by its parts.
import type {
  actions,
  meetingAttendance,
  meetingDecisions,
  meetingFocusAreas,
  meetings,
  organisations,
  people,
  programmeOutcomes,
  programmes,
  quotes,
  siteMembers,
  siteStages,
  sites
} from '../schema'
import type { PersonNamer, PlaceNamer } from './names'
import type { Random } from './random'

export type ProgrammeInsert = typeof programmes.$inferInsert
export type OutcomeInsert = typeof programmeOutcomes.$inferInsert
export type OrganisationInsert = typeof organisations.$inferInsert
export type PersonInsert = typeof people.$inferInsert
export type SiteInsert = typeof sites.$inferInsert
export type StageInsert = typeof siteStages.$inferInsert
export type MemberInsert = typeof siteMembers.$inferInsert
export type MeetingInsert = typeof meetings.$inferInsert
export type AttendanceInsert = typeof meetingAttendance.$inferInsert
export type FocusAreaInsert = typeof meetingFocusAreas.$inferInsert
export type DecisionInsert = typeof meetingDecisions.$inferInsert
export type QuoteInsert = typeof quotes.$inferInsert
export type ActionInsert = typeof actions.$inferInsert

/** What every part needs: the programme, its dates and the programme-wide name pools. */
export interface SampleContext {
  root: Random
  programmeId: string
  /** Today as a UTC calendar day. */
  today: string
  startDate: string
  endDate: string
  siteCount: number
  people: PersonNamer
  places: PlaceNamer
}

export type OrganisationKind =
  | 'trust'
  | 'council'
  | 'housingAssociation'
  | 'voluntaryAction'
  | 'gpPractice'
  | 'pharmacy'
  | 'library'
  | 'dayCentre'
  | 'carersCentre'
  | 'communityHospital'
  | 'careHome'
  | 'homeCare'
  | 'shelteredHousing'
  | 'residents'
  | 'faithForum'
  | 'peoplesGroup'
  | 'communityCafe'
  | 'consultancy'
  | 'learningPartner'

export interface SampleOrganisation {
  row: OrganisationInsert
  kind: OrganisationKind
}

/** A wider area whose council, health body, housing association and voluntary action body serve
 * several neighbouring sites, with the senior managers who sponsor them. */
export interface SampleRegion {
  name: string
  organisations: SampleOrganisation[]
  sponsors: PersonInsert[]
}

export interface SampleTeam {
  organisations: SampleOrganisation[]
  consultants: PersonInsert[]
  learningPartner: PersonInsert
}

export interface SampleSite {
  index: number
  row: SiteInsert
  region: SampleRegion
  /** The site's organisations, regional ones included (not the consultancy). */
  organisations: SampleOrganisation[]
  /** People created for this site (the sponsor and the team are created elsewhere). */
  people: PersonInsert[]
  members: MemberInsert[]
  stages: StageInsert[]
}

/** A site's meetings and what came out of them, written after the directory rows. */
export interface SampleMeetings {
  meetings: MeetingInsert[]
  attendance: AttendanceInsert[]
  focusAreas: FocusAreaInsert[]
  decisions: DecisionInsert[]
  quotes: QuoteInsert[]
  actions: ActionInsert[]
}
