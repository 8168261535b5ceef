// Who came: the site's people (members on the date; past members and recent attendees on
// request; anyone else in the programme found by search) marked attended or sent apologies, a
// count of those not named, and adding someone new without leaving the form.
import './meetings.css'
import { useState } from 'react'
import { useWatch, type UseFormReturn } from 'react-hook-form'
import { useApiQuery } from '../../api/hooks'
import { TextField } from '../../components/fields'
import { formatDate, todayIso } from '../../lib/dates'
import { AddPersonInline } from './AddPersonInline'
import {
  addToList,
  type MeetingFormInput,
  type MeetingFormValues,
  type MeetingPerson
} from './meetingForm'
import { PersonSearch, type FoundPerson } from './PersonSearch'

type Form = UseFormReturn<MeetingFormInput, unknown, MeetingFormValues>

export function AttendanceSection(props: {
  form: Form
  people: MeetingPerson[]
  programmeId: string
  siteId: string
  /** The meeting being edited, left out of "same as last meeting". */
  meetingId?: string
}) {
  const { form } = props
  const [showOthers, setShowOthers] = useState(false)
  // Found with the search: kept in the grid even when marked absent again.
  const [pinned, setPinned] = useState<ReadonlySet<string>>(new Set())
  const attendance = useWatch({ control: form.control, name: 'attendance' })
  const heldOn = useWatch({ control: form.control, name: 'heldOn' })
  const listed = (p: MeetingPerson) => p.isMember || !!attendance[p.id] || pinned.has(p.id)
  const shown = props.people.filter((p) => showOthers || listed(p))
  // Past members, people from recent meetings and people found for other pickers.
  const others = props.people.filter((p) => !listed(p)).length
  const attended = Object.values(attendance).filter((s) => s === 'attended').length
  const apologies = Object.values(attendance).filter((s) => s === 'apologies').length
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
    const previous = last.data?.attendance ?? []
    // Someone at the last meeting who is not on the list (it may be long ago) joins it.
    for (const a of previous) addToList(form, props.people, { ...a, id: a.personId })
    const status = new Map(previous.map((a) => [a.personId, a.status]))
    for (const p of props.people) mark(p.id, status.get(p.id) ?? '')
    for (const [personId, s] of status) mark(personId, s)
  }
  const found = (person: FoundPerson) => {
    addToList(form, props.people, person)
    setPinned((ids) => new Set(ids).add(person.id))
    mark(person.id, 'attended')
    return `${person.name} is on the list, marked as attended`
  }
  return (
    <fieldset className="form-section">
      <legend>Attendance</legend>
      <p className="muted" role="status">
        {attended} attended · {apologies} sent apologies
      </p>
      <QuickMarks
        onEveryone={everyoneAttended}
        onSameAsLast={sameAsLast}
        lastHeldOn={last.data?.heldOn}
      />
      <AttendanceTable form={form} shown={shown} />
      {others > 0 || showOthers ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={showOthers}
            onChange={(e) => setShowOthers(e.target.checked)}
          />
          Also show people on the list who are not members on this date ({others})
        </label>
      ) : null}
      <PersonSearch
        programmeId={props.programmeId}
        label="Add someone not on the list"
        hint="Type two or more letters of their name, role or organisation, then pick them with the arrow keys and Enter. They are marked as attended."
        onPick={found}
      />
      <AddPersonInline
        programmeId={props.programmeId}
        siteId={props.siteId}
        joinedOn={heldOn}
        onAdded={(personId) => form.setValue(`attendance.${personId}`, 'attended')}
      />
      <UnnamedAttendees form={form} />
    </fieldset>
  )
}

/** How many came who are not recorded by name. */
function UnnamedAttendees({ form }: { form: Form }) {
  return (
    <div className="field-grid">
      <TextField
        label="Attendees not named"
        hint="People who came but are not recorded by name"
        registration={form.register('unnamedAttendees')}
        error={form.formState.errors.unnamedAttendees?.message}
      />
    </div>
  )
}

function QuickMarks(props: {
  onEveryone: () => void
  onSameAsLast: () => void
  /** The date of the site's last meeting before this one, if there is one. */
  lastHeldOn: string | undefined
}) {
  return (
    <div className="toolbar" role="group" aria-label="Mark attendance in one go">
      <button type="button" className="button-secondary" onClick={props.onEveryone}>
        Everyone on the list attended
      </button>
      <button
        type="button"
        className="button-secondary"
        onClick={props.onSameAsLast}
        disabled={!props.lastHeldOn}
      >
        {props.lastHeldOn
          ? `Same as last meeting (${formatDate(props.lastHeldOn)})`
          : 'Same as last meeting (none before this date)'}
      </button>
    </div>
  )
}

function AttendanceTable({ form, shown }: { form: Form; shown: MeetingPerson[] }) {
  const errors = form.formState.errors.attendance as
    Record<string, { message?: string }> | undefined
  return (
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
  )
}
