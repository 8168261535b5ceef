// The sections of a recorded meeting's page: attendance, notes and decisions, actions, quotes.
import { useState } from 'react'
import type { ApiOutput } from '../../../../api/contract'
import { Modal } from '../../components/Modal'
import { ActionForm } from '../actions/ActionForm'
import { ActionTable } from '../actions/ActionTable'
import { QuoteForm } from '../quotes/QuoteForm'
import { QuoteList } from '../quotes/QuoteList'
import { useSiteData } from '../sites/SitePage'

export type MeetingData = ApiOutput<'meetings.get'>

export function AttendanceRecord({ data }: { data: MeetingData }) {
  const { meeting } = data
  const attended = data.attendance.filter((a) => a.status === 'attended')
  const apologies = data.attendance.filter((a) => a.status === 'apologies')
  const organisations = new Set(attended.map((a) => a.organisationName).filter(Boolean))
  return (
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
  )
}

export function NotesRecord({ data }: { data: MeetingData }) {
  const { meeting } = data
  return (
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
          <h3 id="notes-heading">Learning and notes</h3>
          {meeting.learning ? (
            <>
              <h4>What was learned</h4>
              <p className="prose">{meeting.learning}</p>
            </>
          ) : null}
          {meeting.notes ? (
            <>
              <h4>Notes</h4>
              <p className="prose">{meeting.notes}</p>
            </>
          ) : null}
          {meeting.methods.length > 0 ? (
            <>
              <h4>Methods</h4>
              <p>{meeting.methods.join(', ')}</p>
            </>
          ) : null}
          {meeting.checkOut || meeting.energy ? (
            <>
              <h4>Check-out</h4>
              <p>
                {meeting.checkOut}
                {meeting.energy
                  ? `${meeting.checkOut ? ' ' : ''}(energy ${meeting.energy} of 5)`
                  : ''}
              </p>
            </>
          ) : null}
          {!meeting.learning &&
          !meeting.notes &&
          meeting.methods.length === 0 &&
          !meeting.checkOut &&
          !meeting.energy ? (
            <p className="empty">None recorded.</p>
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
  )
}

export function ActionsRecord({ data }: { data: MeetingData }) {
  const { programme } = useSiteData()
  const { meeting, site } = data
  const [addingAction, setAddingAction] = useState(false)
  return (
    <>
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
    </>
  )
}

export function QuotesRecord({ data }: { data: MeetingData }) {
  const { programme } = useSiteData()
  const { meeting, site } = data
  const [addingQuote, setAddingQuote] = useState(false)
  return (
    <>
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
    </>
  )
}
