// What a new meeting produces besides notes: new actions, quotes (by role, with consent), and
// decisions about the open actions from earlier meetings.
import './meetings.css'
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form'
import type { ApiOutput } from '../../../../api/contract'
import { CONSENT } from '../../../../domain/vocabulary'
import {
  DateField,
  SelectField,
  TextAreaField,
  TextField,
  optionsFrom
} from '../../components/fields'
import { formatDate } from '../../lib/dates'
import {
  addToList,
  type MeetingFormInput,
  type MeetingFormValues,
  type MeetingPerson
} from './meetingForm'
import { FindInProgramme } from './PersonSearch'
import { notKeptMessage } from './reviewChoices'

type Form = UseFormReturn<MeetingFormInput, unknown, MeetingFormValues>
type Prepared = ApiOutput<'meetings.prepare'>

export function ReviewSection({
  form,
  openActions
}: {
  form: Form
  openActions: Prepared['openActions']
}) {
  const [reviews, notKept] = useWatch({
    control: form.control,
    name: ['reviews', 'reviewsNotKept']
  })
  const errors = form.formState.errors.reviews
  const lost = notKept ?? []
  if (openActions.length === 0 && lost.length === 0) return null
  return (
    <fieldset className="form-section">
      <legend>Open actions from earlier meetings</legend>
      <div role="status" aria-label="Choices not kept">
        {lost.length > 0 ? (
          <div className="notice review-not-kept">
            {lost.map((item, i) => (
              <p key={i}>{notKeptMessage(item)}</p>
            ))}
            <button
              type="button"
              className="button-link"
              onClick={() => form.setValue('reviewsNotKept', [])}
            >
              Dismiss this note
            </button>
          </div>
        ) : null}
      </div>
      {openActions.length === 0 ? (
        <p className="empty">No actions from earlier meetings are open now.</p>
      ) : (
        <p className="hint">
          Say what happened to each one: done, carried forward to a new date, or dropped.
        </p>
      )}
      {openActions.map((action) => (
        // Each row's choice is found by the action's id, whatever the list's order or length.
        <div key={action.id} className={action.overdue ? 'repeat-item row-overdue' : 'repeat-item'}>
          <p>
            <strong>{action.description}</strong>{' '}
            <span className="muted">
              ({action.ownerName ?? 'no owner'}, due {formatDate(action.dueOn)}
              {action.meetingHeldOn
                ? `, from the meeting of ${formatDate(action.meetingHeldOn)}`
                : ''}
              )
            </span>
            {action.overdue ? <span className="badge badge-overdue">Overdue</span> : null}
          </p>
          <div className="field-grid">
            <SelectField
              label={`What happened to "${action.description}"`}
              options={[
                { value: 'leave', label: 'Still open' },
                { value: 'done', label: 'Done' },
                { value: 'carry', label: 'Carry forward' },
                { value: 'drop', label: 'Drop' }
              ]}
              registration={form.register(`reviews.${action.id}.outcome`)}
              error={errors?.[action.id]?.outcome?.message}
            />
            {reviews?.[action.id]?.outcome === 'carry' ? (
              <DateField
                label={`New due date for "${action.description}"`}
                control={form.control}
                name={`reviews.${action.id}.dueOn`}
                error={errors?.[action.id]?.dueOn?.message}
              />
            ) : null}
          </div>
        </div>
      ))}
    </fieldset>
  )
}

/** What the owner and speaker pickers get: the form's list, and where to find anyone else. */
interface PeopleProps {
  form: Form
  people: MeetingPerson[]
  programmeId: string
}

