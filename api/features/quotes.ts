// Quote verbs: a site's quote bank. Quotes are attributed by role; the link to a person stays private.
import {
  deleteQuote,
  findQuote,
  insertQuote,
  listQuotes as queryQuotes,
  saveQuote
} from '../../db/queries/quotes'
import { localTimestamp, type ApiContext } from '../context'
import { fieldError, notFound } from '../errors'
import { handler } from '../handler'
import { idInput } from '../schemas/common'
import { createQuote, listQuotes, updateQuote } from '../schemas/meetings'
import { requireMeeting, requireProgrammePerson } from './meetings'
import { requireSite } from './sites'

function checkLinks(
  ctx: ApiContext,
  siteId: string,
  meetingId: string | null,
  personId: string | null
) {
  const site = requireSite(ctx, siteId)
  if (meetingId && requireMeeting(ctx, meetingId, 'meetingId').siteId !== site.id) {
    throw fieldError('meetingId', 'That meeting belongs to another site')
  }
  if (personId) requireProgrammePerson(ctx, site.programmeId, personId, 'personId', 'Person quoted')
}

export const quoteHandlers = {
  'quotes.list': handler(listQuotes, (ctx, input) => {
    requireSite(ctx, input.siteId)
    return queryQuotes(ctx.db, input)
  }),

  'quotes.create': handler(createQuote, (ctx, input) => {
    checkLinks(ctx, input.siteId, input.meetingId, input.personId)
    const id = ctx.newId()
    // Local time with its offset: a quote without a meeting is dated by its first 10 characters.
    insertQuote(ctx.db, { id, ...input, createdAt: localTimestamp(ctx) })
    return { id }
  }),

  'quotes.update': handler(updateQuote, (ctx, { id, ...input }) => {
    const quote = findQuote(ctx.db, id)
    if (!quote) throw notFound('id', 'quote', id)
    checkLinks(ctx, quote.siteId, input.meetingId, input.personId)
    saveQuote(ctx.db, id, input)
    return { id }
  }),

  'quotes.delete': handler(idInput, (ctx, { id }) => {
    if (!findQuote(ctx.db, id)) throw notFound('id', 'quote', id)
    deleteQuote(ctx.db, id)
    return { id }
  })
}
