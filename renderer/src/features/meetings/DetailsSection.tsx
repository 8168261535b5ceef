// The meeting itself: when, how long, what kind, where, who facilitated and what it was for.
import type { UseFormReturn } from 'react-hook-form'
import { MEETING_KINDS } from '../../../../domain/vocabulary'
import {
  DateField,
  SelectField,
  TextAreaField,
  TextField,
  optionsFrom
} from '../../components/fields'
import type { MeetingFormInput, MeetingFormValues } from './meetingForm'

type Form = UseFormReturn<MeetingFormInput, unknown, MeetingFormValues>

export function DetailsSection({ form }: { form: Form }) {
  const errors = form.formState.errors
  return (
    <fieldset className="form-section">
      <legend>The meeting</legend>
      <div className="field-grid">
        <DateField
          label="Date"
          required
          control={form.control}
          name="heldOn"
          error={errors.heldOn?.message}
        />
        <TextField
          label="Start time"
          hint="For example 13:30"
          registration={form.register('startTime')}
          error={errors.startTime?.message}
        />
        <TextField
          label="Duration in minutes"
          required
          registration={form.register('durationMinutes')}
          error={errors.durationMinutes?.message}
        />
        <SelectField
          label="Kind of meeting"
          options={optionsFrom(MEETING_KINDS)}
          registration={form.register('kind')}
          error={errors.kind?.message}
        />
        <TextField
          label="Venue"
          registration={form.register('venue')}
          error={errors.venue?.message}
        />
        <TextField
          label="Facilitator"
          registration={form.register('facilitator')}
          error={errors.facilitator?.message}
        />
      </div>
      <TextAreaField
        label="Purpose"
        rows={2}
        registration={form.register('purpose')}
        error={errors.purpose?.message}
      />
    </fieldset>
  )
}
