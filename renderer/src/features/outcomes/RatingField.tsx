// A labelled 0-10 number input that shows its error beside it, like the shared fields do.
// Register it with { valueAsNumber: true }: an empty field then reads as NaN, which the schema
// turns into "none" (baseline) or rejects with the field's message (rating).
import './outcomes.css'
import { useId } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'

export function RatingField(props: {
  label: string
  hint: string
  error?: string
  required?: boolean
  registration: UseFormRegisterReturn
}) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  return (
    <div className={props.error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? <span className="required"> (required)</span> : null}
      </label>
      <p id={hintId} className="hint">
        {props.hint}
      </p>
      {props.error ? (
        <p id={errorId} className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={10}
        step={1}
        className="rating-input"
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${hintId} ${errorId}` : hintId}
        {...props.registration}
      />
    </div>
  )
}
