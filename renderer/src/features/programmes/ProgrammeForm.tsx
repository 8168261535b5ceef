// Create or edit a programme: name, commissioners, dates, stage model, description.
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { programmeFields } from '../../../../api/schemas/programmes'
import { STAGE_MODELS } from '../../../../domain/vocabulary'
import { useApiMutation } from '../../api/hooks'
import { DateField, SelectField, TextAreaField, TextField } from '../../components/fields'
import { fieldsOf, showApiError } from '../../components/forms'
import { FormRootError } from '../../components/Status'

type Input = z.input<typeof programmeFields>
type Output = z.output<typeof programmeFields>
const FIELDS = fieldsOf(programmeFields)

const stageModelOptions = Object.entries(STAGE_MODELS).map(([value, m]) => ({
  value,
  label: m.label
}))

/** An edit starts from the programme's values; a new one from blanks and the first stage model. */
function programmeDefaults(programme?: Output & { id: string }): Input {
  return programme
    ? { ...programme, endDate: programme.endDate ?? '' }
    : {
        name: '',
        commissioners: '',
        startDate: '',
        endDate: '',
        description: '',
        stageModel: 'forming'
      }
}

export function ProgrammeForm(props: {
  programme?: Output & { id: string }
  onDone: (id: string) => void
  onCancel: () => void
}) {
  const create = useApiMutation('programmes.create')
  const update = useApiMutation('programmes.update')
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(programmeFields),
    defaultValues: programmeDefaults(props.programme)
  })
  const errors = form.formState.errors

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const { id } = props.programme
        ? await update.mutateAsync({ ...values, id: props.programme.id })
        : await create.mutateAsync(values)
      props.onDone(id)
    } catch (error) {
      showApiError(error, form, FIELDS)
    }
  })

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormRootError message={errors.root?.message} />
      <TextField
        label="Programme name"
        required
        registration={form.register('name')}
        error={errors.name?.message}
      />
      <TextField
        label="Commissioners"
        hint="The national bodies that fund the programme"
        registration={form.register('commissioners')}
        error={errors.commissioners?.message}
      />
      <div className="field-row">
        <DateField
          label="Start date"
          required
          control={form.control}
          name="startDate"
          error={errors.startDate?.message}
        />
        <DateField
          label="End date"
          control={form.control}
          name="endDate"
          error={errors.endDate?.message}
        />
      </div>
      <SelectField
        label="Partnership stages"
        hint="The set of stages consultants judge each site against"
        options={stageModelOptions}
        registration={form.register('stageModel')}
        error={errors.stageModel?.message}
      />
      <TextAreaField
        label="Description"
        rows={4}
        registration={form.register('description')}
        error={errors.description?.message}
      />
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          {props.programme ? 'Save programme' : 'Create programme'}
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
