// A list the store hands out a page at a time (filtered, counted and sorted there): the action
// tracker (actions.page) and the reflections log (reflections.page). The next page is fetched as
// the reader nears the end of those loaded. A change anywhere refreshes every loaded page (the
// app's mutations invalidate every query), so marking an action done takes it off an "open" list
// at once and the rows below move up.
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import type { ApiInput, ApiOutput } from '../../../api/contract'
import { call } from './client'

/** The verbs that answer a page: `{ rows, total, … }` for an offset and a limit. */
export type PagedVerb = 'actions.page' | 'reflections.page'
export type PageFilters<K extends PagedVerb> = Omit<ApiInput<K>, 'offset' | 'limit'>
type RowOf<K extends PagedVerb> = ApiOutput<K> extends { rows: readonly (infer R)[] } ? R : never
type PageOf<K extends PagedVerb> = ApiOutput<K> & { rows: RowOf<K>[]; total: number }

export interface Pages<K extends PagedVerb> {
  rows: RowOf<K>[]
  total: number
  /** The last page read, for the figures a verb adds to its pages (the tracker's overdue count). */
  latest: PageOf<K>
  /** More rows match than are loaded. */
  more: boolean
  loadingMore: boolean
  /** The rows are the last filter's, shown while the new filter's first page loads. */
  stale: boolean
  /** Any page is loading (the next one, or every loaded page again after a change). */
  busy: boolean
  loadMore: () => void
}

export function usePages<K extends PagedVerb>(name: K, filters: PageFilters<K>, perPage: number) {
  const query = useInfiniteQuery({
    queryKey: [name, filters],
    queryFn: ({ pageParam }) =>
      call(name, { ...filters, offset: pageParam, limit: perPage } as ApiInput<K>) as Promise<
        PageOf<K>
      >,
    initialPageParam: 0,
    getNextPageParam: (last: PageOf<K>, pages: PageOf<K>[]) => {
      const next = pages.length * perPage
      return next < last.total ? next : undefined
    },
    placeholderData: keepPreviousData
  })
  const pages = query.data?.pages ?? []
  const last = pages.at(-1)
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query
  const value: Pages<K> | undefined = last
    ? {
        rows: pages.flatMap((page) => page.rows),
        total: last.total,
        latest: last,
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

/** What `useLoadNearEnd` reads of a list loaded a page at a time. */
export type LoadablePages = Pick<Pages<PagedVerb>, 'more' | 'busy' | 'stale' | 'loadMore'> & {
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
