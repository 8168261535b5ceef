// Inputs for the cross-site action tracker, a page at a time.
import { z } from 'zod'
import { listActions } from './meetings'

/** The most rows one page of the tracker holds. */
export const MOST_ACTIONS_PER_PAGE = 200

/** The tracker's filters (as `actions.list`) and which page: `limit` rows from `offset`. */
export const pageActions = listActions.extend({
  offset: z
    .number({ error: 'Offset must be a number' })
    .int({ error: 'Offset must be a whole number' })
    .min(0, { error: 'Offset cannot be negative' })
    .default(0),
  limit: z
    .number({ error: 'Limit must be a number' })
    .int({ error: 'Limit must be a whole number' })
    .min(1, { error: 'Limit must be at least 1' })
    .max(MOST_ACTIONS_PER_PAGE, {
      error: `Limit must be at most ${MOST_ACTIONS_PER_PAGE} actions a page`
    })
    .default(MOST_ACTIONS_PER_PAGE)
})
