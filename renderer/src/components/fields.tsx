// Labelled form controls that show their field's error beside them and announce it.
import { useId, type ReactNode } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'

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

export function TextField(
  props: FieldProps & { type?: 'text' | 'date' | 'email' | 'tel'; list?: string }
) {
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
