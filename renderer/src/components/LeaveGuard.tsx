// Asks before leaving a form with changes: inside the app (the router's blocker) and when the
// window is closed or reloaded (beforeunload). Saving calls allowLeave() first.
import { useEffect, useRef } from 'react'
import { useBlocker } from 'react-router'
import { Modal } from './Modal'

export function useLeaveGuard(changed: boolean, draftKept = false) {
  const allowed = useRef(false)
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      changed &&
      !allowed.current &&
      (currentLocation.pathname !== nextLocation.pathname ||
        currentLocation.search !== nextLocation.search)
  )
  useEffect(() => {
    if (!changed) return
    const warn = (event: BeforeUnloadEvent) => {
      if (allowed.current) return
      event.preventDefault()
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [changed])

  const prompt =
    blocker.state === 'blocked' ? (
      <Modal title="Leave without saving?" onClose={() => blocker.reset()}>
        <p>
          {draftKept
            ? 'This form has changes that are not saved. A draft is kept on this computer and offered when you open the form again.'
            : 'This form has changes that are not saved. They will be lost if you leave.'}
        </p>
        <div className="form-actions">
          <button type="button" className="button-danger" onClick={() => blocker.proceed()}>
            Leave this form
          </button>
          <button type="button" className="button-secondary" onClick={() => blocker.reset()}>
            Stay and keep editing
          </button>
        </div>
      </Modal>
    ) : null

  return {
    prompt,
    /** Lets the next navigation through: the form has been saved or deliberately cancelled. */
    allowLeave: () => {
      allowed.current = true
    }
  }
}
