// The in-memory plan the sample generator builds before writing it, shared by its parts.
import type {
  actions,
  agreedOutcomes,
  changeIdeas,
  measureBaselines,
  measurePoints,
  measures,
  meetingAttendance,
  meetingDecisions,
  meetingFocusAreas,
  meetings,
  organisations,
  outcomeEvidence,
  outcomeRatings,
  pdsaCycles,
  people,
  programmeOutcomes,
  programmes,
  quotes,
  reflectionCycleSites,
  reflectionCycles,
  reflectionParticipants,
  reflectionTags,
  reviewComments,
  siteMembers,
  siteStages,
  sites,
  testOfChangeOutcomes,
  testStatusChanges,
  testsOfChange,
  themes
} from '../schema'
import type { HeldMeeting } from './actions'
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
  /** The partnership meetings as later parts (outcomes, reflections, tests) need them. */
  held: HeldMeeting[]
}

export type AgreedOutcomeInsert = typeof agreedOutcomes.$inferInsert
export type RatingInsert = typeof outcomeRatings.$inferInsert
export type EvidenceInsert = typeof outcomeEvidence.$inferInsert
export type ThemeInsert = typeof themes.$inferInsert
export type CycleInsert = typeof reflectionCycles.$inferInsert
export type CycleSiteInsert = typeof reflectionCycleSites.$inferInsert
export type ParticipantInsert = typeof reflectionParticipants.$inferInsert
export type TagInsert = typeof reflectionTags.$inferInsert
export type CommentInsert = typeof reviewComments.$inferInsert
export type ChangeIdeaInsert = typeof changeIdeas.$inferInsert
export type TestInsert = typeof testsOfChange.$inferInsert
export type TestOutcomeInsert = typeof testOfChangeOutcomes.$inferInsert
export type StatusChangeInsert = typeof testStatusChanges.$inferInsert
export type PdsaInsert = typeof pdsaCycles.$inferInsert
export type MeasureInsert = typeof measures.$inferInsert
export type BaselineInsert = typeof measureBaselines.$inferInsert
export type PointInsert = typeof measurePoints.$inferInsert

/**
 * What a site's meetings left behind, as the later parts (outcomes, reflections, tests of change,
 * measures) read it: they only read it, so the meetings' rows stay exactly as they were.
 */
export interface SiteHistory {
  site: SampleSite
  story: 'active' | 'paused' | 'closed'
  /** Partnership meetings, in date order. */
  held: HeldMeeting[]
  meetingRows: ReadonlyMap<string, MeetingInsert>
  /** Focus-area titles by meeting id. */
  focus: ReadonlyMap<string, string[]>
  quotes: QuoteInsert[]
  /** Actions agreed at meetings. */
  actions: ActionInsert[]
  people: ReadonlyMap<string, PersonInsert>
  /** The last day anything is dated: a fortnight before today. */
  quiet: string
}

/** Outcomes, reflections, tests of change and measures: everything written after the meetings. */
export interface SampleRecords {
  outcomes: AgreedOutcomeInsert[]
  ratings: RatingInsert[]
  evidence: EvidenceInsert[]
  themes: ThemeInsert[]
  cycles: CycleInsert[]
  cycleSites: CycleSiteInsert[]
  participants: ParticipantInsert[]
  tags: TagInsert[]
  comments: CommentInsert[]
  actions: ActionInsert[]
  changeIdeas: ChangeIdeaInsert[]
  tests: TestInsert[]
  testOutcomes: TestOutcomeInsert[]
  statusChanges: StatusChangeInsert[]
  pdsa: PdsaInsert[]
  measures: MeasureInsert[]
  baselines: BaselineInsert[]
  points: PointInsert[]
}
