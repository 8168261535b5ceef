// "Paste a list": people copied from a spreadsheet, previewed with every problem marked before
// anything is saved, then saved in one go (optionally into one site's partnership).
import { zodResolver } from '@hookform/resolvers/zod'
import { useDeferredValue, useId, useState } from 'react'
import { useForm, type UseFormReturn } from 'react-hook-form'
import { z } from 'zod'
import type { ApiOutput } from '../../../../api/contract'
import { ApiCallError } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { DateField, SelectField } from '../../components/fields'
import { Modal } from '../../components/Modal'
import { issuesByRow, parsePeoplePaste, type Directory } from './peoplePaste'
import { SECTOR_HINT } from './sectorWords'
import { PeoplePastePreview } from './PeoplePastePreview'

const joinForm = z
  .object({ siteId: z.string(), joinedOn: z.string() })
  .refine((v) => !v.siteId || /^\d{4}-\d{2}-\d{2}$/.test(v.joinedOn), {
    path: ['joinedOn'],
    error: 'Enter the joined date'
  })
type JoinForm = z.infer<typeof joinForm>

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** What was saved, in words, for the page to say once the dialog has closed. */
function savedMessage(counts: ApiOutput<'directory.importList'>, siteName: string | null) {
  const parts = [
    `Added ${plural(counts.peopleCreated, 'person', 'people')}`,
    `${plural(counts.organisationsCreated, 'new organisation', 'new organisations')}`
  ]
  const there = counts.peopleAlreadyThere
  const already = there ? `; ${plural(there, 'was', 'were')} already in the directory` : ''
  const joined = siteName
    ? `; ${plural(counts.membershipsAdded, 'person', 'people')} added to the ${siteName} partnership`
    : ''
  return `${parts.join(' and ')}${already}${joined}.`
}

export function PastePeopleDialog(props: {
  programmeId: string
  onClose: () => void
  onSaved: (message: string) => void
}) {
  const all = { programmeId: props.programmeId, includeArchived: true }
  const organisations = useApiQuery('organisations.list', all)
  const people = useApiQuery('people.list', all)
  const overview = useApiQuery('programmes.overview', { id: props.programmeId })
  const save = useApiMutation('directory.importList')
  const [text, setText] = useState('')
  const [message, setMessage] = useState<string[]>([])
  const directory: Directory = {
    organisations: organisations.data ?? [],
    people: people.data ?? []
  }
  const result = parsePeoplePaste(useDeferredValue(text), directory)
  const form = useForm<JoinForm>({
    resolver: zodResolver(joinForm),
    defaultValues: { siteId: '', joinedOn: '' }
  })
  const sites = overview.data?.sites ?? []

  const onSave = form.handleSubmit(async ({ siteId, joinedOn }) => {
    const now = parsePeoplePaste(text, directory)
    if (now.rows.length === 0) return setMessage(['Nothing to save: paste some rows first.'])
    if (now.errors.length > 0) {
      const n = now.errors.length
      return setMessage([
        `Nothing saved: fix the ${n === 1 ? 'problem' : `${n} problems`} marked in the preview first.`
      ])
    }
    setMessage([])
    try {
      const counts = await save.mutateAsync({
        programmeId: props.programmeId,
        people: now.people,
        joinSite: siteId ? { siteId, joinedOn } : undefined
      })
      props.onSaved(savedMessage(counts, sites.find((s) => s.id === siteId)?.name ?? null))
    } catch (error) {
      const issues = error instanceof ApiCallError ? issuesByRow(error.issues, now.rows) : []
      setMessage(['Nothing saved:', ...(issues.length ? issues : [(error as Error).message])])
    }
  })

  return (
    <Modal title="Paste a list of people" onClose={props.onClose} wide>
      <form onSubmit={onSave} noValidate className="paste-points">
        <RowsField
          text={text}
          onChange={(value) => {
            setText(value)
            setMessage([])
          }}
        />
        {result.rows.length > 0 ? <PeoplePastePreview result={result} /> : null}
        <JoinSiteFields form={form} sites={sites} />
        {message.length > 0 ? (
          <div className="form-error" role="alert">
            {message.map((m) => (
              <p key={m}>{m}</p>
            ))}
          </div>
        ) : null}
        <div className="form-actions">
          <button type="submit" disabled={save.isPending}>
            Save the list
          </button>
          <button type="button" className="button-secondary" onClick={props.onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  )
}

/** The pasted text, with what each row should hold. */
function RowsField(props: { text: string; onChange: (text: string) => void }) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={`${id}-text`}>Rows to paste</label>
      <p id={`${id}-hint`} className="hint">
        One person per row: name, role or profession, organisation, sector, email and phone, in
        columns copied from a spreadsheet or separated by commas. A header row is fine. An
        organisation already in the programme is reused; a new one needs its sector ({SECTOR_HINT}).
      </p>
      <textarea
        id={`${id}-text`}
        rows={7}
        value={props.text}
        aria-describedby={`${id}-hint`}
        spellCheck={false}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  )
}

/** Optionally join everyone pasted to one site's partnership, from a date. */
function JoinSiteFields(props: {
  form: UseFormReturn<JoinForm>
  sites: readonly { id: string; name: string }[]
}) {
  return (
    <div className="field-row">
      <SelectField
        label="Add them all to a site’s partnership"
        placeholder="No, only the directory"
        options={props.sites.map((s) => ({ value: s.id, label: s.name }))}
        registration={props.form.register('siteId')}
      />
      <DateField
        label="Joined date"
        control={props.form.control}
        name="joinedOn"
        hint="Needed when adding them to a partnership; they join as members."
        error={props.form.formState.errors.joinedOn?.message}
      />
    </div>
  )
}
