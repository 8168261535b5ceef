// Add or edit one programme outcome on the theory of change.
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { programmeOutcomeFields } from '../../../../api/schemas/programmes'
import { OUTCOME_LEVELS } from '../../../../domain/vocabulary'
import { useApiMutation } from '../../api/hooks'
import { optionsFrom, SelectField, TextAreaField, TextField } from '../../components/fields'
import { showApiError } from '../../components/forms'
import { FormRootError } from '../../components/Status'

type Input = z.input<typeof programmeOutcomeFields>
type Output = z.output<typeof programmeOutcomeFields>

export function OutcomeForm(props: {
  programmeId: string
  outcome?: Output & { id: string }
  onDone: () => void
  onCancel: () => void
}) {
  const create = useApiMutation('programmeOutcomes.create')
  const update = useApiMutation('programmeOutcomes.update')
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(programmeOutcomeFields),
    defaultValues: props.outcome ?? { title: '', description: '', level: 'relationships' }
  })
  const errors = form.formState.errors
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      if (props.outcome) await update.mutateAsync({ ...values, id: props.outcome.id })
      else await create.mutateAsync({ ...values, programmeId: props.programmeId })
      props.onDone()
    } catch (error) {
      showApiError(error, form, ['title', 'description', 'level'])
    }
  })
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormRootError message={errors.root?.message} />
      <TextField
        label="Outcome"
        required
        registration={form.register('title')}
        error={errors.title?.message}
      />
      <SelectField
        label="Theory-of-change level"
        options={optionsFrom(OUTCOME_LEVELS)}
        registration={form.register('level')}
        error={errors.level?.message}
      />
      <TextAreaField
        label="Description"
        registration={form.register('description')}
        error={errors.description?.message}
      />
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          {props.outcome ? 'Save outcome' : 'Add outcome'}
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
