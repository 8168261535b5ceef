// Inputs for sites, their stage judgements and their partnership membership.
import { z } from 'zod'
import { isoDate, optionalDate, optionalText, recordId, requiredText } from './common'
import { keysOf, MEMBER_ROLES, SITE_STATUSES } from '../../domain/vocabulary'

export const siteFields = z.object({
  name: requiredText('Site name'),
  locality: optionalText('Locality', 200),
  purpose: optionalText('Purpose'),
  focus: optionalText('Population or service focus', 500),
  startDate: isoDate('Start date'),
  status: z.enum(keysOf(SITE_STATUSES), { error: 'Choose a status' }).default('active')
})
export type SiteFields = z.input<typeof siteFields>

export const createSite = siteFields.extend({ programmeId: recordId('Programme') })
export const updateSite = siteFields.extend({ id: recordId('id') })

export const stageJudgementFields = z.object({
  stage: requiredText('Stage', 60),
  judgedOn: isoDate('Date judged'),
  reason: optionalText('Reason')
})
export type StageJudgementFields = z.input<typeof stageJudgementFields>
export const recordStage = stageJudgementFields.extend({ siteId: recordId('Site') })

export const membershipFields = z
  .object({
    role: z.enum(keysOf(MEMBER_ROLES), { error: 'Choose a role in the partnership' }),
    joinedOn: isoDate('Joined'),
    leftOn: optionalDate('Left')
  })
  .refine((m) => !m.leftOn || m.leftOn >= m.joinedOn, {
    error: 'Left must be on or after the date they joined',
    path: ['leftOn']
  })
export type MembershipFields = z.input<typeof membershipFields>

export const addMember = z.intersection(
  z.object({ siteId: recordId('Site'), personId: recordId('Person') }),
  membershipFields
)
export const updateMember = z.intersection(z.object({ id: recordId('id') }), membershipFields)
