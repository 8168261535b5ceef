// The tracker's actions a page at a time from the store (see renderer/src/api/pages.ts).
import type { ApiOutput } from '../../../../api/contract'
import { MOST_ACTIONS_PER_PAGE } from '../../../../api/schemas/actions'
import { usePages, type PageFilters, type Pages } from '../../api/pages'

export type ActionFilters = PageFilters<'actions.page'>
export type TrackedAction = ApiOutput<'actions.page'>['rows'][number]
export type ActionPages = Pages<'actions.page'>

export function useActionPages(filters: ActionFilters) {
  return usePages('actions.page', filters, MOST_ACTIONS_PER_PAGE)
}
