// Which date a new record's date field starts from: the context (the meeting it belongs to), else
// the last date saved in that kind of form this session, else today; always within the dates the
// verb accepts. A consultant typing up last year's meetings one after another is offered last
// year's date, not today's, and never a date the save would refuse.
import { useState } from 'react'
import { formatDate, todayIso } from './dates'

/** The kinds of form that remember their last date, one memory each. */
export type DateForm =
  | 'membership'
  | 'stage'
  | 'healthCheck'
  | 'stakeholderMove'
  | 'pdsaCycle'
  | 'testMove'
  | 'testStart'
  | 'outcome'
  | 'rating'
  | 'reflection'
  | 'markDone'

export interface DateDefaults {
  /** The date the record's context gives (its meeting's date): first choice when there is one. */
  context?: string | null
  /** The verb refuses dates before this one (a site's start, the last move of a test). */
  earliest?: string | null
  /** The verb refuses dates after this one (today, for ratings). */
  latest?: string | null
}

/** Where a starting date came from; 'bound' when the choice was moved to the first or last allowed. */
export type DateSource = 'context' | 'last' | 'today' | 'bound'

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/
const storageKey = (form: DateForm) => `pll:last-date:${form}`

/** The last date saved in this kind of form this session, if any. */
export function lastDateUsed(form: DateForm): string | null {
  try {
    const value = window.sessionStorage.getItem(storageKey(form))
    return value && ISO_DAY.test(value) ? value : null
  } catch {
    // Storage can be switched off; the form then starts from today.
    return null
  }
}

/** Remembers a date just saved in this kind of form, for the next new record of the kind. */
export function rememberDateUsed(form: DateForm, date: string): void {
  if (!ISO_DAY.test(date)) return
  try {
    window.sessionStorage.setItem(storageKey(form), date)
  } catch {
    // Nothing remembered: the next form starts from today, which is still a valid date.
  }
}

/** A date moved into [earliest, latest]; ISO days compare as text. */
export function withinBounds(date: string, bounds: DateDefaults): string {
  if (bounds.earliest && date < bounds.earliest) return bounds.earliest
  if (bounds.latest && date > bounds.latest) return bounds.latest
  return date
}

/** The date a new record starts with, and where it came from. */
export function startingDate(
  form: DateForm,
  defaults: DateDefaults = {},
  today: string = todayIso()
): { date: string; source: DateSource } {
  const last = lastDateUsed(form)
  const [date, source]: [string, DateSource] = defaults.context
    ? [defaults.context, 'context']
    : last
      ? [last, 'last']
      : [today, 'today']
  const bounded = withinBounds(date, defaults)
  return { date: bounded, source: bounded === date ? source : 'bound' }
}

/** A hint saying the date was carried over from the last record, so it is not taken unread. */
export function lastDateHint(start: { date: string; source: DateSource }): string | undefined {
  return start.source === 'last'
    ? `Filled in with the last date used here (${formatDate(start.date)})`
    : undefined
}

/**
 * The starting date for a new record in `form`, read once when the form opens (so it does not move
 * under the user), and `remember` to call with the date saved.
 */
export function useRememberedDate(form: DateForm, defaults: DateDefaults = {}) {
  const [start] = useState(() => startingDate(form, defaults))
  return {
    ...start,
    hint: lastDateHint(start),
    remember: (date: string) => rememberDateUsed(form, date)
  }
}
