// Add an action (to a meeting, or on its own) or change one: what, who, when, status.
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form'
import { z } from 'zod'
import { newActionFields } from '../../../../api/schemas/meetings'
import { ACTION_STATUSES } from '../../../../domain/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import {
  DateField,
  SelectField,
  TextAreaField,
  TextField,
  optionsFrom
} from '../../components/fields'
import { fieldsOf, showApiError } from '../../components/forms'
import { FormRootError } from '../../components/Status'
import { todayIso } from '../../lib/dates'

const formSchema = newActionFields.extend({
  status: z.enum(['open', 'done', 'dropped']),
  completedOn: z.string()
})
type Input = z.input<typeof formSchema>
type Output = z.output<typeof formSchema>
const FIELDS = fieldsOf(formSchema)

export interface EditableAction {
  id: string
  description: string
  ownerId: string | null
  dueOn: string
  notes: string
  status: Output['status']
  completedOn: string | null
}

function defaultsFor(action: EditableAction | undefined): Input {
  return action
    ? { ...action, ownerId: action.ownerId ?? '', completedOn: action.completedOn ?? '' }
    : { description: '', ownerId: '', dueOn: '', notes: '', status: 'open', completedOn: '' }
}

/** An existing action's status, and the date it was done or dropped once it is not open. */
function StatusFields({ form }: { form: UseFormReturn<Input, unknown, Output> }) {
  const errors = form.formState.errors
  const status = useWatch({ control: form.control, name: 'status' })
  return (
    <div className="field-row">
      <SelectField
        label="Status"
        options={optionsFrom(ACTION_STATUSES)}
        registration={form.register('status')}
        error={errors.status?.message}
      />
      {status !== 'open' ? (
        <DateField
          label="Date completed"
          hint="Today if left empty"
          control={form.control}
          name="completedOn"
          error={errors.completedOn?.message}
        />
      ) : null}
    </div>
  )
}

export function ActionForm(props: {
  programmeId: string
  siteId: string
  /** For a new action from a meeting: agreed on the meeting's date. */
  meeting?: { id: string; heldOn: string }
  action?: EditableAction
  onDone: () => void
  onCancel: () => void
}) {
  const people = useApiQuery('people.list', { programmeId: props.programmeId })
  const create = useApiMutation('actions.create')
  const update = useApiMutation('actions.update')
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(formSchema),
    defaultValues: defaultsFor(props.action)
  })
  const errors = form.formState.errors
  const onSubmit = form.handleSubmit(async ({ status, completedOn, ...values }) => {
    try {
      if (props.action)
        await update.mutateAsync({ ...values, id: props.action.id, status, completedOn })
      else
        await create.mutateAsync({
          ...values,
          siteId: props.siteId,
          meetingId: props.meeting?.id ?? null,
          agreedOn: props.meeting?.heldOn ?? todayIso()
        })
      props.onDone()
    } catch (error) {
      showApiError(error, form, FIELDS)
    }
  })
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormRootError message={errors.root?.message} />
      <TextField
        label="Action"
        required
        registration={form.register('description')}
        error={errors.description?.message}
      />
      <div className="field-row">
        <SelectField
          label="Owner"
          placeholder="No owner yet"
          options={(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          registration={form.register('ownerId')}
          error={errors.ownerId?.message}
        />
        <DateField
          label="Due date"
          required
          control={form.control}
          name="dueOn"
          error={errors.dueOn?.message}
        />
      </div>
      {props.action ? <StatusFields form={form} /> : null}
      <TextAreaField
        label="Notes"
        rows={2}
        registration={form.register('notes')}
        error={errors.notes?.message}
      />
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          {props.action ? 'Save action' : 'Add action'}
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
