// Create or edit a site (partnership area).
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { siteFields } from '../../../../api/schemas/sites'
import { SITE_STATUSES } from '../../../../domain/vocabulary'
import { useApiMutation } from '../../api/hooks'
import {
  DateField,
  SelectField,
  TextAreaField,
  TextField,
  optionsFrom
} from '../../components/fields'
import { fieldsOf, showApiError } from '../../components/forms'
import { FormRootError } from '../../components/Status'

type Input = z.input<typeof siteFields>
type Output = z.output<typeof siteFields>
const FIELDS = fieldsOf(siteFields)

const NEW_SITE: Input = {
  name: '',
  locality: '',
  purpose: '',
  focus: '',
  startDate: '',
  status: 'active'
}

export function SiteForm(props: {
  programmeId: string
  site?: Output & { id: string }
  onDone: (id: string) => void
  onCancel: () => void
}) {
  const create = useApiMutation('sites.create')
  const update = useApiMutation('sites.update')
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(siteFields),
    defaultValues: props.site ?? NEW_SITE
  })
  const errors = form.formState.errors
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const { id } = props.site
        ? await update.mutateAsync({ ...values, id: props.site.id })
        : await create.mutateAsync({ ...values, programmeId: props.programmeId })
      props.onDone(id)
    } catch (error) {
      showApiError(error, form, FIELDS)
    }
  })
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormRootError message={errors.root?.message} />
      <TextField
        label="Site name"
        required
        registration={form.register('name')}
        error={errors.name?.message}
      />
      <TextField
        label="Locality"
        hint="Town, district or neighbourhood"
        registration={form.register('locality')}
        error={errors.locality?.message}
      />
      <TextAreaField
        label="Purpose"
        hint="What the partnership is for, e.g. joint working for housebound older people"
        registration={form.register('purpose')}
        error={errors.purpose?.message}
      />
      <TextField
        label="Population or service focus"
        registration={form.register('focus')}
        error={errors.focus?.message}
      />
      <div className="field-row">
        <DateField
          label="Start date"
          required
          control={form.control}
          name="startDate"
          error={errors.startDate?.message}
        />
        <SelectField
          label="Status"
          options={optionsFrom(SITE_STATUSES)}
          registration={form.register('status')}
          error={errors.status?.message}
        />
      </div>
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          {props.site ? 'Save site' : 'Add site'}
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
