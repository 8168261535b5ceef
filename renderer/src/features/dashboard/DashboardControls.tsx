// The dashboard's controls: the date range it counts over and the early-warning thresholds.
import { useId, useState } from 'react'
import {
  DEFAULT_THRESHOLDS,
  THRESHOLD_FIELDS,
  type Thresholds
} from '../../../../api/schemas/dashboard'
import { DateFilter } from '../../components/DateInput'

export interface DateRange {
  /** '' means the default: the programme's start, or today. */
  from: string
  to: string
}

export function DateRangeControls(props: {
  range: DateRange
  onChange: (range: DateRange) => void
  shown: { from: string; to: string }
  shownLabel: string
}) {
  const { range, onChange } = props
  const invalid = range.from !== '' && range.to !== '' && range.from > range.to
  return (
    <fieldset className="dashboard-range">
      <legend>Date range</legend>
      <DateFilter
        label="From"
        value={range.from || props.shown.from}
        onChange={(from) => onChange({ ...range, from })}
      />
      <DateFilter
        label="To"
        value={range.to || props.shown.to}
        invalid={invalid}
        describedBy={invalid ? 'range-error' : undefined}
        onChange={(to) => onChange({ ...range, to })}
      />
      <button
        type="button"
        className="button-secondary"
        onClick={() => onChange({ from: '', to: '' })}
        disabled={range.from === '' && range.to === ''}
      >
        Whole programme to today
      </button>
      <p className="muted dashboard-range-note" aria-live="polite">
        {invalid ? (
          <span id="range-error" className="field-error">
            From must be on or before To.
          </span>
        ) : (
          props.shownLabel
        )}
      </p>
    </fieldset>
  )
}

const KEYS = Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[]

export function WarningSettings(props: {
  thresholds: Thresholds
  onChange: (next: Thresholds) => void
}) {
  // Restoring the defaults starts the fields afresh; typing in one never remounts it.
  const [round, setRound] = useState(0)
  return (
    <details className="dashboard-settings">
      <summary>Warning settings</summary>
      <p className="muted">
        When each early warning shows. Kept on this computer; the defaults suit most programmes.
      </p>
      <div className="dashboard-settings-fields">
        {KEYS.map((key) => (
          <ThresholdField
            key={`${key}-${round}`}
            name={key}
            value={props.thresholds[key]}
            onCommit={(value) => props.onChange({ ...props.thresholds, [key]: value })}
          />
        ))}
      </div>
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          props.onChange({ ...DEFAULT_THRESHOLDS })
          setRound((r) => r + 1)
        }}
      >
        Restore the defaults
      </button>
    </details>
  )
}

function ThresholdField(props: {
  name: keyof Thresholds
  value: number
  onCommit: (value: number) => void
}) {
  const { label, unit, min, max } = THRESHOLD_FIELDS[props.name]
  const [draft, setDraft] = useState(String(props.value))
  const id = useId()
  const number = Number(draft)
  const valid = draft.trim() !== '' && Number.isInteger(number) && number >= min && number <= max
  return (
    <div className={valid ? 'field' : 'field field-invalid'}>
      <label htmlFor={id}>
        {label} <span className="muted">({unit})</span>
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={draft}
        aria-invalid={!valid || undefined}
        aria-describedby={valid ? undefined : `${id}-error`}
        onChange={(e) => {
          setDraft(e.target.value)
          const next = Number(e.target.value)
          if (e.target.value.trim() !== '' && Number.isInteger(next) && next >= min && next <= max)
            props.onCommit(next)
        }}
      />
      {valid ? null : (
        <p id={`${id}-error`} className="field-error">
          A whole number from {min} to {max}
        </p>
      )}
    </div>
  )
}
