// The outcome page's dialogs: rate progress, edit the outcome, link evidence to it.
import type { ApiOutput } from '../../../../api/contract'
import { Modal } from '../../components/Modal'
import { useSiteData } from '../sites/SitePage'
import { LinkEvidenceForm } from './LinkEvidenceForm'
import { OutcomeForm } from './OutcomeForm'
import { RatingForm } from './RatingForm'

type Detail = ApiOutput<'outcomes.get'>
export type OutcomeDialogName = 'edit' | 'rate' | 'link'

export function OutcomeDialog(props: {
  data: Detail
  dialog: OutcomeDialogName | null
  onClose: () => void
}) {
  const { site, programme } = useSiteData()
  const { outcome } = props.data
  const { dialog, onClose: close } = props
  return (
    <>
      {dialog === 'rate' ? (
        <Modal title={`Rate progress: ${outcome.title}`} onClose={close}>
          <RatingForm
            outcomeId={outcome.id}
            siteId={site.id}
            agreedOn={outcome.agreedOn}
            onDone={close}
            onCancel={close}
          />
        </Modal>
      ) : null}
      {dialog === 'edit' ? (
        <Modal title="Edit outcome" onClose={close}>
          <OutcomeForm
            siteId={site.id}
            programmeId={programme.id}
            outcome={outcome}
            onDone={close}
            onCancel={close}
          />
        </Modal>
      ) : null}
      {dialog === 'link' ? (
        <Modal title="Link evidence" onClose={close}>
          <LinkEvidenceForm outcomeId={outcome.id} onDone={close} onCancel={close} />
        </Modal>
      ) : null}
    </>
  )
}
