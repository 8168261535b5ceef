// The line under a list loaded a page at a time: how many rows are shown of how many, and "Load
// more" for keyboard users; the next page also loads as this line comes within a screen of view.
import { useLoadNearEnd, type LoadablePages } from '../api/pages'
import { formatNumber } from '../lib/numbers'

export function LoadedSoFar(props: {
  pages: LoadablePages & { total: number; loadingMore: boolean }
  noun: string
}) {
  const { pages } = props
  const nearEnd = useLoadNearEnd<HTMLParagraphElement>(pages)
  return (
    <p ref={nearEnd} className="muted">
      Showing 1–{formatNumber(pages.rows.length)} of {formatNumber(pages.total)} {props.noun}
      {pages.more ? (
        <>
          ; more load as you scroll.{' '}
          <button
            type="button"
            className="button-link"
            disabled={pages.loadingMore}
            onClick={pages.loadMore}
          >
            {pages.loadingMore ? 'Loading more…' : 'Load more'}
          </button>
        </>
      ) : (
        '.'
      )}
    </p>
  )
}
