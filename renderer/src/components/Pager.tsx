// Long lists of cards shown a page at a time, with controls that say where you are
// ("Showing 25–48 of 500 sites"), so a screen holds a bounded number of elements.
import { formatNumber } from '../lib/numbers'
import { useState } from 'react'
import './pager.css'

export interface Paged<T> {
  shown: T[]
  /** 0-based index of the first shown item. */
  from: number
  page: number
  pages: number
  setPage: (page: number) => void
}

/** The page of `items` to show; a list that shrinks (a filter) keeps a page that exists. */
export function usePaged<T>(items: readonly T[], size: number): Paged<T> {
  const [asked, setPage] = useState(0)
  const pages = Math.max(1, Math.ceil(items.length / size))
  const page = Math.min(asked, pages - 1)
  const from = page * size
  return { shown: items.slice(from, from + size), from, page, pages, setPage }
}

export function Pager<T>(props: { paged: Paged<T>; total: number; noun: string; label: string }) {
  const { paged, total } = props
  if (paged.pages <= 1) return null
  const to = paged.from + paged.shown.length
  return (
    <nav className="pager" aria-label={props.label}>
      <button
        type="button"
        className="button-secondary"
        disabled={paged.page === 0}
        onClick={() => paged.setPage(paged.page - 1)}
      >
        Previous
      </button>
      <p className="pager-where" aria-live="polite">
        Showing {formatNumber(paged.from + 1)}–{formatNumber(to)} of {formatNumber(total)}{' '}
        {props.noun}
        <span className="muted">
          {' '}
          (page {paged.page + 1} of {paged.pages})
        </span>
      </p>
      <button
        type="button"
        className="button-secondary"
        disabled={paged.page === paged.pages - 1}
        onClick={() => paged.setPage(paged.page + 1)}
      >
        Next
      </button>
    </nav>
  )
}
