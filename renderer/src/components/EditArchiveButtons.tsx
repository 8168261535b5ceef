// The row buttons every archivable record shares: edit, and archive or restore, each naming the
// record for screen readers.
export function EditArchiveButtons(props: {
  name: string
  archived: boolean
  onEdit: () => void
  onArchive: () => void
  onRestore: () => void
}) {
  return (
    <>
      <button type="button" className="button-link" onClick={props.onEdit}>
        Edit<span className="visually-hidden"> {props.name}</span>
      </button>
      {props.archived ? (
        <button type="button" className="button-link" onClick={props.onRestore}>
          Restore<span className="visually-hidden"> {props.name}</span>
        </button>
      ) : (
        <button type="button" className="button-link" onClick={props.onArchive}>
          Archive<span className="visually-hidden"> {props.name}</span>
        </button>
      )}
    </>
  )
}
