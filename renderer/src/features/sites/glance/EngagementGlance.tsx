// Engagement in brief: attendance at each partnership meeting and how the site's actions turned
// out, drawn by the engagement tab's own charts.
import { ActionsChart } from '../../engagement/ActionsChart'
import { AttendanceChart } from '../../engagement/AttendanceChart'
import type { ChartSize } from '../../engagement/ChartArea'
import { GlanceBlock } from './GlanceBlock'
import { glanceAttendance, type Glance } from './glanceSeries'

export function EngagementGlance({
  data,
  siteRoute,
  width
}: { data: Glance; siteRoute: string } & ChartSize) {
  return (
    <GlanceBlock
      title="Engagement"
      detail={{ to: `${siteRoute}/engagement`, label: 'Who comes and how often' }}
    >
      {data.attendance.length === 0 ? (
        <p className="empty">No partnership meetings recorded yet.</p>
      ) : (
        <AttendanceChart series={glanceAttendance(data.attendance)} width={width} />
      )}
      <ActionsChart counts={data.actions} today={data.today} width={width} />
    </GlanceBlock>
  )
}
