// Quotes shown as the reports will show them: the words and the speaker's role.
import { useState } from 'react'
import type { ApiOutput } from '../../../../api/contract'
import { CONSENT } from '../../../../domain/vocabulary'
import { useApiMutation } from '../../api/hooks'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Modal } from '../../components/Modal'
import { formatDate } from '../../lib/dates'
import { QuoteForm } from './QuoteForm'
import { roleInBrackets } from '../../../../domain/roleWords'

type Quote = ApiOutput<'quotes.list'>[number]

export function QuoteList(props: {
  quotes: Quote[]
  siteId: string
  programmeId: string
  showMeeting: boolean
}) {
  const [editing, setEditing] = useState<Quote | null>(null)
  const [removing, setRemoving] = useState<Quote | null>(null)
  const remove = useApiMutation('quotes.delete')
  return (
    <>
      {props.quotes.map((q) => (
        <figure key={q.id} className="quote">
          <blockquote>“{q.text}”</blockquote>
          <figcaption>
            {roleInBrackets(q.speakerRole)}
            {props.showMeeting && q.meetingHeldOn
              ? ` · meeting of ${formatDate(q.meetingHeldOn)}`
              : ''}
            <span className={q.consent === 'yes' ? 'badge badge-done' : 'badge'}>
              Consent: {CONSENT[q.consent]}
            </span>
            <span className="row-actions">
              <button type="button" className="button-link" onClick={() => setEditing(q)}>
                Edit<span className="visually-hidden"> quote “{q.text.slice(0, 40)}”</span>
              </button>
              <button type="button" className="button-link" onClick={() => setRemoving(q)}>
                Delete<span className="visually-hidden"> quote “{q.text.slice(0, 40)}”</span>
              </button>
            </span>
          </figcaption>
        </figure>
      ))}
      {editing ? (
        <Modal title="Edit quote" onClose={() => setEditing(null)}>
          <QuoteForm
            siteId={props.siteId}
            programmeId={props.programmeId}
            quote={editing}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        </Modal>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title="Delete this quote?"
          message={`“${removing.text}” ${roleInBrackets(removing.speakerRole)} will be deleted. This cannot be undone.`}
          confirmLabel="Delete quote"
          onConfirm={() => remove.mutateAsync({ id: removing.id })}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </>
  )
}
