// Screens load on their first visit, one chunk each (charts come with the screens that draw
// them), so the app's first load stays small. The hash router is unchanged.
import { lazy, Suspense, type ComponentType, type ReactElement } from 'react'

/** Where the screen sits: a whole page of its own, or inside a layout that already has <main>. */
type Frame = 'page' | 'inside'

function Loading(props: { frame: Frame }) {
  const status = (
    <p className="muted" role="status">
      Loading…
    </p>
  )
  return props.frame === 'page' ? (
    <main id="main" className="page">
      {status}
    </main>
  ) : (
    status
  )
}

/** A route element that loads the named screen from its module when first shown. */
export function lazyPage<M>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
  frame: Frame = 'page'
): ReactElement {
  const Screen = lazy(() => load().then((module) => ({ default: pick(module) })))
  return (
    <Suspense fallback={<Loading frame={frame} />}>
      <Screen />
    </Suspense>
  )
}
