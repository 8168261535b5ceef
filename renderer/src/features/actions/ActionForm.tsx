// Add an action (to a meeting, or on its own) or change one: what, who, when, status. The owner is
// picked from the site's partnership (and whoever owns it now); anyone else in the programme is
// found by typing, as in the meeting form, so the form never loads the programme's whole directory.
import { useState, type ReactNode } from 'react'
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
import { FindInProgramme } from '../meetings/PersonSearch'

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
  /** The owner's name, so they stay on the list when they are not in the site's partnership. */
  ownerName?: string | null
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

interface Owner {
  id: string
  name: string
}

/**
 * The owners offered: the site's current members by name, then the action's owner if they are not
 * one, then anyone found in the programme since the form opened.
 */
export function ownerOptions(
  members: readonly { personId: string; name: string; current: boolean; personArchived: boolean }[],
  action: Pick<EditableAction, 'ownerId' | 'ownerName'> | undefined,
  found: readonly Owner[]
): { value: string; label: string }[] {
  const owners = new Map<string, string>()
  for (const m of members) if (m.current && !m.personArchived) owners.set(m.personId, m.name)
  if (action?.ownerId && !owners.has(action.ownerId)) {
    owners.set(action.ownerId, action.ownerName ?? 'The current owner')
  }
  for (const o of found) if (!owners.has(o.id)) owners.set(o.id, o.name)
  return [...owners].map(([value, label]) => ({ value, label }))
}

/** People found in the programme while the form is open, each once, to add to the owners. */
export function useFoundOwners() {
  const [found, setFound] = useState<Owner[]>([])
  const add = (person: Owner) =>
    setFound((list) => [
      ...list.filter((o) => o.id !== person.id),
      { id: person.id, name: person.name }
    ])
  return [found, add] as const
}

/** An owner's select, with a search under it for anyone in the programme not on its list. */
export function OwnerPicker(props: {
  programmeId: string
  children: ReactNode
  onPick: (person: Owner) => void
}) {
  return (
    <div className="picker-with-search">
      {props.children}
      <FindInProgramme
        programmeId={props.programmeId}
        opener="Find an owner not on the list"
        openerName="Find an owner not on the list"
        label="Find the owner in the programme"
        onPick={props.onPick}
      />
    </div>
  )
}

/** The owner: the site's current members and the action's owner, or anyone found by typing. */
function OwnerField(props: {
  form: UseFormReturn<Input, unknown, Output>
  programmeId: string
  siteId: string
  action: EditableAction | undefined
}) {
  const { form } = props
  const site = useApiQuery('sites.get', { id: props.siteId })
  const [found, addFound] = useFoundOwners()
  return (
    <OwnerPicker
      programmeId={props.programmeId}
      onPick={(person) => {
        addFound(person)
        // Once the list has drawn their option.
        window.setTimeout(() => {
          form.setValue('ownerId', person.id, { shouldDirty: true })
          form.setFocus('ownerId')
        })
      }}
    >
      <SelectField
        label="Owner"
        placeholder="No owner yet"
        options={ownerOptions(site.data?.members ?? [], props.action, found)}
        registration={form.register('ownerId')}
        error={form.formState.errors.ownerId?.message}
      />
    </OwnerPicker>
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
        <OwnerField
          form={form}
          programmeId={props.programmeId}
          siteId={props.siteId}
          action={props.action}
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
