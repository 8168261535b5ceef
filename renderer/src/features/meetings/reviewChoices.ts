// The meeting form's review of open actions from earlier meetings: one choice per action, kept
// by the action's id, reconciled with the open actions the store lists now, and what is sent.
import { z } from 'zod'
import { actionReview } from '../../../../api/schemas/meetings'

/** What happened to one open action; the description names it if it closes elsewhere. */
export const reviewChoice = actionReview.omit({ id: true }).extend({ description: z.string() })
/** A choice dropped because its action closed elsewhere, kept to say so. */
export const notKeptChoice = z.object({ description: z.string(), outcome: z.string() })

type ReviewChoice = z.input<typeof reviewChoice>
type NotKept = z.output<typeof notKeptChoice>

/**
 * The reviews sent: one per open action on screen (in its order) whose choice is not "still
 * open", each by the action's id. Choices for actions not on screen are never sent.
 */
export function reviewedActions(
  values: { reviews: Record<string, z.output<typeof reviewChoice>> },
  openActions: readonly { id: string }[]
) {
  return openActions.flatMap(({ id }) => {
    const choice = Object.hasOwn(values.reviews, id) ? values.reviews[id] : undefined
    if (!choice || choice.outcome === 'leave') return []
    return [
      { id, outcome: choice.outcome, dueOn: choice.outcome === 'carry' ? choice.dueOn : null }
    ]
  })
}

/** A stored choice as a draft may hold it (older drafts kept a list with ids). */
const storedChoice = z.object({
  id: z.string().optional(),
  outcome: reviewChoice.shape.outcome,
  dueOn: z.string().nullable().optional(),
  description: z.string().optional()
})

function storedChoices(current: unknown): Map<string, z.output<typeof storedChoice>> {
  const entries: [unknown, unknown][] = Array.isArray(current)
    ? current.map((entry: unknown) => [storedChoice.safeParse(entry).data?.id, entry])
    : typeof current === 'object' && current !== null
      ? Object.entries(current)
      : []
  const choices = new Map<string, z.output<typeof storedChoice>>()
  for (const [id, entry] of entries) {
    const choice = storedChoice.safeParse(entry)
    if (typeof id === 'string' && choice.success) choices.set(id, choice.data)
  }
  return choices
}

/**
 * The review choices for the open actions the store lists now: each open action keeps its choice
 * (a new one starts "still open"); choices for actions no longer open are dropped, and those that
 * said something other than "still open" are returned to be named. `changed` is false when the
 * choices already fit the list, so reconciling again does nothing.
 */
export function reconcileReviews(
  current: unknown,
  openActions: readonly { id: string; description: string }[]
): { reviews: Record<string, ReviewChoice>; notKept: NotKept[]; changed: boolean } {
  const stored = storedChoices(current)
  const open = new Set(openActions.map((a) => a.id))
  const reviews: Record<string, ReviewChoice> = {}
  for (const action of openActions) {
    const choice = stored.get(action.id)
    reviews[action.id] = {
      outcome: choice?.outcome ?? 'leave',
      dueOn: choice?.dueOn ?? '',
      description: action.description
    }
  }
  const notKept = [...stored]
    .filter(([id, choice]) => !open.has(id) && choice.outcome !== 'leave')
    .map(([, choice]) => ({
      description: choice.description ?? 'An action from an earlier meeting',
      outcome: choice.outcome
    }))
  const same =
    !Array.isArray(current) &&
    stored.size === open.size &&
    openActions.every((a) => {
      const before = stored.get(a.id)
      const after = reviews[a.id]
      return (
        before?.description === after?.description &&
        before?.outcome === after?.outcome &&
        (before?.dueOn ?? '') === after?.dueOn
      )
    })
  return { reviews, notKept, changed: !same }
}

const OUTCOME_WORDS: Record<string, string> = {
  done: 'Done',
  carry: 'Carry forward',
  drop: 'Drop',
  leave: 'Still open'
}

/** Says near the list that a choice was not kept because its action closed elsewhere. */
export function notKeptMessage({ description, outcome }: NotKept): string {
  const choice = OUTCOME_WORDS[outcome] ?? outcome
  return `‘${description}’ is no longer open: it was marked done or dropped elsewhere. Your choice for it (${choice}) was not kept.`
}
