// Meeting verbs: record a partnership meeting with its attendance, notes, actions and quotes,
// and review the open actions from earlier meetings in the same go.
import { z } from 'zod'
import { findAction, listActions } from '../../db/queries/actions'
import { findPerson } from '../../db/queries/directory'
import {
  carryActionForward,
  closeAction,
  deleteMeeting,
  findMeeting,
  insertMeeting,
  insertMeetingActions,
  listAttendance,
  listDecisions,
  listFocusAreas,
  listMeetings,
  meetingDependents,
  meetingMethods,
  membershipSpells,
  peopleForMeeting,
  saveMeeting,
  writeMeetingParts
} from '../../db/queries/meetings'
import { insertQuote, listQuotes } from '../../db/queries/quotes'
import { parseStoredJson } from '../../db/rows'
import type { ApiContext } from '../context'
import { localTimestamp, today } from '../context'
import { fieldError, notFound } from '../errors'
import { handler } from '../handler'
import { idInput, recordId } from '../schemas/common'
import { createMeeting, meetingFields, prepareMeeting, updateMeeting } from '../schemas/meetings'
import { requireSite } from './sites'

type MeetingInput = z.output<typeof meetingFields>

export function requireMeeting(ctx: ApiContext, id: string, path = 'id') {
  const meeting = findMeeting(ctx.db, id)
  if (!meeting) throw notFound(path, 'meeting', id)
  return meeting
}

/** A person named on a record must exist and be in the same programme as the site. */
export function requireProgrammePerson(
  ctx: ApiContext,
  programmeId: string,
  personId: string,
  path: string,
  label = 'Person'
) {
  const person = findPerson(ctx.db, personId)
  if (!person) throw notFound(path, 'person', personId)
  if (person.programmeId !== programmeId) {
    throw fieldError(path, `${label} ${person.name} is not in this programme`)
  }
  return person
}

function checkAttendance(ctx: ApiContext, programmeId: string, input: MeetingInput) {
  const seen = new Set<string>()
  input.attendance.forEach((entry, i) => {
    const path = `attendance.${i}.personId`
    const person = requireProgrammePerson(ctx, programmeId, entry.personId, path, 'Attendee')
    if (seen.has(entry.personId)) {
      throw fieldError(path, `${person.name} is listed twice in the attendance`)
    }
    seen.add(entry.personId)
  })
}

function meetingColumns(input: MeetingInput) {
  return {
    heldOn: input.heldOn,
    startTime: input.startTime,
    durationMinutes: input.durationMinutes,
    venue: input.venue,
    kind: input.kind,
    facilitator: input.facilitator,
    purpose: input.purpose,
    unnamedAttendees: input.unnamedAttendees,
    methods: JSON.stringify([...new Set(input.methods)]),
    learning: input.learning,
    notes: input.notes,
    checkOut: input.checkOut,
    energy: input.energy
  }
}

