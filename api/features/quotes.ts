// Quote verbs: a site's quote bank. Quotes are attributed by role; the link to a person stays private.
import { eq } from 'drizzle-orm'
import { quotes } from '../../db/schema'
import { findQuote, listQuotes as queryQuotes } from '../../db/queries/quotes'
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
    ctx.db
      .insert(quotes)
      // Local time with its offset: a quote without a meeting is dated by its first 10 characters.
      .values({ id, ...input, createdAt: localTimestamp(ctx) })
      .run()
    return { id }
  }),

  'quotes.update': handler(updateQuote, (ctx, { id, ...input }) => {
    const quote = findQuote(ctx.db, id)
    if (!quote) throw notFound('id', 'quote', id)
    checkLinks(ctx, quote.siteId, input.meetingId, input.personId)
    ctx.db.update(quotes).set(input).where(eq(quotes.id, id)).run()
    return { id }
  }),

  'quotes.delete': handler(idInput, (ctx, { id }) => {
    if (!findQuote(ctx.db, id)) throw notFound('id', 'quote', id)
    ctx.db.delete(quotes).where(eq(quotes.id, id)).run()
    return { id }
  })
}
