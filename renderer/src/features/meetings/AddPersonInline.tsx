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

export function AddPersonInline(props: {
  programmeId: string
  siteId: string
  joinedOn: string
  onAdded: (personId: string) => void
}) {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState({
    name: '',
    role: '',
    organisationId: '',
    orgName: '',
    sector: ''
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const organisations = useApiQuery('organisations.list', { programmeId: props.programmeId }, open)
  const create = useApiMutation('people.create')
  const id = useId()
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }))

  if (!open) {
    return (
      <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
        Add someone new
      </button>
    )
  }

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
      setValues({ name: '', role: '', organisationId: '', orgName: '', sector: '' })
      setErrors({})
      setOpen(false)
    } catch (error) {
      const placed = errorRecord('form')
      showApiError(error, placed, (path) => {
        const key = API_PATHS[path] ?? path
        return key in values ? key : null
      })
      setErrors(placed.errors)
    }
  }

  const field = (key: keyof typeof values, label: string, control: React.ReactNode) => (
    <FieldShell id={`${id}-${key}`} label={label} error={errors[key]}>
      {() => control}
    </FieldShell>
  )
  const inputProps = (key: keyof typeof values) => ({
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
            {(organisations.data ?? []).map((o) => (
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
        <button type="button" onClick={add} disabled={create.isPending}>
          Add and mark as attended
        </button>
        <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </fieldset>
  )
}
