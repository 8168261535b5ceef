// A site's quote bank, filterable by consent and by meeting.
import { useState } from 'react'
import { CONSENT, type Consent } from '../../../../domain/vocabulary'
import { useApiQuery } from '../../api/hooks'
import { Modal } from '../../components/Modal'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { useSiteData } from '../sites/SitePage'
import { QuoteForm } from './QuoteForm'
import { QuoteList } from './QuoteList'

export function QuoteBankPage() {
  const { site, programme } = useSiteData()
  const [consent, setConsent] = useState<Consent | ''>('')
  const [meetingId, setMeetingId] = useState('')
  const [adding, setAdding] = useState(false)
  const quotes = useApiQuery('quotes.list', {
    siteId: site.id,
    consent: consent || undefined,
    meetingId: meetingId || undefined
  })
  const meetings = useApiQuery('meetings.list', { siteId: site.id })
  return (
    <section aria-labelledby="quotes-heading">
      <div className="section-header">
        <h2 id="quotes-heading">Quote bank</h2>
        <button type="button" onClick={() => setAdding(true)}>
          Add a quote
        </button>
      </div>
      <div className="toolbar">
        <label className="filter">
          <span>Consent</span>
          <select value={consent} onChange={(e) => setConsent(e.target.value as Consent | '')}>
            <option value="">Any</option>
            {Object.entries(CONSENT).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>Meeting</span>
          <select value={meetingId} onChange={(e) => setMeetingId(e.target.value)}>
            <option value="">Any meeting</option>
            {(meetings.data ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {formatDate(m.heldOn)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <QueryState query={quotes}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">No quotes match.</p>
          ) : (
            <>
              <p className="muted" role="status">
                {list.length} {list.length === 1 ? 'quote' : 'quotes'}
              </p>
              <QuoteList quotes={list} siteId={site.id} programmeId={programme.id} showMeeting />
            </>
          )
        }
      </QueryState>
      {adding ? (
        <Modal title="Add a quote" onClose={() => setAdding(false)}>
          <QuoteForm
            siteId={site.id}
            programmeId={programme.id}
            onDone={() => setAdding(false)}
            onCancel={() => setAdding(false)}
          />
        </Modal>
      ) : null}
    </section>
  )
}
