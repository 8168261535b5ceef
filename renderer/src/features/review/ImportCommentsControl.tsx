// The consultant's side: bring a learning partner's comments file back. Each comment lands on its
// cycle and phase; a file imported before adds nothing, and a refused file says why.
import { useApiMutation } from '../../api/hooks'
import { FileImport, type ImportOutcome } from './FileImport'

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export function ImportCommentsControl() {
  const importComments = useApiMutation('reviewPacks.importComments')
  const onFile = async (content: string): Promise<ImportOutcome> => {
    const r = await importComments.mutateAsync({ content })
    const resolved = r.markedResolved
      ? ` ${plural(r.markedResolved, 'comment was', 'comments were')} marked resolved since.`
      : ''
    if (r.added === 0) {
      return {
        message: `Nothing new: ${r.alreadyThere === 1 ? 'the comment' : `all ${r.alreadyThere} comments`} in this file ${r.alreadyThere === 1 ? 'was' : 'were'} already imported.${resolved}`,
        tone: 'nothing-new'
      }
    }
    const skipped = r.alreadyThere ? ` (${r.alreadyThere} already here were skipped)` : ''
    return {
      message: `Added ${plural(r.added, 'comment', 'comments')} from ${r.reviewer || 'the reviewer'} on ${plural(r.cycleCount, 'cycle', 'cycles')}${skipped}.${resolved} They are shown under each phase of the cycles.`
    }
  }
  return (
    <FileImport
      label="Import comments"
      hint="The comments file (.json) your learning partner sent back"
      onFile={onFile}
    />
  )
}
