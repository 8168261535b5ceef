// Input for a pasted list of people and organisations, saved in one go (directory.importList).
import { z } from 'zod'
import { isoDate, recordId } from './common'
import { personFields } from './directory'
import { keysOf, SECTORS } from '../../domain/vocabulary'

export const MAX_IMPORTED_PEOPLE = 500

export const importedPerson = personFields
  .pick({ name: true, role: true, email: true, phone: true })
  .extend({
    /** The organisation's name: one already in the programme is reused; '' means none. */
    organisation: z
      .string({ error: 'Organisation must be text' })
      .trim()
      .max(200, { error: 'Organisation name must be at most 200 characters' })
      .default(''),
    /** Needed only when the organisation is new. */
    sector: z
      .enum(keysOf(SECTORS), { error: 'Choose a sector' })
      .nullable()
      .optional()
      .transform((v) => v ?? null)
  })
export type ImportedPerson = z.input<typeof importedPerson>

export const importList = z.object({
  programmeId: recordId('Programme'),
  people: z
    .array(importedPerson)
    .min(1, { error: 'Give at least one person to add' })
    .max(MAX_IMPORTED_PEOPLE, { error: `At most ${MAX_IMPORTED_PEOPLE} people at a time` }),
  /** Put everyone on the list into this site's partnership as members from this day. */
  joinSite: z.object({ siteId: recordId('Site'), joinedOn: isoDate('Joined') }).optional()
})
