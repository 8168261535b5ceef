// The learning partner's review area: review packs imported from consultants, kept apart from any
// programme of one's own (a learning partner may have none), and the way in to send one's own
// cycles for review.
import { useState } from 'react'
import { Link } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { TopBar } from '../../app/TopBar'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { FileImport } from './FileImport'

type PackRow = ApiOutput<'reviewPacks.list'>[number]

export function ReviewAreaPage() {
  const packs = useApiQuery('reviewPacks.list', {})
  const programmes = useApiQuery('programmes.list', { includeArchived: false })
  const importMutation = useApiMutation('reviewPacks.import')
  const [removing, setRemoving] = useState<PackRow | null>(null)
  const remove = useApiMutation('reviewPacks.delete')

  const importPack = async (content: string) => {
    const result = await importMutation.mutateAsync({ content })
    return result.alreadyImported
      ? {
          message: `This review pack from ${result.programmeName} is already in your review area; nothing was added.`,
          tone: 'nothing-new' as const
        }
      : {
          message: `Imported ${result.cycleCount} ${result.cycleCount === 1 ? 'cycle' : 'cycles'} from ${result.programmeName}.`
        }
  }

  return (
    <div className="shell">
      <TopBar />
      <main id="main" className="page review-area">
        <h1>Review area</h1>
        <p className="lede">
          Cycles a consultant has sent you for review, as read-only copies kept apart from any
          programme of your own. Read them, comment on each phase, then export your comments and
          send the file back.
        </p>
        <section className="panel" aria-labelledby="import-pack-title">
          <h2 id="import-pack-title">Import a review pack</h2>
          <FileImport
            label="Import review pack"
            hint="The review pack file (.json) a consultant sent you"
            onFile={importPack}
          />
        </section>
        <h2>Review packs</h2>
        <QueryState query={packs}>
          {(list) =>
            list.length === 0 ? (
              <p className="empty">No review packs yet.</p>
            ) : (
              <ul className="card-grid" aria-label="Review packs">
                {list.map((p) => (
                  <PackCard key={p.id} pack={p} onRemove={setRemoving} />
                ))}
              </ul>
            )
          }
        </QueryState>
        {programmes.data && programmes.data.length > 0 ? (
          <section aria-labelledby="own-programmes-title">
            <h2 id="own-programmes-title">Send your own cycles for review</h2>
            <ul>
              {programmes.data.map((p) => (
                <li key={p.id}>
                  <Link to={`/programmes/${p.id}/review`}>
                    Export a review pack or import comments for {p.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {removing ? (
          <ConfirmDialog
            title="Remove this review pack?"
            message={`The ${removing.cycleCount} cycles from ${removing.programmeName} and the ${removing.commentCount} comments you wrote on them will be deleted from this computer. Export your comments first if you have not sent them yet.`}
            confirmLabel="Remove the pack"
            onConfirm={() => remove.mutateAsync({ id: removing.id })}
            onClose={() => setRemoving(null)}
          />
        ) : null}
      </main>
    </div>
  )
}

function PackCard({ pack: p, onRemove }: { pack: PackRow; onRemove: (pack: PackRow) => void }) {
  return (
    <li className="card">
      <h3>
        <Link to={`/review/${p.id}`}>{p.programmeName}</Link>
      </h3>
      <p className="muted">
        From {p.exportedBy || 'a consultant'}, exported {formatDate(p.exportedAt.slice(0, 10))}
      </p>
      <p>{p.description}</p>
      <p>
        {p.cycleCount} {p.cycleCount === 1 ? 'cycle' : 'cycles'} · {p.commentCount}{' '}
        {p.commentCount === 1 ? 'comment' : 'comments'} written
        {p.commentCount > 0 ? ` (${p.openCommentCount} open)` : ''}
      </p>
      <button type="button" className="button-secondary" onClick={() => onRemove(p)}>
        Remove
        <span className="visually-hidden"> the pack from {p.programmeName}</span>
      </button>
    </li>
  )
}