export const meetingHandlers = {
  'meetings.list': handler(z.object({ siteId: recordId('Site') }), (ctx, { siteId }) => {
    requireSite(ctx, siteId)
    return listMeetings(ctx.db, siteId)
  }),

  /**
   * Everything the meeting form needs: the site's people (its members, recent attendees and who
   * is on the meeting being edited; anyone else is found with people.find) and the open actions.
   */
  'meetings.prepare': handler(prepareMeeting, (ctx, input) => {
    const site = requireSite(ctx, input.siteId)
    if (input.meetingId && requireMeeting(ctx, input.meetingId, 'meetingId').siteId !== site.id) {
      throw fieldError('meetingId', 'That meeting belongs to another site')
    }
    const onDate = input.heldOn ?? today(ctx)
    const openActions = listActions(
      ctx.db,
      {
        programmeId: site.programmeId,
        siteId: site.id,
        status: 'open',
        agreedBefore: onDate,
        includeArchivedSites: true
      },
      // Overdue as of the meeting's day: typing up a past meeting shows what was late then.
      onDate
    ).filter((a) => !input.meetingId || a.meetingId !== input.meetingId)
    return {
      site: { id: site.id, name: site.name, programmeId: site.programmeId },
      people: peopleForMeeting(ctx.db, site.id, onDate, input.meetingId ?? null).map(
        ({ memberships, ...p }) => ({
          ...p,
          isMember: !!p.isMember,
          memberships: parseStoredJson(membershipSpells, memberships)
        })
      ),
      openActions
    }
  }),

  'meetings.get': handler(idInput, (ctx, { id }) => {
    const meeting = requireMeeting(ctx, id)
    const site = requireSite(ctx, meeting.siteId)
    return {
      meeting: { ...meeting, methods: parseStoredJson(meetingMethods, meeting.methods) },
      site: { id: site.id, name: site.name, programmeId: site.programmeId },
      attendance: listAttendance(ctx.db, id),
      focusAreas: listFocusAreas(ctx.db, id),
      decisions: listDecisions(ctx.db, id),
      quotes: listQuotes(ctx.db, { siteId: site.id, meetingId: id }),
      actions: meetingActions(ctx, site.programmeId, id)
    }
  }),

  'meetings.create': handler(createMeeting, (ctx, input) => {
    const site = requireSite(ctx, input.siteId)
    checkAttendance(ctx, site.programmeId, input)
    input.actions.forEach((action, i) => {
      if (action.dueOn < input.heldOn) {
        throw fieldError(
          `actions.${i}.dueOn`,
          `Due date must be on or after ${input.heldOn} (the meeting date)`
        )
      }
      if (action.ownerId)
        requireProgrammePerson(
          ctx,
          site.programmeId,
          action.ownerId,
          `actions.${i}.ownerId`,
          'Action owner'
        )
    })
    input.quotes.forEach((quote, i) => {
      if (quote.personId)
        requireProgrammePerson(
          ctx,
          site.programmeId,
          quote.personId,
          `quotes.${i}.personId`,
          'Person quoted'
        )
    })
    const id = ctx.newId()
    const now = ctx.clock().toISOString()
    insertMeeting(ctx.db, {
      id,
      siteId: site.id,
      ...meetingColumns(input),
      createdAt: now,
      updatedAt: now
    })
    writeMeetingParts(ctx.db, id, input, ctx.newId)
    insertMeetingActions(
      ctx.db,
      input.actions.map((action) => ({
        id: ctx.newId(),
        siteId: site.id,
        meetingId: id,
        agreedOn: input.heldOn,
        ...action,
        createdAt: now
      }))
    )
    for (const quote of input.quotes) {
      // In the same local form as quotes.create writes, so quotes sort by one kind of string.
      insertQuote(ctx.db, {
        id: ctx.newId(),
        siteId: site.id,
        meetingId: id,
        ...quote,
        createdAt: localTimestamp(ctx)
      })
    }
    reviewActions(ctx, site.id, input.heldOn, input.reviewedActions)
    return { id }
  }),

  'meetings.update': handler(updateMeeting, (ctx, { id, ...input }) => {
    const meeting = requireMeeting(ctx, id)
    const site = requireSite(ctx, meeting.siteId)
    checkAttendance(ctx, site.programmeId, input)
    const own = meetingActions(ctx, site.programmeId, id)
    const tooEarly = own.find((a) => a.dueOn < input.heldOn)
    if (tooEarly) {
      throw fieldError(
        'heldOn',
        `Date must be on or before ${tooEarly.dueOn}, when the action "${tooEarly.description}" from this meeting is due`
      )
    }
    const doneEarlier = own.find((a) => a.completedOn && a.completedOn < input.heldOn)
    if (doneEarlier) {
      throw fieldError(
        'heldOn',
        `Date must be on or before ${doneEarlier.completedOn ?? ''}, when the action "${doneEarlier.description}" from this meeting was completed`
      )
    }
    saveMeeting(ctx.db, id, { ...meetingColumns(input), updatedAt: ctx.clock().toISOString() })
    writeMeetingParts(ctx.db, id, input, ctx.newId)
    return { id }
  }),

  /** What deleting a meeting would take with it, so the app can say so before asking. */
  'meetings.deletePreview': handler(idInput, (ctx, { id }) => {
    requireMeeting(ctx, id)
    return meetingDependents(ctx.db, id)
  }),

  /** Deletes the meeting with its attendance, notes, quotes and the actions agreed at it. */
  'meetings.delete': handler(idInput, (ctx, { id }) => {
    requireMeeting(ctx, id)
    deleteMeeting(ctx.db, id)
    return { id }
  })
}

/** The actions agreed at one meeting, archived site or not. */
function meetingActions(ctx: ApiContext, programmeId: string, meetingId: string) {
  return listActions(ctx.db, { programmeId, meetingId, includeArchivedSites: true }, today(ctx))
}

type Review = z.output<typeof createMeeting>['reviewedActions'][number]

/**
 * Marks earlier actions done, dropped or carried forward as of the meeting's date. Each review
 * names its action by id; one that is unknown, of another site, listed twice or no longer open is
 * refused by the action's description (dispatch's transaction takes back the meeting written).
 */
function reviewActions(ctx: ApiContext, siteId: string, heldOn: string, reviews: Review[]) {
  const reviewed = new Set<string>()
  reviews.forEach((review, i) => {
    const path = `reviewedActions.${i}.id`
    const action = findAction(ctx.db, review.id)
    if (!action) throw notFound(path, 'action of this site', review.id)
    if (action.siteId !== siteId) {
      throw fieldError(
        path,
        `The action "${action.description}" is not an action of this site`,
        'not_found'
      )
    }
    if (reviewed.has(review.id)) {
      throw fieldError(path, `The action "${action.description}" is reviewed twice`)
    }
    reviewed.add(review.id)
    if (action.status !== 'open') {
      throw fieldError(path, `The action "${action.description}" is already ${action.status}`)
    }
    if (action.agreedOn >= heldOn) {
      throw fieldError(
        path,
        `The action "${action.description}" was agreed on ${action.agreedOn}, not before this meeting`
      )
    }
    if (review.outcome === 'leave') return
    if (review.outcome === 'carry') {
      if (!review.dueOn || review.dueOn < heldOn) {
        throw fieldError(
          `reviewedActions.${i}.dueOn`,
          `New due date must be on or after ${heldOn} (the meeting date)`
        )
      }
      carryActionForward(ctx.db, action.id, review.dueOn, action.carriedForward + 1)
      return
    }
    closeAction(ctx.db, action.id, review.outcome === 'done' ? 'done' : 'dropped', heldOn)
  })
}
