// Every theme the programme can tag with and how many cycles use each: the two built-in sets (fixed)
// and the consultants' own codes, which can be added, renamed, merged and archived.
import { useId, useState } from 'react'
import { THEME_SETS, type ThemeSet } from '../../../../domain/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { QueryState } from '../../components/Status'
import { CodeForm, MergeDialog, RenameDialog, type ThemeItem } from './ThemeCodeDialogs'

type Open = { kind: 'rename' | 'merge'; theme: ThemeItem } | null

export function ThemeCodes({ programmeId }: { programmeId: string }) {
  const headingId = useId()
  const themes = useApiQuery('themes.list', { programmeId, includeArchived: true })
  const archive = useApiMutation('themes.archive')
  const [open, setOpen] = useState<Open>(null)
  const [added, setAdded] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const setArchived = (theme: ThemeItem, archived: boolean) => {
    setError(null)
    archive.mutateAsync({ id: theme.id, archived }).catch((e: Error) => setError(e.message))
  }
  return (
    <section aria-labelledby={headingId} className="panel themes-section">
      <h2 id={headingId}>Themes and own codes</h2>
      <p className="muted">
        The two built-in sets are fixed. Add your own codes, rename them, merge one into another
        theme, or archive those you no longer use (their tags stay and still count above).
      </p>
      <div className="theme-code-add">
        <h3>Add an own code</h3>
        <CodeForm programmeId={programmeId} onDone={setAdded} />
        {added ? (
          <p role="status" className="muted">
            Added “{added}”.
          </p>
        ) : null}
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <QueryState query={themes}>
        {(list) => <ThemeCodesTable list={list} onOpen={setOpen} onArchive={setArchived} />}
      </QueryState>
      {open?.kind === 'rename' ? (
        <RenameDialog programmeId={programmeId} theme={open.theme} onClose={() => setOpen(null)} />
      ) : null}
      {open?.kind === 'merge' ? (
        <MergeDialog theme={open.theme} themes={themes.data ?? []} onClose={() => setOpen(null)} />
      ) : null}
    </section>
  )
}

function ThemeCodesTable({
  list,
  onOpen,
  onArchive
}: {
  list: ThemeItem[]
  onOpen: (open: Open) => void
  onArchive: (theme: ThemeItem, archived: boolean) => void
}) {
  return (
    <table className="table theme-codes">
      <caption>Themes and how many cycles are tagged with each</caption>
      <thead>
        <tr>
          <th scope="col">Theme</th>
          <th scope="col">Description</th>
          <th scope="col">Used in</th>
          <th scope="col">Changes</th>
        </tr>
      </thead>
      {(Object.keys(THEME_SETS) as ThemeSet[]).map((set) => {
        const rows = list.filter((t) => t.themeSet === set)
        return (
          <tbody key={set}>
            <tr>
              <th scope="colgroup" colSpan={4} className="heatmap-group">
                {THEME_SETS[set]}
              </th>
            </tr>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={4} className="empty">
                  No own codes yet.
                </td>
              </tr>
            ) : null}
            {rows.map((t) => (
              <tr key={t.id} className={t.archivedAt ? 'archived' : undefined}>
                <th scope="row">
                  {t.name}
                  {t.archivedAt ? <span className="muted"> (archived)</span> : null}
                </th>
                <td>{t.description}</td>
                <td>
                  {t.uses} {t.uses === 1 ? 'cycle' : 'cycles'}
                </td>
                <td>
                  {t.programmeId ? (
                    <OwnCodeChanges theme={t} onOpen={onOpen} onArchive={onArchive} />
                  ) : (
                    <span className="muted">Built in</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        )
      })}
    </table>
  )
}

/** An own code can be renamed, merged into another theme, archived or restored. */
function OwnCodeChanges({
  theme: t,
  onOpen,
  onArchive
}: {
  theme: ThemeItem
  onOpen: (open: Open) => void
  onArchive: (theme: ThemeItem, archived: boolean) => void
}) {
  return (
    <div className="row-actions">
      <button
        type="button"
        className="button-secondary"
        aria-label={`Rename “${t.name}”`}
        onClick={() => onOpen({ kind: 'rename', theme: t })}
      >
        Rename
      </button>
      <button
        type="button"
        className="button-secondary"
        aria-label={`Merge “${t.name}” into another theme`}
        onClick={() => onOpen({ kind: 'merge', theme: t })}
      >
        Merge
      </button>
      <button
        type="button"
        className="button-secondary"
        aria-label={`${t.archivedAt ? 'Restore' : 'Archive'} “${t.name}”`}
        onClick={() => onArchive(t, !t.archivedAt)}
      >
        {t.archivedAt ? 'Restore' : 'Archive'}
      </button>
    </div>
  )
}
