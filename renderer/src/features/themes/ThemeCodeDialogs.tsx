// Forms for a programme's own codes: add or rename one (name and description), and merge one into
// another theme (its tags move there, then it is removed).
import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { ApiOutput } from '../../../../api/contract'
import { themeFields } from '../../../../api/schemas/reflections'
import { THEME_SETS, type ThemeSet } from '../../../../domain/vocabulary'
import { useApiMutation } from '../../api/hooks'
import { TextAreaField, TextField } from '../../components/fields'
import { showApiError } from '../../components/forms'
import { Modal } from '../../components/Modal'
import { FormRootError } from '../../components/Status'

export type ThemeItem = ApiOutput<'themes.list'>[number]
type Input = z.input<typeof themeFields>
type Output = z.output<typeof themeFields>

/** Adds an own code (no theme given) or renames one. */
export function CodeForm(props: {
  programmeId: string
  theme?: ThemeItem
  /** Called with the name saved. */
  onDone: (name: string) => void
  onCancel?: () => void
}) {
  const create = useApiMutation('themes.create')
  const update = useApiMutation('themes.update')
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(themeFields),
    defaultValues: { name: props.theme?.name ?? '', description: props.theme?.description ?? '' }
  })
  const errors = form.formState.errors
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      if (props.theme) await update.mutateAsync({ ...values, id: props.theme.id })
      else await create.mutateAsync({ ...values, programmeId: props.programmeId })
      form.reset({ name: '', description: '' })
      props.onDone(values.name)
    } catch (error) {
      showApiError(error, form, ['name', 'description'])
    }
  })
  return (
    <form onSubmit={onSubmit} noValidate className="theme-code-form">
      <FormRootError message={errors.root?.message} />
      <TextField
        label={props.theme ? 'Name' : 'New code'}
        required
        registration={form.register('name')}
        error={errors.name?.message}
      />
      <TextAreaField
        label={props.theme ? 'Description' : 'What it means (optional)'}
        rows={2}
        registration={form.register('description')}
        error={errors.description?.message}
      />
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          {props.theme ? 'Save' : 'Add code'}
        </button>
        {props.onCancel ? (
          <button type="button" className="button-secondary" onClick={props.onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  )
}

export function RenameDialog(props: {
  programmeId: string
  theme: ThemeItem
  onClose: () => void
}) {
  return (
    <Modal title={`Rename “${props.theme.name}”`} onClose={props.onClose}>
      <CodeForm
        programmeId={props.programmeId}
        theme={props.theme}
        onDone={props.onClose}
        onCancel={props.onClose}
      />
    </Modal>
  )
}

/** Merges an own code into another theme of the programme, built-in or own. */
export function MergeDialog(props: { theme: ThemeItem; themes: ThemeItem[]; onClose: () => void }) {
  const selectId = useId()
  const hintId = useId()
  const merge = useApiMutation('themes.merge')
  const [intoId, setIntoId] = useState('')
  const [error, setError] = useState<string | null>(null)
  const targets = props.themes.filter((t) => t.id !== props.theme.id && !t.archivedAt)
  const into = targets.find((t) => t.id === intoId)
  const uses = props.theme.uses
  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (!intoId) {
      setError('Choose the theme to merge into')
      return
    }
    merge
      .mutateAsync({ fromId: props.theme.id, intoId })
      .then(props.onClose)
      .catch((e: Error) => setError(e.message))
  }
  return (
    <Modal title={`Merge “${props.theme.name}”`} onClose={props.onClose}>
      <form onSubmit={submit} noValidate>
        <p id={hintId}>
          Its tags on {uses} {uses === 1 ? 'cycle' : 'cycles'} move to the theme you choose (a cycle
          already tagged with it in the same place keeps one tag), and “{props.theme.name}” is then
          removed. This cannot be undone.
        </p>
        <div className={error ? 'field field-invalid' : 'field'}>
          <label htmlFor={selectId}>Merge into</label>
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <select
            id={selectId}
            value={intoId}
            aria-describedby={hintId}
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              setIntoId(e.target.value)
              setError(null)
            }}
          >
            <option value="">Choose a theme…</option>
            {(Object.keys(THEME_SETS) as ThemeSet[])
              .map((set) => ({ set, options: targets.filter((t) => t.themeSet === set) }))
              .filter((group) => group.options.length > 0)
              .map(({ set, options }) => (
                <optgroup key={set} label={THEME_SETS[set]}>
                  {options.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </optgroup>
              ))}
          </select>
        </div>
        <div className="form-actions">
          <button type="submit" className="button-danger" disabled={merge.isPending}>
            {into ? `Merge into “${into.name}”` : 'Merge'}
          </button>
          <button type="button" className="button-secondary" onClick={props.onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  )
}
