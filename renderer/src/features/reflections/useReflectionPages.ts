// The log's reflection cycles a page at a time from the store (see renderer/src/api/pages.ts).
import type { ApiOutput } from '../../../../api/contract'
import { MOST_REFLECTIONS_PER_PAGE } from '../../../../api/schemas/reflections'
import { usePages, type PageFilters, type Pages } from '../../api/pages'

export type ReflectionFilters = PageFilters<'reflections.page'>
export type LoggedCycle = ApiOutput<'reflections.page'>['rows'][number]
export type ReflectionPages = Pages<'reflections.page'>

export function useReflectionPages(filters: ReflectionFilters) {
  return usePages('reflections.page', filters, MOST_REFLECTIONS_PER_PAGE)
}
