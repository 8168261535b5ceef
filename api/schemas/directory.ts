// Inputs for the programme's organisations and people.
import { z } from 'zod'
import { isoDate, optionalId, optionalText, recordId, requiredText } from './common'
import { keysOf, MEMBER_ROLES, SECTORS } from '../../domain/vocabulary'

export const organisationFields = z.object({
  name: requiredText('Organisation name'),
  sector: z.enum(keysOf(SECTORS), { error: 'Choose a sector' })
})
export type OrganisationFields = z.input<typeof organisationFields>

export const createOrganisation = organisationFields.extend({ programmeId: recordId('Programme') })
export const updateOrganisation = organisationFields.extend({ id: recordId('id') })

export const personFields = z.object({
  name: requiredText('Name'),
  role: requiredText('Role or profession', 120),
  organisationId: optionalId(),
  email: z
    .string()
    .trim()
    .max(200)
    .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
      error: 'Email must look like name@example.org'
    })
    .default(''),
  phone: optionalText('Phone', 60)
})
export type PersonFields = z.input<typeof personFields>

export const createPerson = personFields.extend({
  programmeId: recordId('Programme'),
  /** A new organisation to create for them in the same go (instead of organisationId). */
  newOrganisation: organisationFields.optional(),
  /** Put them straight into a site's partnership, e.g. when added from a meeting form. */
  joinSite: z
    .object({
      siteId: recordId('Site'),
      role: z.enum(keysOf(MEMBER_ROLES), { error: 'Choose a role in the partnership' }),
      joinedOn: isoDate('Joined')
    })
    .optional()
})
export const updatePerson = personFields.extend({ id: recordId('id') })

export const directoryList = z.object({
  programmeId: recordId('Programme'),
  includeArchived: z.boolean().default(false),
  /** Only rows whose name, role, organisation, sector or partnerships contain this text. */
  filter: z.string({ error: 'Filter must be text' }).trim().max(200).default('')
})

/** Finding someone by name, role or organisation, e.g. to add to a meeting not on its list. */
export const findPeopleInput = z.object({
  programmeId: recordId('Programme'),
  text: requiredText('Search text', 100),
  limit: z
    .number({ error: 'Limit must be a number' })
    .int({ error: 'Limit must be a whole number' })
    .min(1, { error: 'Limit must be at least 1' })
    .max(50, { error: 'Limit must be at most 50' })
    .default(10)
})
