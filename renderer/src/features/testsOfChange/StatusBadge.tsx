// A test's stage as a badge (text, never colour alone), and the short names the lists use.
import './testsOfChange.css'
import { TEST_STATUS_LABELS, type TestStatus } from '../../../../domain/lifecycle'
import type { TestKind } from '../../../../api/schemas/testsOfChange'
import { FUNNEL_LABELS } from './funnelSeries'

export const KIND_SHORT: Record<TestKind, string> = {
  quick_win: 'Quick win',
  adaptive: 'Adaptive challenge'
}

export function StatusBadge(props: { status: TestStatus; short?: boolean }) {
  return (
    <span className={`toc-status toc-status-${props.status}`}>
      {props.short ? FUNNEL_LABELS[props.status] : TEST_STATUS_LABELS[props.status]}
    </span>
  )
}
