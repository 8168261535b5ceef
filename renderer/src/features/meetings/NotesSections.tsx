// The meeting's structured notes: focus areas, decisions, methods, learning, notes and check-out.
import './meetings.css'
import { useFieldArray, type UseFormReturn } from 'react-hook-form'
import { COMMON_METHODS } from '../../../../domain/vocabulary'
import { SelectField, TextAreaField, TextField } from '../../components/fields'
import type { MeetingFormInput, MeetingFormValues } from './meetingForm'

type Form = UseFormReturn<MeetingFormInput, unknown, MeetingFormValues>

export function FocusAreasSection({ form }: { form: Form }) {
  const focusAreas = useFieldArray({ control: form.control, name: 'focusAreas' })
  const errors = form.formState.errors.focusAreas
  return (
    <fieldset className="form-section">
      <legend>Focus areas</legend>
      <p className="hint">The topics the small groups worked on.</p>
      {focusAreas.fields.map((item, i) => (
        <div key={item.id} className="repeat-item">
          <TextField
            label={`Focus area ${i + 1} title`}
            registration={form.register(`focusAreas.${i}.title`)}
            error={errors?.[i]?.title?.message}
          />
          <TextAreaField
            label={`Focus area ${i + 1} notes`}
            registration={form.register(`focusAreas.${i}.notes`)}
            error={errors?.[i]?.notes?.message}
          />
          <button type="button" className="button-link" onClick={() => focusAreas.remove(i)}>
            Remove focus area {i + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button-secondary"
        onClick={() => focusAreas.append({ title: '', notes: '' })}
      >
        Add a focus area
      </button>
    </fieldset>
  )
}

export function DecisionsSection({ form }: { form: Form }) {
  const decisions = useFieldArray({ control: form.control, name: 'decisions' })
  const errors = form.formState.errors.decisions
  return (
    <fieldset className="form-section">
      <legend>Decisions</legend>
      {decisions.fields.map((item, i) => (
        <div key={item.id} className="repeat-item">
          <TextAreaField
            label={`Decision ${i + 1}`}
            rows={2}
            registration={form.register(`decisions.${i}.text`)}
            error={errors?.[i]?.text?.message}
          />
          <button type="button" className="button-link" onClick={() => decisions.remove(i)}>
            Remove decision {i + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button-secondary"
        onClick={() => decisions.append({ text: '' })}
      >
        Add a decision
      </button>
    </fieldset>
  )
}

export function LearningSection({ form }: { form: Form }) {
  const errors = form.formState.errors
  return (
    <fieldset className="form-section">
      <legend>Methods, learning and check-out</legend>
      <fieldset className="checkbox-group" aria-label="Methods used">
        {COMMON_METHODS.map((method) => (
          <label key={method} className="checkbox">
            <input type="checkbox" value={method} {...form.register('methods')} />
            {method}
          </label>
        ))}
      </fieldset>
      <TextField
        label="Other methods used"
        hint="Separate several with commas"
        registration={form.register('otherMethods')}
        error={errors.otherMethods?.message}
      />
      <TextAreaField
        label="What was learned"
        rows={3}
        registration={form.register('learning')}
        error={errors.learning?.message}
      />
      <TextAreaField
        label="Notes"
        rows={5}
        registration={form.register('notes')}
        error={errors.notes?.message}
      />
      <TextAreaField
        label="Check-out: how people left"
        rows={2}
        registration={form.register('checkOut')}
        error={errors.checkOut?.message}
      />
      <SelectField
        label="Energy at check-out (1 low, 5 high)"
        placeholder="Not rated"
        options={['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }))}
        registration={form.register('energy')}
        error={errors.energy?.message}
      />
    </fieldset>
  )
}