export function NewActionsSection({ form, people, programmeId }: PeopleProps) {
  const list = useFieldArray({ control: form.control, name: 'actions' })
  const errors = form.formState.errors.actions
  const owners = people.map((p) => ({ value: p.id, label: p.name }))
  return (
    <fieldset className="form-section">
      <legend>Actions agreed</legend>
      {list.fields.map((item, i) => (
        <div key={item.id} className="repeat-item">
          <TextField
            label={`Action ${i + 1}`}
            registration={form.register(`actions.${i}.description`)}
            error={errors?.[i]?.description?.message}
          />
          <div className="field-grid">
            <div className="picker-with-search">
              <SelectField
                label={`Action ${i + 1} owner`}
                placeholder="No owner yet"
                options={owners}
                registration={form.register(`actions.${i}.ownerId`)}
                error={errors?.[i]?.ownerId?.message}
              />
              <FindInProgramme
                programmeId={programmeId}
                opener="Find an owner not on the list"
                openerName={`Find an owner not on the list for action ${i + 1}`}
                label={`Find action ${i + 1}'s owner in the programme`}
                onPick={(person) => {
                  addToList(form, people, person)
                  // Once the list has drawn their option, or the select cannot show them.
                  window.setTimeout(() => {
                    form.setValue(`actions.${i}.ownerId`, person.id, { shouldDirty: true })
                    form.setFocus(`actions.${i}.ownerId`)
                  })
                }}
              />
            </div>
            <DateField
              label={`Action ${i + 1} due date`}
              control={form.control}
              name={`actions.${i}.dueOn`}
              error={errors?.[i]?.dueOn?.message}
            />
          </div>
          <button type="button" className="button-link" onClick={() => list.remove(i)}>
            Remove action {i + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button-secondary"
        onClick={() => list.append({ description: '', ownerId: '', dueOn: '', notes: '' })}
      >
        Add an action
      </button>
    </fieldset>
  )
}

export function QuotesSection({ form, people, programmeId }: PeopleProps) {
  const list = useFieldArray({ control: form.control, name: 'quotes' })
  const errors = form.formState.errors.quotes
  const speakers = people.map((p) => ({ value: p.id, label: `${p.name} (${p.role})` }))
  return (
    <fieldset className="form-section">
      <legend>Quotes</legend>
      <p className="hint">
        Reports attribute quotes by role only. The link to the person stays private.
      </p>
      {list.fields.map((item, i) => (
        <div key={item.id} className="repeat-item">
          <TextAreaField
            label={`Quote ${i + 1}`}
            rows={2}
            registration={form.register(`quotes.${i}.text`)}
            error={errors?.[i]?.text?.message}
          />
          <div className="field-grid">
            <div className="picker-with-search">
              <SelectField
                label={`Quote ${i + 1} speaker (private)`}
                placeholder="Not recorded"
                options={speakers}
                registration={form.register(`quotes.${i}.personId`, {
                  onChange: (e: { target: { value: string } }) => {
                    const person = people.find((p) => p.id === e.target.value)
                    if (person && !form.getValues(`quotes.${i}.speakerRole`)) {
                      form.setValue(`quotes.${i}.speakerRole`, person.role)
                    }
                  }
                })}
                error={errors?.[i]?.personId?.message}
              />
              <FindInProgramme
                programmeId={programmeId}
                opener="Find a speaker not on the list"
                openerName={`Find a speaker not on the list for quote ${i + 1}`}
                label={`Find quote ${i + 1}'s speaker in the programme`}
                onPick={(person) => {
                  addToList(form, people, person)
                  if (!form.getValues(`quotes.${i}.speakerRole`)) {
                    form.setValue(`quotes.${i}.speakerRole`, person.role)
                  }
                  // Once the list has drawn their option, or the select cannot show them.
                  window.setTimeout(() => {
                    form.setValue(`quotes.${i}.personId`, person.id, { shouldDirty: true })
                    form.setFocus(`quotes.${i}.personId`)
                  })
                }}
              />
            </div>
            <TextField
              label={`Quote ${i + 1} speaker's role`}
              registration={form.register(`quotes.${i}.speakerRole`)}
              error={errors?.[i]?.speakerRole?.message}
            />
            <SelectField
              label={`Quote ${i + 1} consent to use in reports`}
              options={optionsFrom(CONSENT)}
              registration={form.register(`quotes.${i}.consent`)}
              error={errors?.[i]?.consent?.message}
            />
          </div>
          <button type="button" className="button-link" onClick={() => list.remove(i)}>
            Remove quote {i + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button-secondary"
        onClick={() =>
          list.append({ text: '', speakerRole: '', personId: '', consent: 'not_asked' })
        }
      >
        Add a quote
      </button>
    </fieldset>
  )
}
