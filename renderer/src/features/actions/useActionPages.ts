// The tracker's actions a page at a time from the store (filtered, counted and sorted there), the
// next page fetched as the reader nears the end of those loaded. A change anywhere refreshes
// every loaded page (the app's mutations invalidate every query), so marking an action done takes
// it off an "open" list at once and the rows below move up.
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import type { ApiInput, ApiOutput } from '../../../../api/contract'
import { MOST_ACTIONS_PER_PAGE } from '../../../../api/schemas/actions'
import { call } from '../../api/client'

export type ActionFilters = Omit<ApiInput<'actions.page'>, 'offset' | 'limit'>
type Page = ApiOutput<'actions.page'>
export type TrackedAction = Page['rows'][number]

export interface ActionPages {
  rows: TrackedAction[]
  total: number
  overdue: number
  /** More rows match than are loaded. */
  more: boolean
  loadingMore: boolean
  /** The rows are the last filter's, shown while the new filter's first page loads. */
  stale: boolean
  /** Any page is loading (the next one, or every loaded page again after a change). */
  busy: boolean
  loadMore: () => void
}

export function useActionPages(filters: ActionFilters) {
  const query = useInfiniteQuery({
    queryKey: ['actions.page', filters],
    queryFn: ({ pageParam }) =>
      call('actions.page', { ...filters, offset: pageParam, limit: MOST_ACTIONS_PER_PAGE }),
    initialPageParam: 0,
    getNextPageParam: (last: Page, pages: Page[]) => {
      const next = pages.length * MOST_ACTIONS_PER_PAGE
      return next < last.total ? next : undefined
    },
    placeholderData: keepPreviousData
  })
  const pages = query.data?.pages ?? []
  const last = pages.at(-1)
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query
  const value: ActionPages | undefined = last
    ? {
        rows: pages.flatMap((page) => page.rows),
        total: last.total,
        overdue: last.overdue,
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

/** What `useLoadNearEnd` reads of any list loaded a page at a time (the tracker, the log). */
export type LoadablePages = Pick<ActionPages, 'more' | 'busy' | 'stale' | 'loadMore'> & {
  rows: readonly unknown[]
}

/**
 * A ref for the element after the loaded rows: while it is within a screen of the view, the next
 * page loads, one after another until it is out of reach or every row is loaded.
 */
export function useLoadNearEnd<E extends Element>(pages: LoadablePages | undefined) {
  const ref = useRef<E>(null)
  const [near, setNear] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (!element || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => setNear(entries.some((entry) => entry.isIntersecting)),
      { rootMargin: '0px 0px 100% 0px' }
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [pages?.more])
  // The latest pages, read when `ready` turns true (loading turns it false) or new rows
  // arrive (a new filter's first page) while the end is still near.
  const latest = useRef(pages)
  useEffect(() => {
    latest.current = pages
  })
  const ready = near && pages?.more === true && !pages.busy && !pages.stale
  const loaded = pages?.rows.length ?? 0
  useEffect(() => {
    if (ready) latest.current?.loadMore()
  }, [ready, loaded])
  return ref
}
