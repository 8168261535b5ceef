// Add or edit an organisation in the programme's directory.
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { organisationFields } from '../../../../api/schemas/directory'
import { SECTORS } from '../../../../domain/vocabulary'
import { useApiMutation } from '../../api/hooks'
import { optionsFrom, SelectField, TextField } from '../../components/fields'
import { showApiError } from '../../components/forms'
import { FormRootError } from '../../components/Status'

type Input = z.input<typeof organisationFields>
type Output = z.output<typeof organisationFields>

export function OrganisationForm(props: {
  programmeId: string
  organisation?: Output & { id: string }
  onDone: () => void
  onCancel: () => void
}) {
  const create = useApiMutation('organisations.create')
  const update = useApiMutation('organisations.update')
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(organisationFields),
    defaultValues: props.organisation ?? { name: '', sector: undefined }
  })
  const errors = form.formState.errors
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      if (props.organisation) await update.mutateAsync({ ...values, id: props.organisation.id })
      else await create.mutateAsync({ ...values, programmeId: props.programmeId })
      props.onDone()
    } catch (error) {
      showApiError(error, form, ['name', 'sector'])
    }
  })
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormRootError message={errors.root?.message} />
      <TextField
        label="Organisation name"
        required
        registration={form.register('name')}
        error={errors.name?.message}
      />
      <SelectField
        label="Sector"
        required
        placeholder="Choose a sector"
        options={optionsFrom(SECTORS)}
        registration={form.register('sector')}
        error={errors.sector?.message}
      />
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          {props.organisation ? 'Save organisation' : 'Add organisation'}
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
