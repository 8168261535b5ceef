// Marks a passage of one phase for reports, or changes the words of one already marked. The text
// starts as the user's selection (or the whole phase) so they trim it to the passage they want.
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { excerptForm } from '../../../../api/schemas/reportExcerpts'
import { PHASES, type Phase } from '../../../../domain/vocabulary'
import { useApiMutation } from '../../api/hooks'
import { TextAreaField } from '../../components/fields'
import { fieldsOf, showApiError } from '../../components/forms'
import { Modal } from '../../components/Modal'
import { FormRootError } from '../../components/Status'
import './excerpts.css'

type Input = z.input<typeof excerptForm>
type Output = z.output<typeof excerptForm>
const FIELDS = fieldsOf(excerptForm)

export function ExcerptDialog(props: {
  cycleId: string
  phase: Phase
  text: string
  /** The phase as written, to copy from while trimming. */
  phaseText: string
  /** The excerpt being changed; absent when marking a new one. */
  excerptId?: string
  onClose: () => void
}) {
  const label = PHASES[props.phase].label
  const add = useApiMutation('reportExcerpts.add')
  const update = useApiMutation('reportExcerpts.update')
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(excerptForm),
    defaultValues: { text: props.text }
  })
  const errors = form.formState.errors
  const onSubmit = form.handleSubmit(async ({ text }) => {
    try {
      if (props.excerptId) await update.mutateAsync({ id: props.excerptId, text })
      else await add.mutateAsync({ cycleId: props.cycleId, phase: props.phase, text })
      props.onClose()
    } catch (error) {
      showApiError(error, form, FIELDS)
    }
  })
  return (
    <Modal
      title={props.excerptId ? `Edit the excerpt from ${label}` : `Mark an excerpt of ${label}`}
      onClose={props.onClose}
      wide
    >
      <form onSubmit={onSubmit} noValidate className="excerpt-form">
        <FormRootError message={errors.root?.message} />
        <TextAreaField
          label="Excerpt"
          required
          rows={8}
          hint={`Trim it to the passage you want, keeping the words as written in ${label}. Only this passage can appear in reports for commissioners.`}
          registration={form.register('text')}
          error={errors.text?.message}
        />
        <details className="excerpt-source">
          <summary>{label} as written</summary>
          <p className="prose">{props.phaseText}</p>
        </details>
        <div className="form-actions">
          <button type="submit" disabled={form.formState.isSubmitting}>
            {props.excerptId ? 'Save excerpt' : 'Mark for reports'}
          </button>
          <button type="button" className="button-secondary" onClick={props.onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  )
}
