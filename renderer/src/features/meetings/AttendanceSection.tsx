// Who came: the site's people (and, on request, the rest of the programme) marked attended or
// sent apologies, a count of those not named, and adding someone new without leaving the form.
import { useState } from 'react'
import { useWatch, type UseFormReturn } from 'react-hook-form'
import type { ApiOutput } from '../../../../api/contract'
import { useApiQuery } from '../../api/hooks'
import { TextField } from '../../components/fields'
import { formatDate, todayIso } from '../../lib/dates'
import { AddPersonInline } from './AddPersonInline'
import type { MeetingFormInput, MeetingFormValues } from './meetingForm'

type Person = ApiOutput<'meetings.prepare'>['people'][number]

export function AttendanceSection(props: {
  form: UseFormReturn<MeetingFormInput, unknown, MeetingFormValues>
  people: Person[]
  programmeId: string
  siteId: string
  /** The meeting being edited, left out of "same as last meeting". */
  meetingId?: string
}) {
  const { form } = props
  const [showEveryone, setShowEveryone] = useState(false)
  const attendance = useWatch({ control: form.control, name: 'attendance' })
  const heldOn = useWatch({ control: form.control, name: 'heldOn' })
  const shown = props.people.filter((p) => showEveryone || p.isMember || attendance[p.id])
  const attended = Object.values(attendance).filter((s) => s === 'attended').length
  const apologies = Object.values(attendance).filter((s) => s === 'apologies').length
  const errors = form.formState.errors.attendance as
    Record<string, { message?: string }> | undefined
  const before = /^\d{4}-\d{2}-\d{2}$/.test(heldOn) ? heldOn : todayIso()
  const last = useApiQuery('meetings.lastAttendance', {
    siteId: props.siteId,
    before,
    meetingId: props.meetingId
  })
  const mark = (personId: string, status: '' | 'attended' | 'apologies') =>
    form.setValue(`attendance.${personId}`, status, { shouldDirty: true })
  const everyoneAttended = () => shown.forEach((p) => mark(p.id, 'attended'))
  const sameAsLast = () => {
    const previous = new Map(last.data?.attendance.map((a) => [a.personId, a.status]))
    for (const p of props.people) mark(p.id, previous.get(p.id) ?? '')
  }
  return (
    <fieldset className="form-section">
      <legend>Attendance</legend>
      <p className="muted" role="status">
        {attended} attended · {apologies} sent apologies
      </p>
      <div className="toolbar" role="group" aria-label="Mark attendance in one go">
        <button type="button" className="button-secondary" onClick={everyoneAttended}>
          Everyone on the list attended
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={sameAsLast}
          disabled={!last.data}
        >
          {last.data
            ? `Same as last meeting (${formatDate(last.data.heldOn)})`
            : 'Same as last meeting (none before this date)'}
        </button>
      </div>
      <table className="table attendance-table">
        <caption className="visually-hidden">Attendance</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Role or profession</th>
            <th scope="col">Organisation</th>
            <th scope="col">Attendance</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.name}</th>
              <td>{p.role}</td>
              <td>{p.organisationName ?? '—'}</td>
              <td>
                <select
                  aria-label={`Attendance for ${p.name}`}
                  aria-invalid={errors?.[p.id] ? true : undefined}
                  {...form.register(`attendance.${p.id}`)}
                >
                  <option value="">Absent</option>
                  <option value="attended">Attended</option>
                  <option value="apologies">Sent apologies</option>
                </select>
                {errors?.[p.id]?.message ? (
                  <p className="field-error" role="alert">
                    {errors[p.id]?.message}
                  </p>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={showEveryone}
          onChange={(e) => setShowEveryone(e.target.checked)}
        />
        Show people from elsewhere in the programme
      </label>
      <AddPersonInline
        programmeId={props.programmeId}
        siteId={props.siteId}
        joinedOn={heldOn}
        onAdded={(personId) => form.setValue(`attendance.${personId}`, 'attended')}
      />
      <div className="field-grid">
        <TextField
          label="Attendees not named"
          hint="People who came but are not recorded by name"
          registration={form.register('unnamedAttendees')}
          error={form.formState.errors.unnamedAttendees?.message}
        />
      </div>
    </fieldset>
  )
}
