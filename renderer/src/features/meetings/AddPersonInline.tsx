// Adds someone who is not yet in the directory, with their organisation and role, straight from
// the meeting form (they join the site's partnership from the meeting date).
import { useId, useState } from 'react'
import { SECTORS } from '../../../../domain/vocabulary'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { FieldShell } from '../../components/fields'
import { errorRecord, showApiError } from '../../components/forms'

const NEW_ORGANISATION = '__new__'
// The API names the new organisation's fields under newOrganisation; the form has them flat.
const API_PATHS: Record<string, string> = {
  'newOrganisation.name': 'orgName',
  'newOrganisation.sector': 'sector'
}

const NO_ONE = { name: '', role: '', organisationId: '', orgName: '', sector: '' }
type NewPerson = typeof NO_ONE

interface AddPersonProps {
  programmeId: string
  siteId: string
  joinedOn: string
  onAdded: (personId: string) => void
}

/** What is typed about the new person, its problems, and adding them to the partnership. */
function useNewPerson(props: AddPersonProps, close: () => void) {
  const [values, setValues] = useState(NO_ONE)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const create = useApiMutation('people.create')
  const add = async () => {
    const isNewOrg = values.organisationId === NEW_ORGANISATION
    try {
      const { id: personId } = await create.mutateAsync({
        programmeId: props.programmeId,
        name: values.name,
        role: values.role,
        organisationId: isNewOrg ? null : values.organisationId || null,
        newOrganisation: isNewOrg
          ? { name: values.orgName, sector: values.sector as keyof typeof SECTORS }
          : undefined,
        joinSite: { siteId: props.siteId, role: 'member', joinedOn: props.joinedOn }
      })
      props.onAdded(personId)
      setValues(NO_ONE)
      setErrors({})
      close()
    } catch (error) {
      const placed = errorRecord('form')
      showApiError(error, placed, (path) => {
        const key = API_PATHS[path] ?? path
        return key in values ? key : null
      })
      setErrors(placed.errors)
    }
  }
  return { values, setValues, errors, add, adding: create.isPending }
}

export function AddPersonInline(props: AddPersonProps) {
  const [open, setOpen] = useState(false)
  const person = useNewPerson(props, () => setOpen(false))
  const organisations = useApiQuery('organisations.list', { programmeId: props.programmeId }, open)

  if (!open) {
    return (
      <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
        Add someone new
      </button>
    )
  }
  return (
    <NewPersonFields
      person={person}
      organisations={organisations.data ?? []}
      onCancel={() => setOpen(false)}
    />
  )
}

/** The new person's name, role and organisation (an existing one, or a new one with its sector). */
function NewPersonFields(props: {
  person: ReturnType<typeof useNewPerson>
  organisations: readonly { id: string; name: string }[]
  onCancel: () => void
}) {
  const { values, setValues, errors } = props.person
  const id = useId()
  const set = (key: keyof NewPerson) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }))

  const field = (key: keyof NewPerson, label: string, control: React.ReactNode) => (
    <FieldShell id={`${id}-${key}`} label={label} error={errors[key]}>
      {() => control}
    </FieldShell>
  )
  const inputProps = (key: keyof NewPerson) => ({
    id: `${id}-${key}`,
    value: values[key],
    onChange: set(key),
    'aria-invalid': errors[key] ? true : undefined,
    'aria-describedby': errors[key] ? `${id}-${key}-error` : undefined
  })

  return (
    <fieldset className="form-section" aria-label="Add someone new">
      <legend>Someone new</legend>
      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div className="field-grid">
        {field('name', 'Their name', <input {...inputProps('name')} />)}
        {field('role', 'Their role or profession', <input {...inputProps('role')} />)}
        {field(
          'organisationId',
          'Their organisation',
          <select {...inputProps('organisationId')}>
            <option value="">No organisation</option>
            {props.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
            <option value={NEW_ORGANISATION}>A new organisation…</option>
          </select>
        )}
        {values.organisationId === NEW_ORGANISATION ? (
          <>
            {field('orgName', 'New organisation name', <input {...inputProps('orgName')} />)}
            {field(
              'sector',
              'New organisation sector',
              <select {...inputProps('sector')}>
                <option value="">Choose a sector</option>
                {Object.entries(SECTORS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="button" onClick={props.person.add} disabled={props.person.adding}>
          Add and mark as attended
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  )
}
