// Put someone from the directory into a site's partnership, or change their membership.
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, type UseFormReturn } from 'react-hook-form'
import { z } from 'zod'
import { membershipFields } from '../../../../api/schemas/sites'
import { MEMBER_ROLES } from '../../../../domain/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { DateField, SelectField, optionsFrom } from '../../components/fields'
import { fieldsOf, showApiError } from '../../components/forms'
import { FormRootError } from '../../components/Status'
import { useRememberedDate } from '../../lib/rememberedDate'

const formSchema = z.intersection(
  z.object({ personId: z.string().min(1, { error: 'Choose a person' }) }),
  membershipFields
)
type Input = z.input<typeof formSchema>
type Output = z.output<typeof formSchema>
const FIELDS = fieldsOf(formSchema)

export interface EditableMembership {
  id: string
  personId: string
  name: string
  role: Output['role']
  joinedOn: string
  leftOn: string | null
}

export function MembershipForm(props: {
  programmeId: string
  siteId: string
  membership?: EditableMembership
  onDone: () => void
  onCancel: () => void
}) {
  const add = useApiMutation('siteMembers.add')
  const update = useApiMutation('siteMembers.update')
  // Joining has no date rule beyond overlapping memberships, which the save explains.
  const joined = useRememberedDate('membership')
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(formSchema),
    defaultValues: props.membership
      ? { ...props.membership, leftOn: props.membership.leftOn ?? '' }
      : { personId: '', role: 'member', joinedOn: joined.date, leftOn: '' }
  })
  const errors = form.formState.errors
  const onSubmit = form.handleSubmit(async ({ personId, ...fields }) => {
    try {
      if (props.membership) await update.mutateAsync({ ...fields, id: props.membership.id })
      else await add.mutateAsync({ ...fields, personId, siteId: props.siteId })
      joined.remember(fields.joinedOn)
      props.onDone()
    } catch (error) {
      showApiError(error, form, FIELDS)
    }
  })
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormRootError message={errors.root?.message} />
      <PersonField programmeId={props.programmeId} membership={props.membership} form={form} />
      <SelectField
        label="Role in the partnership"
        options={optionsFrom(MEMBER_ROLES)}
        registration={form.register('role')}
        error={errors.role?.message}
      />
      <div className="field-row">
        <DateField
          label="Joined"
          required
          hint={props.membership ? undefined : joined.hint}
          control={form.control}
          name="joinedOn"
          error={errors.joinedOn?.message}
        />
        <DateField
          label="Left"
          hint="Leave empty while they are involved"
          control={form.control}
          name="leftOn"
          error={errors.leftOn?.message}
        />
      </div>
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          {props.membership ? 'Save membership' : 'Add to partnership'}
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

/** Who joins: chosen from the directory, or named when the membership already exists. */
function PersonField({
  programmeId,
  membership,
  form
}: {
  programmeId: string
  membership?: EditableMembership
  form: UseFormReturn<Input, unknown, Output>
}) {
  const people = useApiQuery('people.list', { programmeId })
  const errors = form.formState.errors
  const personOptions = (people.data ?? []).map((p) => ({
    value: p.id,
    label: `${p.name} (${p.role}${p.organisationName ? `, ${p.organisationName}` : ''})`
  }))
  return membership ? (
    <p>
      <strong>{membership.name}</strong>
    </p>
  ) : (
    <SelectField
      label="Person"
      required
      placeholder={people.isPending ? 'Loading people…' : 'Choose someone from the directory'}
      hint="Not listed? Add them under People and organisations first."
      options={personOptions}
      registration={form.register('personId')}
      error={errors.personId?.message}
    />
  )
}
