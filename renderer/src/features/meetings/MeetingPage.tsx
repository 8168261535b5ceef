// One meeting as recorded: who came, what was worked on and decided, its actions and quotes.
import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { MEETING_KINDS } from '../../../../domain/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Modal } from '../../components/Modal'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { ActionForm } from '../actions/ActionForm'
import { ActionTable } from '../actions/ActionTable'
import { QuoteForm } from '../quotes/QuoteForm'
import { QuoteList } from '../quotes/QuoteList'
import { useSiteData } from '../sites/SitePage'
import { RateOutcomesButton } from './RateOutcomesGrid'

export function MeetingPage() {
  const meetingId = useParams().meetingId ?? ''
  const meeting = useApiQuery('meetings.get', { id: meetingId })
  return <QueryState query={meeting}>{(data) => <MeetingRecord data={data} />}</QueryState>
}

function MeetingRecord({
  data
}: {
  data: NonNullable<ReturnType<typeof useApiQuery<'meetings.get'>>['data']>
}) {
  const { programme } = useSiteData()
  const { meeting, site } = data
  const navigate = useNavigate()
  const [deleting, setDeleting] = useState(false)
  const [addingAction, setAddingAction] = useState(false)
  const [addingQuote, setAddingQuote] = useState(false)
  const preview = useApiQuery('meetings.deletePreview', { id: meeting.id }, deleting)
  const remove = useApiMutation('meetings.delete')
  const base = `/programmes/${programme.id}/sites/${site.id}/meetings`
  const attended = data.attendance.filter((a) => a.status === 'attended')
  const apologies = data.attendance.filter((a) => a.status === 'apologies')
  const organisations = new Set(attended.map((a) => a.organisationName).filter(Boolean))

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

      <section className="panel" aria-labelledby="attendance-heading">
        <h3 id="attendance-heading">
          Attendance: {attended.length} named
          {meeting.unnamedAttendees ? ` and ${meeting.unnamedAttendees} not named` : ''}, from{' '}
          {organisations.size} {organisations.size === 1 ? 'organisation' : 'organisations'}
        </h3>
        <p>{attended.map((a) => `${a.name} (${a.role})`).join(', ') || 'Nobody recorded.'}</p>
        {apologies.length > 0 ? (
          <p className="muted">Apologies: {apologies.map((a) => a.name).join(', ')}</p>
        ) : null}
      </section>

      <div className="two-columns">
        <div>
          <section className="panel" aria-labelledby="focus-heading">
            <h3 id="focus-heading">Focus areas</h3>
            {data.focusAreas.length === 0 ? <p className="empty">None recorded.</p> : null}
            {data.focusAreas.map((f) => (
              <div key={f.id}>
                <h4>{f.title}</h4>
                <p className="prose">{f.notes}</p>
              </div>
            ))}
          </section>
          <section className="panel" aria-labelledby="notes-heading">
            <h3 id="notes-heading">Notes</h3>
            {meeting.learning ? (
              <>
                <h4>What was learned</h4>
                <p className="prose">{meeting.learning}</p>
              </>
            ) : null}
            {meeting.notes ? <p className="prose">{meeting.notes}</p> : null}
            {meeting.methods.length > 0 ? <p>Methods: {meeting.methods.join(', ')}</p> : null}
            {meeting.checkOut || meeting.energy ? (
              <p>
                Check-out: {meeting.checkOut}
                {meeting.energy ? ` (energy ${meeting.energy} of 5)` : ''}
              </p>
            ) : null}
          </section>
        </div>
        <section className="panel" aria-labelledby="decisions-heading">
          <h3 id="decisions-heading">Decisions</h3>
          {data.decisions.length === 0 ? (
            <p className="empty">None recorded.</p>
          ) : (
            <ol>
              {data.decisions.map((d) => (
                <li key={d.id}>{d.text}</li>
              ))}
            </ol>
          )}
        </section>
      </div>

      <section className="panel" aria-labelledby="actions-heading">
        <div className="section-header">
          <h3 id="actions-heading">Actions agreed</h3>
          <button type="button" className="button-secondary" onClick={() => setAddingAction(true)}>
            Add an action
          </button>
        </div>
        {data.actions.length === 0 ? (
          <p className="empty">No actions agreed at this meeting.</p>
        ) : (
          <ActionTable
            actions={data.actions}
            programmeId={programme.id}
            showSite={false}
            caption="Actions agreed at this meeting"
          />
        )}
      </section>

      <section className="panel" aria-labelledby="quotes-heading">
        <div className="section-header">
          <h3 id="quotes-heading">Quotes</h3>
          <button type="button" className="button-secondary" onClick={() => setAddingQuote(true)}>
            Add a quote
          </button>
        </div>
        {data.quotes.length === 0 ? <p className="empty">No quotes from this meeting.</p> : null}
        <QuoteList
          quotes={data.quotes}
          siteId={site.id}
          programmeId={programme.id}
          showMeeting={false}
        />
      </section>

      {addingAction ? (
        <Modal title="Add an action" onClose={() => setAddingAction(false)}>
          <ActionForm
            programmeId={programme.id}
            siteId={site.id}
            meeting={{ id: meeting.id, heldOn: meeting.heldOn }}
            onDone={() => setAddingAction(false)}
            onCancel={() => setAddingAction(false)}
          />
        </Modal>
      ) : null}
      {addingQuote ? (
        <Modal title="Add a quote" onClose={() => setAddingQuote(false)}>
          <QuoteForm
            siteId={site.id}
            programmeId={programme.id}
            meetingId={meeting.id}
            onDone={() => setAddingQuote(false)}
            onCancel={() => setAddingQuote(false)}
          />
        </Modal>
      ) : null}
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
