// The one date control: a text box that shows and reads UK dates whatever the browser's locale
// (a native date input follows the locale, so en-US showed mm/dd and saved the wrong day), with
// a calendar button that opens the platform's picker. It hands on ISO days (YYYY-MM-DD).
import { useId, useRef, useState } from 'react'
import { parseUkDate, showUkDate } from '../lib/ukDate'

export interface DateInputProps {
  id: string
  /** An ISO day, '' for none, or the text typed when it is not a date. */
  value: string
  onChange: (value: string) => void
  /** Told the problem with the typed text when the person leaves the box (null when none). */
  onProblem?: (message: string | null) => void
  onBlur?: () => void
  label: string
  invalid?: boolean
  describedBy?: string
  required?: boolean
  className?: string
  /** Hands the text box to a form library (react-hook-form focuses it on an error). */
  connect?: (element: HTMLInputElement | null) => void
}

/** What the typed text means for the form: its ISO day, '' when empty, else the text itself. */
function valueFor(text: string, label: string): string {
  if (text.trim() === '') return ''
  const parsed = parseUkDate(text, label)
  return parsed.ok ? parsed.iso : text
}

export function DateInput({ connect, ...props }: DateInputProps) {
  const picker = useRef<HTMLInputElement>(null)
  // The text shown, and the last value the form gave: a new value from outside (a reset, a
  // default filled from a chosen meeting) replaces the text unless the text already means it.
  const [shown, setShown] = useState({ text: showUkDate(props.value), given: props.value })
  if (props.value !== shown.given) {
    const same = valueFor(shown.text, props.label) === props.value
    setShown({ text: same ? shown.text : showUkDate(props.value), given: props.value })
  }

  const change = (text: string) => {
    setShown({ ...shown, text })
    props.onChange(valueFor(text, props.label))
  }

  const leave = () => {
    const text = shown.text.trim()
    if (text === '') {
      props.onProblem?.(null)
    } else {
      const parsed = parseUkDate(text, props.label)
      if (parsed.ok) {
        setShown({ ...shown, text: showUkDate(parsed.iso) })
        props.onProblem?.(null)
      } else {
        props.onProblem?.(parsed.message)
      }
    }
    props.onBlur?.()
  }

  const openCalendar = () => {
    const input = picker.current
    if (!input) return
    const current = valueFor(shown.text, props.label)
    input.value = /^\d{4}-\d{2}-\d{2}$/.test(current) ? current : ''
    try {
      input.showPicker()
    } catch {
      // No picker on this platform: the text box still takes any UK date.
    }
  }

  return (
    <span className={`date-input ${props.className ?? ''}`}>
      <input
        id={props.id}
        ref={connect}
        type="text"
        inputMode="text"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        value={shown.text}
        aria-invalid={props.invalid ? true : undefined}
        aria-describedby={props.describedBy}
        aria-required={props.required ? true : undefined}
        onChange={(event) => change(event.target.value)}
        onBlur={leave}
      />
      <button type="button" className="date-calendar button-quiet" onClick={openCalendar}>
        <span aria-hidden="true">▦</span>
        <span className="visually-hidden">Pick from a calendar</span>
      </button>
      <input
        ref={picker}
        type="date"
        className="date-picker"
        tabIndex={-1}
        aria-hidden="true"
        title="Calendar"
        onChange={(event) => {
          const iso = event.target.value
          if (!iso) return
          setShown({ ...shown, text: showUkDate(iso) })
          props.onChange(iso)
          props.onProblem?.(null)
        }}
      />
    </span>
  )
}

/** A labelled date for a toolbar filter: passes on only whole days ('' when emptied). */
export function DateFilter(props: {
  label: string
  value: string
  onChange: (iso: string) => void
  invalid?: boolean
  describedBy?: string
}) {
  const id = useId()
  const [problem, setProblem] = useState<string | null>(null)
  const problemId = `${id}-problem`
  return (
    <span className="filter">
      <label htmlFor={id}>{props.label}</label>
      <DateInput
        id={id}
        label={props.label}
        value={props.value}
        onChange={(value) => {
          setProblem(null)
          if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) props.onChange(value)
        }}
        onProblem={setProblem}
        invalid={props.invalid || Boolean(problem)}
        describedBy={problem ? problemId : props.describedBy}
      />
      {problem ? (
        <span id={problemId} className="field-error" role="alert">
          {problem}
        </span>
      ) : null}
    </span>
  )
}
