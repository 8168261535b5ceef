// Labelled form controls that show their field's error beside them and announce it.
import { useId, useState, type ReactNode } from 'react'
import {
  useController,
  type Control,
  type FieldValues,
  type Path,
  type UseFormRegisterReturn
} from 'react-hook-form'
import { DateInput } from './DateInput'

interface FieldProps {
  label: string
  error?: string
  hint?: string
  required?: boolean
  registration: UseFormRegisterReturn
}

/** Label, hint and error around any control; forms that keep their own state use it directly. */
export function FieldShell(props: {
  id: string
  label: string
  error?: string
  hint?: string
  required?: boolean
  children: (describedBy: string | undefined) => ReactNode
}) {
  const hintId = `${props.id}-hint`
  const errorId = `${props.id}-error`
  const describedBy =
    [props.hint ? hintId : null, props.error ? errorId : null].filter(Boolean).join(' ') ||
    undefined
  return (
    <div className={props.error ? 'field field-invalid' : 'field'}>
      <label htmlFor={props.id}>
        {props.label}
        {props.required ? <span className="required"> (required)</span> : null}
      </label>
      {props.hint ? (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={errorId} className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
      {props.children(describedBy)}
    </div>
  )
}

export function TextField(props: FieldProps & { type?: 'text' | 'email' | 'tel'; list?: string }) {
  const id = useId()
  return (
    <FieldShell id={id} {...props}>
      {(describedBy) => (
        <input
          id={id}
          type={props.type ?? 'text'}
          list={props.list}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          {...props.registration}
        />
      )}
    </FieldShell>
  )
}

/**
 * A UK date field bound to a react-hook-form field: shows dd/mm/yyyy, takes 21/11/2026,
 * 21 Nov 2026, 21-11-2026 or 2026-11-21, and keeps the ISO day in the form.
 */
export function DateField<T extends FieldValues>(props: {
  label: string
  control: Control<T>
  name: Path<T>
  error?: string
  hint?: string
  required?: boolean
}) {
  const id = useId()
  const { field } = useController({ control: props.control, name: props.name })
  const [problem, setProblem] = useState<string | null>(null)
  const value = typeof field.value === 'string' ? field.value : ''
  // The field's own words first: the API's message names the format, not what to do.
  const error =
    problem ??
    (props.error && value === '' && props.required
      ? `Enter the ${props.label.toLowerCase()}`
      : props.error)
  return (
    <FieldShell id={id} {...props} error={error}>
      {(describedBy) => (
        <DateInput
          id={id}
          label={props.label}
          value={value}
          onChange={(next) => {
            setProblem(null)
            field.onChange(next)
          }}
          onProblem={setProblem}
          onBlur={field.onBlur}
          connect={field.ref}
          invalid={Boolean(error)}
          describedBy={describedBy}
          required={props.required}
        />
      )}
    </FieldShell>
  )
}

export function TextAreaField(props: FieldProps & { rows?: number }) {
  const id = useId()
  return (
    <FieldShell id={id} {...props}>
      {(describedBy) => (
        <textarea
          id={id}
          rows={props.rows ?? 3}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          {...props.registration}
        />
      )}
    </FieldShell>
  )
}

export function SelectField(
  props: FieldProps & { options: { value: string; label: string }[]; placeholder?: string }
) {
  const id = useId()
  return (
    <FieldShell id={id} {...props}>
      {(describedBy) => (
        <select
          id={id}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          {...props.registration}
        >
          {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  )
}

/** Options for a select from one of the vocabulary records ({ value: label }). */
export function optionsFrom(record: Record<string, string>) {
  return Object.entries(record).map(([value, label]) => ({ value, label }))
}
