// A modal dialog on the native <dialog> element: focus is trapped, starts on the first field and
// goes back to the control that opened it; Escape or × on a dialog with typed changes asks first.
import './modal.css'
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

const FIELDS = 'input:not([type="hidden"]):not([tabindex="-1"]), select, textarea'

export function Modal(props: {
  title: string
  onClose: () => void
  children: ReactNode
  wide?: boolean
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const body = useRef<HTMLDivElement>(null)
  const changed = useRef(false)
  const [asking, setAsking] = useState(false)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (dialog && !dialog.open) dialog.showModal()
    // showModal focuses the first focusable element, the × in the header; the first field is
    // where a person starts typing. A dialog that loads its form first gets it when it appears,
    // unless the person has moved on by then.
    const focusFirstField = () => {
      const field = body.current?.querySelector<HTMLElement>(FIELDS)
      field?.focus()
      return !!field
    }
    let observer: MutationObserver | undefined
    if (!focusFirstField() && body.current) {
      const watching = new MutationObserver(() => {
        const active = document.activeElement
        const untouched = active === dialog || !!active?.closest('.modal-header')
        if (!untouched || focusFirstField()) watching.disconnect()
      })
      watching.observe(body.current, { childList: true, subtree: true })
      observer = watching
    }
    return () => {
      observer?.disconnect()
      dialog?.close()
      if (opener?.isConnected) opener.focus()
    }
  }, [])
  const close = () => {
    if (changed.current) setAsking(true)
    else props.onClose()
  }
  return (
    <dialog
      ref={ref}
      className={props.wide ? 'modal modal-wide' : 'modal'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        close()
      }}
    >
      <div className="modal-header">
        <h2 id={titleId}>{props.title}</h2>
        <button type="button" className="button-quiet" onClick={close} aria-label="Close">
          ×
        </button>
      </div>
      {asking ? (
        <DiscardQuestion
          onDiscard={props.onClose}
          onKeep={() => {
            setAsking(false)
            body.current?.querySelector<HTMLElement>(FIELDS)?.focus()
          }}
        />
      ) : null}
      <div
        ref={body}
        onInput={() => {
          changed.current = true
        }}
        onChange={() => {
          changed.current = true
        }}
      >
        {props.children}
      </div>
    </dialog>
  )
}

function DiscardQuestion(props: { onDiscard: () => void; onKeep: () => void }) {
  const keep = useRef<HTMLButtonElement>(null)
  useEffect(() => keep.current?.focus(), [])
  return (
    <div className="modal-discard" role="alertdialog" aria-label="Discard changes?">
      <p>You have typed changes that are not saved. Close and lose them?</p>
      <div className="form-actions">
        <button type="button" className="button-danger" onClick={props.onDiscard}>
          Discard changes
        </button>
        <button ref={keep} type="button" className="button-secondary" onClick={props.onKeep}>
          Keep editing
        </button>
      </div>
    </div>
  )
}
