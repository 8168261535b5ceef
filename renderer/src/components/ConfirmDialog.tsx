// Asks before anything destructive, saying exactly what will happen.
import { useState } from 'react'
import { Modal } from './Modal'

export function ConfirmDialog(props: {
  title: string
  message: string
  confirmLabel: string
  onConfirm: () => Promise<unknown>
  onClose: () => void
}) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  return (
    <Modal title={props.title} onClose={props.onClose}>
      <p>{props.message}</p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          className="button-danger"
          disabled={busy}
          onClick={() => {
            setBusy(true)
            props
              .onConfirm()
              .then(props.onClose)
              .catch((e: Error) => {
                setError(e.message)
                setBusy(false)
              })
          }}
        >
          {props.confirmLabel}
        </button>
        <button type="button" className="button-secondary" onClick={props.onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  )
}
