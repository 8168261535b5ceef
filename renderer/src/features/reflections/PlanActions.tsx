// Turns the items of a cycle's Plan into actions (owner, due date) without retyping them.
import './reflections.css'
import { useState } from 'react'
import { Link } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { DateInput } from '../../components/DateInput'
import { FieldShell } from '../../components/fields'
import { errorRecord, showApiError } from '../../components/forms'
import { Modal } from '../../components/Modal'
import { OwnerPicker, ownerOptions, useFoundOwners } from '../actions/ActionForm'
import { planItems } from './planItems'

type Cycle = ApiOutput<'reflections.get'>

export function PlanActions({ data, programmeId }: { data: Cycle; programmeId: string }) {
  const [item, setItem] = useState<string | null>(null)
  const items = planItems(data.cycle.plan)
  const made = new Set(data.actions.map((a) => a.description))
  if (items.length === 0) return null
  return (
    <div className="plan-items">
      <h4>Plan items</h4>
      <ul>
        {items.map((text) => (
          <li key={text}>
            {text}{' '}
            {made.has(text) ? (
              <span className="badge badge-done">Action made</span>
            ) : (
              <button type="button" className="button-link" onClick={() => setItem(text)}>
                Make an action<span className="visually-hidden"> of “{text}”</span>
              </button>
            )}
            {data.cycle.siteId ? (
              <Link
                className="plan-test-link"
                to={`/programmes/${programmeId}/sites/${data.cycle.siteId}/tests/new?reflection=${data.cycle.id}&title=${encodeURIComponent(text)}`}
              >
                Start a test of change<span className="visually-hidden"> from “{text}”</span>
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
      {item !== null ? (
        <Modal title="Make an action from the plan" onClose={() => setItem(null)}>
          <ActionFromPlanForm
            data={data}
            programmeId={programmeId}
            description={item}
            onDone={() => setItem(null)}
          />
        </Modal>
      ) : null}
    </div>
  )
}

function ActionFromPlanForm(props: FormProps) {
  const { cycle, sites } = props.data
  const overview = useApiQuery(
    'programmes.overview',
    { id: props.programmeId },
    !cycle.siteId && sites.length === 0
  )
  const { values, setValues, errors, setErrors, make, field, bind, submit } =
    usePlanActionForm(props)
  const [owners, addFound] = usePlanOwners(props.data, cycle.siteId ?? values.siteId)
  const siteChoices =
    sites.length > 0
      ? sites.map((s) => ({ id: s.siteId, name: s.name }))
      : (overview.data?.sites ?? [])
  return (
    <div>
      {field('description', 'Action', <input {...bind('description')} />)}
      {cycle.siteId
        ? null
        : field(
            'siteId',
            'For the site',
            <select {...bind('siteId')}>
              <option value="">Choose a site</option>
              {siteChoices.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
      <OwnerPicker
        programmeId={props.programmeId}
        onPick={(person) => {
          addFound(person)
          setValues((v) => ({ ...v, ownerId: person.id }))
        }}
      >
        {field(
          'ownerId',
          'Owner',
          <select {...bind('ownerId')}>
            <option value="">No owner yet</option>
            {owners.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </OwnerPicker>
      {field(
        'dueOn',
        'Due date',
        <DateInput
          id="plan-action-dueOn"
          label="Due date"
          value={values.dueOn}
          invalid={Boolean(errors.dueOn)}
          onChange={(dueOn) => setValues((v) => ({ ...v, dueOn }))}
          onProblem={(problem) => {
            if (problem) setErrors((e) => ({ ...e, dueOn: problem }))
          }}
        />
      )}
      <div className="form-actions">
        <button type="button" onClick={submit} disabled={make.isPending}>
          Make the action
        </button>
        <button type="button" className="button-secondary" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </div>
  )
}

/** Owners: the site's partnership, then who took part in the reflection, then anyone found. */
function usePlanOwners(data: Cycle, siteId: string) {
  const site = useApiQuery('sites.get', { id: siteId }, siteId !== '')
  const [found, addFound] = useFoundOwners()
  const owners = ownerOptions(siteId ? (site.data?.members ?? []) : [], undefined, [
    ...data.participants.map((p) => ({ id: p.personId, name: p.name })),
    ...found
  ])
  return [owners, addFound] as const
}

type FormProps = { data: Cycle; programmeId: string; description: string; onDone: () => void }

/** The new action's fields, each field's error, and making it (errors placed on their fields). */
function usePlanActionForm(props: FormProps) {
  const { cycle } = props.data
  const make = useApiMutation('reflections.makeAction')
  const [values, setValues] = useState({
    description: props.description,
    ownerId: '',
    dueOn: '',
    siteId: ''
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const field = (key: keyof typeof values, label: string, control: React.ReactNode) => (
    <FieldShell id={`plan-action-${key}`} label={label} error={errors[key]}>
      {() => control}
    </FieldShell>
  )
  const bind = (key: keyof typeof values) => ({
    id: `plan-action-${key}`,
    value: values[key],
    'aria-invalid': errors[key] ? true : undefined,
    onChange: (e: { target: { value: string } }) =>
      setValues((v) => ({ ...v, [key]: e.target.value }))
  })
  const submit = () =>
    make.mutate(
      {
        cycleId: cycle.id,
        ...values,
        ownerId: values.ownerId || null,
        siteId: values.siteId || null
      },
      {
        onSuccess: props.onDone,
        onError: (error) => {
          // A problem no field names shows under the action's wording, the first field.
          const placed = errorRecord('description')
          showApiError(error, placed, (path) => (path in values ? path : null))
          setErrors(placed.errors)
        }
      }
    )
  return { values, setValues, errors, setErrors, make, field, bind, submit }
}
