// Engagement on the site page: attendance over time, organisations and sectors represented,
// each person's record, and how actions turned out. Each chart has a table alternative.
import { useId } from 'react'
import { useApiQuery } from '../../api/hooks'
import { QueryState } from '../../components/Status'
import { ActionsChart } from './ActionsChart'
import { AttendanceChart } from './AttendanceChart'
import {
  attendanceSeries,
  partnershipMeetings,
  personRecords,
  representationSeries,
  type Engagement
} from './engagementSeries'
import { PeopleRecord } from './PeopleRecord'
import { RepresentationChart } from './RepresentationChart'

export function EngagementPanel({ siteId, chartWidth }: { siteId: string; chartWidth?: number }) {
  const headingId = useId()
  const engagement = useApiQuery('sites.engagement', { siteId })
  return (
    <section aria-labelledby={headingId} className="panel engagement">
      <h2 id={headingId}>Engagement</h2>
      <QueryState query={engagement}>
        {(data) => <EngagementBody data={data} chartWidth={chartWidth} />}
      </QueryState>
    </section>
  )
}

function EngagementBody({ data, chartWidth }: { data: Engagement; chartWidth?: number }) {
  const meetings = partnershipMeetings(data.meetings)
  const others = data.meetings.length - meetings.length
  return (
    <>
      <p className="muted">
        Attendance counts partnership meetings only, so that debriefs and other small meetings do
        not distort the picture
        {others > 0
          ? ` (${others} other ${others === 1 ? 'meeting is' : 'meetings are'} left out)`
          : ''}
        .
      </p>
      {meetings.length === 0 ? (
        <p className="empty">No partnership meetings recorded yet.</p>
      ) : (
        <>
          <AttendanceChart series={attendanceSeries(data.meetings)} width={chartWidth} />
          <RepresentationChart series={representationSeries(data.meetings)} width={chartWidth} />
          <PeopleRecord records={personRecords(data.people)} width={chartWidth} />
        </>
      )}
      <ActionsChart counts={data.actions} today={data.today} width={chartWidth} />
    </>
  )
}
