// Inputs for the cross-site action tracker, a page at a time.
import { pageFields } from './common'
import { listActions } from './meetings'

/** The most rows one page of the tracker holds. */
export const MOST_ACTIONS_PER_PAGE = 200

/** The tracker's filters (as `actions.list`) and which page: `limit` rows from `offset`. */
export const pageActions = listActions.extend(pageFields(MOST_ACTIONS_PER_PAGE, 'actions'))
