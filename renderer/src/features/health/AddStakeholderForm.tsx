// Add a stakeholder to the matrix: a person or organisation from the directory, or someone outside
// it (a councillor, residents, the local press), placed in a group from a date.
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form'
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from '../../../../domain/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { DateField, optionsFrom, SelectField, TextField } from '../../components/fields'
import { showApiError } from '../../components/forms'
import { FormRootError } from '../../components/Status'

type Kind = 'person' | 'organisation' | 'other'
interface Values {
  kind: Kind
  personId: string
  organisationId: string
  name: string
  description: string
  group: StakeholderGroup | ''
  placedOn: string
}

const KINDS: Record<Kind, string> = {
  person: 'A person in the directory',
  organisation: 'An organisation in the directory',
  other: 'Someone outside the directory'
}

/** Who the stakeholder is: someone from the directory, or a name typed for someone outside it. */
function WhoFields({ form, programmeId }: { form: UseFormReturn<Values>; programmeId: string }) {
  const people = useApiQuery('people.list', { programmeId })
  const organisations = useApiQuery('organisations.list', { programmeId })
  const errors = form.formState.errors
  const kind = useWatch({ control: form.control, name: 'kind' })
  return (
    <>
      <fieldset className="checkbox-group">
        <legend>Who</legend>
        {Object.entries(KINDS).map(([value, label]) => (
          <label key={value} className="checkbox">
            <input type="radio" value={value} {...form.register('kind')} /> {label}
          </label>
        ))}
      </fieldset>
      {kind === 'person' ? (
        <SelectField
          label="Person"
          required
          placeholder="Choose a person"
          options={(people.data ?? []).map((p) => ({
            value: p.id,
            label: `${p.name} (${p.role}${p.organisationName ? `, ${p.organisationName}` : ''})`
          }))}
          registration={form.register('personId')}
          error={errors.personId?.message}
        />
      ) : kind === 'organisation' ? (
        <SelectField
          label="Organisation"
          required
          placeholder="Choose an organisation"
          options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          registration={form.register('organisationId')}
          error={errors.organisationId?.message}
        />
      ) : (
        <TextField
          label="Name"
          required
          hint="For example: Cllr Jo Bright, the residents' association, the local paper"
          registration={form.register('name')}
          error={errors.name?.message}
        />
      )}
    </>
  )
}

export function AddStakeholderForm(props: {
  siteId: string
  programmeId: string
  personId: string
  placedOn: string
  onDone: () => void
  onCancel: () => void
}) {
  const add = useApiMutation('stakeholders.add')
  const form = useForm<Values>({
    defaultValues: {
      kind: 'person',
      personId: props.personId,
      organisationId: '',
      name: '',
      description: '',
      group: '',
      placedOn: props.placedOn
    }
  })
  const errors = form.formState.errors
  const onSubmit = form.handleSubmit(async (v) => {
    try {
      await add.mutateAsync({
        siteId: props.siteId,
        personId: v.kind === 'person' ? v.personId : null,
        organisationId: v.kind === 'organisation' ? v.organisationId : null,
        name: v.kind === 'other' ? v.name : '',
        description: v.description,
        group: v.group as StakeholderGroup,
        placedOn: v.placedOn
      })
      props.onDone()
    } catch (error) {
      showApiError(error, form, [
        'personId',
        'organisationId',
        'name',
        'group',
        'placedOn',
        'description'
      ])
    }
  })
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormRootError message={errors.root?.message} />
      <WhoFields form={form} programmeId={props.programmeId} />
      <TextField
        label="Description"
        hint="Who they are to the partnership, in a few words"
        registration={form.register('description')}
        error={errors.description?.message}
      />
      <SelectField
        label="Group"
        required
        placeholder="Choose a group"
        options={optionsFrom(STAKEHOLDER_GROUPS)}
        registration={form.register('group')}
        error={errors.group?.message}
      />
      <DateField
        label="Date placed"
        required
        control={form.control}
        name="placedOn"
        error={errors.placedOn?.message}
      />
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          Add to the matrix
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
