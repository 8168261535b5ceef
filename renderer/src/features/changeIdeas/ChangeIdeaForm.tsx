// Add or edit a change idea shared across sites: a title and what it is.
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { changeIdeaFields } from '../../../../api/schemas/testsOfChange'
import { useApiMutation } from '../../api/hooks'
import { TextAreaField, TextField } from '../../components/fields'
import { showApiError } from '../../components/forms'
import { FormRootError } from '../../components/Status'

type Input = z.input<typeof changeIdeaFields>
type Output = z.output<typeof changeIdeaFields>

export function ChangeIdeaForm(props: {
  programmeId: string
  idea?: { id: string; title: string; description: string }
  onDone: () => void
}) {
  const create = useApiMutation('changeIdeas.create')
  const update = useApiMutation('changeIdeas.update')
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(changeIdeaFields),
    defaultValues: {
      title: props.idea?.title ?? '',
      description: props.idea?.description ?? ''
    }
  })
  const errors = form.formState.errors
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      if (props.idea) await update.mutateAsync({ ...values, id: props.idea.id })
      else await create.mutateAsync({ ...values, programmeId: props.programmeId })
      props.onDone()
    } catch (error) {
      showApiError(error, form, ['title', 'description'])
    }
  })
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormRootError message={errors.root?.message} />
      <TextField
        label="Change idea title"
        required
        registration={form.register('title')}
        error={errors.title?.message}
      />
      <TextAreaField
        label="What the idea is"
        registration={form.register('description')}
        error={errors.description?.message}
      />
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          {props.idea ? 'Save change idea' : 'Add change idea'}
        </button>
        <button type="button" className="button-secondary" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
