// Hash routes (a browser router breaks under file:// in Electron). Every screen loads on its first
// visit (lazyPage) but the home page and search: Enter in the top bar's box swaps it for the search
// page's own, and a screen still loading would drop the letters typed in between.
import { createHashRouter } from 'react-router'
import { SearchPage } from '../features/search/SearchPage'
import { HomePage } from '../features/welcome/HomePage'
import { lazyPage } from './lazyPage'
import { ProgrammeLayout } from './ProgrammeLayout'
import { NotFoundPage } from './NotFoundPage'

const programmeOverviewPage = lazyPage(
  () => import('../features/programmes/ProgrammeOverviewPage'),
  (m) => m.ProgrammeOverviewPage
)
const dashboardPage = lazyPage(
  () => import('../features/dashboard/DashboardPage'),
  (m) => m.DashboardPage
)
const siteLayout = lazyPage(
  () => import('../features/sites/SitePage'),
  (m) => m.SiteLayout
)
const siteOverview = lazyPage(
  () => import('../features/sites/SitePage'),
  (m) => m.SiteOverview,
  'inside'
)
const meetingsPage = lazyPage(
  () => import('../features/meetings/MeetingsPage'),
  (m) => m.MeetingsPage,
  'inside'
)
const meetingFormPage = lazyPage(
  () => import('../features/meetings/MeetingFormPage'),
  (m) => m.MeetingFormPage,
  'inside'
)
const meetingPage = lazyPage(
  () => import('../features/meetings/MeetingPage'),
  (m) => m.MeetingPage,
  'inside'
)
const siteEngagementPage = lazyPage(
  () => import('../features/engagement/SiteEngagementPage'),
  (m) => m.SiteEngagementPage,
  'inside'
)
const quoteBankPage = lazyPage(
  () => import('../features/quotes/QuoteBankPage'),
  (m) => m.QuoteBankPage,
  'inside'
)
const measuresPage = lazyPage(
  () => import('../features/measures/MeasuresPage'),
  (m) => m.MeasuresPage,
  'inside'
)
const measurePage = lazyPage(
  () => import('../features/measures/MeasurePage'),
  (m) => m.MeasurePage,
  'inside'
)
const outcomesPage = lazyPage(
  () => import('../features/outcomes/OutcomesPage'),
  (m) => m.OutcomesPage,
  'inside'
)
const outcomeDetailPage = lazyPage(
  () => import('../features/outcomes/OutcomeDetailPage'),
  (m) => m.OutcomeDetailPage,
  'inside'
)
const actionTrackerPage = lazyPage(
  () => import('../features/actions/ActionTrackerPage'),
  (m) => m.ActionTrackerPage
)
const reflectionLogPage = lazyPage(
  () => import('../features/reflections/ReflectionLogPage'),
  (m) => m.ReflectionLogPage
)
const reflectionEditorPage = lazyPage(
  () => import('../features/reflections/ReflectionEditorPage'),
  (m) => m.ReflectionEditorPage
)
const cyclePage = lazyPage(
  () => import('../features/reflections/CyclePage'),
  (m) => m.CyclePage
)
const directoryPage = lazyPage(
  () => import('../features/directory/DirectoryPage'),
  (m) => m.DirectoryPage
)
const themesPage = lazyPage(
  () => import('../features/themes/ThemesPage'),
  (m) => m.ThemesPage
)
const reviewAreaPage = lazyPage(
  () => import('../features/review/ReviewAreaPage'),
  (m) => m.ReviewAreaPage
)
const reviewPackPage = lazyPage(
  () => import('../features/review/ReviewPackPage'),
  (m) => m.ReviewPackPage
)
const programmeReviewPage = lazyPage(
  () => import('../features/review/ProgrammeReviewPage'),
  (m) => m.ProgrammeReviewPage
)
const siteTestsPage = lazyPage(
  () => import('../features/testsOfChange/SiteTestsPage'),
  (m) => m.SiteTestsPage,
  'inside'
)
const testFormPage = lazyPage(
  () => import('../features/testsOfChange/TestFormPage'),
  (m) => m.TestFormPage,
  'inside'
)
const testPage = lazyPage(
  () => import('../features/testsOfChange/TestPage'),
  (m) => m.TestPage,
  'inside'
)
const programmeChangesPage = lazyPage(
  () => import('../features/testsOfChange/ProgrammeChangesPage'),
  (m) => m.ProgrammeChangesPage
)
const changeIdeaPage = lazyPage(
  () => import('../features/changeIdeas/ChangeIdeaPage'),
  (m) => m.ChangeIdeaPage
)
const programmeReportsPage = lazyPage(
  () => import('../features/reports/ProgrammeReportsPage'),
  (m) => m.ProgrammeReportsPage
)
const reportEditorPage = lazyPage(
  () => import('../features/reports/ReportEditorPage'),
  (m) => m.ReportEditorPage
)
const siteHealthPage = lazyPage(
  () => import('../features/health/SiteHealthPage'),
  (m) => m.SiteHealthPage,
  'inside'
)
const siteReportsPage = lazyPage(
  () => import('../features/reports/SiteReportsPage'),
  (m) => m.SiteReportsPage,
  'inside'
)
const printReportPage = lazyPage(
  () => import('../features/reports/PrintReportPage'),
  (m) => m.PrintReportPage
)

export const router = createHashRouter([
  { path: '/', element: <HomePage /> },
  { path: '/review', element: reviewAreaPage },
  { path: '/print/reports/:reportId', element: printReportPage },
  { path: '/review/:packId', element: reviewPackPage },
  {
    path: '/programmes/:programmeId',
    element: <ProgrammeLayout />,
    children: [
      { index: true, element: dashboardPage },
      { path: 'sites', element: programmeOverviewPage },
      {
        path: 'sites/:siteId',
        element: siteLayout,
        children: [
          { index: true, element: siteOverview },
          { path: 'meetings', element: meetingsPage },
          { path: 'meetings/new', element: meetingFormPage },
          { path: 'meetings/:meetingId', element: meetingPage },
          { path: 'meetings/:meetingId/edit', element: meetingFormPage },
          { path: 'engagement', element: siteEngagementPage },
          { path: 'quotes', element: quoteBankPage },
          { path: 'tests', element: siteTestsPage },
          { path: 'tests/new', element: testFormPage },
          { path: 'tests/:testId', element: testPage },
          { path: 'tests/:testId/edit', element: testFormPage },
          { path: 'outcomes', element: outcomesPage },
          { path: 'outcomes/:outcomeId', element: outcomeDetailPage },
          { path: 'measures', element: measuresPage },
          { path: 'measures/:measureId', element: measurePage },
          { path: 'health', element: siteHealthPage },
          { path: 'reports', element: siteReportsPage }
        ]
      },
      { path: 'actions', element: actionTrackerPage },
      { path: 'changes', element: programmeChangesPage },
      { path: 'changes/ideas/:ideaId', element: changeIdeaPage },
      { path: 'reflections', element: reflectionLogPage },
      { path: 'reflections/new', element: reflectionEditorPage },
      { path: 'reflections/:cycleId', element: cyclePage },
      { path: 'reflections/:cycleId/edit', element: reflectionEditorPage },
      { path: 'themes', element: themesPage },
      { path: 'directory', element: directoryPage },
      { path: 'review', element: programmeReviewPage },
      { path: 'reports', element: programmeReportsPage },
      { path: 'reports/:reportId', element: reportEditorPage },
      { path: 'search', element: <SearchPage /> }
    ]
  },
  { path: '*', element: <NotFoundPage /> }
])
