// The buttons at the head of an archivable record's page: edit it, and archive or restore it,
// each naming the record's kind ("Edit site", "Restore measure"). Page-specific buttons go first.
import type { ReactNode } from 'react'

export function HeaderActions(props: {
  noun: string
  archived: boolean
  onEdit: () => void
  onArchive: () => void
  onRestore: () => void
  children?: ReactNode
}) {
  return (
    <div className="header-actions">
      {props.children}
      <button type="button" className="button-secondary" onClick={props.onEdit}>
        Edit {props.noun}
      </button>
      {props.archived ? (
        <button type="button" className="button-secondary" onClick={props.onRestore}>
          Restore {props.noun}
        </button>
      ) : (
        <button type="button" className="button-secondary" onClick={props.onArchive}>
          Archive {props.noun}
        </button>
      )}
    </div>
  )
}
