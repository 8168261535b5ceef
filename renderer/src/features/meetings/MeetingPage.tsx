// One meeting as recorded: who came, what was worked on and decided, its actions and quotes.
import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { MEETING_KINDS } from '../../../../domain/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { useSiteData } from '../sites/SitePage'
import {
  ActionsRecord,
  AttendanceRecord,
  NotesRecord,
  QuotesRecord,
  type MeetingData
} from './MeetingRecordSections'
import { RateOutcomesButton } from './RateOutcomesGrid'

export function MeetingPage() {
  const meetingId = useParams().meetingId ?? ''
  const meeting = useApiQuery('meetings.get', { id: meetingId })
  return <QueryState query={meeting}>{(data) => <MeetingRecord data={data} />}</QueryState>
}

function MeetingRecord({ data }: { data: MeetingData }) {
  const { programme } = useSiteData()
  const { meeting, site } = data
  const navigate = useNavigate()
  const [deleting, setDeleting] = useState(false)
  const preview = useApiQuery('meetings.deletePreview', { id: meeting.id }, deleting)
  const remove = useApiMutation('meetings.delete')
  const base = `/programmes/${programme.id}/sites/${site.id}/meetings`

  return (
    <article aria-labelledby="meeting-heading">
      <div className="section-header">
        <div>
          <h2 id="meeting-heading">
            {MEETING_KINDS[meeting.kind]}, {formatDate(meeting.heldOn)}
          </h2>
          <p className="muted">
            {[
              meeting.startTime,
              `${meeting.durationMinutes} minutes`,
              meeting.venue,
              meeting.facilitator && `facilitated by ${meeting.facilitator}`
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <div className="header-actions">
          <Link className="button" to={`${base}/${meeting.id}/edit`}>
            Edit meeting
          </Link>
          <Link
            className="button"
            to={`/programmes/${programme.id}/reflections/new?site=${site.id}&meeting=${meeting.id}`}
          >
            Reflect on this meeting
          </Link>
          <Link
            className="button"
            to={`/programmes/${programme.id}/sites/${site.id}/tests/new?meeting=${meeting.id}`}
          >
            Start a test of change
          </Link>
          <RateOutcomesButton meetingId={meeting.id} siteId={site.id} heldOn={meeting.heldOn} />
          <button type="button" className="button-secondary" onClick={() => setDeleting(true)}>
            Delete meeting
          </button>
        </div>
      </div>
      {meeting.purpose ? <p className="description">{meeting.purpose}</p> : null}

      <AttendanceRecord data={data} />

      <NotesRecord data={data} />

      <ActionsRecord data={data} />

      <QuotesRecord data={data} />

      {deleting && preview.data ? (
        <ConfirmDialog
          title={`Delete the meeting of ${formatDate(meeting.heldOn)}?`}
          message={`This deletes the meeting record with its attendance (${preview.data.attendance}), focus areas (${preview.data.focusAreas}), decisions (${preview.data.decisions}), the ${preview.data.actions} actions agreed at it and its ${preview.data.quotes} quotes. This cannot be undone.`}
          confirmLabel="Delete meeting and its records"
          onConfirm={() => remove.mutateAsync({ id: meeting.id }).then(() => navigate(base))}
          onClose={() => setDeleting(false)}
        />
      ) : null}
    </article>
  )
}
