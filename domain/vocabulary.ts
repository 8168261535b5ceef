// The users' words for fixed lists, with the labels the screens and exports show.
export const SECTORS = {
  nhs: 'NHS / health board',
  local_authority: 'Local authority and social care',
  primary_care: 'Primary care / GP practices',
  voluntary_community: 'Voluntary and community sector',
  housing: 'Housing',
  independent_provider: 'Independent providers',
  community_members: 'Community members',
  people_using_services: 'People who use services and carers'
} as const
export type Sector = keyof typeof SECTORS

export const OUTCOME_LEVELS = {
  self: 'Own attitudes and assumptions',
  relationships: 'Relationships with other agencies',
  team_practice: 'Practice spreading through teams',
  organisations: 'Relationships between organisations',
  people_using_services: 'Outcomes for people who use services'
} as const
export type OutcomeLevel = keyof typeof OUTCOME_LEVELS

export const SITE_STATUSES = { active: 'Active', paused: 'Paused', closed: 'Closed' } as const
export type SiteStatus = keyof typeof SITE_STATUSES

export const MEMBER_ROLES = {
  sponsor: 'Sponsor',
  coordinator: 'Coordinator',
  member: 'Member',
  consultant: 'Consultant',
  learning_partner: 'Learning partner',
  community_representative: 'Community representative',
  lived_experience: 'Person with lived experience or carer'
} as const
export type MemberRole = keyof typeof MEMBER_ROLES

/** Stage models partnerships commonly use; a programme picks one. */
export const STAGE_MODELS = {
  forming: {
    label: 'Forming, frustration, functioning, flying (or failing)',
    stages: {
      forming: 'Forming',
      frustration: 'Frustration',
      functioning: 'Functioning',
      flying: 'Flying',
      failing: 'Failing'
    }
  },
  initiating: {
    label: 'Initiating, starting, doing, following through',
    stages: {
      initiating: 'Initiating',
      starting: 'Starting',
      doing: 'Doing',
      following_through: 'Following through'
    }
  },
  lifecycle: {
    label: 'Partnership life-cycle: pre-partnership collaboration to termination or succession',
    stages: {
      pre_partnership: 'Pre-partnership collaboration',
      creation: 'Partnership creation',
      delivery: 'Programme delivery',
      termination: 'Termination or succession'
    }
  }
} as const
export type StageModel = keyof typeof STAGE_MODELS

export function stageLabel(model: StageModel, stage: string): string {
  const stages: Record<string, string> = STAGE_MODELS[model].stages
  return stages[stage] ?? stage
}

/** Roles and professions the users name most; people can have any other. */
export const COMMON_ROLES = [
  'GP',
  'District nurse',
  'Social worker',
  'Pharmacist',
  'Occupational therapist',
  'Day-centre manager',
  'Librarian',
  'IT lead',
  'Senior manager',
  'Practice manager',
  'Community development worker',
  'Housing officer',
  'Care home manager',
  'Carer',
  'Consultant'
] as const

export function keysOf<T extends Record<string, unknown>>(
  record: T
): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(record) as [keyof T & string, ...(keyof T & string)[]]
}

export const MEETING_KINDS = {
  partnership: 'Partnership meeting',
  debrief: 'Consultant-coordinator debrief',
  sponsors: 'Sponsor or senior managers meeting',
  workshop: 'Workshop',
  other: 'Other'
} as const
export type MeetingKind = keyof typeof MEETING_KINDS

/** Methods the users know; a meeting can also name its own. */
export const COMMON_METHODS = [
  'Stories of people who use services',
  'Visual scenario planning',
  'Appreciative inquiry',
  'Dialogue not debate',
  'Immunity to change mapping'
] as const

export const ATTENDANCE = { attended: 'Attended', apologies: 'Sent apologies' } as const
export type Attendance = keyof typeof ATTENDANCE

export const CONSENT = {
  yes: 'Yes, may be used in reports',
  no: 'No',
  not_asked: 'Not asked yet'
} as const
export type Consent = keyof typeof CONSENT

export const ACTION_STATUSES = { open: 'Open', done: 'Done', dropped: 'Dropped' } as const
export type ActionStatus = keyof typeof ACTION_STATUSES

export const REFLECTION_STATUSES = {
  draft: 'Draft',
  shared: 'Shared for review',
  reviewed: 'Reviewed'
} as const
export type ReflectionStatus = keyof typeof REFLECTION_STATUSES

/** The ORPA phases, in order, with the question each one asks. */
export const PHASES = {
  observe: { label: 'Observe', prompt: 'What happened? The stories and data.' },
  reflect: {
    label: 'Reflect',
    prompt: 'What does it mean? What surprised us, what assumptions showed?'
  },
  plan: { label: 'Plan', prompt: 'What will we try next?' },
  act: { label: 'Act', prompt: 'What did we then do?' }
} as const
export type Phase = keyof typeof PHASES

export const TAG_PLACES = {
  cycle: 'Whole cycle',
  observe: 'Observe',
  reflect: 'Reflect',
  plan: 'Plan',
  act: 'Act'
} as const
export type TagPlace = keyof typeof TAG_PLACES

export const THEME_SETS = {
  practices: 'Six practices of effective collaboration',
  elements: 'Working elements',
  own: 'Our own codes'
} as const
export type ThemeSet = keyof typeof THEME_SETS

/** The stakeholder matrix's groups, by influence and interest. */
export const STAKEHOLDER_GROUPS = {
  involve_closely: 'Involve closely',
  keep_on_board: 'Keep on board',
  inform: 'Inform',
  be_aware_of: 'Be aware of'
} as const
export type StakeholderGroup = keyof typeof STAKEHOLDER_GROUPS

export const HEALTH_JUDGED_BY = {
  consultant: 'The consultant',
  group: 'The group at a meeting'
} as const
export type HealthJudgedBy = keyof typeof HEALTH_JUDGED_BY
