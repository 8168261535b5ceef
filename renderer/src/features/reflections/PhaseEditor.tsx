// One ORPA phase: a Markdown text area with a preview, keeping exactly what was typed.
import './reflections.css'
import { useId, useState } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { Markdown } from './Markdown'

export function PhaseEditor(props: {
  label: string
  prompt: string
  value: string
  registration: UseFormRegisterReturn
  error?: string
  children?: React.ReactNode
}) {
  const [preview, setPreview] = useState(false)
  const id = useId()
  return (
    <fieldset className="form-section phase-editor">
      <legend>{props.label}</legend>
      <p className="hint" id={`${id}-hint`}>
        {props.prompt} Markdown works: **bold**, lists with "- ", headings with "## ".
      </p>
      {props.children}
      <div className="tabs" role="group" aria-label={`${props.label}: write or preview`}>
        <button
          type="button"
          className={preview ? 'tab' : 'tab tab-active'}
          aria-pressed={!preview}
          onClick={() => setPreview(false)}
        >
          Write
        </button>
        <button
          type="button"
          className={preview ? 'tab tab-active' : 'tab'}
          aria-pressed={preview}
          onClick={() => setPreview(true)}
        >
          Preview
        </button>
      </div>
      {props.error ? (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <div hidden={preview}>
        <label htmlFor={id} className="visually-hidden">
          {props.label}
        </label>
        <textarea id={id} rows={7} aria-describedby={`${id}-hint`} {...props.registration} />
      </div>
      {preview ? <Markdown text={props.value} /> : null}
    </fieldset>
  )
}
