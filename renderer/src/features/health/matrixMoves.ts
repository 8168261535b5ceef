// Moving a stakeholder on the matrix from the keyboard or by dragging: one dated move, focus kept
// on the stakeholder and the move announced.
import { useEffect, useRef, useState } from 'react'
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from '../../../../domain/vocabulary'
import { useApiMutation } from '../../api/hooks'

export function useMatrixMoves(placedOn: string) {
  const move = useApiMutation('stakeholders.move')
  const [announcement, setAnnouncement] = useState('')
  const [error, setError] = useState('')
  const focusTarget = useRef<{ id: string; group: string } | null>(null)

  // After the matrix reloads, the moved stakeholder's button is a new element in its new group:
  // focus it there once, and then leave focus alone.
  useEffect(() => {
    const target = focusTarget.current
    if (!target) return
    const button = document.querySelector<HTMLElement>(
      `[data-stakeholder-id="${target.id}"][data-group="${target.group}"]`
    )
    if (!button) return
    button.focus()
    focusTarget.current = null
  })

  const moveTo = (stakeholder: { id: string; name: string }, group: StakeholderGroup | 'off') => {
    focusTarget.current = group === 'off' ? null : { id: stakeholder.id, group }
    setError('')
    move.mutate(
      { id: stakeholder.id, group, placedOn },
      {
        onSuccess: () =>
          setAnnouncement(
            group === 'off'
              ? `${stakeholder.name} taken off the matrix`
              : `${stakeholder.name} moved to ${STAKEHOLDER_GROUPS[group]}`
          ),
        onError: (e) => setError(e.message)
      }
    )
  }
  return { moveTo, announcement, error, pending: move.isPending }
}
