// Hash routes (a browser router breaks under file:// in Electron).
import { createHashRouter } from 'react-router'
import { HomePage } from '../features/welcome/HomePage'
import { ProgrammeLayout } from './ProgrammeLayout'
import { ProgrammeOverviewPage } from '../features/programmes/ProgrammeOverviewPage'
import { DashboardPage } from '../features/dashboard/DashboardPage'
import { SiteLayout, SiteOverview } from '../features/sites/SitePage'
import { MeetingsPage } from '../features/meetings/MeetingsPage'
import { MeetingFormPage } from '../features/meetings/MeetingFormPage'
import { MeetingPage } from '../features/meetings/MeetingPage'
import { SiteEngagementPage } from '../features/engagement/SiteEngagementPage'
import { QuoteBankPage } from '../features/quotes/QuoteBankPage'
import { MeasuresPage } from '../features/measures/MeasuresPage'
import { MeasurePage } from '../features/measures/MeasurePage'
import { OutcomesPage } from '../features/outcomes/OutcomesPage'
import { OutcomeDetailPage } from '../features/outcomes/OutcomeDetailPage'
import { ActionTrackerPage } from '../features/actions/ActionTrackerPage'
import { ReflectionLogPage } from '../features/reflections/ReflectionLogPage'
import { ReflectionEditorPage } from '../features/reflections/ReflectionEditorPage'
import { CyclePage } from '../features/reflections/CyclePage'
import { DirectoryPage } from '../features/directory/DirectoryPage'
import { ThemesPage } from '../features/themes/ThemesPage'
import { SearchPage } from '../features/search/SearchPage'
import { ReviewAreaPage } from '../features/review/ReviewAreaPage'
import { ReviewPackPage } from '../features/review/ReviewPackPage'
import { ProgrammeReviewPage } from '../features/review/ProgrammeReviewPage'
import { SiteTestsPage } from '../features/testsOfChange/SiteTestsPage'
import { TestFormPage } from '../features/testsOfChange/TestFormPage'
import { TestPage } from '../features/testsOfChange/TestPage'
import { ProgrammeChangesPage } from '../features/testsOfChange/ProgrammeChangesPage'
import { ChangeIdeaPage } from '../features/changeIdeas/ChangeIdeaPage'
import { ProgrammeReportsPage } from '../features/reports/ProgrammeReportsPage'
import { ReportEditorPage } from '../features/reports/ReportEditorPage'
import { SiteReportsPage } from '../features/reports/SiteReportsPage'
import { PrintReportPage } from '../features/reports/PrintReportPage'
import { NotFoundPage } from './NotFoundPage'

export const router = createHashRouter([
  { path: '/', element: <HomePage /> },
  { path: '/review', element: <ReviewAreaPage /> },
  { path: '/print/reports/:reportId', element: <PrintReportPage /> },
  { path: '/review/:packId', element: <ReviewPackPage /> },
  {
    path: '/programmes/:programmeId',
    element: <ProgrammeLayout />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'sites', element: <ProgrammeOverviewPage /> },
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
          { path: 'quotes', element: <QuoteBankPage /> },
          { path: 'tests', element: <SiteTestsPage /> },
          { path: 'tests/new', element: <TestFormPage /> },
          { path: 'tests/:testId', element: <TestPage /> },
          { path: 'tests/:testId/edit', element: <TestFormPage /> },
          { path: 'outcomes', element: <OutcomesPage /> },
          { path: 'outcomes/:outcomeId', element: <OutcomeDetailPage /> },
          { path: 'measures', element: <MeasuresPage /> },
          { path: 'measures/:measureId', element: <MeasurePage /> },
          { path: 'reports', element: <SiteReportsPage /> }
        ]
      },
      { path: 'actions', element: <ActionTrackerPage /> },
      { path: 'changes', element: <ProgrammeChangesPage /> },
      { path: 'changes/ideas/:ideaId', element: <ChangeIdeaPage /> },
      { path: 'reflections', element: <ReflectionLogPage /> },
      { path: 'reflections/new', element: <ReflectionEditorPage /> },
      { path: 'reflections/:cycleId', element: <CyclePage /> },
      { path: 'reflections/:cycleId/edit', element: <ReflectionEditorPage /> },
      { path: 'themes', element: <ThemesPage /> },
      { path: 'directory', element: <DirectoryPage /> },
      { path: 'review', element: <ProgrammeReviewPage /> },
      { path: 'reports', element: <ProgrammeReportsPage /> },
      { path: 'reports/:reportId', element: <ReportEditorPage /> },
      { path: 'search', element: <SearchPage /> }
    ]
  },
  { path: '*', element: <NotFoundPage /> }
])
