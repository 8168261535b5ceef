// Add or edit a person: name, role or profession, organisation and optional contact details.
import { zodResolver } from '@hookform/resolvers/zod'
import { useId } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { personFields } from '../../../../api/schemas/directory'
import { COMMON_ROLES } from '../../../../domain/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { SelectField, TextField } from '../../components/fields'
import { fieldsOf, showApiError } from '../../components/forms'
import { FormRootError } from '../../components/Status'

type Input = z.input<typeof personFields>
type Output = z.output<typeof personFields>
const FIELDS = fieldsOf(personFields)

export function PersonForm(props: {
  programmeId: string
  person?: Output & { id: string }
  onDone: () => void
  onCancel: () => void
}) {
  const organisations = useApiQuery('organisations.list', { programmeId: props.programmeId })
  const create = useApiMutation('people.create')
  const update = useApiMutation('people.update')
  const rolesListId = useId()
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(personFields),
    defaultValues: props.person
      ? { ...props.person, organisationId: props.person.organisationId ?? '' }
      : { name: '', role: '', organisationId: '', email: '', phone: '' }
  })
  const errors = form.formState.errors
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      if (props.person) await update.mutateAsync({ ...values, id: props.person.id })
      else await create.mutateAsync({ ...values, programmeId: props.programmeId })
      props.onDone()
    } catch (error) {
      showApiError(error, form, FIELDS)
    }
  })
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormRootError message={errors.root?.message} />
      <TextField
        label="Name"
        required
        registration={form.register('name')}
        error={errors.name?.message}
      />
      <TextField
        label="Role or profession"
        required
        hint="For example GP, district nurse, social worker"
        list={rolesListId}
        registration={form.register('role')}
        error={errors.role?.message}
      />
      <datalist id={rolesListId}>
        {COMMON_ROLES.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <SelectField
        label="Organisation"
        placeholder="No organisation"
        options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        registration={form.register('organisationId')}
        error={errors.organisationId?.message}
      />
      <div className="field-row">
        <TextField
          label="Email"
          type="email"
          registration={form.register('email')}
          error={errors.email?.message}
        />
        <TextField
          label="Phone"
          type="tel"
          registration={form.register('phone')}
          error={errors.phone?.message}
        />
      </div>
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          {props.person ? 'Save person' : 'Add person'}
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
