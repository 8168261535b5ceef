// Hash routes (a browser router breaks under file:// in Electron).
import { createHashRouter } from 'react-router'
import { HomePage } from '../features/welcome/HomePage'
import { ProgrammeLayout } from './ProgrammeLayout'
import { ProgrammeOverviewPage } from '../features/programmes/ProgrammeOverviewPage'
import { SiteLayout, SiteOverview } from '../features/sites/SitePage'
import { MeetingsPage } from '../features/meetings/MeetingsPage'
import { MeetingFormPage } from '../features/meetings/MeetingFormPage'
import { MeetingPage } from '../features/meetings/MeetingPage'
import { SiteEngagementPage } from '../features/engagement/SiteEngagementPage'
import { QuoteBankPage } from '../features/quotes/QuoteBankPage'
import { ActionTrackerPage } from '../features/actions/ActionTrackerPage'
import { DirectoryPage } from '../features/directory/DirectoryPage'
import { NotFoundPage } from './NotFoundPage'

export const router = createHashRouter([
  { path: '/', element: <HomePage /> },
  {
    path: '/programmes/:programmeId',
    element: <ProgrammeLayout />,
    children: [
      { index: true, element: <ProgrammeOverviewPage /> },
      {
        path: 'sites/:siteId',
        element: <SiteLayout />,
        children: [
          { index: true, element: <SiteOverview /> },
          { path: 'meetings', element: <MeetingsPage /> },
          { path: 'meetings/new', element: <MeetingFormPage /> },
          { path: 'meetings/:meetingId', element: <MeetingPage /> },
          { path: 'meetings/:meetingId/edit', element: <MeetingFormPage /> },
          { path: 'engagement', element: <SiteEngagementPage /> },
          { path: 'quotes', element: <QuoteBankPage /> }
        ]
      },
      { path: 'actions', element: <ActionTrackerPage /> },
      { path: 'directory', element: <DirectoryPage /> }
    ]
  },
  { path: '*', element: <NotFoundPage /> }
])
