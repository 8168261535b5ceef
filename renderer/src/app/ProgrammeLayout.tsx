// The frame around every programme page.
import { Outlet, useParams } from 'react-router'
import { useApiQuery } from '../api/hooks'
import { UndoMarkDone } from '../features/actions/MarkDone'
import { TopBar } from './TopBar'

export function ProgrammeLayout() {
  const programmeId = useParams().programmeId ?? ''
  const programme = useApiQuery('programmes.get', { id: programmeId })
  return (
    <div className="shell">
      <TopBar programme={{ id: programmeId, name: programme.data?.name ?? '' }} />
      <Outlet />
      <UndoMarkDone />
    </div>
  )
}
