// A modal dialog on the native <dialog> element: focus is trapped and Escape closes it.
import { useEffect, useId, useRef, type ReactNode } from 'react'

export function Modal(props: {
  title: string
  onClose: () => void
  children: ReactNode
  wide?: boolean
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  return (
    <dialog
      ref={ref}
      className={props.wide ? 'modal modal-wide' : 'modal'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        props.onClose()
      }}
    >
      <div className="modal-header">
        <h2 id={titleId}>{props.title}</h2>
        <button type="button" className="button-quiet" onClick={props.onClose} aria-label="Close">
          ×
        </button>
      </div>
      {props.children}
    </dialog>
  )
}
