// Hash routes (a browser router breaks under file:// in Electron).
import { createHashRouter } from 'react-router'
import { HomePage } from '../features/welcome/HomePage'
import { ProgrammeLayout } from './ProgrammeLayout'
import { ProgrammeOverviewPage } from '../features/programmes/ProgrammeOverviewPage'
import { SitePage } from '../features/sites/SitePage'
import { DirectoryPage } from '../features/directory/DirectoryPage'
import { NotFoundPage } from './NotFoundPage'

export const router = createHashRouter([
  { path: '/', element: <HomePage /> },
  {
    path: '/programmes/:programmeId',
    element: <ProgrammeLayout />,
    children: [
      { index: true, element: <ProgrammeOverviewPage /> },
      { path: 'sites/:siteId', element: <SitePage /> },
      { path: 'directory', element: <DirectoryPage /> }
    ]
  },
  { path: '*', element: <NotFoundPage /> }
])
