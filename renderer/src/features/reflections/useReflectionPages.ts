// The log's reflection cycles a page at a time from the store (filtered, counted and sorted
// there), as the action tracker reads its actions (useActionPages): the next page is fetched as
// the reader nears the end of those loaded, and a change anywhere refreshes every loaded page.
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import type { ApiInput, ApiOutput } from '../../../../api/contract'
import { MOST_REFLECTIONS_PER_PAGE } from '../../../../api/schemas/reflections'
import { call } from '../../api/client'

export type ReflectionFilters = Omit<ApiInput<'reflections.page'>, 'offset' | 'limit'>
type Page = ApiOutput<'reflections.page'>
export type LoggedCycle = Page['rows'][number]

export interface ReflectionPages {
  rows: LoggedCycle[]
  total: number
  /** More rows match than are loaded. */
  more: boolean
  loadingMore: boolean
  /** The rows are the last filter's, shown while the new filter's first page loads. */
  stale: boolean
  /** Any page is loading (the next one, or every loaded page again after a change). */
  busy: boolean
  loadMore: () => void
}

export function useReflectionPages(filters: ReflectionFilters) {
  const query = useInfiniteQuery({
    queryKey: ['reflections.page', filters],
    queryFn: ({ pageParam }) =>
      call('reflections.page', { ...filters, offset: pageParam, limit: MOST_REFLECTIONS_PER_PAGE }),
    initialPageParam: 0,
    getNextPageParam: (last: Page, pages: Page[]) => {
      const next = pages.length * MOST_REFLECTIONS_PER_PAGE
      return next < last.total ? next : undefined
    },
    placeholderData: keepPreviousData
  })
  const pages = query.data?.pages ?? []
  const last = pages.at(-1)
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query
  const value: ReflectionPages | undefined = last
    ? {
        rows: pages.flatMap((page) => page.rows),
        total: last.total,
        more: hasNextPage,
        loadingMore: isFetchingNextPage,
        stale: query.isPlaceholderData,
        busy: query.isFetching,
        // Not while any page loads: a next page asked for then would cancel the refresh.
        loadMore: () => {
          if (hasNextPage && !query.isFetching && !query.isPlaceholderData) void fetchNextPage()
        }
      }
    : undefined
  return { query, value }
}
